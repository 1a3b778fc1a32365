//! What a matched rule means before it is resolved: [`Expr`].
//!
//! Interpretation is context-free (it sees the sentence, not the document), so
//! candidate matches can be checked and discarded before the overlapping ones
//! are chosen. Resolution against the publication date and earlier mentions
//! happens afterwards, in text order (see `resolve.rs`).

use crate::lexicon::{normalize_form, Lexicon};
use crate::numbers::parse_cardinal;
use crate::patterns::Rule;
use chrono::NaiveDate;
use regex::Captures;

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
    /// A weekday, resolved by tense.
    Weekday { wd: u32, rel: Rel },
    /// Days from the publication date (`yesterday` = -1).
    Deictic(i64),
    /// The day last mentioned (`that day`, a bare `6 p.m.`), plus an offset.
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
    /// `three years ago`.
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
        u => u,
    };
    if is_time_unit(unit) {
        format!("PTX{u}")
    } else {
        format!("PX{u}")
    }
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

fn weekday_ok(c: &Captures<'_>) -> bool {
    c.name("weekday").is_some_and(|w| starts_upper(w.as_str()))
}

/// Interpret one match of `rule`; `None` rejects it.
pub(crate) fn interpret(
    lex: &Lexicon,
    rule: &Rule,
    c: &Captures<'_>,
    sentence: &str,
) -> Option<Interp> {
    let id = rule.id.rsplit('/').next().unwrap_or("");
    let whole = c.get(0)?;
    let month = || {
        g(c, "month").and_then(|m| {
            lex.months
                .num_of(m.trim_end_matches('.'))
                .or_else(|| lex.months.num_of(m))
        })
    };
    let weekday = || g(c, "weekday").and_then(|w| lex.weekdays.num_of(w));
    let year = || num::<i32>(c, "year");
    let unit = || g(c, "unit").and_then(|u| lex.unit(u)).map(String::from);
    match rule.kind.as_str() {
        "full" => {
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
            let (y, m, d) = (year()?, month()?, num(c, "day")?);
            NaiveDate::from_ymd_opt(y, m, d)?;
            ok(Expr::Day(Day::Date { y: Some(y), m, d }))
        }
        "monthday" => {
            if !month_ok(c, sentence, whole.start(), false)
                || (c.name("weekday").is_some() && !weekday_ok(c))
            {
                return None;
            }
            let d: u32 = match g(c, "ord") {
                Some(o) => lex.ordinals.num_of(o)?,
                None => num(c, "day")?,
            };
            let m = month()?;
            NaiveDate::from_ymd_opt(2000, m, d)?;
            ok(Expr::Day(Day::Date { y: None, m, d }))
        }
        "monthyear" => {
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
                m: month()?,
                rel: Rel::None,
            })
        }
        "month" => {
            let mstart = c.name("month")?.start();
            let rel = Rel::parse(g(c, "rel"));
            if !month_ok(c, sentence, mstart, rel == Rel::None) {
                return None;
            }
            ok(Expr::Month {
                y: None,
                yrel: None,
                m: month()?,
                rel,
            })
        }
        "year" if id == "spelled-year" => {
            let w = normalize_form(g(c, "yw")?).replace('-', " ");
            let y = if let Some(rest) = w.strip_prefix("nineteen") {
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
            };
            ok(Expr::Year(y))
        }
        "year" => year_interp(c, sentence, whole.start()),
        "decade" => {
            let d = if let Some(dec) = num::<i32>(c, "decade") {
                dec / 10
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
        "century" => {
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
        "season" => {
            let s = lex.seasons.key_of(g(c, "season")?)?.to_string();
            let relw = g(c, "rel").map(normalize_form);
            let (rel, m) = match relw.as_deref() {
                Some("early") => (Rel::None, Some("START")),
                Some("late") => (Rel::None, Some("END")),
                other => (Rel::parse(other), None),
            };
            let det = g(c, "det").map(normalize_form);
            let bare = rel == Rel::None && year().is_none() && m.is_none();
            if bare {
                // `in the spring`, `that summer`: only after a preposition of time (or, for
                // `that`, at the start of a clause); `the fall of Kabul`, `the spring water`
                // are no seasons.
                let prev = normalize_form(prev_word(sentence, whole.start()));
                let timely = matches!(
                    prev.as_str(),
                    "in" | "during"
                        | "over"
                        | "through"
                        | "throughout"
                        | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "before"
                        | "after"
                );
                let before = sentence[..whole.start()].trim_end();
                let clause_start =
                    before.is_empty() || before.ends_with([',', ';', ':', '—', '(', '"', '“']);
                let next = normalize_form(next_word(sentence, whole.end()));
                let ok = match det.as_deref() {
                    Some("the") => timely && !matches!(next.as_str(), "of" | "in" | "from" | "to"),
                    // `planned to propose that summer`, but not `said that summer camps …`.
                    Some("that") => {
                        timely
                            || clause_start
                            || next.is_empty()
                            || matches!(
                                next.as_str(),
                                "when"
                                    | "while"
                                    | "and"
                                    | "but"
                                    | "or"
                                    | "as"
                                    | "after"
                                    | "before"
                                    | "in"
                                    | "on"
                                    | "at"
                                    | "to"
                                    | "for"
                                    | "with"
                                    | "the"
                                    | "a"
                                    | "an"
                                    | "he"
                                    | "she"
                                    | "it"
                                    | "they"
                                    | "we"
                                    | "i"
                                    | "was"
                                    | "were"
                                    | "had"
                                    | "his"
                                    | "her"
                                    | "their"
                            )
                    }
                    _ => false,
                };
                if !ok {
                    return None;
                }
            }
            let anchored = det.as_deref() == Some("that") && rel == Rel::None && year().is_none();
            with_mod(
                Expr::Season {
                    s,
                    y: year(),
                    rel,
                    anchored,
                },
                m,
            )
        }
        "quarter" => {
            let q = g(c, "qord")
                .and_then(|o| lex.ordinals.num_of(o))
                .or_else(|| g(c, "qnum").and_then(|q| q[1..].parse().ok()));
            let y = year_ref(c);
            let word = g(c, "rel").or_else(|| g(c, "rel2")).map(normalize_form);
            let rel = match word.as_deref() {
                Some("last") | Some("previous") | Some("past") if q.is_none() => -1,
                Some("next") | Some("coming") if q.is_none() => 1,
                Some("year-earlier") | Some("year-ago") => -4,
                _ => 0,
            };
            let base = match word.as_deref() {
                Some("current") => QuarterBase::Current,
                Some(w) if w == "latest" || w == "just-ended" || w.ends_with("recent") => {
                    QuarterBase::Latest
                }
                _ => QuarterBase::Context,
            };
            // `the third-quarter profit`: the article belongs to the noun, not the quarter.
            let text = whole.as_str();
            let start = (rel == 0
                && text.to_lowercase().starts_with("the ")
                && c.name("qord")
                    .is_some_and(|m| sentence[m.end()..].starts_with('-')))
            .then(|| whole.start() + 4);
            Some(Interp {
                expr: Expr::Quarter { q, y, rel, base },
                modifier: None,
                end: None,
                start,
            })
        }
        "half" => {
            let word = normalize_form(g(c, "half")?);
            let h = if word == "first" { 1 } else { 2 };
            let y = year_ref(c);
            let end = c.get(0)?.end();
            let next = normalize_form(next_word(sentence, end));
            // `the first half hour`, `the second half of the match`: not half a year. (`of`
            // a year is part of the match.) `the last half` names a year's only with one.
            let unit_after = matches!(
                next.as_str(),
                "hour"
                    | "hours"
                    | "century"
                    | "decade"
                    | "mile"
                    | "miles"
                    | "point"
                    | "points"
                    | "dozen"
                    | "inning"
                    | "time"
                    | "of"
            );
            let yearless =
                y == YearRef::Rel(0) && c.name("yrel").is_none() && c.name("yrel2").is_none();
            if unit_after || (h == 2 && word != "second" && yearless) {
                return None;
            }
            ok(Expr::Half { h, y })
        }
        "holiday" => {
            if let Some(h) = g(c, "hol") {
                let _ = h;
                return ok(Expr::Holidays);
            }
            let name = g(c, "holiday")?;
            if !starts_upper(name) && !normalize_form(name).starts_with("the ") {
                return None;
            }
            let rule = lex.holidays.key_of(name)?.to_string();
            // `Christmas party`, `Christmas markets`: a modifier of a noun, not a date.
            let next = next_word(sentence, c.get(0)?.end());
            let last = normalize_form(c.get(0)?.as_str());
            let named_day =
                last.ends_with("day") || last.ends_with("eve") || last.ends_with("weekend");
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
        "deictic" => {
            let w = normalize_form(g(c, "deictic")?);
            let n = match w.as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                "the day before yesterday" => -2,
                "the day after tomorrow" => 2,
                _ => 0,
            };
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
        "unitrel" if id == "year-end" => with_mod(
            Expr::UnitRel {
                rel: 0,
                unit: "Y".into(),
                anchored: false,
            },
            Some("END"),
        ),
        "unitrel" => {
            if id != "end-of-rel" && lex.unit_is_plural(g(c, "unit")?) {
                return None;
            }
            unitrel_interp(c, sentence, whole.start(), id, unit()?)
        }
        "edge" => with_mod(Expr::Year(year()?), edge_mod(g(c, "edge"))),
        "ago" => {
            let n = parse_cardinal(lex, g(c, "num")?)?;
            ok(Expr::Ago { n, unit: unit()? })
        }
        "shift" if id == "year-earlier" => ok(Expr::Shift {
            n: 1.0,
            unit: "Y".into(),
            dir: -1,
            comparative: true,
        }),
        "shift" => {
            let n = parse_cardinal(lex, g(c, "num")?)?;
            let u = unit()?;
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
        "anchorday" => {
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
            let day = Day::Context(n);
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
        "weekday" => {
            if !weekday_ok(c) {
                return None;
            }
            let relw = g(c, "rel").map(normalize_form);
            let (rel, m) = match relw.as_deref() {
                Some("early") | Some("earlier") => (Rel::None, Some("START")),
                Some("late") | Some("later") => (Rel::None, Some("END")),
                other => (Rel::parse(other), None),
            };
            with_mod(
                Expr::Day(Day::Weekday {
                    wd: weekday()?,
                    rel,
                }),
                m,
            )
        }
        "time" => time_interp(lex, c, id, sentence),
        "daypart" => daypart_interp(lex, c, id),
        "duration" => duration_interp(lex, c, sentence, id, unit()?),
        "set" => set_interp(lex, c, id, sentence),
        "ref" => {
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

fn year_ref(c: &Captures<'_>) -> YearRef {
    if let Some(y) = num::<i32>(c, "year").or_else(|| num(c, "y2")) {
        return YearRef::Explicit(y);
    }
    match g(c, "yrel")
        .or_else(|| g(c, "yrel2"))
        .map(normalize_form)
        .as_deref()
    {
        Some("last") => YearRef::Rel(-1),
        Some("next") => YearRef::Rel(1),
        _ => YearRef::Rel(0),
    }
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
    if matches!(prev.as_str(), "copyright" | "©" | "act") || before.trim_end().ends_with('©') {
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
    if !year_prep && count_noun(next) && !starts_upper(next) {
        return None;
    }
    // Counts of people or things between 1000 and 1799 are far more common than such years.
    if y < 1800 && !year_prep {
        return None;
    }
    ok(Expr::Year(y))
}

fn unitrel_interp(
    c: &Captures<'_>,
    sentence: &str,
    start: usize,
    id: &str,
    unit: String,
) -> Option<Interp> {
    let relw = normalize_form(g(c, "rel").unwrap_or("this"));
    let the = c.get(0)?.as_str().to_lowercase().starts_with("the");
    let prev = normalize_form(prev_word(sentence, start));
    let edge = g(c, "edge").map(normalize_form);
    let modifier = edge_mod(edge.as_deref());
    if id == "rel-earlier" {
        // `later that year`: the year of the last mentioned date.
        let anchored = g(c, "that").is_some_and(|w| normalize_form(w) == "that");
        return with_mod(
            Expr::UnitRel {
                rel: 0,
                unit,
                anchored,
            },
            modifier,
        );
    }
    // `said that week after week …`, `found that month-long …`: a conjunction, not a
    // demonstrative.
    if relw.starts_with("that")
        && matches!(
            prev.as_str(),
            "said"
                | "says"
                | "say"
                | "reported"
                | "noted"
                | "added"
                | "argued"
                | "believe"
                | "believes"
                | "believed"
                | "thought"
                | "think"
                | "shows"
                | "showed"
                | "found"
                | "means"
                | "meant"
                | "so"
                | "such"
                | "now"
                | "given"
        )
    {
        return None;
    }
    if unit == "D" && edge.is_none() {
        return match relw.as_str() {
            "next" | "following" if the => ok(Expr::Day(Day::Context(1))),
            "previous" if the => ok(Expr::Day(Day::Context(-1))),
            _ => None,
        };
    }
    // `over the past week`, `in the last year`, `the past hour`: a length of time.
    let duration_prep = matches!(
        prev.as_str(),
        "over" | "in" | "during" | "for" | "within" | "throughout" | "through" | "across" | "of"
    );
    if edge.is_none()
        && (is_time_unit(&unit)
            || (the
                && matches!(relw.as_str(), "past" | "last" | "next" | "coming")
                && (duration_prep || relw == "past"))
            || (!the && relw == "past" && duration_prep))
    {
        if unit == "WE" {
            return None;
        }
        return ok(Expr::Duration(duration_value(1.0, &unit)));
    }
    // `the year ended Sept. 30`, `the fiscal year ending in June`: the twelve months
    // before that day, a length of time (a fiscal year need not be a calendar year).
    let next = normalize_form(next_word(sentence, c.get(0)?.end()));
    if id == "the-unit"
        && unit == "Y"
        && edge.is_none()
        && matches!(next.as_str(), "ended" | "ending" | "ends" | "that")
        && (next != "that" || {
            let after = &sentence[c.get(0)?.end()..];
            let after = after.trim_start();
            let after = after
                .get(4..)
                .unwrap_or("")
                .trim_start()
                .to_ascii_lowercase();
            after.starts_with("ended") || after.starts_with("ends")
        })
    {
        return ok(Expr::Duration(duration_value(1.0, &unit)));
    }
    let (rel, anchored) = match relw.as_str() {
        "last" | "past" | "previous" => (-1, the && relw == "previous"),
        "next" | "coming" => (1, the && relw == "next"),
        "following" => (1, true),
        "same" | "that" | "that same" => (0, true),
        "recent" => return None,
        "this past" => (-1, false),
        "this coming" => (1, false),
        _ => (0, false),
    };
    with_mod(
        Expr::UnitRel {
            rel,
            unit,
            anchored,
        },
        modifier,
    )
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

fn time_interp(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    if let Some(n) = c.name("named") {
        // `High Noon Gun Range`: a name, not a time.
        if starts_upper(n.as_str())
            && (starts_upper(next_word(sentence, n.end()))
                || starts_upper(prev_word(sentence, n.start())))
        {
            return None;
        }
    }
    let clk = clock(c)?;
    let day = if let Some(w) = g(c, "weekday") {
        if !weekday_ok(c) {
            return None;
        }
        Day::Weekday {
            wd: lex.weekdays.num_of(w)?,
            rel: Rel::None,
        }
    } else if let Some(dx) = g(c, "deictic") {
        Day::Deictic(match normalize_form(dx).as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        })
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

fn daypart_interp(lex: &Lexicon, c: &Captures<'_>, id: &str) -> Option<Interp> {
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
                Some("early") => (Rel::None, Some("START")),
                Some("late") => (Rel::None, Some("END")),
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
        "hours-of" => {
            let day = if let Some(w) = g(c, "weekday") {
                if !weekday_ok(c) {
                    return None;
                }
                Day::Weekday {
                    wd: lex.weekdays.num_of(w)?,
                    rel: Rel::None,
                }
            } else {
                Day::Deictic(match normalize_form(g(c, "deictic")?).as_str() {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                })
            };
            with_mod(
                Expr::Time {
                    day,
                    clock: None,
                    part: Some("MO".into()),
                },
                Some("START"),
            )
        }
        "part-of" => {
            if !month_ok(c, "", 0, false) {
                return None;
            }
            let m = g(c, "month").and_then(|m| lex.months.num_of(m))?;
            let d = num(c, "day")?;
            ok(Expr::Time {
                day: Day::Date { y: None, m, d },
                clock: None,
                part,
            })
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

fn duration_interp(
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
            if v == "a couple of" {
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
        "rel-units" | "units-long" | "units-to-come" => {
            if id == "rel-units" && !lex.unit_is_plural(g(c, "unit")?) {
                return None;
            }
            ok(Expr::Duration(vague_value(&unit)))
        }
        "bare-units" => {
            if g(c, "unit").is_some_and(|u| u.chars().all(|ch| ch.is_uppercase())) {
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

fn set_interp(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
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
