//! Cardinals for counts of units (`two`, `twenty-one`, `35,000`, `a`).
//!
//! The shared `numbers` crate parses first; the word table of `data/numbers.txt`
//! (which also feeds the `{num}` pattern) covers what it leaves, such as the
//! article `a`/`an` and `another` in `another year`.

use crate::lexicon::Lexicon;

/// Parse a cardinal; `None` when the text is not one.
pub(crate) fn parse_cardinal(lex: &Lexicon, text: &str) -> Option<f64> {
    if let Some(v) = numbers::parse_cardinal(text) {
        return Some(v);
    }
    let t = text.trim().to_lowercase();
    let digits: String = t.chars().filter(|c| *c != ',').collect();
    if let Ok(v) = digits.parse::<f64>() {
        return Some(v);
    }
    let mut total = 0f64;
    let mut current = 0f64;
    let mut any = false;
    for w in t
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if w == "and" {
            continue;
        }
        let v = f64::from(lex.numbers.num_of(w)?);
        any = true;
        if v == 100.0 {
            current = current.max(1.0) * 100.0;
        } else if v == 1000.0 {
            total += current.max(1.0) * 1000.0;
            current = 0.0;
        } else {
            current += v;
        }
    }
    any.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_digits() {
        let lex = Lexicon::builtin().unwrap();
        assert_eq!(parse_cardinal(&lex, "twenty-one"), Some(21.0));
        assert_eq!(parse_cardinal(&lex, "twenty one"), Some(21.0));
        assert_eq!(parse_cardinal(&lex, "two thousand"), Some(2000.0));
        assert_eq!(parse_cardinal(&lex, "a hundred"), Some(100.0));
        assert_eq!(parse_cardinal(&lex, "35,000"), Some(35000.0));
        assert_eq!(parse_cardinal(&lex, "2.5"), Some(2.5));
        assert_eq!(parse_cardinal(&lex, "an"), Some(1.0));
        assert_eq!(parse_cardinal(&lex, "lots"), None);
    }
}
