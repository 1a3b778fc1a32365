//! Periods: seasons, quarters, halves, and units relative to now (`last week`).

use super::{
    duration_value, edge_mod, g, is_time_unit, next_word, num, ok, prev_word, starts_upper,
    unit_code, with_mod, Day, Expr, Interp, QuarterBase, Rel, YearRef,
};
use crate::lexicon::{normalize_form, Lexicon};
use regex::Captures;

/// The `season` family: `the spring`, `last summer`, `that winter`, `early fall 2014`.
pub(super) fn season(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let whole = c.get(0)?;
    let year = || super::years::year_of(lex, c);
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
                | "into"
                | "for"
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

/// The `quarter` family: `the third quarter`, `Q3 2014`, `the latest quarter`.
pub(super) fn quarter(lex: &Lexicon, c: &Captures<'_>, sentence: &str) -> Option<Interp> {
    let whole = c.get(0)?;
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

/// The `half` family: `the first half of 2014`, `last year's second half`.
pub(super) fn half(c: &Captures<'_>, sentence: &str) -> Option<Interp> {
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
    let yearless = y == YearRef::Rel(0) && c.name("yrel").is_none() && c.name("yrel2").is_none();
    if unit_after || (h == 2 && word != "second" && yearless) {
        return None;
    }
    ok(Expr::Half { h, y })
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

/// The `unitrel` family: a unit with a relative word (`last week`, `next year`,
/// `the year-end`).
pub(super) fn unitrel(lex: &Lexicon, c: &Captures<'_>, id: &str, sentence: &str) -> Option<Interp> {
    if id == "year-end" {
        return with_mod(
            Expr::UnitRel {
                rel: 0,
                unit: "Y".into(),
                anchored: false,
            },
            Some("END"),
        );
    }
    if id != "end-of-rel" && lex.unit_is_plural(g(c, "unit")?) {
        return None;
    }
    // `ABC's "This Week"`, `Last Week Tonight`: a capitalized unit outside a headline
    // is a title.
    if g(c, "unit").is_some_and(starts_upper) && !super::title_case(sentence) {
        return None;
    }
    unitrel_interp(c, sentence, c.get(0)?.start(), id, unit_code(lex, c)?)
}

fn unitrel_interp(
    c: &Captures<'_>,
    sentence: &str,
    start: usize,
    id: &str,
    unit: String,
) -> Option<Interp> {
    let relw = normalize_form(g(c, "rel").unwrap_or("this"));
    // `the next year` (the year after the one in discussion), but `the end of next
    // year`: the article that counts is the one right before the relative word.
    let the = match c.name("rel") {
        Some(r) => sentence[..r.start()]
            .trim_end()
            .to_lowercase()
            .ends_with("the"),
        None => c.get(0)?.as_str().to_lowercase().starts_with("the"),
    };
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
            "next" | "following" if the => ok(Expr::Day(Day::Anchored(1))),
            "previous" if the => ok(Expr::Day(Day::Anchored(-1))),
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
    // `in the week since the flood`: the length of time since.
    if id == "the-unit" && edge.is_none() && next == "since" && unit != "WE" {
        return ok(Expr::Duration(duration_value(1.0, &unit)));
    }
    if id == "the-unit"
        && unit == "Y"
        && edge.is_none()
        && matches!(next.as_str(), "ended" | "ending" | "ends" | "that" | "to")
        // `the year to January`, `the year to date`: twelve months up to then.
        && (next != "to" || {
            let after = sentence[c.get(0)?.end()..].trim_start();
            let w = next_word(after, 2);
            starts_upper(w) || normalize_form(w) == "date"
        })
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
