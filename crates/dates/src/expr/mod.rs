//! What a matched rule means before it is resolved: [`Expr`].
//!
//! Interpretation is context-free (it sees the sentence, not the document), so
//! candidate matches can be checked and discarded before the overlapping ones
//! are chosen. Resolution against the publication date and earlier mentions
//! happens afterwards, in text order (see `resolve.rs`).

use crate::lexicon::{normalize_form, Lexicon};
use crate::patterns::Rule;
use regex::Captures;

mod days;
mod durations;
mod periods;
mod sets;
mod times;
mod years;

/// A relative word in front of a name (`last Monday`, `this past spring`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    None,
    Last,
    Next,
    This,
    ThisPast,
    ThisComing,
}

impl Rel {
    fn parse(s: Option<&str>) -> Rel {
        match s.map(normalize_form).as_deref() {
            Some("last") | Some("past") | Some("previous") => Rel::Last,
            Some("next") | Some("coming") | Some("following") => Rel::Next,
            Some("this") | Some("current") => Rel::This,
            Some("this past") => Rel::ThisPast,
            Some("this coming") => Rel::ThisComing,
            _ => Rel::None,
        }
    }
}

/// What `the quarter` (without an ordinal) counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuarterBase {
    /// The quarter under discussion, else the last completed one.
    Context,
    /// `the latest quarter`: the last completed quarter before publication.
    Latest,
    /// `the current quarter`: the quarter of the publication date.
    Current,
}

/// Something that names one day.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Day {
    /// A calendar date; the year may be missing.
    Date { y: Option<i32>, m: u32, d: u32 },
    /// A calendar date without a year but with its weekday (`Saturday, April 25`):
    /// the weekday tells the year.
    DateWd { m: u32, d: u32, wd: u32 },
    /// A day of the month under discussion (`on the 27th`).
    OfMonth(u32),
    /// A calendar date in a year counted from publication (`7 October last year` = -1).
    DateRel { yrel: i32, m: u32, d: u32 },
    /// A weekday, resolved by tense.
    Weekday { wd: u32, rel: Rel },
    /// A weekday just before (`the previous Friday`) or after (`the following Monday`)
    /// the day last mentioned.
    WeekdayFrom { wd: u32, after: bool },
    /// Days from the publication date (`yesterday` = -1).
    Deictic(i64),
    /// The day last mentioned, plus an offset, named as such (`that day`, `the next
    /// day`): with no day mentioned before, an event's day, which has no value.
    Anchored(i64),
    /// The day last mentioned, else the publication day (a bare `6 p.m.`), plus an offset.
    Context(i64),
    /// The night before the publication date (`overnight`).
    Overnight,
}

/// Which year a quarter or half belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum YearRef {
    /// Written out.
    Explicit(i32),
    /// `last year's` (-1), `this year's` (0), or nothing (0).
    Rel(i32),
}

/// The meaning of one match.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A DATE of day granularity.
    Day(Day),
    /// A TIME: a day plus a clock time or a part of the day.
    Time {
        day: Day,
        clock: Option<(u32, u32)>,
        part: Option<String>,
    },
    /// A month, possibly with its year.
    Month {
        y: Option<i32>,
        yrel: Option<i32>,
        m: u32,
        rel: Rel,
    },
    /// A year.
    Year(i32),
    /// A decade (`199`).
    Decade(i32),
    /// A century (`19`).
    Century(i32),
    /// A season.
    /// A season; `anchored` (`that summer`) takes the year of the last mentioned date.
    Season {
        s: String,
        y: Option<i32>,
        rel: Rel,
        anchored: bool,
    },
    /// A quarter; `q = None` is `the quarter` (the one under discussion).
    Quarter {
        q: Option<u32>,
        y: YearRef,
        rel: i32,
        base: QuarterBase,
    },
    /// A half year.
    Half { h: u32, y: YearRef },
    /// A holiday by its rule (`12-25`, `09-1-1`, `EASTER-2`).
    Holiday {
        rule: String,
        y: Option<i32>,
        rel: Rel,
        weekend: bool,
    },
    /// `the holidays`: December.
    Holidays,
    /// `last week`, `next year`; anchored to the last mention when `anchored`.
    UnitRel {
        rel: i64,
        unit: String,
        anchored: bool,
    },
    /// `three years ago` (`n` = 3); `three years from now` has `n` = -3.
    Ago { n: f64, unit: String },
    /// `two days later` from the last mentioned date.
    Shift {
        n: f64,
        unit: String,
        dir: i64,
        /// `the year-earlier period`: a comparison with the period being reported,
        /// which is in the publication year or the year before.
        comparative: bool,
    },
    /// A DURATION value.
    Duration(String),
    /// A SET value with quant and freq.
    Set {
        value: String,
        quant: Option<String>,
        freq: Option<String>,
    },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(String),
}

/// An interpreted match.
#[derive(Debug, Clone)]
pub(crate) struct Interp {
    pub(crate) expr: Expr,
    pub(crate) modifier: Option<String>,
    /// A new span end (sentence-relative) when the interpreter shortens the match.
    pub(crate) end: Option<usize>,
    /// A new span start (sentence-relative) when the interpreter shortens the match.
    pub(crate) start: Option<usize>,
}

fn ok(expr: Expr) -> Option<Interp> {
    Some(Interp {
        expr,
        modifier: None,
        end: None,
        start: None,
    })
}

fn with_mod(expr: Expr, m: Option<&str>) -> Option<Interp> {
    Some(Interp {
        expr,
        modifier: m.map(String::from),
        end: None,
        start: None,
    })
}

/// Sub-day units make TIME-like durations (`PT5H`).
pub(crate) fn is_time_unit(u: &str) -> bool {
    matches!(u, "H" | "MIN" | "S")
}

/// A DURATION value for `n` units.
pub(crate) fn duration_value(n: f64, unit: &str) -> String {
    let (n, u) = match unit {
        "DE" => (n * 10.0, "Y"),
        "CE" => (n * 100.0, "Y"),
        "ML" => (n * 1000.0, "Y"),
        "Q" => (n * 3.0, "M"),
        "FN" => (n * 2.0, "W"),
        "MIN" => (n, "M"),
        u => (n, u),
    };
    let num = if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    if is_time_unit(unit) {
        format!("PT{num}{u}")
    } else {
        format!("P{num}{u}")
    }
}

/// A vague DURATION (`PXY`, `PTXH`).
pub(crate) fn vague_value(unit: &str) -> String {
    let u = match unit {
        "MIN" => "M",
        "Q" => "M",
        "FN" => "W",
        u => u,
    };
    if is_time_unit(unit) {
        format!("PTX{u}")
    } else {
        format!("PX{u}")
    }
}

/// A headline: every word of four letters or more capitalized (`Police Search For
/// Suspect For 3 Days`), so a capitalized unit there says nothing.
pub(super) fn title_case(sentence: &str) -> bool {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || "'’-".contains(c)))
        .all(starts_upper)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn g<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

fn num<T: std::str::FromStr>(c: &Captures<'_>, name: &str) -> Option<T> {
    g(c, name)?.trim().parse().ok()
}

/// The previous word before byte `at` of `s`.
pub(crate) fn prev_word(s: &str, at: usize) -> &str {
    let before = s[..at].trim_end();
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// The next word after byte `at` of `s`.
pub(crate) fn next_word(s: &str, at: usize) -> &str {
    let after = s[at..].trim_start();
    let end = after
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .unwrap_or(after.len());
    &after[..end]
}

const PREPS: &[&str] = &[
    "in", "on", "since", "by", "until", "till", "from", "of", "before", "after", "during",
    "through", "to", "between", "and", "or", "early", "late", "mid", "last", "next", "this",
    "that", "for", "around", "about", "past", "as", "at", "into", "than", "spring", "summer",
    "fall", "autumn", "winter", "year", "fiscal", "the", "late-", "mid-", "early-",
];

fn month_ok(c: &Captures<'_>, sentence: &str, m_start: usize, bare: bool) -> bool {
    let Some(mm) = c.name("month") else {
        return false;
    };
    let word = mm.as_str();
    if !starts_upper(word) {
        return false;
    }
    if !bare {
        return true;
    }
    // A bare month name: reject names and modals (`Theresa May`, `May I`, `June Carter`).
    let lw = normalize_form(word);
    let prev = prev_word(sentence, m_start);
    let next = next_word(sentence, mm.end());
    if (lw == "may" || lw == "march")
        && (prev.is_empty() || !PREPS.contains(&normalize_form(prev).as_str()))
    {
        return false;
    }
    if !prev.is_empty() && starts_upper(prev) && !PREPS.contains(&normalize_form(prev).as_str()) {
        return false;
    }
    if starts_upper(next) && !matches!(normalize_form(next).as_str(), "and" | "or") {
        return false;
    }
    true
}

/// Days from the publication date that a deictic word names (`yesterday` -1; `today`,
/// `tonight` 0).
fn deictic_offset(w: &str) -> i64 {
    match normalize_form(w).as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        "the day before yesterday" => -2,
        "the day after tomorrow" => 2,
        _ => 0,
    }
}

fn weekday_ok(c: &Captures<'_>) -> bool {
    c.name("weekday").is_some_and(|w| starts_upper(w.as_str()))
}

/// The month number of the `month` group (`Sept.` or `Sept`).
fn month_num(lex: &Lexicon, c: &Captures<'_>) -> Option<u32> {
    g(c, "month").and_then(|m| {
        lex.months
            .num_of(m.trim_end_matches('.'))
            .or_else(|| lex.months.num_of(m))
    })
}

/// The unit code of the `unit` group (`Y`, `M`, `D`, ...).
fn unit_code(lex: &Lexicon, c: &Captures<'_>) -> Option<String> {
    g(c, "unit").and_then(|u| lex.unit(u)).map(String::from)
}

/// Interpret one match of `rule`; `None` rejects it.
pub(crate) fn interpret(
    lex: &Lexicon,
    rule: &Rule,
    c: &Captures<'_>,
    sentence: &str,
) -> Option<Interp> {
    let id = rule.id.rsplit('/').next().unwrap_or("");
    match rule.kind.as_str() {
        "full" => days::full(lex, c, id, sentence),
        "monthday" => days::monthday(lex, c, sentence),
        "monthyear" => days::monthyear(lex, c, sentence),
        "month" => days::month(lex, c, sentence),
        "year" => years::year(lex, c, id, sentence),
        "decade" => years::decade(c, sentence),
        "century" => years::century(lex, c),
        "season" => periods::season(lex, c, sentence),
        "quarter" => periods::quarter(lex, c, sentence),
        "half" => periods::half(c, sentence),
        "holiday" => days::holiday(lex, c, sentence),
        "deictic" => days::deictic(lex, c),
        "unitrel" => periods::unitrel(lex, c, id, sentence),
        "edge" => years::edge(c),
        "ago" => durations::ago(lex, c),
        "shift" => durations::shift(lex, c, id),
        "anchorday" => days::anchorday(c),
        "weekday" => days::weekday(lex, c, sentence),
        "time" => times::time(lex, c, id, sentence),
        "daypart" => times::daypart(lex, c, id),
        "duration" => durations::duration(lex, c, sentence, id, unit_code(lex, c)?),
        "set" => sets::set(lex, c, id, sentence),
        "ref" => sets::reference(lex, c, id, sentence),
        _ => None,
    }
}

fn edge_mod(w: Option<&str>) -> Option<&'static str> {
    match w.map(normalize_form).as_deref() {
        Some("early") | Some("beginning") | Some("start") | Some("earlier") => Some("START"),
        Some("mid") | Some("middle") => Some("MID"),
        Some("late") | Some("end") | Some("close") | Some("later") => Some("END"),
        _ => None,
    }
}
