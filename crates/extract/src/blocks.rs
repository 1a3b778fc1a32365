//! The page as a list of text blocks: maximal runs of inline text between block-level
//! element boundaries, each with its container element, link text and kind. Dropped
//! subtrees (scripts, navigation, hidden and boilerplate-named elements) give no blocks.

use crate::dom::{Dom, Kind};
use crate::rules::{Rules, Verdict};

/// A piece of one text node that belongs to a block.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece<'a> {
    /// Arena index of the text node.
    pub node: usize,
    pub text: &'a str,
    /// A `<br>` came right before this piece.
    pub line_break: bool,
}

/// What a block is, for the output and the scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Preformatted,
    Cell,
}

#[derive(Debug, Clone)]
pub(crate) struct Block<'a> {
    /// Nearest block-level element holding the text.
    pub container: usize,
    pub kind: BlockKind,
    pub pieces: Vec<Piece<'a>>,
    /// Characters of text (white space folded), and of text inside links.
    pub chars: usize,
    pub link_chars: usize,
    /// Inside an element whose class/id names the article body.
    pub in_content: bool,
}

impl Block<'_> {
    pub fn text(&self) -> String {
        let mut s = String::new();
        for p in &self.pieces {
            s.push_str(p.text);
            s.push(' ');
        }
        crate::dom::squash(&s)
    }
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Block-level tags: each starts and ends a block.
pub(crate) fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "caption"
            | "legend"
            | "noscript"
            | "option"
            | "iframe"
    )
}

fn kind_of(dom: &Dom, container: usize) -> BlockKind {
    let tag = dom.nodes[container].tag();
    match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading(tag.as_bytes()[1] - b'0'),
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "td" | "th" => BlockKind::Cell,
        _ => BlockKind::Paragraph,
    }
}

/// Per-node facts the block walk needs.
pub(crate) struct Walk<'a> {
    pub blocks: Vec<Block<'a>>,
}

/// How many characters `s` has once white space is folded (approximate: runs count once).
fn folded_chars(s: &str) -> usize {
    let mut n = 0;
    let mut in_space = true;
    for &b in s.as_bytes() {
        // Count characters, not bytes: skip UTF-8 continuation bytes. Only ASCII white
        // space folds here; others count as characters (close enough for weights).
        if b & 0xC0 == 0x80 {
            continue;
        }
        if b.is_ascii_whitespace() {
            if !in_space {
                n += 1;
            }
            in_space = true;
        } else {
            n += 1;
            in_space = false;
        }
    }
    n
}

/// Prefix sums by position of text characters inside `<p>` elements, and of text
/// characters outside links: "how much of the article is under here".
/// Also the folded character count of each text node outside scripts, styles and
/// `<head>` (0 there: the walk drops those subtrees), computed once for both uses.
fn mass_prefixes(dom: &Dom) -> (Vec<usize>, Vec<usize>, Vec<u32>) {
    let mut folded = vec![0u32; dom.len()];
    let mut p_prefix = vec![0usize; dom.len() + 1];
    let mut t_prefix = vec![0usize; dom.len() + 1];
    let (mut p_until, mut a_until, mut skip_until) = (0usize, 0usize, 0usize);
    for (i, n) in dom.nodes.iter().enumerate() {
        match n.tag() {
            "p" if i >= p_until => p_until = n.end,
            "a" if i >= a_until => a_until = n.end,
            "script" | "style" | "noscript" | "template" | "head" if i >= skip_until => {
                skip_until = n.end
            }
            _ => {}
        }
        let chars = match n.kind {
            Kind::Text(t) if i >= skip_until => folded_chars(t),
            _ => 0,
        };
        folded[i] = chars as u32;
        p_prefix[i + 1] = p_prefix[i] + if i < p_until { chars } else { 0 };
        t_prefix[i + 1] = t_prefix[i] + if i < a_until { 0 } else { chars };
    }
    (p_prefix, t_prefix, folded)
}

/// Structural tags dropped like boilerplate names: unless they hold most of the text.
fn is_soft_drop_tag(tag: &str) -> bool {
    matches!(
        tag,
        "header" | "footer" | "nav" | "aside" | "form" | "figure" | "figcaption" | "menu"
    )
}

/// Split the document under `root` into blocks. `lenient` ignores boilerplate class
/// names (a second pass for pages whose article sits in, say, a `gallery` element).
pub(crate) fn walk<'a>(dom: &Dom<'a>, rules: &Rules, root: usize, lenient: bool) -> Walk<'a> {
    let (p_prefix, t_prefix, folded) = mass_prefixes(dom);
    let total_p = p_prefix[dom.len()];
    let total_t = t_prefix[dom.len()];
    // Does the subtree of `i` hold most of the page's article-like text?
    let holds_most = |i: usize, end: usize| {
        if total_p >= 500 {
            (p_prefix[end] - p_prefix[i]) * 2 > total_p
        } else {
            (t_prefix[end] - t_prefix[i]) * 2 > total_t
        }
    };
    let mut blocks: Vec<Block<'a>> = Vec::new();
    let mut cur: Option<Block<'a>> = None;
    // Open elements: (index, end, is_block, is_link, is_content).
    let mut open: Vec<(usize, usize, bool, bool, bool)> = Vec::new();
    let mut pending_br = false;
    let mut i = root;
    let end = dom.nodes[root].end;
    let flush = |cur: &mut Option<Block<'a>>, blocks: &mut Vec<Block<'a>>| {
        if let Some(b) = cur.take() {
            if b.chars > 0 {
                blocks.push(b);
            }
        }
    };
    while i < end {
        while let Some(&(_, e, is_block, _, _)) = open.last() {
            if e > i {
                break;
            }
            open.pop();
            if is_block {
                flush(&mut cur, &mut blocks);
                pending_br = false;
            }
        }
        let n = &dom.nodes[i];
        match n.kind {
            Kind::Element(el) => {
                let tag = el.name();
                if tag == "br" {
                    pending_br = true;
                    i += 1;
                    continue;
                }
                if i != root && rules.is_drop_tag(tag) && !is_soft_drop_tag(tag) {
                    i = n.end;
                    continue;
                }
                let names = &dom.names[i];
                let verdict = rules.verdict(names);
                let soft = is_soft_drop_tag(tag)
                    || rules.is_hidden(names)
                    || verdict == Verdict::Boilerplate
                        && !lenient
                        && !matches!(tag, "body" | "html" | "main" | "article");
                if i != root && soft && !holds_most(i, n.end) {
                    i = n.end;
                    continue;
                }
                let is_block = is_block_tag(tag);
                if is_block {
                    flush(&mut cur, &mut blocks);
                    pending_br = false;
                }
                let in_content = verdict == Verdict::Content || open.last().is_some_and(|o| o.4);
                open.push((i, n.end, is_block, tag == "a", in_content));
            }
            Kind::Text(t) => {
                if !t.trim().is_empty() || cur.is_some() {
                    let chars = folded[i] as usize;
                    let in_link = open.iter().rev().any(|o| o.3);
                    let in_content = open.last().is_some_and(|o| o.4);
                    let b = cur.get_or_insert_with(|| {
                        let container = open.iter().rev().find(|o| o.2).map_or(root, |o| o.0);
                        Block {
                            container,
                            kind: kind_of(dom, container),
                            pieces: Vec::new(),
                            chars: 0,
                            link_chars: 0,
                            in_content,
                        }
                    });
                    b.pieces.push(Piece {
                        node: i,
                        text: t,
                        line_break: pending_br,
                    });
                    pending_br = false;
                    b.chars += chars;
                    if in_link {
                        b.link_chars += chars;
                    }
                }
            }
            Kind::Root => {}
        }
        i += 1;
    }
    flush(&mut cur, &mut blocks);
    // Blocks of white space only were kept while open; drop them.
    blocks.retain(|b| b.pieces.iter().any(|p| !p.text.trim().is_empty()));
    Walk { blocks }
}
