//! The number-word table (`data/words.txt`), parsed once.

use once_cell::sync::Lazy;
use std::collections::HashMap;

/// What a number word does in a number expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordKind {
    /// `zero` … `nine`.
    Unit,
    /// `ten` … `nineteen`.
    Teen,
    /// `twenty` … `ninety`.
    Tens,
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, …
    Scale,
    /// `dozen` (×12).
    Dozen,
    /// `dozens`, `hundreds`, `thousands`: a vague plural amount.
    Vague,
    /// `several`, `multiple`: a vague quantifier.
    Quant,
    /// `first`, `twentieth`.
    Ordinal,
}

/// One entry of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct WordEntry {
    pub value: f64,
    pub kind: WordKind,
}

const WORDS: &str = include_str!("../data/words.txt");

static TABLE: Lazy<HashMap<&'static str, WordEntry>> = Lazy::new(|| {
    let mut m = HashMap::new();
    for line in WORDS.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut it = line.split_whitespace();
        let (Some(w), Some(v), Some(k)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let kind = match k {
            "unit" => WordKind::Unit,
            "teen" => WordKind::Teen,
            "tens" => WordKind::Tens,
            "hundred" => WordKind::Hundred,
            "scale" => WordKind::Scale,
            "dozen" => WordKind::Dozen,
            "vague" => WordKind::Vague,
            "quant" => WordKind::Quant,
            "ordinal" => WordKind::Ordinal,
            _ => continue,
        };
        if let Ok(value) = v.parse::<f64>() {
            m.insert(w, WordEntry { value, kind });
        }
    }
    m
});

/// The entry of a lower-cased word.
pub(crate) fn lookup(word: &str) -> Option<WordEntry> {
    TABLE.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_every_line() {
        let n = WORDS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(TABLE.len(), n);
        assert_eq!(lookup("twenty").map(|e| e.kind), Some(WordKind::Tens));
        assert_eq!(lookup("dozens").map(|e| e.value), Some(24.0));
    }
}
