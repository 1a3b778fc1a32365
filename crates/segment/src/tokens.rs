//! Tokens: pre-tokenization by the `tokenizers` crate, then merging into
//! [`TokenKind`]s that rules can use.
//!
//! # Pipeline
//!
//! 1. The text is cut at white space into *chunks*.
//! 2. Each chunk is cut into *atoms*: a run of letters, a run of digits, one
//!    punctuation character, one symbol (with its combining marks). Chunks that
//!    hold combining marks, emoji, CJK, other scripts, symbols or compatibility
//!    forms get their atom boundaries from `tokenizers`: a [`PreTokenizedString`]
//!    is NFKC-normalized and split by the `Punctuation` (isolated) and `Digits`
//!    (contiguous) pre-tokenizers; offsets are read back in the *original*
//!    referential, so normalization never moves a span. Chunks of ASCII,
//!    typographic punctuation and plain alphabetic letters (Latin, Greek,
//!    Cyrillic, Armenian, Hebrew, Arabic) take a byte-table fast path that gives
//!    the same atoms: a proptest compares the two paths on arbitrary text. The
//!    fast path exists for speed: one `tokenizers` call costs microseconds,
//!    about the time the fast path needs for a whole sentence.
//! 3. Atoms merge into tokens:
//!    - `Number`: digits with inner `,`+3 digits, `.` or `:` + digits: `35,000`, `1.2`, `10:30`;
//!    - `Word`: letters and digits with inner apostrophes (`don't`, `O’Brien`),
//!      hyphens (`twenty-one`, `Su-24`, `3-year-old`) and initialisms with their
//!      periods, the last one included (`U.S.`, `a.m.`, `Ph.D.`); other
//!      abbreviations keep their period apart (`Mr` + `.`) so that a rule sees
//!      the same shape whether or not the period also ends the sentence;
//!    - `Punct`: one punctuation char, runs of the same char merged (`...`, `--`);
//!    - `Symbol`: currency, math, emoji and other symbols, one char each.

use model::{Span, Token, TokenKind};
use tokenizers::normalizers::unicode::NFKC;
use tokenizers::pre_tokenizers::digits::Digits;
use tokenizers::pre_tokenizers::punctuation::Punctuation;
use tokenizers::pre_tokenizers::sequence::Sequence;
use tokenizers::{
    Normalizer, OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer,
    PreTokenizerWrapper, SplitDelimiterBehavior,
};
use unicode_categories::UnicodeCategories;

/// Class of an atom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Alpha,
    Digit,
    /// One punctuation char (the char itself, for merging runs and joiners).
    Punct(char),
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Atom {
    start: usize,
    end: usize,
    class: Class,
}

/// ASCII byte classes for the fast path: 0 space (as `char::is_whitespace`), 1 letter,
/// 2 digit, 3 punct, 4 symbol (controls included).
static ASCII: [u8; 128] = {
    let mut t = [3u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if matches!(c, 9..=13 | 32) {
            0
        } else if c.is_ascii_alphabetic() {
            1
        } else if c.is_ascii_digit() {
            2
        } else if c < 0x20
            || c == 0x7f
            || matches!(
                c,
                b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~'
            )
        {
            4
        } else {
            3
        };
        i += 1;
    }
    t
};

/// The tokenizer. Built once, shared read-only.
pub(crate) struct Tokenizer {
    pre: Sequence,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokenizer(NFKC + Punctuation + Digits)")
    }
}

impl Clone for Tokenizer {
    fn clone(&self) -> Tokenizer {
        Tokenizer::new()
    }
}

/// Reusable scratch space, so tokenizing allocates nothing per token.
#[derive(Default)]
pub(crate) struct Scratch {
    atoms: Vec<Atom>,
    cuts: Vec<usize>,
}

/// Class of a non-ASCII-whitespace char by its Unicode category.
fn class_of(c: char) -> Option<Class> {
    if c.is_ascii() {
        return match ASCII[c as usize] {
            0 => None,
            1 => Some(Class::Alpha),
            2 => Some(Class::Digit),
            3 => Some(Class::Punct(c)),
            _ => Some(Class::Symbol),
        };
    }
    if matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '«' | '»') {
        // Typographic punctuation, frequent in news: skip the table lookups.
        Some(Class::Punct(c))
    } else if c.is_whitespace() {
        None
    } else if crate::words::is_alpha(c) || c.is_mark() {
        Some(Class::Alpha)
    } else if c.is_numeric() {
        Some(Class::Digit)
    } else if c.is_punctuation() {
        Some(Class::Punct(c))
    } else {
        Some(Class::Symbol)
    }
}

/// Non-ASCII chars that the fast path handles itself: typographic punctuation,
/// currency signs, and letters of alphabetic scripts without combining marks
/// (precomposed Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic letters).
/// Everything else (combining marks, emoji and ZWJ sequences, CJK, other
/// scripts, symbols, compatibility forms that NFKC changes) goes through
/// `tokenizers`. A proptest checks that both paths give the same tokens.
#[inline]
fn fast_char(c: char) -> bool {
    matches!(
        c,
        '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '€' | '£' | '¥' | '°' | '«' | '»'
    ) || (matches!(c, '\u{c0}'..='\u{24f}' | '\u{370}'..='\u{3ff}' | '\u{400}'..='\u{4ff}'
            | '\u{531}'..='\u{587}' | '\u{5d0}'..='\u{5ea}' | '\u{620}'..='\u{64a}')
        && crate::words::is_alpha(c))
}

impl Tokenizer {
    pub(crate) fn new() -> Tokenizer {
        let pre = Sequence::new(vec![
            PreTokenizerWrapper::Punctuation(Punctuation::new(SplitDelimiterBehavior::Isolated)),
            PreTokenizerWrapper::Digits(Digits::new(false)),
        ]);
        Tokenizer { pre }
    }

    /// Tokens of `text`, shifted by `offset`, appended to `out`.
    pub(crate) fn tokenize_into(
        &self,
        text: &str,
        offset: usize,
        out: &mut Vec<Token>,
        scratch: &mut Scratch,
    ) {
        self.run(text, offset, out, scratch, false);
    }

    /// Like [`Tokenizer::tokenize_into`] but every chunk goes through `tokenizers`
    /// (the reference the fast path is tested against).
    pub(crate) fn tokenize_reference(&self, text: &str, out: &mut Vec<Token>) {
        self.run(text, 0, out, &mut Scratch::default(), true);
    }

    fn run(
        &self,
        text: &str,
        offset: usize,
        out: &mut Vec<Token>,
        scratch: &mut Scratch,
        reference: bool,
    ) {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Skip white space; plain ASCII words first.
            let c0 = b[i];
            match BYTE[c0 as usize] {
                0 => {
                    i += 1;
                    continue;
                }
                1 if !reference => {
                    // The most frequent chunk: ASCII letters up to ASCII white space
                    // or the end, one `Word`: what the atom path gives for one letter
                    // run. The white space byte after it is skipped too.
                    let (j, kind) = (ascii_letters_end(b, i + 1), TokenKind::Word);
                    let after = b.get(j).copied();
                    if after.is_none_or(|c| BYTE[c as usize] == 0) {
                        out.push(Token {
                            span: Span::new(offset + i, offset + j),
                            kind,
                        });
                        i = j + usize::from(after.is_some());
                        continue;
                    }
                    // Next frequent: one ASCII punctuation char after the letters, then
                    // white space or the end ("said," "Jan." "Mr."): no join rule
                    // applies without a letter or digit after the mark, and a plain
                    // run is no initialism, so `Word` + `Punct`.
                    let after2 = b.get(j + 1).copied();
                    if after.is_some_and(|c| BYTE[c as usize] == 3)
                        && after2.is_none_or(|c| BYTE[c as usize] == 0)
                    {
                        out.push(Token {
                            span: Span::new(offset + i, offset + j),
                            kind,
                        });
                        out.push(Token {
                            span: Span::new(offset + j, offset + j + 1),
                            kind: TokenKind::Punct,
                        });
                        i = j + 1 + usize::from(after2.is_some());
                        continue;
                    }
                }
                5 => {
                    if let Some(c) = text[i..].chars().next() {
                        if c.is_whitespace() {
                            i += c.len_utf8();
                            continue;
                        }
                    }
                }
                _ => {}
            }
            let start = i;
            scratch.atoms.clear();
            if !reference {
                // Fast path in one pass: tokens up to the chunk end, unless a char
                // that needs `tokenizers` comes first.
                let mark = out.len();
                match fast_chunk_tokens(text, start, offset, out) {
                    Ok(end) => {
                        i = end;
                        continue;
                    }
                    Err(at) => {
                        out.truncate(mark);
                        i = at;
                    }
                }
            }
            // The chunk goes through `tokenizers`: find its end.
            while i < b.len() {
                let c = b[i];
                if c < 0x80 {
                    if ASCII[c as usize] == 0 {
                        break;
                    }
                    i += 1;
                } else {
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    if ch.is_whitespace() {
                        break;
                    }
                    i += ch.len_utf8();
                }
            }
            let chunk = &text[start..i];
            self.tk_atoms(chunk, scratch);
            merge(chunk, &scratch.atoms, offset + start, out);
        }
    }

    /// Atoms of a chunk with boundaries from the `tokenizers` pre-tokenizers.
    fn tk_atoms(&self, chunk: &str, scratch: &mut Scratch) {
        scratch.cuts.clear();
        let mut pre = PreTokenizedString::from(chunk);
        let ok =
            pre.normalize(|n| NFKC.normalize(n)).is_ok() && self.pre.pre_tokenize(&mut pre).is_ok();
        if ok {
            for (_, (s, e), _) in pre.get_splits(OffsetReferential::Original, OffsetType::Byte) {
                scratch.cuts.push(s);
                scratch.cuts.push(e);
            }
        }
        scratch
            .cuts
            .retain(|&k| k <= chunk.len() && chunk.is_char_boundary(k));
        scratch.cuts.sort_unstable();
        scratch.cuts.dedup();
        // Walk the chars: a new atom at every pre-tokenizer cut and class change;
        // marks and joiners stay with the char before them.
        let mut k = 0;
        let mut prev: Option<Atom> = None;
        for (pos, c) in chunk.char_indices() {
            while k < scratch.cuts.len() && scratch.cuts[k] < pos {
                k += 1;
            }
            let at_cut = scratch.cuts.get(k) == Some(&pos);
            let Some(class) = class_of(c) else { continue };
            let attach = c.is_mark()
                || matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{fe0e}')
                || prev.is_some_and(|p| chunk[..pos].ends_with('\u{200d}') && p.end == pos);
            match prev.as_mut() {
                Some(p) if attach && p.end == pos => p.end = pos + c.len_utf8(),
                Some(p)
                    if !at_cut
                        && p.end == pos
                        && p.class == class
                        && matches!(class, Class::Alpha | Class::Digit) =>
                {
                    p.end = pos + c.len_utf8()
                }
                _ => {
                    if let Some(p) = prev.take() {
                        scratch.atoms.push(p);
                    }
                    prev = Some(Atom {
                        start: pos,
                        end: pos + c.len_utf8(),
                        class,
                    });
                }
            }
        }
        if let Some(p) = prev {
            scratch.atoms.push(p);
        }
    }
}

/// Byte classes of the fast path: [`ASCII`] for ASCII bytes, 5 for the bytes of
/// non-ASCII chars (decoded and checked with [`fast_char`]).
static BYTE: [u8; 256] = {
    let mut t = [5u8; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = ASCII[i];
        i += 1;
    }
    t
};

/// One read of the fast path's atom reader.
enum Read {
    /// An atom.
    Atom(Atom),
    /// White space or the end of the text: the chunk ends here.
    End,
    /// A char that is not [`fast_char`] at this position: the chunk needs `tokenizers`.
    Slow(usize),
}

/// The atom starting at byte `i` of `text` (a char boundary), as the
/// `tokenizers` path would cut it for [`fast_char`]s: a maximal run of letters
/// (ASCII or not: "Gérald"), a maximal run of ASCII digits, or one punctuation
/// or symbol char.
#[inline(always)]
fn read_atom(text: &str, i: usize) -> Read {
    let b = text.as_bytes();
    let Some(&c) = b.get(i) else {
        return Read::End;
    };
    let (mut j, class) = match BYTE[c as usize] {
        0 => return Read::End,
        1 => (i + 1, Class::Alpha),
        2 => {
            let mut j = i + 1;
            while j < b.len() && BYTE[b[j] as usize] == 2 {
                j += 1;
            }
            return Read::Atom(Atom {
                start: i,
                end: j,
                class: Class::Digit,
            });
        }
        3 => {
            return Read::Atom(Atom {
                start: i,
                end: i + 1,
                class: Class::Punct(c as char),
            })
        }
        4 => {
            return Read::Atom(Atom {
                start: i,
                end: i + 1,
                class: Class::Symbol,
            })
        }
        _ if two_byte_letter(b, i) => (i + 2, Class::Alpha),
        _ => {
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            if ch.is_whitespace() {
                return Read::End;
            }
            if !fast_char(ch) {
                return Read::Slow(i);
            }
            match class_of(ch) {
                Some(Class::Alpha) => (i + ch.len_utf8(), Class::Alpha),
                Some(class) => {
                    return Read::Atom(Atom {
                        start: i,
                        end: i + ch.len_utf8(),
                        class,
                    })
                }
                None => return Read::End,
            }
        }
    };
    // A run of letters, ASCII or fast non-ASCII ones (all two bytes long).
    loop {
        j = ascii_letters_end(b, j);
        if two_byte_letter(b, j) {
            j += 2;
            continue;
        }
        break;
    }
    Read::Atom(Atom {
        start: i,
        end: j,
        class,
    })
}

/// True when the bytes at `j` (a char boundary of UTF-8 text) encode a
/// [`fast_char`] of class `Alpha`: exactly the letters of the ranges of
/// [`fast_char`], all encoded in two bytes (its listed punctuation and symbols
/// are not letters). Decoded from the two bytes directly.
#[inline(always)]
fn two_byte_letter(b: &[u8], j: usize) -> bool {
    let (Some(&lead), Some(&cont)) = (b.get(j), b.get(j + 1)) else {
        return false;
    };
    if !(0xC3..=0xD9).contains(&lead) {
        return false;
    }
    let c = (u32::from(lead & 0x1f) << 6) | u32::from(cont & 0x3f);
    matches!(c, 0xc0..=0x24f | 0x370..=0x4ff | 0x531..=0x587 | 0x5d0..=0x5ea | 0x620..=0x64a)
        && char::from_u32(c).is_some_and(crate::words::is_alpha)
}

/// The end of the run of ASCII letters starting at `j`: eight bytes at a time
/// (SWAR: one `u64`, a letter test on every byte at once), then byte by byte.
#[inline(always)]
fn ascii_letters_end(b: &[u8], mut j: usize) -> usize {
    while let Some(block) = b.get(j..j + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(block);
        let n = letters_in_block(u64::from_le_bytes(w));
        if n < 8 {
            return j + n;
        }
        j += 8;
    }
    // The last bytes: one block padded with zeros (not letters).
    let rest = &b[j.min(b.len())..];
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    j + letters_in_block(u64::from_le_bytes(w))
}

/// The number of leading ASCII letters of the 8 bytes of `x` (little-endian),
/// all tested at once (SWAR); 8 when all are letters.
#[inline(always)]
fn letters_in_block(x: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte (all below 0x80 after masking, so no carry crosses a byte):
    // y = lowercase(x); high bit of y + (0x80 - c) set iff y >= c.
    let y = (x | (0x20 * ONES)) & !HIGH;
    let ge_a = (y + (0x80 - 0x61) * ONES) & HIGH;
    let gt_z = (y + (0x80 - 0x7b) * ONES) & HIGH;
    let letter = ge_a & !gt_z & !(x & HIGH);
    let other = !letter & HIGH;
    (other.trailing_zeros() / 8) as usize
}

/// Tokens of the chunk starting at byte `start` of `text` (a non-space char),
/// shifted by `offset`, appended to `out` in one pass: atoms are read and merged
/// as [`merge`] does. `Ok(chunk end)`, or `Err(position)` of the first char that
/// is not [`fast_char`] (tokens of the chunk may then have been pushed: the
/// caller truncates `out`).
fn fast_chunk_tokens(
    text: &str,
    start: usize,
    offset: usize,
    out: &mut Vec<Token>,
) -> Result<usize, usize> {
    let mut cur = read_atom(text, start);
    // Where `cur` was read: the end of the last token.
    let mut pos = start;
    loop {
        let first = match cur {
            Read::Atom(a) => a,
            Read::End => return Ok(pos),
            Read::Slow(at) => return Err(at),
        };
        match first.class {
            Class::Alpha | Class::Digit => {
                let mut kind = if first.class == Class::Alpha {
                    TokenKind::Word
                } else {
                    TokenKind::Number
                };
                let mut end = first.end;
                let mut last = first.class;
                let mut short_parts = first.class == Class::Alpha && first.end - first.start <= 2;
                let mut dotted = false;
                let mut n = read_atom(text, end);
                while let Read::Atom(na) = n {
                    match na.class {
                        Class::Alpha | Class::Digit => {
                            kind = TokenKind::Word;
                            short_parts = false;
                            end = na.end;
                            last = na.class;
                            n = read_atom(text, end);
                        }
                        Class::Symbol => break,
                        Class::Punct(p) => {
                            let after_read = read_atom(text, na.end);
                            let after = match after_read {
                                Read::Slow(at) => return Err(at),
                                Read::Atom(x) if matches!(x.class, Class::Alpha | Class::Digit) => {
                                    Some(x)
                                }
                                _ => None,
                            };
                            let join = match (p, after) {
                                (',', Some(x)) => {
                                    kind == TokenKind::Number
                                        && x.class == Class::Digit
                                        && x.end - x.start == 3
                                }
                                ('.' | ':', Some(x))
                                    if kind == TokenKind::Number && x.class == Class::Digit =>
                                {
                                    true
                                }
                                ('.', Some(x)) => {
                                    kind == TokenKind::Word
                                        && short_parts
                                        && x.class == Class::Alpha
                                        && (x.end - x.start <= 2
                                            || (x.end - x.start <= 8
                                                && text[x.start..x.end].chars().count() <= 2))
                                }
                                ('.', None) if dotted && short_parts => {
                                    // The final period of an initialism: "U.S."
                                    end = na.end;
                                    n = after_read;
                                    break;
                                }
                                ('\'' | '’', Some(x)) => {
                                    last == Class::Alpha && x.class == Class::Alpha
                                }
                                ('-', Some(x)) => {
                                    !(last == Class::Digit && x.class == Class::Digit)
                                }
                                _ => false,
                            };
                            let Some(x) = after.filter(|_| join) else {
                                break;
                            };
                            if p == '.' && kind == TokenKind::Word {
                                dotted = true;
                            } else if !(p == '.' || p == ',' || p == ':') || kind == TokenKind::Word
                            {
                                kind = TokenKind::Word;
                                short_parts = false;
                            }
                            end = x.end;
                            last = x.class;
                            n = read_atom(text, end);
                        }
                    }
                }
                out.push(Token {
                    span: Span::new(offset + first.start, offset + end),
                    kind,
                });
                (cur, pos) = (n, end);
            }
            Class::Punct(p) => {
                let mut end = first.end;
                let mut n = read_atom(text, end);
                while let Read::Atom(na) = n {
                    if na.class != Class::Punct(p) {
                        break;
                    }
                    end = na.end;
                    n = read_atom(text, end);
                }
                out.push(Token {
                    span: Span::new(offset + first.start, offset + end),
                    kind: TokenKind::Punct,
                });
                (cur, pos) = (n, end);
            }
            Class::Symbol => {
                out.push(Token {
                    span: Span::new(offset + first.start, offset + first.end),
                    kind: TokenKind::Symbol,
                });
                (cur, pos) = (read_atom(text, first.end), first.end);
            }
        }
    }
}

fn is_alnum(a: &Atom) -> bool {
    matches!(a.class, Class::Alpha | Class::Digit)
}

/// Merge the atoms of one chunk into tokens (see the module docs).
fn merge(chunk: &str, atoms: &[Atom], offset: usize, out: &mut Vec<Token>) {
    let mut a = 0;
    while a < atoms.len() {
        let first = atoms[a];
        match first.class {
            Class::Alpha | Class::Digit => {
                let mut kind = if first.class == Class::Alpha {
                    TokenKind::Word
                } else {
                    TokenKind::Number
                };
                let mut end = first.end;
                let mut last = first;
                // Initialism state: every alpha part so far has at most two chars.
                let mut short_parts = first.class == Class::Alpha && first.end - first.start <= 2;
                let mut dotted = false;
                a += 1;
                while a < atoms.len() {
                    let n = atoms[a];
                    if n.start != end {
                        break;
                    }
                    if is_alnum(&n) {
                        kind = TokenKind::Word;
                        short_parts = false;
                        end = n.end;
                        last = n;
                        a += 1;
                        continue;
                    }
                    let Class::Punct(p) = n.class else { break };
                    let after = atoms.get(a + 1).filter(|x| x.start == n.end && is_alnum(x));
                    let join = match (p, after) {
                        (',', Some(x)) => {
                            kind == TokenKind::Number
                                && x.class == Class::Digit
                                && x.end - x.start == 3
                        }
                        ('.' | ':', Some(x))
                            if kind == TokenKind::Number && x.class == Class::Digit =>
                        {
                            true
                        }
                        ('.', Some(x)) => {
                            kind == TokenKind::Word
                                && short_parts
                                && x.class == Class::Alpha
                                && chunk[x.start..x.end].chars().count() <= 2
                        }
                        ('.', None) if dotted && short_parts => {
                            // The final period of an initialism: "U.S."
                            end = n.end;
                            a += 1;
                            break;
                        }
                        ('\'' | '’', Some(x)) => {
                            last.class == Class::Alpha && x.class == Class::Alpha
                        }
                        ('-' | '‐' | '‑', Some(x)) => {
                            !(last.class == Class::Digit && x.class == Class::Digit)
                        }
                        _ => false,
                    };
                    if !join {
                        break;
                    }
                    let x = atoms[a + 1];
                    if p == '.' && kind == TokenKind::Word {
                        dotted = true;
                    } else if !(p == '.' || p == ',' || p == ':') || kind == TokenKind::Word {
                        kind = TokenKind::Word;
                        short_parts = false;
                    }
                    end = x.end;
                    last = x;
                    a += 2;
                }
                out.push(Token {
                    span: Span::new(offset + first.start, offset + end),
                    kind,
                });
            }
            Class::Punct(p) => {
                let mut end = first.end;
                a += 1;
                while a < atoms.len() && atoms[a].start == end && atoms[a].class == Class::Punct(p)
                {
                    end = atoms[a].end;
                    a += 1;
                }
                out.push(Token {
                    span: Span::new(offset + first.start, offset + end),
                    kind: TokenKind::Punct,
                });
            }
            Class::Symbol => {
                out.push(Token {
                    span: Span::new(offset + first.start, offset + first.end),
                    kind: TokenKind::Symbol,
                });
                a += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        Tokenizer::new().tokenize_into(t, 0, &mut out, &mut Scratch::default());
        out.iter().map(|x| (&t[x.span], x.kind)).collect()
    }

    #[test]
    fn merges_numbers_words_and_initialisms() {
        use TokenKind::*;
        assert_eq!(
            toks("35,000 people, 1.2% in the U.S. don't twenty-one Mr. Smith..."),
            [
                ("35,000", Number),
                ("people", Word),
                (",", Punct),
                ("1.2", Number),
                ("%", Punct),
                ("in", Word),
                ("the", Word),
                ("U.S.", Word),
                ("don't", Word),
                ("twenty-one", Word),
                ("Mr", Word),
                (".", Punct),
                ("Smith", Word),
                ("...", Punct),
            ]
        );
        assert_eq!(toks("1,2"), [("1", Number), (",", Punct), ("2", Number)]);
        assert_eq!(
            toks("1990-2000"),
            [("1990", Number), ("-", Punct), ("2000", Number)]
        );
        assert_eq!(
            toks("3-year-old 5th"),
            [("3-year-old", Word), ("5th", Word)]
        );
        assert_eq!(
            toks("example.com"),
            [("example", Word), (".", Punct), ("com", Word)]
        );
        assert_eq!(toks("$5"), [("$", Symbol), ("5", Number)]);
    }

    #[test]
    fn unicode_chunks_go_through_tokenizers() {
        use TokenKind::*;
        assert_eq!(
            toks("“O’Brien” paid €35,000 — Gérald’s 😀!"),
            [
                ("“", Punct),
                ("O’Brien", Word),
                ("”", Punct),
                ("paid", Word),
                ("€", Symbol),
                ("35,000", Number),
                ("—", Punct),
                ("Gérald’s", Word),
                ("😀", Symbol),
                ("!", Punct),
            ]
        );
        // Combining marks stay in their word; NFKC never moves an offset.
        assert_eq!(
            toks("cafe\u{301} ﬁnal ２０"),
            [("cafe\u{301}", Word), ("ﬁnal", Word), ("２０", Number)]
        );
    }

    #[test]
    fn two_byte_letters_are_the_fast_alpha_chars() {
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes();
            let want = fast_char(c) && class_of(c) == Some(Class::Alpha);
            assert_eq!(two_byte_letter(enc, 0), want, "{c:?}");
        }
    }

    #[test]
    fn swar_letter_runs_equal_the_byte_loop() {
        let mut text: Vec<u8> = (0u8..=255).collect();
        text.extend_from_slice(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{");
        for j in 0..text.len() {
            let mut k = j;
            while k < text.len() && text[k].is_ascii_alphabetic() {
                k += 1;
            }
            assert_eq!(ascii_letters_end(&text, j), k, "at {j}");
        }
        // Every byte at every position of a block.
        for c in 0u8..=255 {
            for pos in 0..10 {
                let mut t = b"abcdefghij".to_vec();
                t[pos] = c;
                let want = if c.is_ascii_alphabetic() { 10 } else { pos };
                assert_eq!(ascii_letters_end(&t, 0), want, "byte {c} at {pos}");
            }
        }
    }

    #[test]
    fn fast_path_equals_tokenizers_path_on_ascii() {
        let tk = Tokenizer::new();
        let text = "At 5 a.m. Mr. O'Neil (D-N.Y.) said: \"35,000 -- or 1.5%?\" e.g. U.S.A. [1] x+y=z #tag @user's";
        let mut fast = Vec::new();
        tk.tokenize_into(text, 0, &mut fast, &mut Scratch::default());
        let mut reference = Vec::new();
        tk.tokenize_reference(text, &mut reference);
        assert_eq!(fast, reference);
    }
}
