//! Line breaks inside a paragraph: when does a single `\n` end a sentence?
//!
//! A line that ends with terminal punctuation is decided by the period rules.
//! For the others (headlines, bylines, captions, list lines, text wrapped in
//! the middle of a sentence) the words around the break decide, in this order:
//!
//! 1. the next line opens a list item (`•`, `*`, `-`, `1.`, `a)`) → boundary;
//! 2. the line ends in `,` `;` `(` `-` `&`, or in a function word → no boundary;
//! 3. the line is short (at most three words: "By Jane Doe", "features") → boundary;
//! 4. the next line starts lowercase → no boundary (a wrapped sentence);
//! 5. the line is headline-like (most longer words capitalized) or clearly shorter
//!    than the longest line of the paragraph (not a wrapped line) → boundary.

use crate::lexicon::Lexicon;
use crate::lists::starts_with_marker;
use crate::words::is_closer;

/// True when a sentence ends at the line break between `line` and `next` (both
/// trimmed, non-empty). `longest` is the longest line of the paragraph in bytes.
pub(crate) fn breaks_after(lex: &Lexicon, line: &str, next: &str, longest: usize) -> bool {
    if ends_terminal(line) {
        return false;
    }
    if starts_with_marker(next) {
        return true;
    }
    let last = line.chars().next_back().unwrap_or(' ');
    if matches!(last, ',' | ';' | '(' | '-' | '–' | '—' | '&' | '/' | '+') {
        return false;
    }
    let last_word = line
        .rsplit(|c: char| !crate::words::is_alnum(c))
        .next()
        .unwrap_or("");
    if !last_word.is_empty() && lex.is_function_word(last_word) && !line.ends_with(':') {
        return false;
    }
    let words = line.split_whitespace().count();
    if words <= 3 {
        return true;
    }
    let first = next.chars().find(|c| crate::words::is_alnum(*c));
    if first.is_some_and(char::is_lowercase) {
        return false;
    }
    headline_like(line) || line.len() * 10 < longest * 7
}

/// The line ends in `.`, `!`, `?`, `…` (possibly followed by closing quotes or brackets).
fn ends_terminal(line: &str) -> bool {
    let t = line.trim_end_matches(is_closer);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Most words of four letters or more start with a capital.
fn headline_like(line: &str) -> bool {
    let (mut long, mut caps) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !crate::words::is_alnum(c));
        if w.chars().count() >= 4 {
            long += 1;
            if w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            {
                caps += 1;
            }
        }
    }
    long > 0 && caps * 10 >= long * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_rules() {
        let lex = Lexicon::english();
        assert!(breaks_after(
            &lex,
            "Storm Hits Coastal Towns",
            "Residents fled on Monday as",
            60
        ));
        assert!(breaks_after(&lex, "By Jane Doe", "The storm hit.", 60));
        assert!(breaks_after(&lex, "features", "contact manager", 20));
        assert!(!breaks_after(
            &lex,
            "This is a sentence",
            "cut off in the middle because pdf.",
            40
        ));
        assert!(!breaks_after(
            &lex,
            "It was a cold",
            "night in the city.",
            40
        ));
        assert!(!breaks_after(
            &lex,
            "residents of the town said that the",
            "River had risen",
            40
        ));
        assert!(breaks_after(&lex, "Here are the rules:", "* Be kind.", 40));
        assert!(!breaks_after(
            &lex,
            "He said it was over.",
            "Then he left.",
            40
        ));
    }
}
