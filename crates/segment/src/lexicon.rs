//! Word lists of the sentence splitter, parsed once from the data files under `data/`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are short ASCII words looked up once per period, where
/// SipHash's setup cost dominates. Not exposed to untrusted key sets (the lists are ours).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

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
    abbrevs: FastMap<String, Kinds>,
    /// Capitalized words that open sentences.
    starters: FastSet<String>,
    /// Lowercase words allowed in a fronted adverbial before a time marker.
    fronting: FastSet<String>,
    /// Lowercase words after which a line break does not end a sentence.
    function_words: FastSet<String>,
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
        let mut abbrevs: FastMap<String, Kinds> = FastMap::default();
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
        Lexicon {
            abbrevs,
            starters: words(STARTERS).map(str::to_string).collect(),
            fronting: words(FRONTING).map(str::to_ascii_lowercase).collect(),
            function_words: words(FUNCTION_WORDS).map(str::to_ascii_lowercase).collect(),
        }
    }

    /// The kinds of `word` (without its final period), case-insensitively;
    /// `State` only counts for capitalized words ("Ill." is Illinois, "ill." is not).
    pub(crate) fn abbrev(&self, word: &str) -> Kinds {
        if word.len() > 12 {
            return Kinds::default();
        }
        let mut buf = [0u8; 12];
        let b = word.as_bytes();
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        let Ok(key) = std::str::from_utf8(&buf[..b.len()]) else {
            return Kinds::default();
        };
        let mut k = self.abbrevs.get(key).copied().unwrap_or_default();
        if !b.first().is_some_and(u8::is_ascii_uppercase) {
            k.0 &= !AbbrevKind::State.bit();
        }
        k
    }

    /// True when `word` is a sentence starter (case-sensitive: "The", not "the").
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True when `word` (any case) may open a fronted adverbial.
    pub(crate) fn is_fronting(&self, word: &str) -> bool {
        lower(word).is_some_and(|w| self.fronting.contains(w.as_str()))
    }

    /// True when a line ending in `word` (any case) continues on the next line.
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        lower(word).is_some_and(|w| self.function_words.contains(w.as_str()))
    }
}

/// A short word lowercased into a stack buffer (no allocation); `None` when long or not ASCII.
fn lower(word: &str) -> Option<Lower> {
    if word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(Lower {
        buf,
        len: word.len(),
    })
}

/// See [`lower`].
struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
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
}
