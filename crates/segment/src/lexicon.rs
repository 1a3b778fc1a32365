//! Word lists of the sentence splitter, parsed once from the data files under `data/`.

use crate::wordtable::{pack, WordTable};
use std::collections::HashMap;

/// How an abbreviation behaves at a possible sentence end (see `data/abbreviations.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum AbbrevKind {
    Title,
    Suffix,
    Month,
    State,
    Company,
    Numeric,
    Unit,
    Time,
    Era,
    Degree,
    Direction,
    Inner,
    General,
    Final,
}

impl AbbrevKind {
    const ALL: [(&'static str, AbbrevKind); 14] = [
        ("title", AbbrevKind::Title),
        ("suffix", AbbrevKind::Suffix),
        ("month", AbbrevKind::Month),
        ("state", AbbrevKind::State),
        ("company", AbbrevKind::Company),
        ("numeric", AbbrevKind::Numeric),
        ("unit", AbbrevKind::Unit),
        ("time", AbbrevKind::Time),
        ("era", AbbrevKind::Era),
        ("degree", AbbrevKind::Degree),
        ("direction", AbbrevKind::Direction),
        ("inner", AbbrevKind::Inner),
        ("general", AbbrevKind::General),
        ("final", AbbrevKind::Final),
    ];

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`AbbrevKind`]s: one abbreviation can behave in several ways
/// (`ft.` is a unit after a number and "Fort" before a name).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kinds(u16);

/// A word list as a [`WordTable`] of `()` (membership only).
fn set<'a>(words: impl Iterator<Item = &'a str>, lower: bool) -> WordTable<()> {
    let entries: Vec<(u128, ())> = words
        .filter_map(|w| {
            let key = pack(w.as_bytes(), lower);
            debug_assert!(key.is_some(), "list word longer than 15 bytes: {w}");
            key.map(|k| (k, ()))
        })
        .collect();
    WordTable::new(&entries, |a, _| a)
}

impl Kinds {
    pub(crate) fn has(self, k: AbbrevKind) -> bool {
        self.0 & k.bit() != 0
    }
    pub(crate) fn only(self, k: AbbrevKind) -> bool {
        self.0 == k.bit()
    }
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The parsed word lists. Built once per [`Segmenter`](crate::Segmenter), read-only afterwards.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Lowercased abbreviation (without the final period) → its kinds.
    abbrevs: WordTable<Kinds>,
    /// Capitalized words that open sentences (case-sensitive).
    starters: WordTable<()>,
    /// Lowercase words allowed in a fronted adverbial before a time marker.
    fronting: WordTable<()>,
    /// Lowercase words after which a line break does not end a sentence.
    function_words: WordTable<()>,
}

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const STARTERS: &str = include_str!("../data/starters.txt");
const FRONTING: &str = include_str!("../data/fronting.txt");
const FUNCTION_WORDS: &str = include_str!("../data/function_words.txt");

fn words(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
}

impl Lexicon {
    /// The built-in English lists.
    pub(crate) fn english() -> Lexicon {
        let mut abbrevs: HashMap<String, Kinds> = HashMap::new();
        let mut kind = AbbrevKind::General;
        for line in ABBREVIATIONS.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = AbbrevKind::ALL
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, k)| *k)
                    .unwrap_or(AbbrevKind::General);
                continue;
            }
            // "a. m" is one entry written with a space: join such pairs.
            let mut it = line.split_whitespace().peekable();
            while let Some(w) = it.next() {
                let mut w = w.to_ascii_lowercase();
                if w.ends_with('.') {
                    if let Some(next) = it.next() {
                        w.push(' ');
                        w.push_str(&next.to_ascii_lowercase());
                    }
                }
                abbrevs.entry(w).or_default().0 |= kind.bit();
            }
        }
        let abbrevs: Vec<(u128, Kinds)> = abbrevs
            .iter()
            .filter_map(|(w, k)| {
                let key = pack(w.as_bytes(), false);
                debug_assert!(key.is_some(), "abbreviation longer than 15 bytes: {w}");
                key.map(|key| (key, *k))
            })
            .collect();
        Lexicon {
            abbrevs: WordTable::new(&abbrevs, |a, b| Kinds(a.0 | b.0)),
            starters: set(words(STARTERS), false),
            fronting: set(words(FRONTING), true),
            function_words: set(words(FUNCTION_WORDS), true),
        }
    }

    /// The kinds of `word` (without its final period), case-insensitively;
    /// `State` only counts for capitalized words ("Ill." is Illinois, "ill." is not).
    pub(crate) fn abbrev(&self, word: &str) -> Kinds {
        let b = word.as_bytes();
        let mut k = self.abbrevs.get(b, true).unwrap_or_default();
        if !b.first().is_some_and(u8::is_ascii_uppercase) {
            k.0 &= !AbbrevKind::State.bit();
        }
        k
    }

    /// True when `word` is a sentence starter (case-sensitive: "The", not "the").
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.get(word.as_bytes(), false).is_some()
    }

    /// True when `word` (any case) may open a fronted adverbial.
    pub(crate) fn is_fronting(&self, word: &str) -> bool {
        word.is_ascii() && self.fronting.get(word.as_bytes(), true).is_some()
    }

    /// True when a line ending in `word` (any case) continues on the next line.
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        word.is_ascii() && self.function_words.get(word.as_bytes(), true).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_kinds() {
        let l = Lexicon::english();
        assert!(l.abbrev("Mr").has(AbbrevKind::Title));
        assert!(l.abbrev("ft").has(AbbrevKind::Unit) && l.abbrev("Ft").has(AbbrevKind::Title));
        assert!(l.abbrev("a.m").has(AbbrevKind::Time));
        assert!(l.abbrev("a. m").has(AbbrevKind::Time));
        assert!(l.abbrev("Ph.D").has(AbbrevKind::Degree));
        assert!(l.abbrev("Ill").has(AbbrevKind::State));
        assert!(!l.abbrev("ill").has(AbbrevKind::State));
        assert!(l.abbrev("Sept").has(AbbrevKind::Month));
        assert!(l.abbrev("Corp").has(AbbrevKind::Company));
        assert!(l.abbrev("Smith").is_empty());
        assert!(l.is_starter("The") && !l.is_starter("the") && !l.is_starter("Smith"));
        assert!(l.is_fronting("Morning") && !l.is_fronting("finished"));
        assert!(l.is_function_word("the"));
    }

    #[test]
    fn every_list_word_fits_a_word_table() {
        for data in [ABBREVIATIONS, STARTERS, FRONTING, FUNCTION_WORDS] {
            for w in words(data) {
                assert!(w.len() <= crate::wordtable::MAX_LEN, "{w}");
            }
        }
        // Joined abbreviations ("a. m") too, and every one is found again.
        let l = Lexicon::english();
        for line in ABBREVIATIONS.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.starts_with('[') || line.is_empty() {
                continue;
            }
            let mut it = line.split_whitespace().peekable();
            while let Some(w) = it.next() {
                let mut w = w.to_string();
                if w.ends_with('.') {
                    if let Some(next) = it.next() {
                        w.push(' ');
                        w.push_str(next);
                    }
                }
                assert!(l.abbrevs.get(w.as_bytes(), true).is_some(), "{w}");
            }
        }
    }
}
