//! Lengths of time and shifts by them: durations, `ago`, `later`.

use super::{
    duration_value, g, is_time_unit, ok, prev_word, starts_upper, title_case, unit_code,
    vague_value, with_mod, Expr, Interp,
};
use crate::lexicon::{normalize_form, Lexicon};
use crate::numbers::parse_cardinal;
use regex::Captures;

/// Whether the words before `at` are an amount that `a year` (or `a week` …) makes a
/// rate of: a number or magnitude (`$1.76`, `500 million`), or a counted plural noun
/// (`four flights`, `24 hours`).
fn is_rate(lex: &Lexicon, s: &str, at: usize) -> bool {
    let is_amount = |w: &str| {
        w.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                normalize_form(w).as_str(),
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "hundred"
                    | "percent"
                    | "cents"
                    | "dollars"
                    | "euros"
                    | "pounds"
            )
            || parse_cardinal(lex, &normalize_form(w)).is_some_and(|n| n >= 2.0)
    };
    let w1 = prev_word(s, at);
    if w1.is_empty() {
        return false;
    }
    if is_amount(w1) {
        return true;
    }
    let w1_start = s[..at].trim_end().len() - w1.len();
    w1.len() > 3 && w1.ends_with('s') && is_amount(prev_word(s, w1_start))
}

/// The `duration` family: lengths of time (`three years`, `a few days`, `for years`).
pub(super) fn duration(
    lex: &Lexicon,
    c: &Captures<'_>,
    sentence: &str,
    id: &str,
    unit: String,
) -> Option<Interp> {
    let end = c.name("unit")?.end();
    let after = sentence[end..].to_lowercase();
    let whole = c.get(0)?;
    // Ages are not annotated: `12-year-old`, `12 years old`, `aged 12 years`.
    if after.starts_with("-old")
        || after.starts_with(" old")
        || after.starts_with(" of age")
        || after.starts_with("-olds")
    {
        return None;
    }
    let prev = normalize_form(prev_word(sentence, whole.start()));
    if prev == "aged" || prev == "age" {
        return None;
    }
    match id {
        "rel-num-unit" | "the-num-units" | "num-unit" | "num-unit-half" | "unit-and-half" => {
            let ntext = g(c, "num")?;
            let nl = normalize_form(ntext);
            let one = matches!(nl.as_str(), "a" | "an" | "a single");
            // `three-quarters` is a fraction.
            if unit == "Q"
                && sentence[..end].ends_with("quarters")
                && ntext.len() < c.get(0)?.as_str().len()
                && c.get(0)?.as_str().contains('-')
            {
                return None;
            }
            // `60 Minutes`, `24 Hours of Le Mans`: a title, not a length of time.
            if g(c, "unit").is_some_and(starts_upper) && !title_case(sentence) {
                return None;
            }
            // `the 1988 quarter`, `2020 years`: a year, not a count.
            if ntext.len() == 4 && ntext.chars().all(|ch| ch.is_ascii_digit()) {
                return None;
            }
            if one
                && (unit == "S" || unit == "Q" || unit == "WE" || lex.unit_is_plural(g(c, "unit")?))
            {
                return None;
            }
            // `$1.76 a year`, `500 million a year`, `four flights a week`: a rate, no time.
            if one && id == "num-unit" && is_rate(lex, sentence, whole.start()) {
                return None;
            }
            let mut n = parse_cardinal(lex, ntext.trim_start_matches("a single").trim())
                .or_else(|| (nl == "a single").then_some(1.0))?;
            if c.name("half").is_some() || c.name("half2").is_some() {
                n += 0.5;
            }
            if n <= 0.0 {
                return None;
            }
            let value = if n.fract() == 0.5 && unit == "Y" {
                format!("P{}Y6M", n.trunc() as i64)
            } else if n.fract() == 0.5 && unit == "H" {
                format!("PT{}H30M", n.trunc() as i64)
            } else if n.fract() == 0.5 && unit == "MIN" {
                format!("PT{}M30S", n.trunc() as i64)
            } else {
                duration_value(n, &unit)
            };
            Some(Interp {
                expr: Expr::Duration(value),
                modifier: None,
                // `5 1/2 hours`, `an hour and a half` end with the match; the others
                // with the unit (or `-long`), before the context group.
                end: if c.name("half").is_some() || c.name("half2").is_some() {
                    None
                } else {
                    Some(c.get(0)?.end().min(
                        if after.starts_with("-long") || after.starts_with(" long") {
                            end + 5
                        } else {
                            end
                        },
                    ))
                },
                start: None,
            })
        }
        "few-units" => {
            let v = normalize_form(g(c, "vague")?);
            if v.ends_with("couple of") {
                return with_mod(Expr::Duration(duration_value(2.0, &unit)), Some("APPROX"));
            }
            if v == "a split" {
                return if unit == "S" {
                    ok(Expr::Duration("PTXS".into()))
                } else {
                    None
                };
            }
            Some(Interp {
                expr: Expr::Duration(vague_value(&unit)),
                modifier: None,
                end: Some(end),
                start: None,
            })
        }
        // `the weeks ahead`; `the days ahead of the vote` is a lead, not a span.
        "units-ahead" if c.name("post").is_some() => None,
        "rel-units" | "units-long" | "units-to-come" | "units-ahead" => {
            if id == "rel-units" && !lex.unit_is_plural(g(c, "unit")?) {
                return None;
            }
            ok(Expr::Duration(vague_value(&unit)))
        }
        "bare-units" => {
            let u = c.name("unit")?;
            // `Hours later, …`: capitalized as the sentence's first word.
            let before = sentence[..u.start()].trim_end();
            let opens = before.is_empty() || before.ends_with(['"', '“', '‘', '\'', '(', ':', '—']);
            if u.as_str().chars().all(|ch| ch.is_uppercase())
                || (starts_upper(u.as_str()) && !opens && !title_case(sentence))
            {
                return None;
            }
            if c.name("pre").is_none() && c.name("post").is_none() {
                return None;
            }
            if c.name("pre").is_some() && c.name("post").is_none() {
                // `in years` is vague, `for years` too; a bare plural after `in` needs a clause end.
                let p = normalize_form(g(c, "pre")?);
                if p == "in" || p == "after" {
                    return None;
                }
            }
            ok(Expr::Duration(vague_value(&unit)))
        }
        "split-second" => ok(Expr::Duration("PTXS".into())),
        _ => None,
    }
}

/// The `ago` family: `three years ago`.
pub(super) fn ago(lex: &Lexicon, c: &Captures<'_>) -> Option<Interp> {
    if let Some(v) = g(c, "vague") {
        if !normalize_form(v).ends_with("couple of") {
            return ok(Expr::Ref("PAST_REF".into()));
        }
        return with_mod(
            Expr::Ago {
                n: 2.0,
                unit: unit_code(lex, c)?,
            },
            Some("APPROX"),
        );
    }
    let n = parse_cardinal(lex, g(c, "num")?)?;
    // `four years from now`: an `ago` forward.
    let n = if c.name("fromnow").is_some() { -n } else { n };
    ok(Expr::Ago {
        n,
        unit: unit_code(lex, c)?,
    })
}

/// The `shift` family: a shift from the last mentioned date (`two days later`,
/// `the year-earlier period`).
pub(super) fn shift(lex: &Lexicon, c: &Captures<'_>, id: &str) -> Option<Interp> {
    if id == "year-earlier" {
        return ok(Expr::Shift {
            n: 1.0,
            unit: "Y".into(),
            dir: -1,
            comparative: true,
        });
    }
    let n = parse_cardinal(lex, g(c, "num")?)?;
    let u = unit_code(lex, c)?;
    let dir = normalize_form(g(c, "dir")?);
    let unit_end = c.name("unit")?.end();
    if is_time_unit(&u) || matches!(dir.as_str(), "before" | "after") || u == "Q" {
        return Some(Interp {
            expr: Expr::Duration(duration_value(n, &u)),
            modifier: None,
            end: Some(unit_end),
            start: None,
        });
    }
    let sign = if matches!(dir.as_str(), "earlier" | "before") {
        -1
    } else {
        1
    };
    let dir_end = c.name("dir")?.end();
    Some(Interp {
        expr: Expr::Shift {
            n,
            unit: u,
            dir: sign,
            comparative: false,
        },
        modifier: None,
        end: Some(dir_end),
        start: None,
    })
}
