//! A flat, pre-ordered view of the parsed DOM: each node knows where its subtree ends, so "all descendants" is a range and bottom-up sums are one reverse pass.

use scraper::node::Element;
use scraper::{Html, Node};

/// What a node is, with the tag name lower-cased by the parser.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind<'a> {
    Element(&'a Element),
    Text(&'a str),
    /// Document root (index 0).
    Root,
}

/// One node of the arena.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DomNode<'a> {
    pub kind: Kind<'a>,
    /// One past the last descendant: descendants are `index + 1 .. end`.
    pub end: usize,
}

impl<'a> DomNode<'a> {
    pub fn tag(&self) -> &'a str {
        match self.kind {
            Kind::Element(e) => e.name(),
            _ => "",
        }
    }
    pub fn element(&self) -> Option<&'a Element> {
        match self.kind {
            Kind::Element(e) => Some(e),
            _ => None,
        }
    }
    pub fn text(&self) -> Option<&'a str> {
        match self.kind {
            Kind::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// The attributes the extractor reads on most elements, found in one pass over the
/// element's attributes (`Element::attr` builds an atom and searches per call).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Names<'a> {
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    pub role: Option<&'a str>,
    pub rel: Option<&'a str>,
    pub href: Option<&'a str>,
    pub style: Option<&'a str>,
    /// `hidden`, or `aria-hidden="true"`.
    pub hidden: bool,
}

impl<'a> Names<'a> {
    fn of(el: &'a Element) -> Names<'a> {
        use html5ever::local_name as ln;
        let mut n = Names::default();
        if el.attrs.is_empty() {
            return n;
        }
        // Interned names compare as integers.
        for (k, v) in el.attrs.iter() {
            let v: &'a str = v;
            let slot = match k.local {
                ln!("class") => &mut n.class,
                ln!("id") => &mut n.id,
                ln!("itemprop") => &mut n.itemprop,
                ln!("role") => &mut n.role,
                ln!("rel") => &mut n.rel,
                ln!("href") => &mut n.href,
                ln!("style") => &mut n.style,
                ln!("hidden") => {
                    n.hidden = true;
                    continue;
                }
                ln!("aria-hidden") => {
                    n.hidden |= v == "true";
                    continue;
                }
                _ => continue,
            };
            *slot = Some(v);
        }
        n
    }
}

/// The arena over one parsed document.
pub(crate) struct Dom<'a> {
    pub nodes: Vec<DomNode<'a>>,
    /// [`Names`] of each node (empty for text nodes), parallel to `nodes`.
    pub names: Vec<Names<'a>>,
}

impl<'a> Dom<'a> {
    /// Flatten `html` (comments, doctypes and processing instructions left out).
    pub fn new(html: &'a Html) -> Dom<'a> {
        let mut nodes: Vec<DomNode<'a>> = Vec::with_capacity(1024);
        nodes.push(DomNode {
            kind: Kind::Root,
            end: 1,
        });
        // Explicit stack of (ego node, arena index of its parent); children pushed reversed.
        let root = html.tree.root();
        let mut stack: Vec<(ego_tree::NodeRef<'a, Node>, usize)> = Vec::new();
        let mut open: Vec<usize> = vec![0];
        for c in root.children().rev() {
            stack.push((c, 0));
        }
        while let Some((n, parent)) = stack.pop() {
            // Close subtrees we have left.
            while *open.last().unwrap_or(&0) != parent {
                if let Some(i) = open.pop() {
                    nodes[i].end = nodes.len();
                } else {
                    break;
                }
            }
            let kind = match n.value() {
                Node::Element(e) => Kind::Element(e),
                Node::Text(t) => Kind::Text(t),
                _ => continue,
            };
            let idx = nodes.len();
            nodes.push(DomNode { kind, end: idx + 1 });
            if matches!(kind, Kind::Element(_)) && n.has_children() {
                open.push(idx);
                for c in n.children().rev() {
                    stack.push((c, idx));
                }
            }
        }
        let len = nodes.len();
        for i in open {
            nodes[i].end = len;
        }
        let names = nodes
            .iter()
            .map(|n| match n.kind {
                Kind::Element(e) => Names::of(e),
                _ => Names::default(),
            })
            .collect();
        Dom { nodes, names }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// First element with this tag, in document order.
    pub fn find_tag(&self, tag: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.tag() == tag)
    }

    /// All text under `i`, concatenated raw.
    pub fn raw_text(&self, i: usize) -> String {
        let mut s = String::new();
        for n in &self.nodes[i..self.nodes[i].end] {
            if let Some(t) = n.text() {
                s.push_str(t);
            }
        }
        s
    }
}

/// Collapse runs of white space to one space and trim.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preorder_with_subtree_ends() {
        let html = Html::parse_document(
            "<html><body><div><p>a<b>b</b></p><p>c</p></div><p>d</p></body></html>",
        );
        let dom = Dom::new(&html);
        let div = dom.find_tag("div").unwrap();
        assert_eq!(dom.raw_text(div), "abc");
        let body = dom.find_tag("body").unwrap();
        assert_eq!(dom.raw_text(body), "abcd");
        let b = dom.find_tag("b").unwrap();
        assert_eq!(dom.raw_text(b), "b");
    }
}
