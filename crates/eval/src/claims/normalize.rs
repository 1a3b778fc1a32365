//! Text normalization exactly as `score_claims.py` does it:
//!
//! ```text
//! unicodedata.normalize("NFKC", text).translate(QUOTE_MARKS).casefold()
//! re.findall(r"\w+", text)
//! ```
//!
//! Python's `str.casefold()` (full case folding: `ß` → `ss`) and its `\w`
//! (`str.isalnum()` or `_`: letters and numbers but, unlike Rust's
//! `char::is_alphanumeric` or the `regex` crate's `\w`, no combining marks)
//! are taken from tables generated from Python itself
//! (`data/claims/gen_py_unicode.py`), so they agree with the Python that runs the
//! reference scorer over the whole code space. NFKC comes from the
//! `unicode-normalization` crate, whose Unicode version is newer: code points
//! that Python's database leaves unassigned (a third table) are kept out of
//! it, as Python keeps them unchanged. That is exact, since normalization is
//! stable for assigned characters and an unassigned one is a starter that
//! composes with nothing.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

const WORD_TABLE: &str = include_str!("../../data/claims/py_word_ranges.txt");
const CASEFOLD_TABLE: &str = include_str!("../../data/claims/py_casefold.txt");
const UNASSIGNED_TABLE: &str = include_str!("../../data/claims/py_unassigned.txt");

/// Python's `QUOTE_MARKS` translation: curly and angled double quotes and the
/// double prime become `"`; curly single quotes, the prime and the backtick
/// become `'`.
pub fn unify_quote_mark(c: char) -> char {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2033}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' => '\'',
        _ => c,
    }
}

struct Tables {
    /// Sorted, disjoint, inclusive code point ranges of Python's `\w`.
    word: Vec<(u32, u32)>,
    /// Non-identity `str.casefold()` mappings.
    fold: HashMap<char, String>,
    /// Sorted, disjoint, inclusive ranges unassigned in Python's database.
    unassigned: Vec<(u32, u32)>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        word: parse_ranges(WORD_TABLE).0,
        fold: parse_casefold(CASEFOLD_TABLE).0,
        unassigned: parse_ranges(UNASSIGNED_TABLE).0,
    })
}

fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Parses `FIRST..LAST` lines; returns the ranges and the number of lines
/// that could not be parsed (a test asserts it is zero).
fn parse_ranges(src: &str) -> (Vec<(u32, u32)>, usize) {
    let mut out = Vec::new();
    let mut bad = 0;
    for line in data_lines(src) {
        let parsed = line.split_once("..").and_then(|(a, b)| {
            Some((
                u32::from_str_radix(a, 16).ok()?,
                u32::from_str_radix(b, 16).ok()?,
            ))
        });
        match parsed {
            Some(r) if r.0 <= r.1 => out.push(r),
            _ => bad += 1,
        }
    }
    out.sort_unstable();
    (out, bad)
}

/// Parses `CODE;FOLDED FOLDED...` lines; returns the map and the number of
/// lines that could not be parsed.
fn parse_casefold(src: &str) -> (HashMap<char, String>, usize) {
    let mut out = HashMap::new();
    let mut bad = 0;
    for line in data_lines(src) {
        let parsed = line.split_once(';').and_then(|(code, folded)| {
            let code = char::from_u32(u32::from_str_radix(code, 16).ok()?)?;
            let folded = folded
                .split_whitespace()
                .map(|h| char::from_u32(u32::from_str_radix(h, 16).ok()?))
                .collect::<Option<String>>()?;
            Some((code, folded))
        });
        match parsed {
            Some((code, folded)) if !folded.is_empty() => {
                out.insert(code, folded);
            }
            _ => bad += 1,
        }
    }
    (out, bad)
}

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let cp = u32::from(c);
    // The last range starting at or before `cp` is the only candidate.
    let idx = ranges.partition_point(|&(start, _)| start <= cp);
    idx > 0 && cp <= ranges[idx - 1].1
}

/// Whether Python's `re` matches `c` with `\w` (Unicode `str` patterns).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(&tables().word, c)
}

/// Whether `c` is unassigned in the Unicode database of the reference Python.
pub fn is_unassigned_in_python(c: char) -> bool {
    !c.is_ascii() && in_ranges(&tables().unassigned, c)
}

/// Python's `unicodedata.normalize("NFKC", text)`.
///
/// Runs between code points that Python does not know are normalized on
/// their own; those code points stay as they are.
pub fn nfkc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_unassigned_in_python(c) {
            out.extend(text[start..i].nfkc());
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    out.extend(text[start..].nfkc());
    out
}

/// Appends Python's `c.casefold()` to `out`.
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(folded) = tables().fold.get(&c) {
        out.push_str(folded);
    } else {
        out.push(c);
    }
}

/// Python's `str.casefold()`.
pub fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_casefold(c, &mut out);
    }
    out
}

/// The normalized form that tokens are taken from: NFKC, quote marks unified,
/// case folded (in this order, as in Python).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in nfkc(text).chars() {
        push_casefold(unify_quote_mark(c), &mut out);
    }
    out
}

/// Python's `re.findall(r"\w+", text)`.
pub fn word_tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(text[s..i].to_string());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(text[s..].to_string());
    }
    tokens
}

/// `norm_tokens` of `score_claims.py`: the word tokens of the normalized text.
///
/// ```
/// use newsclaims_eval::claims::normalize::norm_tokens;
/// assert_eq!(norm_tokens("“Straße” isn’t"), ["strasse", "isn", "t"]);
/// ```
pub fn norm_tokens(text: &str) -> Vec<String> {
    word_tokens(&normalize(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_completely() {
        for table in [WORD_TABLE, UNASSIGNED_TABLE] {
            let (ranges, bad) = parse_ranges(table);
            assert_eq!(bad, 0);
            assert!(ranges.len() > 500, "{} ranges", ranges.len());
            assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0), "ranges overlap");
        }
        let (fold, bad) = parse_casefold(CASEFOLD_TABLE);
        assert_eq!(bad, 0);
        assert!(fold.len() > 1000, "{} mappings", fold.len());
    }

    #[test]
    fn casefold_is_full_folding() {
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ΣΊΣΥΦΟΣ"), "σίσυφοσ"); // no final-sigma rule
        assert_eq!(casefold("ﬁ"), "fi");
        assert_eq!(casefold("İ"), "i\u{307}");
        assert_eq!(casefold("ᏸ"), "Ᏸ"); // Cherokee folds to upper case
        assert_eq!(casefold("ÉCOLE €"), "école €");
    }

    #[test]
    fn word_chars_follow_python() {
        for c in ['a', 'Z', '0', '_', 'é', 'ß', 'Ж', '中', '٣', '²', 'Ⅻ', '½'] {
            assert!(is_word_char(c), "{c:?} should be a word char");
        }
        // Combining marks, punctuation, symbols and spaces are not.
        for c in [
            '\u{301}', '\u{93e}', '-', '’', '€', '\u{a0}', '😀', '\u{200d}',
        ] {
            assert!(!is_word_char(c), "{c:?} should not be a word char");
        }
    }

    #[test]
    fn tokens_split_on_marks_and_punctuation() {
        // NFKC composes e + U+0301 into é, which stays inside the token.
        assert_eq!(norm_tokens("cafe\u{301} au lait"), ["café", "au", "lait"]);
        // A Devanagari vowel sign (Mc) is not \w in Python: it splits the word.
        assert_eq!(norm_tokens("हिंदी"), ["ह", "द"]);
        assert_eq!(norm_tokens("U.S.-led"), ["u", "s", "led"]);
        assert_eq!(
            norm_tokens("“It’s «fine»” — 😀 ok"),
            ["it", "s", "fine", "ok"]
        );
        assert_eq!(norm_tokens("ＦＵＬＬ ｗｉｄｔｈ ①"), ["full", "width", "1"]);
        assert_eq!(norm_tokens(""), Vec::<String>::new());
        assert_eq!(norm_tokens("snake_case x2"), ["snake_case", "x2"]);
    }

    #[test]
    fn unassigned_code_points_pass_nfkc_unchanged() {
        // U+0378 is unassigned in every Unicode version; U+A7F1 is only in
        // newer ones than Python 3.11's 14.0 (where NFKC keeps it).
        assert!(is_unassigned_in_python('\u{378}'));
        assert!(!is_unassigned_in_python('é'));
        if is_unassigned_in_python('\u{a7f1}') {
            assert_eq!(nfkc("x\u{a7f1}\u{301}ﬁ"), "x\u{a7f1}\u{301}fi");
        }
        // Composition still works on either side of such a code point.
        assert_eq!(nfkc("e\u{301}\u{378}e\u{301}"), "é\u{378}é");
    }

    #[test]
    fn quote_marks_unify_before_folding() {
        // NFKC runs first: the double prime decomposes into two primes.
        assert_eq!(
            normalize("‘a’ “b” „c‟ «d» ″e″ ′f′ `g`"),
            "'a' \"b\" \"c\" \"d\" ''e'' 'f' 'g'"
        );
    }
}
