//! Sets (recurring times) and vague references (`now`, `the past`).

use super::{duration_value, g, next_word, ok, starts_upper, Expr, Interp};
use crate::lexicon::{normalize_form, Lexicon};
use crate::numbers::parse_cardinal;
use regex::Captures;

/// The `set` family: recurring times (`every week`, `daily`, `twice a year`).
pub(super) fn set(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    let part_code = |p: Option<&str>| -> Option<String> {
        p.and_then(|p| lex.parts.key_of(p.trim_end_matches('s')).map(String::from))
    };
    let set = |value: String, quant: Option<&str>, freq: Option<String>| {
        ok(Expr::Set {
            value,
            quant: quant.map(String::from),
            freq,
        })
    };
    match id {
        "every-unit" => {
            let unit = g(c, "unit").and_then(|u| lex.unit(u))?.to_string();
            let mut n = g(c, "num")
                .and_then(|t| parse_cardinal(lex, t))
                .unwrap_or(1.0);
            if g(c, "other").is_some_and(|o| normalize_form(o) == "other") {
                n *= 2.0;
            }
            let every = normalize_form(g(c, "every")?);
            // `15 million instructions per second`, `60 miles per hour`: a rate, no set
            // of times (`twice per hour` is one: `times-a` takes it).
            if every == "per" && matches!(unit.as_str(), "S" | "MIN" | "H") {
                return None;
            }
            let quant = if every == "per" {
                None
            } else {
                Some(every.to_uppercase())
            };
            ok(Expr::Set {
                value: duration_value(n, &unit),
                quant,
                freq: None,
            })
        }
        "every-weekday" => {
            let wd = lex.weekdays.num_of(g(c, "weekday")?)?;
            let part = part_code(g(c, "part")).unwrap_or_default();
            set(
                format!(
                    "XXXX-WXX-{wd}{}",
                    if part.is_empty() {
                        String::new()
                    } else {
                        format!("T{part}")
                    }
                ),
                Some("EVERY"),
                None,
            )
        }
        "every-part" => {
            let part = part_code(g(c, "part"))?;
            set(format!("XXXX-XX-XXT{part}"), Some("EVERY"), None)
        }
        "every-month" => {
            let m = c.name("month")?;
            if !super::month_ok(c, sentence, m.start(), false) {
                return None;
            }
            let m = super::month_num(lex, c)?;
            set(format!("XXXX-{m:02}"), Some("EVERY"), None)
        }
        "every-season" => {
            let season = lex.seasons.key_of(g(c, "season")?)?;
            set(format!("XXXX-{season}"), Some("EVERY"), None)
        }
        "weekdays" | "weekday-parts" => {
            let w = g(c, "wdays")?;
            if !starts_upper(w) {
                return None;
            }
            let wd = lex.weekdays.num_of(w.trim_end_matches(['s', 'S']))?;
            let part = part_code(g(c, "parts"))
                .map(|p| format!("T{p}"))
                .unwrap_or_default();
            set(format!("XXXX-WXX-{wd}{part}"), None, None)
        }
        "adverb" => {
            // `the Israeli daily Haaretz`, `the weekly said`: a newspaper, not a frequency.
            let next = next_word(sentence, c.get(0)?.end());
            if next.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    normalize_form(next).as_str(),
                    "said" | "says" | "reported" | "reports" | "wrote" | "quoted" | "cited"
                )
            {
                return None;
            }
            let v = match normalize_form(g(c, "adv")?).as_str() {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "annually" | "yearly" => "P1Y",
                "nightly" => "XXXX-XX-XXTNI",
                "hourly" => "PT1H",
                "quarterly" => "P3M",
                "biweekly" | "fortnightly" => "P2W",
                _ => return None,
            };
            set(v.into(), None, None)
        }
        "times-a" => {
            let unit = g(c, "unit").and_then(|u| lex.unit(u))?.to_string();
            let f = normalize_form(g(c, "freq")?);
            let k = match f.as_str() {
                "once" => 1.0,
                "twice" => 2.0,
                "thrice" => 3.0,
                _ => parse_cardinal(lex, g(c, "num")?)?,
            };
            set(
                duration_value(1.0, &unit),
                None,
                Some(format!("{}X", k as i64)),
            )
        }
        _ => None,
    }
}

/// The `ref` family: `now`, `the past`, `the future`, `this time`.
pub(super) fn reference(
    lex: &Lexicon,
    c: &Captures<'_>,
    id: &str,
    sentence: &str,
) -> Option<Interp> {
    if id == "this-time" {
        return ok(Expr::Ref("PRESENT_REF".into()));
    }
    let r = g(c, "ref")?;
    let key = lex.refs.key_of(r)?;
    let lw = normalize_form(r);
    let next = normalize_form(next_word(sentence, c.name("ref")?.end()));
    // `current`/`future`/`recent` as adjectives of a unit are handled by longer rules;
    // `now` in `now-defunct` or `the present tense` is not a reference.
    if lw == "the present" && next == "tense" {
        return None;
    }
    if lw == "now" && sentence[c.name("ref")?.end()..].starts_with('-') {
        return None;
    }
    ok(Expr::Ref(key.to_string()))
}
