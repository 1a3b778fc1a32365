//! Chosen blocks → document text, paragraph spans and the offset map.
//!
//! Each block is one paragraph (joined by a blank line); white space inside a block
//! folds to one space, a `<br>` gives a line break. Words are copied from the DOM text
//! nodes, so each word maps back through [`crate::align`] to the source and then
//! through the decoder to raw bytes.

use crate::align::{Aligner, NodeAlign};
use crate::blocks::Block;
use crate::decode::Decoded;
use model::{OffsetMap, OffsetRun, Span};
use std::collections::HashMap;

pub(crate) struct Assembled {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub offset_map: OffsetMap,
}

enum Entry {
    Word {
        out: usize,
        len: usize,
        node: usize,
        off: usize,
    },
    Sep {
        out: usize,
        len: usize,
    },
}

pub(crate) fn assemble(blocks: &[(Block<'_>, String)], decoded: &Decoded<'_>) -> Assembled {
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for (b, _) in blocks {
        let para_start = if text.is_empty() { 0 } else { text.len() + 2 };
        let mut first = true;
        let mut space = false;
        let mut br = false;
        for p in &b.pieces {
            br |= p.line_break;
            let base = p.text.as_ptr() as usize;
            for (k, word) in words(p.text) {
                let _ = base;
                if first {
                    if !text.is_empty() {
                        entries.push(Entry::Sep {
                            out: text.len(),
                            len: 2,
                        });
                        text.push_str("\n\n");
                    }
                    first = false;
                } else if br {
                    entries.push(Entry::Sep {
                        out: text.len(),
                        len: 1,
                    });
                    text.push('\n');
                } else if space || k.1 {
                    entries.push(Entry::Sep {
                        out: text.len(),
                        len: 1,
                    });
                    text.push(' ');
                }
                br = false;
                space = false;
                entries.push(Entry::Word {
                    out: text.len(),
                    len: word.len(),
                    node: p.node,
                    off: k.0,
                });
                text.push_str(word);
            }
            if p.text.ends_with(char::is_whitespace) {
                space = true;
            }
        }
        if !first {
            paragraphs.push(Span::new(para_start, text.len()));
        }
    }
    let offset_map = map_offsets(&text, blocks, &entries, decoded);
    Assembled {
        text,
        paragraphs,
        offset_map,
    }
}

/// Words of `s` as `((offset, white space before), word)`.
fn words(s: &str) -> impl Iterator<Item = ((usize, bool), &str)> {
    let base = s.as_ptr() as usize;
    s.split_whitespace().map(move |w| {
        let off = w.as_ptr() as usize - base;
        ((off, off > 0), w)
    })
}

fn map_offsets(
    text: &str,
    blocks: &[(Block<'_>, String)],
    entries: &[Entry],
    decoded: &Decoded<'_>,
) -> OffsetMap {
    let src: &str = &decoded.text;
    let mut aligner = Aligner::new(src);
    let mut aligns: HashMap<usize, Option<NodeAlign>> = HashMap::new();
    for (b, _) in blocks {
        for p in &b.pieces {
            if !p.text.trim().is_empty() {
                aligns
                    .entry(p.node)
                    .or_insert_with(|| aligner.align(p.text));
            }
        }
    }
    // Raw range of each word (None when its node was not found).
    let ranges: Vec<Option<(usize, usize)>> = entries
        .iter()
        .map(|e| match e {
            Entry::Word { len, node, off, .. } => {
                aligns.get(node).and_then(Option::as_ref).map(|a| {
                    let s = decoded.raw_offset(a.map(*off));
                    let e = decoded.raw_offset(a.map(off + len));
                    (s, e.max(s))
                })
            }
            Entry::Sep { .. } => None,
        })
        .collect();
    // Start of the next located word at or after each entry (one reverse pass).
    let mut next_start: Vec<Option<usize>> = vec![None; ranges.len() + 1];
    for k in (0..ranges.len()).rev() {
        next_start[k] = ranges[k].map(|r| r.0).or(next_start[k + 1]);
    }
    let mut map = OffsetMap::default();
    let mut last_end = next_start[0].unwrap_or(0);
    let mut runs: Vec<OffsetRun> = Vec::with_capacity(entries.len());
    for (k, e) in entries.iter().enumerate() {
        let run = match e {
            Entry::Word { out, len, .. } => {
                let (s, e) = ranges[k].unwrap_or((last_end, last_end));
                last_end = e;
                OffsetRun {
                    text_start: *out,
                    text_len: *len,
                    raw_start: s,
                    raw_len: e - s,
                }
            }
            Entry::Sep { out, len } => {
                let next = next_start[k + 1].unwrap_or(last_end);
                let next = next.max(last_end);
                OffsetRun {
                    text_start: *out,
                    text_len: *len,
                    raw_start: last_end,
                    raw_len: next - last_end,
                }
            }
        };
        match runs.last_mut() {
            Some(prev)
                if prev.text_len == prev.raw_len
                    && run.text_len == run.raw_len
                    && prev.raw_start + prev.raw_len == run.raw_start =>
            {
                prev.text_len += run.text_len;
                prev.raw_len += run.raw_len;
            }
            _ => runs.push(run),
        }
    }
    debug_assert!(runs
        .last()
        .is_none_or(|r| r.text_start + r.text_len == text.len()));
    for r in runs {
        map.push(r);
    }
    map
}
