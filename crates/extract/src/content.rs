//! Main-content selection: every block gets a gain (long, punctuated, link-poor text is
//! positive; link lists, furniture and short fragments are negative), and the element
//! whose subtree has the largest total gain is the article container (a maximum-sum
//! subtree, deepest on ties). Inside it, blocks that look like furniture are dropped.

use crate::blocks::{Block, BlockKind};
use crate::dom::Dom;
use crate::rules::Rules;

/// Tuning constants, in one place.
const LINK_DENSITY_MAX: f32 = 0.5;
const LONG_BLOCK: usize = 80;

/// The gain of one block for container selection.
fn gain(b: &Block, rules: &Rules, text: &str) -> f32 {
    let len = b.chars as f32;
    let ld = b.link_density();
    if rules.is_boilerplate_text(text) {
        return -len.min(40.0);
    }
    if ld > LINK_DENSITY_MAX {
        return -len * ld;
    }
    let punct = text.ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ')', '…', '。'])
        || text.contains(". ");
    let mut g = match b.kind {
        BlockKind::Heading(_) => 0.0,
        BlockKind::ListItem if b.chars < LONG_BLOCK => -2.0 - len * ld,
        _ if b.chars >= LONG_BLOCK || (punct && b.chars >= 25) => len * (1.0 - ld),
        _ => -(len.min(25.0)) * 0.3,
    };
    if b.in_content && g > 0.0 {
        g *= 1.5;
    }
    g
}

/// Whether a block inside the chosen container is kept in the output.
fn keep(b: &Block, rules: &Rules, text: &str) -> bool {
    if rules.is_boilerplate_text(text) {
        return false;
    }
    let ld = b.link_density();
    if ld > LINK_DENSITY_MAX && !(b.chars > 200 && ld < 0.8) {
        return false;
    }
    if matches!(b.kind, BlockKind::ListItem) && ld > 0.3 && b.chars < LONG_BLOCK {
        return false;
    }
    true
}

/// The chosen blocks, in document order, with their folded texts.
pub(crate) fn select<'a>(
    dom: &Dom<'a>,
    rules: &Rules,
    blocks: Vec<Block<'a>>,
    title: Option<&str>,
    ld_body: Option<&str>,
) -> Vec<(Block<'a>, String)> {
    if blocks.is_empty() {
        return Vec::new();
    }
    let texts: Vec<String> = blocks.iter().map(Block::text).collect();
    // A JSON-LD articleBody confirms blocks whose text it holds.
    let body = ld_body.map(crate::dom::squash).filter(|b| b.len() >= 400);
    let gains: Vec<f32> = blocks
        .iter()
        .zip(&texts)
        .map(|(b, t)| {
            let g = gain(b, rules, t);
            match &body {
                Some(body) if g > 0.0 && t.len() >= 40 && body.contains(prefix_of(t, 60)) => {
                    g * 2.0
                }
                _ => g,
            }
        })
        .collect();
    // Gains placed at their container's position; subtree sums by prefix sums.
    let mut at = vec![0f32; dom.len() + 1];
    for (b, g) in blocks.iter().zip(&gains) {
        at[b.container] += g;
    }
    let mut prefix = vec![0f64; dom.len() + 1];
    for i in 0..dom.len() {
        prefix[i + 1] = prefix[i] + f64::from(at[i]);
    }
    let mut best = (0usize, f64::MIN);
    for i in (0..dom.len()).rev() {
        if dom.nodes[i].element().is_none() && i != 0 {
            continue;
        }
        let s = prefix[dom.nodes[i].end] - prefix[i];
        if s > best.1 + 1e-9 {
            best = (i, s);
        }
    }
    let (root, _) = best;
    let (lo, hi) = (root, dom.nodes[root].end);
    let norm_title = title.map(crate::dom::squash);
    let teaser = teaser_lists(dom, &blocks, root);
    let mut kept: Vec<(Block<'a>, String, f32)> = blocks
        .into_iter()
        .zip(texts)
        .zip(gains)
        .enumerate()
        .filter(|(k, ((b, t), _))| {
            b.container >= lo
                && b.container < hi
                && !teaser[*k]
                && keep(b, rules, t)
                && !(matches!(b.kind, BlockKind::Heading(_))
                    && norm_title.as_deref().is_some_and(|n| same_title(n, t)))
        })
        .map(|(_, ((b, t), g))| (b, t, g))
        .collect();
    // Furniture sits at the edges: drop short negative blocks there, and trailing headings.
    while kept.first().is_some_and(|(_, _, g)| *g < 0.0) {
        kept.remove(0);
    }
    while kept
        .last()
        .is_some_and(|(b, _, g)| *g < 0.0 || matches!(b.kind, BlockKind::Heading(_)))
    {
        kept.pop();
    }
    kept.into_iter().map(|(b, t, _)| (b, t)).collect()
}

/// Blocks inside lists of teasers under `root`: an element holding at least three blocks,
/// a third of its text in links, and no block longer than a teaser, while holding less
/// than half of the root's text.
fn teaser_lists(dom: &Dom<'_>, blocks: &[Block<'_>], root: usize) -> Vec<bool> {
    const TEASER_MAX: usize = 220;
    let first: Vec<usize> = blocks
        .iter()
        .map(|b| b.pieces.first().map_or(b.container, |p| p.node))
        .collect();
    let mut pre_chars = vec![0usize; blocks.len() + 1];
    let mut pre_links = vec![0usize; blocks.len() + 1];
    for (k, b) in blocks.iter().enumerate() {
        pre_chars[k + 1] = pre_chars[k] + b.chars;
        pre_links[k + 1] = pre_links[k] + b.link_chars;
    }
    let range = |lo: usize, hi: usize| {
        (
            first.partition_point(|&f| f < lo),
            first.partition_point(|&f| f < hi),
        )
    };
    let (r0, r1) = range(root, dom.nodes[root].end);
    let root_chars = pre_chars[r1] - pre_chars[r0];
    let mut out = vec![false; blocks.len()];
    let mut i = root + 1;
    while i < dom.nodes[root].end {
        let n = &dom.nodes[i];
        if n.element().is_none() {
            i += 1;
            continue;
        }
        let (a, b) = range(i, n.end);
        let chars = pre_chars[b] - pre_chars[a];
        let links = pre_links[b] - pre_links[a];
        if b - a >= 3
            && chars * 2 < root_chars
            && links * 3 > chars
            && blocks[a..b]
                .iter()
                .all(|x| x.chars - x.link_chars <= TEASER_MAX)
        {
            out[a..b].iter_mut().for_each(|o| *o = true);
            i = n.end;
            continue;
        }
        i += 1;
    }
    out
}

fn same_title(title: &str, text: &str) -> bool {
    let a: String = title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let b: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    !b.is_empty() && (a == b || (b.len() > 20 && a.contains(&b)))
}

/// The first `n` bytes of `s`, cut back to a char boundary.
fn prefix_of(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
