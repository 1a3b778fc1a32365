//! A small lexer for number scanning: digit groups, words, hyphens, other.
//!
//! Offsets are byte offsets into the scanned text, always on char boundaries.

use model::Span;

/// One lexical item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Lex {
    /// Digits with optional thousands separators, decimals and a multiplier
    /// suffix (`35,000`, `1.2`, `10k`, `1 234 567`).
    Digits {
        /// The value, suffix applied.
        value: f64,
        /// `4th`, `21st`.
        ordinal: bool,
        /// Glued to letters (`29km`, `abc1`): not a number on its own.
        glued: bool,
    },
    /// A word, lower-cased.
    Word(String),
    /// `-` or `–`.
    Hyphen,
    /// Anything else that is not white space.
    Other(char),
}

/// A lexical item with its span and whether white space preceded it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tok {
    pub span: Span,
    pub lex: Lex,
    pub space_before: bool,
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Lex `text` into tokens.
pub(crate) fn lex(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut space_before = true;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_ascii_digit()
            || (c == '.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_is_digit(b, i))
        {
            let (end, value, ordinal, glued_after) = lex_digits(text, i);
            let glued_before = text[..start]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphabetic());
            out.push(Tok {
                span: Span::new(start, end),
                lex: Lex::Digits {
                    value,
                    ordinal,
                    glued: glued_before || glued_after,
                },
                space_before,
            });
            i = end;
        } else if c.is_alphabetic() {
            let mut end = i;
            let mut chars = text[i..].char_indices().peekable();
            while let Some((off, ch)) = chars.next() {
                let inner_apostrophe = matches!(ch, '\'' | '’')
                    && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
                if ch.is_alphabetic() || inner_apostrophe {
                    end = i + off + ch.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Tok {
                span: Span::new(start, end),
                lex: Lex::Word(text[start..end].to_lowercase()),
                space_before,
            });
            i = end;
        } else if matches!(c, '-' | '–' | '‐' | '‑') {
            let end = i + c.len_utf8();
            out.push(Tok {
                span: Span::new(start, end),
                lex: Lex::Hyphen,
                space_before,
            });
            i = end;
        } else {
            let end = i + c.len_utf8();
            out.push(Tok {
                span: Span::new(start, end),
                lex: Lex::Other(c),
                space_before,
            });
            i = end;
        }
        space_before = false;
    }
    out
}

fn prev_is_digit(b: &[u8], i: usize) -> bool {
    i > 0 && b[i - 1].is_ascii_digit()
}

fn digit_run(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    j
}

/// Lex a digit number starting at `i`: returns (end, value, ordinal, glued to a letter after).
fn lex_digits(text: &str, i: usize) -> (usize, f64, bool, bool) {
    let b = text.as_bytes();
    let mut digits = String::new();
    let mut j = i;
    if b[j] != b'.' {
        let first_end = digit_run(b, j);
        digits.push_str(&text[j..first_end]);
        let first_len = first_end - j;
        j = first_end;
        if first_len <= 3 {
            // `35,000`, `1,234,567`: groups of exactly three after a comma.
            let mut k = j;
            let mut grouped = false;
            while k < b.len() && b[k] == b',' {
                let e = digit_run(b, k + 1);
                if e - (k + 1) == 3 {
                    digits.push_str(&text[k + 1..e]);
                    k = e;
                    grouped = true;
                } else {
                    break;
                }
            }
            if grouped {
                j = k;
            } else {
                // `1 234 567`, `40 000`: groups of three after a (thin) space.
                let mut k = j;
                while let Some(sp) = text[k..].chars().next().filter(|c| is_group_space(*c)) {
                    let s = k + sp.len_utf8();
                    let e = digit_run(b, s);
                    let after_ok = !text[e..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == ',' || c == '-');
                    if e - s == 3 && after_ok {
                        digits.push_str(&text[s..e]);
                        k = e;
                    } else {
                        break;
                    }
                }
                j = k;
            }
        }
    }
    // Decimals: `.5` (not an IP-like `192.168.1.2`).
    if j < b.len() && b[j] == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        let e = digit_run(b, j + 1);
        let dotted_before = i >= 2 && b[i - 1] == b'.' && b[i - 2].is_ascii_digit();
        let ip_like = dotted_before
            || (b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit));
        if !ip_like {
            digits.push('.');
            digits.push_str(&text[j + 1..e]);
            j = e;
        }
    }
    let mut value: f64 = if digits.starts_with('.') {
        format!("0{digits}").parse().unwrap_or(0.0)
    } else {
        digits.parse().unwrap_or(0.0)
    };
    // Suffixes: ordinals and multipliers, only when no further letter follows.
    let rest = &text[j..];
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let suffix = &rest[..word_end];
    if suffix.is_empty() {
        return (j, value, false, false);
    }
    let lower = suffix.to_lowercase();
    if matches!(lower.as_str(), "st" | "nd" | "rd" | "th") {
        return (j + word_end, value, true, false);
    }
    let mult = match suffix {
        "k" | "K" => Some(1e3),
        "M" | "MM" | "mil" | "mn" => Some(1e6),
        "b" | "B" | "bn" | "bln" | "G" => Some(1e9),
        "tln" => Some(1e12),
        _ => None,
    };
    match mult {
        Some(m) => {
            value *= m;
            (j + word_end, value, false, false)
        }
        None => (j, value, false, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str) -> Vec<f64> {
        lex(t)
            .into_iter()
            .filter_map(|t| match t.lex {
                Lex::Digits { value, .. } => Some(value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn digit_groups() {
        assert_eq!(
            values("35,000 and 1.2 and 1,234,567.5"),
            [35000.0, 1.2, 1234567.5]
        );
        assert_eq!(values("1, 234, 567"), [1.0, 234.0, 567.0]);
        assert_eq!(values("40 000 people"), [40000.0]);
        assert_eq!(values("192.168.1.2"), [192.0, 168.0, 1.0, 2.0]);
        assert_eq!(values(".08 and 10k"), [0.08, 10000.0]);
    }

    #[test]
    fn ordinals_and_glued() {
        let t = lex("the 4th and 29km");
        assert!(matches!(t[1].lex, Lex::Digits { ordinal: true, .. }));
        assert!(matches!(t[3].lex, Lex::Digits { glued: true, .. }));
    }
}
