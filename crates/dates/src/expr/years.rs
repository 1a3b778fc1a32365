//! Years, decades and centuries, with the checks that tell a year from a count.

use super::{edge_mod, g, next_word, num, ok, prev_word, starts_upper, with_mod, Expr, Interp};
use crate::lexicon::{normalize_form, Lexicon};
use crate::numbers::parse_cardinal;
use regex::Captures;

/// The `year` family: a year in digits (`2014`) or spelled out (`nineteen ninety-five`).
pub(super) fn year(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    if id == "spelled-year" {
        return spelled_year(lex, c);
    }
    year_interp(c, sentence, c.get(0)?.start())
}

/// A spelled-out year (`nineteen ninety-five`, `two thousand and eight`).
fn spelled_year(lex: &Lexicon, c: &Captures<'_>) -> Option<Interp> {
    ok(Expr::Year(spelled_year_value(lex, g(c, "yw")?)?))
}

/// The value of a spelled-out year.
fn spelled_year_value(lex: &Lexicon, yw: &str) -> Option<i32> {
    let w = normalize_form(yw).replace('-', " ");
    Some(if let Some(rest) = w.strip_prefix("nineteen") {
        let rest = rest.trim().trim_start_matches("oh ").trim();
        1900 + parse_cardinal(lex, rest)? as i32
    } else {
        let rest = w
            .strip_prefix("two thousand")?
            .trim()
            .trim_start_matches("and")
            .trim();
        2000 + if rest.is_empty() {
            0
        } else {
            parse_cardinal(lex, rest)? as i32
        }
    })
}

/// The year of a match: its `{year}` digits or its `{yearw}` words.
pub(super) fn year_of(lex: &Lexicon, c: &Captures<'_>) -> Option<i32> {
    num::<i32>(c, "year").or_else(|| spelled_year_value(lex, g(c, "yw")?))
}

/// The `decade` family: `the 1990s`, `the '90s`, `the early 2000s`.
pub(super) fn decade(c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let d = if let Some(dec) = num::<i32>(c, "decade") {
        dec / 10
    } else if let Some(w) = g(c, "dword") {
        // `the nineties`, `the late sixties`: the 20th century's decades. Not temperatures
        // (`highs in the nineties`) nor ages (`a man aged in the forties`).
        const NOT_YEARS: &[&str] = &[
            "temperature",
            "temperatures",
            "degree",
            "degrees",
            "high",
            "highs",
            "low",
            "lows",
            "upper",
            "lower",
            "fahrenheit",
            "celsius",
            "weather",
            "forecast",
            "heat",
            "aged",
            "age",
            "ages",
            "mph",
        ];
        if sentence.contains('°')
            || sentence
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|t| NOT_YEARS.contains(&t.to_lowercase().as_str()))
        {
            return None;
        }
        const TENS: [&str; 8] = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        let w = normalize_form(w);
        192 + TENS.iter().position(|t| *t == w)? as i32
    } else {
        let s: i32 = num(c, "dshort")?;
        if s >= 20 {
            190 + s / 10
        } else {
            200 + s / 10
        }
    };
    with_mod(Expr::Decade(d), edge_mod(g(c, "dmod")))
}

/// The `century` family: `the 19th century`, `the early twentieth century`.
pub(super) fn century(lex: &Lexicon, c: &Captures<'_>) -> Option<Interp> {
    let o = g(c, "ord")?;
    let n = lex
        .ordinals
        .num_of(o)
        .or_else(|| o.trim_end_matches(char::is_alphabetic).parse().ok())?;
    with_mod(
        Expr::Century(i32::try_from(n).ok()? - 1),
        edge_mod(g(c, "dmod")),
    )
}

/// The `edge` family: the start, middle or end of a year (`the end of 2014`).
pub(super) fn edge(c: &Captures<'_>) -> Option<Interp> {
    with_mod(Expr::Year(num::<i32>(c, "year")?), edge_mod(g(c, "edge")))
}

/// Nouns after a four-digit number that make it a count, not a year.
fn count_noun(w: &str) -> bool {
    let w = normalize_form(w);
    if w.is_empty() {
        return false;
    }
    const YEARISH: &[&str] = &[
        "and",
        "to",
        "when",
        "as",
        "after",
        "before",
        "until",
        "while",
        "but",
        "or",
        "in",
        "is",
        "was",
        "has",
        "had",
        "were",
        "are",
        "the",
        "for",
        "with",
        "at",
        "on",
        "by",
        "from",
        "levels",
        "figures",
        "results",
        "elections",
        "census",
        "earnings",
        "games",
        "olympics",
        "season",
        "campaign",
        "election",
        "budget",
        "level",
        "period",
        "model",
        "edition",
        "through",
        "that",
        "which",
        "where",
        "amid",
        "because",
        "since",
        "so",
    ];
    if YEARISH.contains(&w.as_str()) {
        return false;
    }
    const UNITS: &[&str] = &[
        "people",
        "troops",
        "soldiers",
        "men",
        "women",
        "children",
        "miles",
        "feet",
        "meters",
        "metres",
        "km",
        "kilometers",
        "kilometres",
        "tons",
        "tonnes",
        "dollars",
        "euros",
        "pounds",
        "yards",
        "acres",
        "hectares",
        "votes",
        "jobs",
        "workers",
        "points",
        "shares",
        "cars",
        "homes",
        "houses",
        "units",
        "residents",
        "members",
        "students",
        "cases",
        "deaths",
        "refugees",
        "police",
        "officers",
        "rounds",
        "mines",
        "percent",
        "barrels",
        "employees",
        "families",
        "calories",
        "gallons",
        "liters",
        "litres",
        "pages",
        "words",
        "hours",
        "minutes",
        "seconds",
        "days",
        "years",
        "of",
    ];
    UNITS.contains(&w.as_str())
        || (w.ends_with('s')
            && w.len() > 3
            && !w.ends_with("'s")
            && w != "was"
            && w != "has"
            && w != "is")
}

fn year_interp(c: &Captures<'_>, sentence: &str, start: usize) -> Option<Interp> {
    let y: i32 = num(c, "year")?;
    let ym = c.name("year")?;
    let before = &sentence[..ym.start()];
    let prev_char = before.chars().next_back();
    if let Some(p) = prev_char {
        let mid = before.to_lowercase();
        let hyphen_ok = mid.ends_with("mid-")
            || mid.ends_with("pre-")
            || mid.ends_with("post-")
            || mid.ends_with("late-")
            || mid.ends_with("early-");
        if matches!(
            p,
            '$' | '£' | '€' | '#' | '/' | ':' | '.' | ',' | '+' | '×' | '-' | '–'
        ) && !hyphen_ok
        {
            return None;
        }
        if p.is_ascii_digit() {
            return None;
        }
    }
    let after = &sentence[ym.end()..];
    if after.starts_with(['%', '-', '/', ':', '$']) {
        return None;
    }
    if after.trim_start().starts_with(['%', '°']) {
        return None;
    }
    let next = next_word(sentence, ym.end());
    let prev = normalize_form(prev_word(sentence, start));
    // `fiscal 1989 sales`: the prefix makes it a year whatever follows.
    let fiscal = c.name("fiscal").is_some();
    // `Highway 2020`, `Flight 1549`, `Room 1204`: a number that names a thing.
    if matches!(
        prev.as_str(),
        "copyright"
            | "©"
            | "act"
            | "highway"
            | "route"
            | "interstate"
            | "flight"
            | "room"
            | "suite"
            | "apartment"
            | "gate"
            | "platform"
            | "bus"
            | "no."
            | "number"
            | "channel"
    ) || before.trim_end().ends_with('©')
    {
        return None;
    }
    if !(1000..=2100).contains(&y) {
        return None;
    }
    let nextl = normalize_form(next);
    if matches!(
        nextl.as_str(),
        "million" | "billion" | "thousand" | "percent" | "per" | "pm" | "am"
    ) {
        return None;
    }
    let year_prep = matches!(
        prev.as_str(),
        "in" | "since"
            | "of"
            | "by"
            | "from"
            | "until"
            | "till"
            | "before"
            | "after"
            | "during"
            | "between"
            | "and"
            | "to"
            | "through"
            | "early"
            | "late"
            | "mid"
            | "fiscal"
            | "year"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "around"
            | "circa"
            | "than"
    );
    if !year_prep && !fiscal && count_noun(next) && !starts_upper(next) {
        return None;
    }
    // Counts of people or things between 1000 and 1799 are far more common than such years.
    if y < 1800 && !year_prep {
        return None;
    }
    ok(Expr::Year(y))
}
