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
    for (wstart, word) in words(sentence) {
        if wstart >= start && wstart < end {
            continue;
        }
        let w = word.to_lowercase().replace('’', "'");
        let w = w.trim_matches('\'');
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
        if between.contains(['"', '“', '”', '«', '»']) {
            continue;
        }
        let dir = if has(future, w) || w.ends_with("'ll") {
            Direction::Future
        } else if has(weak, w) {
            Direction::FutureWeak
        } else if has(past, w) || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w)) {
            Direction::Past
        } else if w == "says" || w == "is" || w == "are" {
            Direction::Unknown
        } else {
            continue;
        };
        let slot = if has(reporting, w) {
            &mut fallback
        } else {
            &mut best
        };
        if dir == Direction::Unknown {
            continue;
        }
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
