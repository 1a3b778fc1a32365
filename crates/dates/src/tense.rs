//! Past or future: which occurrence of `Monday` or `June 4` a clause means.
//!
//! The nearest tense marker around the expression decides (`will`, `'ll`,
//! `scheduled` → future; `was`, `said`, `-ed` verbs → past). Reporting verbs
//! (`said`) count only when nothing nearer marks the tense, since `talks will
//! resume Monday, officials said` is about the future.

use crate::lexicon::Lexicon;

/// The direction a relative expression points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Before the publication date.
    Past,
    /// After it.
    Future,
    /// After it, by a weak marker (`expected`, `deadline`): enough for a month, not a weekday.
    FutureWeak,
    /// No marker found.
    Unknown,
}

/// Words ending in `-ed` that are not past verbs.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "hundred",
    "red",
    "bed",
    "seed",
    "proceed",
    "exceed",
    "feed",
    "shed",
    "deed",
    "breed",
    "creed",
    "greed",
    "weed",
    "naked",
    "sacred",
    "wicked",
    "united",
    "limited",
    "based",
    "related",
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "alleged",
    "armed",
    "wounded",
    "injured",
    "detained",
    "missed",
    "ted",
    "fred",
    "ned",
    "ed",
    "reed",
    "supposed",
    "used",
    "tired",
    "concerned",
    "interested",
    "advanced",
    "skilled",
    "embed",
];

/// Determiners and possessives: after them, `plan` or `deadline` is a noun.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
    )
}

/// Words (letters, digits, apostrophes) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match (cur, is_word(c)) {
            (None, true) => cur = Some(i),
            (Some(b), false) => {
                out.push((b, &s[b..i]));
                cur = None;
            }
            _ => {}
        }
    }
    if let Some(b) = cur {
        out.push((b, &s[b..]));
    }
    out.into_iter()
}

/// Direction of the clause around `[start, end)` of `sentence`.
pub(crate) fn direction(lex: &Lexicon, sentence: &str, start: usize, end: usize) -> Direction {
    let future = lex
        .tense
        .entries
        .iter()
        .find(|(k, _)| k == "FUTURE")
        .map(|(_, f)| f);
    let weak = lex
        .tense
        .entries
        .iter()
        .find(|(k, _)| k == "FUTURE_WEAK")
        .map(|(_, f)| f);
    let past = lex
        .tense
        .entries
        .iter()
        .find(|(k, _)| k == "PAST")
        .map(|(_, f)| f);
    let reporting = lex
        .tense
        .entries
        .iter()
        .find(|(k, _)| k == "REPORTING")
        .map(|(_, f)| f);
    let has = |list: Option<&Vec<String>>, w: &str| list.is_some_and(|l| l.iter().any(|x| x == w));
    let mut best: Option<(usize, Direction)> = None;
    let mut fallback: Option<(usize, Direction)> = None;
    let ws: Vec<(usize, usize, String)> = words(sentence)
        .map(|(i, w)| {
            let lower = w.to_lowercase().replace('’', "'");
            (i, w.len(), lower.trim_matches('\'').to_string())
        })
        .collect();
    for (i, (wstart, wlen, w)) in ws.iter().enumerate() {
        let (wstart, wlen, w) = (*wstart, *wlen, w.as_str());
        if wstart >= start && wstart < end {
            continue;
        }
        let dist = if wstart < start {
            // Words before the expression weigh slightly more than words after.
            (start - wstart) * 2
        } else {
            (wstart - end) * 2 + 1
        };
        if dist > 100 {
            continue;
        }
        // A marker inside a quotation says nothing of the tense outside it, and back.
        let between = if wstart < start {
            &sentence[wstart..start]
        } else {
            &sentence[end..wstart]
        };
        if between.contains(['"', '“', '”', '«', '»', '`']) || between.contains("''") {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .and_then(|j| ws.get(j))
            .map(|x| x.2.as_str());
        let next = ws.get(i + 1).map(|x| x.2.as_str());
        let dir = if has(future, w) || w.ends_with("'ll") {
            Direction::Future
        } else if has(weak, w) {
            match (w, next) {
                // `planned to leave`, `set to resume`, `expected to join`: an intention.
                (_, Some("to")) if w != "until" && w != "due" => Direction::Future,
                (_, Some("to")) => continue,
                // `set` is future only as `set to` / `set for`.
                ("set", Some("for")) => Direction::FutureWeak,
                ("set", _) => continue,
                // `the plan`, `its plans`: a noun, no tense.
                (_, _) if w != "deadline" && prev.is_some_and(is_determiner) => continue,
                _ => Direction::FutureWeak,
            }
        } else if has(past, w) || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w)) {
            // `will be named`, `to be held`: the auxiliary before decides.
            if matches!(prev, Some("be" | "being")) {
                continue;
            }
            Direction::Past
        } else {
            continue;
        };
        // `said Monday`, `said on Monday`: the reporting verb next to the expression
        // dates the saying, which is what the expression names.
        let adjacent = wstart < start && {
            let gap = between.get(wlen..).unwrap_or("").trim();
            gap.is_empty() || gap.eq_ignore_ascii_case("on")
        };
        let slot = if has(reporting, w) && !adjacent {
            &mut fallback
        } else {
            &mut best
        };
        if slot.is_none_or(|(d, _)| dist < d) {
            *slot = Some((dist, dir));
        }
    }
    best.or(fallback).map_or(Direction::Unknown, |(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(s: &str, expr: &str) -> Direction {
        let lex = Lexicon::builtin().unwrap();
        let i = s.find(expr).unwrap();
        direction(&lex, s, i, i + expr.len())
    }

    #[test]
    fn tense_markers() {
        assert_eq!(
            dir("The war ended on November 10 with a deal.", "November 10"),
            Direction::Past
        );
        assert_eq!(
            dir("Talks will resume on Monday, officials said.", "Monday"),
            Direction::Future
        );
        assert_eq!(dir("Police said Monday.", "Monday"), Direction::Past);
        assert_eq!(
            dir("It faces a February deadline", "February"),
            Direction::FutureWeak
        );
        assert_eq!(dir("A February storm", "February"), Direction::Unknown);
    }
}
