//! English number expressions for newsclaims: parse a whole string, or scan a
//! text for every number with its byte span.
//!
//! - [`parse_cardinal`]: `"Nine hundred and twenty-one"` → `921.0`.
//! - [`parse_ordinal`]: `"twenty-first"`, `"21st"` → `21`.
//! - [`find_numbers`]: every cardinal in a text, as [`NumberMatch`]es: digits with
//!   separators (`35,000`, `1 234 567`, `1.2 million`, `10k`), words (`three`,
//!   `twenty-one`, `a dozen`, `a hundred`), vague amounts (`dozens`, `hundreds`,
//!   `scores of`, `tens of thousands`, with the lower bound of
//!   `spec/claims-gold.md` as value) and vague quantifiers (`several`, `a few`).
//!   Ordinals (`4th`, `twenty-first`) and digits glued to letters (`29km`) are skipped.
//! - [`find_quantities`]: the same numbers with the bounds that cue words give
//!   (`at least`, `more than`, `nearly`, `about`, `10 to 15`, `5 or more`).
//!
//! Word tables and bound cues are data (`data/words.txt`, `data/bounds.txt`).
//! Spans are byte ranges into the scanned text, always on char boundaries.
//!
//! ```
//! use newsclaims_numbers::{find_numbers, parse_cardinal};
//! assert_eq!(parse_cardinal("Nine hundred and twenty-one"), Some(921.0));
//! assert_eq!(parse_cardinal("1.2 million"), Some(1_200_000.0));
//! let text = "Dozens were hurt and 35,000 fled; three died.";
//! let found: Vec<(&str, f64, bool)> =
//!     find_numbers(text).iter().map(|m| (&text[m.span], m.value, m.vague)).collect();
//! assert_eq!(found, [("Dozens", 24.0, true), ("35,000", 35000.0, false), ("three", 3.0, false)]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod bounds;
mod lexer;
mod lexicon;
mod scan;

pub use bounds::{find_quantities, Bound, Quantity};
use lexer::{lex, Lex};
use model::Span;

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// Only digits (`35,000`, `10k`).
    Digits,
    /// Only words (`twenty-one`, `a dozen`).
    Words,
    /// Digits and words (`1.2 million`, `3 hundred and 21`).
    Mixed,
    /// A vague plural amount (`dozens`, `tens of thousands`).
    Vague,
    /// A vague quantifier (`several`, `a few`, `multiple`).
    Quantifier,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Byte span in the scanned text.
    pub span: Span,
    /// The value; for vague amounts, their lower bound (`dozens` → 24).
    pub value: f64,
    /// `dozens`, `hundreds`, `several`: only a lower bound is known.
    pub vague: bool,
    /// How it was written.
    pub kind: NumberKind,
}

/// Determiners after which a bare `one` is a pronoun (`the one you mentioned`).
const PRONOUN_ONE_AFTER: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "some", "another", "little",
    "only",
];

/// Every cardinal number in `text`, in order, not overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let toks = lex(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match scan::parse_at(&toks, i) {
            Some(p) => {
                let bare_one =
                    p.next == i + 1 && matches!(&toks[i].lex, Lex::Word(w) if w == "one");
                let after_det = i > 0
                    && matches!(&toks[i - 1].lex, Lex::Word(w) if PRONOUN_ONE_AFTER.contains(&w.as_str()));
                let one_of = bare_one
                    && matches!(toks.get(i + 1).map(|t| &t.lex), Some(Lex::Word(w)) if w == "another");
                if !(bare_one && (after_det || one_of)) {
                    out.push(p.m);
                }
                i = p.next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The value of `text` when the whole of it (trimmed) is one cardinal number.
///
/// ```
/// use newsclaims_numbers::parse_cardinal;
/// assert_eq!(parse_cardinal("twenty-one"), Some(21.0));
/// assert_eq!(parse_cardinal(" 35,000 "), Some(35000.0));
/// assert_eq!(parse_cardinal("a dozen"), Some(12.0));
/// assert_eq!(parse_cardinal("twenty-first"), None);
/// assert_eq!(parse_cardinal("three apples"), None);
/// ```
pub fn parse_cardinal(text: &str) -> Option<f64> {
    let toks = lex(text);
    if toks.is_empty() {
        return None;
    }
    let p = scan::parse_at(&toks, 0)?;
    (p.next == toks.len()).then_some(p.m.value)
}

/// The value of `text` when the whole of it is an ordinal (`21st`, `twenty-first`, `third`).
///
/// ```
/// use newsclaims_numbers::parse_ordinal;
/// assert_eq!(parse_ordinal("21st"), Some(21));
/// assert_eq!(parse_ordinal("Twenty-First"), Some(21));
/// assert_eq!(parse_ordinal("third"), Some(3));
/// assert_eq!(parse_ordinal("three"), None);
/// ```
pub fn parse_ordinal(text: &str) -> Option<u64> {
    let toks = lex(text);
    let ord = |w: &str| {
        lexicon::lookup(w)
            .filter(|e| e.kind == lexicon::WordKind::Ordinal)
            .map(|e| e.value)
    };
    match toks.as_slice() {
        [t] => match &t.lex {
            Lex::Digits {
                value,
                ordinal: true,
                ..
            } if *value >= 0.0 && value.fract() == 0.0 => Some(*value as u64),
            Lex::Word(w) => ord(w).map(|v| v as u64),
            _ => None,
        },
        [a, rest @ ..] if !rest.is_empty() => {
            let last = rest.last()?;
            let Lex::Word(w) = &last.lex else { return None };
            let unit = ord(w)?;
            let head_end = if rest.len() >= 2 && rest[rest.len() - 2].lex == Lex::Hyphen {
                rest.len() - 1
            } else {
                rest.len()
            };
            let head_text = &text[a.span.start..toks[head_end].span.start];
            let head_text = head_text.trim_end_matches(['-', ' ']);
            let head_text = head_text.strip_suffix(" and").unwrap_or(head_text);
            let head = parse_cardinal(head_text)?;
            let v = head + unit;
            (v >= 0.0 && v.fract() == 0.0).then_some(v as u64)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, f64)> {
        find_numbers(text)
            .into_iter()
            .map(|m| (&text[m.span], m.value))
            .collect()
    }

    #[test]
    fn words_and_digits() {
        assert_eq!(parse_cardinal("Nine hundred and twenty-one"), Some(921.0));
        assert_eq!(
            parse_cardinal("two hundred and two thousand"),
            Some(202000.0)
        );
        assert_eq!(parse_cardinal("fifty - two"), Some(52.0));
        assert_eq!(parse_cardinal("a hundred"), Some(100.0));
        assert_eq!(parse_cardinal("1,674.5 million"), Some(1_674_500_000.0));
        assert_eq!(parse_cardinal("three dozen"), Some(36.0));
        assert_eq!(parse_cardinal("half a dozen"), Some(6.0));
        assert_eq!(parse_cardinal("two hundred point zero three"), Some(200.03));
        assert_eq!(parse_cardinal("minus five"), Some(-5.0));
        assert_eq!(parse_cardinal("a"), None);
        assert_eq!(parse_cardinal(""), None);
    }

    #[test]
    fn scanning_splits_and_skips() {
        assert_eq!(
            found("nineteen eighty-four"),
            [("nineteen", 19.0), ("eighty-four", 84.0)]
        );
        assert_eq!(
            found("3 hundred and 2 hundred"),
            [("3 hundred", 300.0), ("2 hundred", 200.0)]
        );
        assert_eq!(found("the May 4th, a 29km road"), []);
        assert_eq!(found("the twenty-first victim"), []);
        assert_eq!(found("The one you mentioned; one died"), [("one", 1.0)]);
        assert_eq!(
            found("tens of thousands fled, hundreds of thousands more"),
            [
                ("tens of thousands", 20000.0),
                ("hundreds of thousands", 200000.0)
            ]
        );
        assert_eq!(
            found("several, a few, scores of"),
            [("several", 3.0), ("a few", 2.0), ("scores", 40.0)]
        );
        assert_eq!(
            found("€5 and ’twenty’ 😀 9"),
            [("5", 5.0), ("twenty", 20.0), ("9", 9.0)]
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal("4th"), Some(4));
        assert_eq!(parse_ordinal("one hundred and first"), Some(101));
        assert_eq!(parse_ordinal("ninetieth"), Some(90));
    }
}
