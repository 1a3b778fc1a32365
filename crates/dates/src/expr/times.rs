//! Times of day: clock times and parts of the day.

use super::{
    deictic_offset, edge_mod, g, month_ok, next_word, num, ok, prev_word, starts_upper, weekday_ok,
    with_mod, Day, Expr, Interp, Rel,
};
use crate::lexicon::{normalize_form, Lexicon};
use regex::Captures;

/// The day a captured weekday (`6 p.m. Monday`) or deictic word (`the early hours of
/// today`) names; `None` when neither was captured or the weekday is not one.
fn named_day(lex: &Lexicon, c: &Captures<'_>) -> Option<Day> {
    if let Some(w) = g(c, "weekday") {
        if !weekday_ok(c) {
            return None;
        }
        return Some(Day::Weekday {
            wd: lex.weekdays.num_of(w)?,
            rel: Rel::None,
        });
    }
    Some(Day::Deictic(deictic_offset(g(c, "deictic")?)))
}

fn clock(c: &Captures<'_>) -> Option<(u32, u32)> {
    if let Some(n) = g(c, "named") {
        return Some(match normalize_form(n).as_str() {
            "midnight" => (0, 0),
            _ => (12, 0),
        });
    }
    if let (Some(h), Some(m)) = (num::<u32>(c, "hour24"), num::<u32>(c, "min24")) {
        return Some((h, m));
    }
    if let Some(hp) = g(c, "hourp") {
        // `4 in the morning`, `ten in the evening`.
        const WORDS: [&str; 12] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve",
        ];
        let hp = normalize_form(hp);
        let h = match hp.parse::<u32>() {
            Ok(h) => h,
            Err(_) => WORDS.iter().position(|w| *w == hp)? as u32 + 1,
        };
        let pm = !normalize_form(g(c, "ppart")?).starts_with("morning");
        let h = match (h, pm) {
            (12, false) => 0,
            // `twelve at night` is midnight; `twelve in the afternoon` is noon.
            (12, true) => 12,
            // `ten in the night` is 22:00, `two in the night` 02:00.
            (h, true) if normalize_form(g(c, "ppart")?) == "night" && h < 5 => h,
            (h, true) => h + 12,
            (h, false) => h,
        };
        return Some((h, 0));
    }
    let h: u32 = num(c, "hour")?;
    let m: u32 = num(c, "min").unwrap_or(0);
    let pm = g(c, "ampm")?.to_lowercase().starts_with('p');
    let h = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Some((h, m))
}

/// The `time` family: a clock time, possibly with its day (`6 p.m. Monday`, `noon`).
pub(super) fn time(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    if let Some(n) = c.name("named") {
        // `High Noon Gun Range`: a name, not a time.
        if starts_upper(n.as_str())
            && (starts_upper(next_word(sentence, n.end()))
                || starts_upper(prev_word(sentence, n.start())))
        {
            return None;
        }
    }
    // `at 4 in the morning` (the rule wants a preposition of time before it), not
    // `at 4 in the morning session`.
    if let Some(pp) = c.name("ppart") {
        let post = normalize_form(next_word(sentence, pp.end()));
        if matches!(
            post.as_str(),
            "session" | "shift" | "edition" | "news" | "show"
        ) {
            return None;
        }
    }
    let clk = clock(c)?;
    let day = if c.name("weekday").is_some() || c.name("deictic").is_some() {
        named_day(lex, c)?
    } else if id == "clock-monthday" {
        if !month_ok(c, "", 0, false) {
            return None;
        }
        let m = g(c, "month").and_then(|m| lex.months.num_of(m))?;
        let d = num(c, "day")?;
        Day::Date {
            y: num(c, "year"),
            m,
            d,
        }
    } else {
        Day::Context(0)
    };
    ok(Expr::Time {
        day,
        clock: Some(clk),
        part: None,
    })
}

/// The `daypart` family: a part of a day (`Monday morning`, `this afternoon`, `overnight`).
pub(super) fn daypart(lex: &Lexicon, c: &Captures<'_>, id: &str) -> Option<Interp> {
    let part = g(c, "part")
        .and_then(|p| lex.parts.key_of(p))
        .map(String::from);
    match id {
        "weekday-part" => {
            if !weekday_ok(c) {
                return None;
            }
            let relw = g(c, "rel").map(normalize_form);
            let (rel, m) = match relw.as_deref() {
                Some("early" | "early on") => (Rel::None, Some("START")),
                Some("late" | "late on") => (Rel::None, Some("END")),
                other => (Rel::parse(other), None),
            };
            let wd = lex.weekdays.num_of(g(c, "weekday")?)?;
            with_mod(
                Expr::Time {
                    day: Day::Weekday { wd, rel },
                    clock: None,
                    part,
                },
                m,
            )
        }
        "early-hours" => with_mod(
            Expr::Time {
                day: Day::Context(0),
                clock: None,
                part: Some("MO".into()),
            },
            Some("START"),
        ),
        "hours-of" => {
            let day = named_day(lex, c)?;
            with_mod(
                Expr::Time {
                    day,
                    clock: None,
                    part: Some("MO".into()),
                },
                Some("START"),
            )
        }
        "part-of" | "part-of-dm" | "hours-of-md" | "hours-of-dm" => {
            if !month_ok(c, "", 0, false) {
                return None;
            }
            let m = g(c, "month").and_then(|m| lex.months.num_of(m))?;
            let d = num(c, "day")?;
            let early = id.starts_with("hours-of");
            with_mod(
                Expr::Time {
                    day: Day::Date {
                        y: num(c, "year"),
                        m,
                        d,
                    },
                    clock: None,
                    part: if early { Some("MO".into()) } else { part },
                },
                early.then_some("START"),
            )
        }
        "rel-part" => {
            let relw = normalize_form(g(c, "rel")?);
            let day = match relw.as_str() {
                "this" => Day::Deictic(0),
                "last" => Day::Deictic(-1),
                _ => Day::Context(0),
            };
            if relw == "last" && part.as_deref() != Some("NI") && part.as_deref() != Some("EV") {
                return None;
            }
            with_mod(
                Expr::Time {
                    day,
                    clock: None,
                    part,
                },
                edge_mod(g(c, "edge")),
            )
        }
        "overnight" => ok(Expr::Time {
            day: Day::Overnight,
            clock: None,
            part: Some("NI".into()),
        }),
        "bare-part" => {
            c.name("pre")?;
            ok(Expr::Time {
                day: Day::Context(0),
                clock: None,
                part,
            })
        }
        _ => None,
    }
}
