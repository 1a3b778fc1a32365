//! Days: full dates, month-day, month, weekday, deictic, anchored days and holidays.

use super::{
    deictic_offset, g, month_num, month_ok, next_word, num, ok, prev_word, starts_upper,
    weekday_ok, with_mod, Day, Expr, Interp, Rel, PREPS,
};
use crate::lexicon::{normalize_form, Lexicon};
use chrono::NaiveDate;
use regex::Captures;

/// The `full` family: complete dates (`March 3, 2014`, `3/4/2014`, `2014-03-04`).
pub(super) fn full(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    let whole = c.get(0)?;
    let year = || num::<i32>(c, "year");
    if id == "slash" {
        let a: u32 = num(c, "sa")?;
        let b: u32 = num(c, "sb")?;
        let y: i32 = num(c, "sy")?;
        let y = if y < 100 {
            if y < 50 {
                2000 + y
            } else {
                1900 + y
            }
        } else {
            y
        };
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        NaiveDate::from_ymd_opt(y, m, d)?;
        return ok(Expr::Day(Day::Date { y: Some(y), m, d }));
    }
    if id == "iso" {
        let (y, m, d) = (year()?, num(c, "mm")?, num(c, "dd")?);
        NaiveDate::from_ymd_opt(y, m, d)?;
        let day = Day::Date { y: Some(y), m, d };
        if let (Some(h), Some(mi)) = (num(c, "hour24"), num(c, "min24")) {
            return ok(Expr::Time {
                day,
                clock: Some((h, mi)),
                part: None,
            });
        }
        return ok(Expr::Day(day));
    }
    if !month_ok(c, sentence, whole.start(), false)
        || (c.name("weekday").is_some() && !weekday_ok(c))
    {
        return None;
    }
    let (y, m, d) = (year()?, month_num(lex, c)?, num(c, "day")?);
    NaiveDate::from_ymd_opt(y, m, d)?;
    ok(Expr::Day(Day::Date { y: Some(y), m, d }))
}

/// The `monthday` family: a month and day without a year (`March 3`).
pub(super) fn monthday(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    if let Some(d) = num::<u32>(c, "dord") {
        return ok(Expr::Day(Day::OfMonth(d)));
    }
    let whole = c.get(0)?;
    if !month_ok(c, sentence, whole.start(), false)
        || (c.name("weekday").is_some() && !weekday_ok(c))
    {
        return None;
    }
    let d: u32 = match g(c, "ord") {
        Some(o) => lex.ordinals.num_of(o)?,
        None => num(c, "day")?,
    };
    let m = month_num(lex, c)?;
    NaiveDate::from_ymd_opt(2000, m, d)?;
    if let Some(r) = g(c, "yrel") {
        let yrel = match normalize_form(r).as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return ok(Expr::Day(Day::DateRel { yrel, m, d }));
    }
    if let Some(wd) = g(c, "weekday").and_then(|w| lex.weekdays.num_of(w)) {
        return ok(Expr::Day(Day::DateWd { m, d, wd }));
    }
    ok(Expr::Day(Day::Date { y: None, m, d }))
}

/// The `monthyear` family: a month with its year (`March 2014`, `March of last year`).
pub(super) fn monthyear(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let whole = c.get(0)?;
    let year = || super::years::year_of(lex, c);
    if !month_ok(c, sentence, whole.start(), false) {
        return None;
    }
    let yrel = g(c, "yrel").map(|r| match normalize_form(r).as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    });
    ok(Expr::Month {
        y: year(),
        yrel,
        m: month_num(lex, c)?,
        rel: Rel::None,
    })
}

/// The `month` family: a month name, possibly with a relative word (`last March`).
pub(super) fn month(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let mstart = c.name("month")?.start();
    let rel = Rel::parse(g(c, "rel"));
    if !month_ok(c, sentence, mstart, rel == Rel::None) {
        return None;
    }
    ok(Expr::Month {
        y: None,
        yrel: None,
        m: month_num(lex, c)?,
        rel,
    })
}

/// The `weekday` family: a weekday, possibly with a relative word or edge.
pub(super) fn weekday(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    if !weekday_ok(c) {
        return None;
    }
    // `The Sunday Times`, `Black Friday sales`, `Bloody Sunday`: names, not days.
    let w = c.name("weekday")?;
    let next = next_word(sentence, c.get(0)?.end());
    let prev = prev_word(sentence, w.start());
    if (c.name("rel").is_none() && NAME_BEFORE_WEEKDAY.contains(&prev))
        || (starts_upper(next) && NAME_AFTER_DAY.contains(&next))
    {
        return None;
    }
    let wd = g(c, "weekday").and_then(|w| lex.weekdays.num_of(w))?;
    if let Some(a) = g(c, "arel") {
        let after = matches!(normalize_form(a).as_str(), "following" | "next");
        return ok(Expr::Day(Day::WeekdayFrom { wd, after }));
    }
    let relw = g(c, "rel").map(normalize_form);
    let (rel, m) = match relw.as_deref() {
        // `late Tuesday`, `late on Tuesday`.
        Some("early") | Some("earlier") | Some("early on") => (Rel::None, Some("START")),
        Some("late") | Some("later") | Some("late on") => (Rel::None, Some("END")),
        other => (Rel::parse(other), None),
    };
    with_mod(Expr::Day(Day::Weekday { wd, rel }), m)
}

/// The `deictic` family: `yesterday`, `today`, `tomorrow`, `tonight`, with a part of the day.
pub(super) fn deictic(lex: &Lexicon, c: &Captures<'_>) -> Option<Interp> {
    let w = normalize_form(g(c, "deictic")?);
    let n = deictic_offset(&w);
    let part = g(c, "part")
        .and_then(|p| lex.parts.key_of(p))
        .map(String::from);
    if w == "tonight" {
        return ok(Expr::Time {
            day: Day::Deictic(0),
            clock: None,
            part: Some("NI".into()),
        });
    }
    match part {
        Some(p) => ok(Expr::Time {
            day: Day::Deictic(n),
            clock: None,
            part: Some(p),
        }),
        None => ok(Expr::Day(Day::Deictic(n))),
    }
}

/// The `anchorday` family: days counted from the last mentioned one (`the next day`).
pub(super) fn anchorday(c: &Captures<'_>) -> Option<Interp> {
    let w = normalize_form(g(c, "which")?);
    let (n, part, m) = match w.as_str() {
        "the next day" | "the following day" => (1, None, None),
        "the previous day" | "the day before" => (-1, None, None),
        "the next morning" => (1, Some("MO"), None),
        "that night" => (0, Some("NI"), None),
        "that morning" => (0, Some("MO"), None),
        "that evening" => (0, Some("EV"), None),
        "that afternoon" => (0, Some("AF"), None),
        "earlier that day" => (0, None, Some("START")),
        "later that day" => (0, None, Some("END")),
        _ => (0, None, None),
    };
    let day = Day::Anchored(n);
    match part {
        Some(p) => with_mod(
            Expr::Time {
                day,
                clock: None,
                part: Some(p.into()),
            },
            m,
        ),
        None => with_mod(Expr::Day(day), m),
    }
}

/// The `holiday` family: named holidays (`Christmas`, `Labor Day weekend`) and `the holidays`.
pub(super) fn holiday(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let year = || num::<i32>(c, "year");
    if let Some(h) = g(c, "hol") {
        let _ = h;
        return ok(Expr::Holidays);
    }
    let name = g(c, "holiday")?;
    if !starts_upper(name) && !normalize_form(name).starts_with("the ") {
        return None;
    }
    let rule = lex.holidays.key_of(name)?.to_string();
    // `the Good Friday Agreement`: a name.
    if NAME_AFTER_DAY.contains(&next_word(sentence, c.get(0)?.end())) {
        return None;
    }
    // `Christmas party`, `Christmas markets`: a modifier of a noun, not a date.
    let next = next_word(sentence, c.get(0)?.end());
    let last = normalize_form(c.get(0)?.as_str());
    let named_day = last.ends_with("day") || last.ends_with("eve") || last.ends_with("weekend");
    if !named_day
        && next.chars().next().is_some_and(char::is_lowercase)
        && !PREPS.contains(&normalize_form(next).as_str())
        && !matches!(
            normalize_form(next).as_str(),
            "is" | "was" | "will" | "falls" | "fell" | "eve" | "day" | "weekend"
                // `last Thanksgiving following a wreck`, `Christmas when …`
                | "following" | "when" | "while" | "but" | "amid" | "because"
                | "with" | "without" | "so" | "he" | "she" | "they" | "we" | "it"
        )
    {
        return None;
    }
    ok(Expr::Holiday {
        rule,
        y: year(),
        rel: Rel::parse(g(c, "rel")),
        weekend: c.name("we").is_some(),
    })
}

/// Capitalized words that make a weekday before them part of a name (`Black Friday`).
const NAME_BEFORE_WEEKDAY: &[&str] = &[
    "Black", "Cyber", "Bloody", "Ash", "Holy", "Maundy", "Palm", "Shrove", "Giving", "Blue", "Mad",
    "Manic", "Freaky",
];

/// Capitalized words that make a day name before them part of a name (`The Sunday
/// Times`, `the Good Friday Agreement`).
const NAME_AFTER_DAY: &[&str] = &[
    "Times",
    "Telegraph",
    "Herald",
    "Mirror",
    "Express",
    "Post",
    "Tribune",
    "Mail",
    "Observer",
    "Independent",
    "Sport",
    "Magazine",
    "Edition",
    "Review",
    "Agreement",
    "Accord",
    "Accords",
    "Massacre",
    "Uprising",
    "Offensive",
    "Protocol",
    "Football",
    "School",
];
