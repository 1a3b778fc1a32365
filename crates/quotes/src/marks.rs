//! Pairing quotation marks into quoted regions, robust to mixed styles
//! (`"…”`, `„…“`, `«…»`), missing closing marks and stray marks.
//!
//! A mark's role comes from what stands around it (flanking, as in CommonMark):
//! a mark followed by text and preceded by space opens; one preceded by text and
//! followed by space or punctuation closes. The glyph only breaks ties, so a
//! text that opens with `"` and closes with `”` pairs correctly. A region left
//! open runs to the end of its block (multi-paragraph quotes reopen each
//! paragraph). Single marks pair inside double regions (nested quotes) and at
//! the top level (British style); an unpaired single mark is an apostrophe.

use crate::tokens::{Tok, TokKind};
use model::Span;

/// A quoted region of one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Token index of the opening mark (`None`: the block starts inside a quote).
    pub open: Option<usize>,
    /// Token index of the closing mark (`None`: unclosed, runs to the block end).
    pub close: Option<usize>,
    /// First and one-past-last token index of the content.
    pub toks: (usize, usize),
    /// The content, between the marks, trimmed.
    pub content: Span,
    /// Index of the region that holds this one.
    pub parent: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flank {
    Open,
    Close,
    Both,
    Neither,
}

fn flank(text: &str, t: &Tok, block: Span) -> Flank {
    let before = text[block.start..t.span.start].chars().next_back();
    let after = text[t.span.end..block.end].chars().next();
    let opener_ctx = |c: Option<char>| match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/:;".contains(c) || crate::tokens::is_double_mark(c),
    };
    let closer_ctx = |c: Option<char>| match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || ".,;:!?)]}—–-…".contains(c) || crate::tokens::is_double_mark(c)
        }
    };
    let left = opener_ctx(before) && after.is_some_and(|c| !c.is_whitespace());
    let right = closer_ctx(after) && before.is_some_and(|c| !c.is_whitespace());
    match (left, right) {
        (true, true) => Flank::Both,
        (true, false) => Flank::Open,
        (false, true) => Flank::Close,
        (false, false) => Flank::Neither,
    }
}

fn glyph_opens(text: &str, t: &Tok) -> Option<bool> {
    match text[t.span].chars().next() {
        Some('“' | '„' | '«' | '‟' | '‘' | '‚' | '‹') => Some(true),
        Some('”' | '»' | '’' | '›') => Some(false),
        _ => None,
    }
}

/// Pair the marks of a block's tokens into regions (sorted by start).
pub fn regions(text: &str, toks: &[Tok], block: Span) -> Vec<Region> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokKind::DoubleMark {
            continue;
        }
        let f = flank(text, t, block);
        match open {
            None => match f {
                Flank::Open => open = Some(i),
                Flank::Both if glyph_opens(text, t) != Some(false) => open = Some(i),
                _ => {} // a stray closing mark
            },
            Some(o) => match f {
                Flank::Close | Flank::Both => {
                    out.push(make(text, toks, Some(o), Some(i), block));
                    open = None;
                }
                // Two openings in a row: the first was stray.
                Flank::Open => open = Some(i),
                Flank::Neither => {}
            },
        }
    }
    if let Some(o) = open {
        // Only a quote that starts the block or follows a sentence, a colon or a
        // comma may run on unclosed; a lone mark in mid-sentence is stray.
        out.push(make(text, toks, Some(o), None, block));
    }
    let doubles = out.len();
    // Single marks: inside each double region, then at the top level.
    for d in 0..doubles {
        let (a, b) = out[d].toks;
        let inner = pair_singles(text, toks, a, b, block, Some(d));
        out.extend(inner);
    }
    let mut top = Vec::new();
    let mut cursor = 0;
    let bounds: Vec<(usize, usize)> = out[..doubles]
        .iter()
        .map(|r| {
            (
                r.open.unwrap_or(r.toks.0),
                r.close.map_or(r.toks.1, |c| c + 1),
            )
        })
        .collect();
    for &(a, b) in &bounds {
        top.extend(pair_singles(text, toks, cursor, a, block, None));
        cursor = b;
    }
    top.extend(pair_singles(text, toks, cursor, toks.len(), block, None));
    out.extend(top);
    out.sort_by_key(|r| r.content.start);
    // Re-point parents after sorting: the parent is the innermost enclosing double region.
    let spans: Vec<Span> = out.iter().map(|r| r.content).collect();
    for (i, r) in out.iter_mut().enumerate() {
        if r.parent.is_some() {
            r.parent = spans
                .iter()
                .enumerate()
                .filter(|&(j, s)| j != i && s.contains(r.content) && *s != r.content)
                .min_by_key(|(_, s)| s.len())
                .map(|(j, _)| j);
        }
    }
    out
}

fn pair_singles(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    block: Span,
    parent: Option<usize>,
) -> Vec<Region> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for i in from..to.min(toks.len()) {
        let t = &toks[i];
        if t.kind != TokKind::SingleMark {
            continue;
        }
        let f = flank(text, t, block);
        let glyph = glyph_opens(text, t);
        let next_digit = toks
            .get(i + 1)
            .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()));
        let opens = matches!(f, Flank::Open) && glyph != Some(false) && !next_digit;
        let closes = matches!(f, Flank::Close | Flank::Both) && glyph != Some(true);
        if opens {
            stack.push(i);
        } else if closes {
            if let Some(o) = stack.pop() {
                if o + 1 < i {
                    out.push(make(text, toks, Some(o), Some(i), block));
                    if let Some(last) = out.last_mut() {
                        last.parent = parent;
                    }
                }
            }
        }
    }
    out
}

fn make(
    text: &str,
    toks: &[Tok],
    open: Option<usize>,
    close: Option<usize>,
    block: Span,
) -> Region {
    let a = open.map_or(0, |o| o + 1);
    let b = close.unwrap_or(toks.len());
    let start = open.map_or(block.start, |o| toks[o].span.end);
    let end = close.map_or(block.end, |c| toks[c].span.start);
    let content = Span::new(start, end.max(start)).trim(text);
    Region {
        open,
        close,
        toks: (a, b.max(a)),
        content,
        parent: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn quoted(s: &str) -> Vec<String> {
        let block = Span::new(0, s.len());
        let toks = tokenize(s, block);
        regions(s, &toks, block)
            .iter()
            .map(|r| s[r.content].to_string())
            .collect()
    }

    #[test]
    fn mixed_and_unclosed() {
        assert_eq!(quoted("\"Go home,” she said."), ["Go home,"]);
        assert_eq!(quoted("„Ja“, sagte er. «Oui» dit-il."), ["Ja", "Oui"]);
        assert_eq!(quoted("He said: \"It runs on"), ["It runs on"]);
        assert_eq!(quoted("A stray \" mark and “real one” here."), ["real one"]);
    }

    #[test]
    fn nested_singles_and_apostrophes() {
        let q = quoted("“He told me ‘run’ and the officers’ cars left,” she said.");
        assert_eq!(q, ["He told me ‘run’ and the officers’ cars left,", "run"]);
        assert_eq!(quoted("the ’90s and rock ’n’ roll"), Vec::<String>::new());
    }
}
