//! Small byte- and word-level helpers shared by the sentence rules.

/// Opening punctuation that may stand before the first word of a sentence.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '¿'
            | '¡'
            | '`'
            | '„'
            | '「'
            | '『'
            | '《'
            | '（'
    )
}

/// Closing punctuation that may follow the end of a sentence and belongs to it.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '}'
            | '»'
            | '›'
            | '`'
            | '」'
            | '』'
            | '》'
            | '）'
            | '】'
    )
}

/// Bullet characters that open a list item.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '○' | '■' | '□' | '►' | '▶'
    )
}

/// The char starting at byte `i` (which must be a char boundary), if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i` (a char boundary), if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Byte index of the first non-white-space char at or after `i`.
pub(crate) fn skip_space(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
        } else if b[i] < 0x80 {
            break;
        } else {
            match char_at(text, i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// True for letters and digits, ASCII or not. Same as [`char::is_alphanumeric`],
/// without the Unicode table lookup for ASCII and General Punctuation
/// (U+2000–U+206F: `’`, `“`, `—`, `…`, …) and Latin-1 letters (`é`), the
/// non-ASCII chars of news text.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if matches!(c, '\u{2000}'..='\u{206f}') {
        false
    } else if matches!(c, '\u{c0}'..='\u{ff}') {
        // Latin-1 letters; `×` and `÷` are the only symbols there.
        c != '×' && c != '÷'
    } else if matches!(c, '\u{400}'..='\u{481}' | '\u{5d0}'..='\u{5ea}' | '\u{620}'..='\u{64a}') {
        // Cyrillic, Hebrew and Arabic letters (no marks or signs in these ranges).
        true
    } else {
        c.is_alphanumeric()
    }
}

/// Same as [`char::is_alphabetic`], with the fast paths of [`is_alnum`].
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if matches!(c, '\u{2000}'..='\u{206f}') {
        false
    } else if matches!(c, '\u{c0}'..='\u{ff}') {
        // Latin-1 letters; `×` and `÷` are the only symbols there.
        c != '×' && c != '÷'
    } else if matches!(c, '\u{400}'..='\u{481}' | '\u{5d0}'..='\u{5ea}' | '\u{620}'..='\u{64a}') {
        // Cyrillic, Hebrew and Arabic letters (no marks or signs in these ranges).
        true
    } else {
        c.is_alphabetic()
    }
}

/// The run of letters (ASCII or not, with inner apostrophes) starting at `i`.
pub(crate) fn word_at(text: &str, i: usize) -> &str {
    let s = &text[i..];
    let b = s.as_bytes();
    // The run of letters and apostrophes (not first); it ends after its last letter.
    let mut k = 0;
    let mut end = 0;
    while k < b.len() {
        let c = b[k];
        if c < 0x80 {
            if c.is_ascii_alphabetic() {
                k += 1;
                end = k;
            } else if c == b'\'' && k > 0 {
                k += 1;
            } else {
                break;
            }
        } else {
            let Some(ch) = s[k..].chars().next() else {
                break;
            };
            if is_alpha(ch) {
                k += ch.len_utf8();
                end = k;
            } else if ch == '’' && k > 0 {
                k += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    &s[..end]
}

/// [`word_at`] as first written (char by char, trailing apostrophes trimmed):
/// the reference of a test.
#[cfg(test)]
fn word_at_reference(text: &str, i: usize) -> &str {
    let s = &text[i..];
    let mut end = 0;
    for (k, c) in s.char_indices() {
        if is_alpha(c) || (k > 0 && (c == '\'' || c == '’')) {
            end = k + c.len_utf8();
        } else {
            break;
        }
    }
    while s[..end].ends_with(['\'', '’']) {
        end = s[..end].char_indices().next_back().map_or(0, |(k, _)| k);
    }
    &s[..end]
}

/// True when `w` is a roman numeral up to 39 (volumes, parts, monarchs).
pub(crate) fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 6
        && w.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
        && !w.contains("IIII")
        && !w.contains("VV")
}

/// True when every char of `w` is an ASCII digit or an inner `,`/`.` separator.
pub(crate) fn is_number(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b.last().is_some_and(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(word_at("don't stop", 0), "don't");
        assert_eq!(word_at("dogs' bowls", 0), "dogs");
        assert_eq!(word_at("Gérald, x", 0), "Gérald");
        assert_eq!(skip_space(" \u{a0}\nX", 0), 4);
        assert!(is_roman("II") && is_roman("XIV") && !is_roman("IIII") && !is_roman("Ivy"));
        assert!(is_number("1,000") && is_number("3.5") && !is_number("3.") && !is_number("a1"));
        assert_eq!(char_before("a€", 4), Some('€'));
    }

    #[test]
    fn word_at_equals_its_reference() {
        let pieces = [
            "a", "Zé", "'", "’", "''", "1", " ", ".", "ж", "-", "‘", "\u{301}",
        ];
        // Every string of up to four pieces, at every char boundary.
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for t in &texts {
                for p in pieces {
                    next.push(format!("{t}{p}"));
                }
            }
            texts.extend(next);
        }
        for t in &texts {
            for (i, _) in t.char_indices() {
                assert_eq!(word_at(t, i), word_at_reference(t, i), "{t:?} at {i}");
            }
        }
    }

    #[test]
    fn fast_classes_equal_std_on_every_char() {
        for c in (0..=0x2fffu32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
