//! Quotes inside quotes: `"He texted me to say he was on his way home," she said.`
//!
//! The words of a direct quote are analysed again as a block of their own, and the
//! attributed speech found there (`he texted me to say …`, `they told us it was safe`)
//! becomes an indirect quote whose parent is the quote that holds it. First-person
//! speakers (`I`, `we`) inside a quote are the outer quote's speaker; other pronouns
//! and names resolve like any speaker.

use crate::assemble::{assemble, Item, Source};
use crate::block::Block;
use crate::lexicon::Lexicon;
use crate::np::NpKind;
use model::QuoteKind;

/// Shortest direct quote (in bytes) searched for quotes inside it.
const MIN_OUTER: usize = 16;

/// Items of the quotes held by the direct quotes of `items` (whose blocks are the
/// first `blocks.len()` blocks): the new blocks are appended to `blocks` and the new
/// items (block, item and parent indices already shifted) to `items`.
pub fn add_nested(lx: &Lexicon, text: &str, blocks: &mut Vec<Block>, items: &mut Vec<Item>) {
    let mut inner_blocks = Vec::new();
    let mut outer_of_block = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.kind == QuoteKind::Direct && it.parent.is_none() && it.content.len() >= MIN_OUTER {
            let b = Block::new(text, it.content, blocks[it.block].paragraph);
            if b.toks.len() >= 4 {
                inner_blocks.push(b);
                outer_of_block.push(i);
            }
        }
    }
    if inner_blocks.is_empty() {
        return;
    }
    let inner = assemble(lx, text, &inner_blocks);
    let block_base = blocks.len();
    let item_base = items.len();
    // Keep only attributed reported speech: a cue and a speaker phrase (or a copy of
    // one), never the inner block's own floating quotations, which the outer pass
    // already saw as nested marks.
    let keep: Vec<bool> = inner
        .iter()
        .map(|it| {
            it.cue.is_some()
                && it.kind != QuoteKind::Direct
                && matches!(it.source, Source::Phrase { .. } | Source::Item(_))
        })
        .collect();
    let mut new_index = vec![usize::MAX; inner.len()];
    let mut n = item_base;
    for (k, &kp) in keep.iter().enumerate() {
        if kp {
            new_index[k] = n;
            n += 1;
        }
    }
    for (k, mut it) in inner.into_iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let outer = outer_of_block[it.block];
        it.source = match it.source {
            // `I`/`we` inside a quote speak with the outer speaker's voice.
            Source::Phrase { np, block }
                if np.kind == NpKind::Pronoun
                    && matches!(inner_blocks[block].toks[np.a].lower.as_str(), "i" | "we") =>
            {
                Source::Item(outer)
            }
            Source::Phrase { block, np } => Source::Phrase {
                block: block + block_base,
                np,
            },
            Source::Item(j) if new_index[j] != usize::MAX => Source::Item(new_index[j]),
            _ => Source::Item(outer),
        };
        it.block += block_base;
        it.parent = Some(outer);
        it.region = None;
        it.pattern = match it.pattern {
            "subject-cue" => "nested",
            p => p,
        };
        items.push(it);
    }
    blocks.extend(inner_blocks);
}
