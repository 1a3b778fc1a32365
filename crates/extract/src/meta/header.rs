//! The article header: the short texts right after the headline `<h1>` (byline, date
//! line), where a page shows its readers the article's date. Dates shown there are the
//! publisher's local dates; site-wide widgets ("Sunday, December 24, 2023" in the top
//! bar) come before the headline and are not read.

use super::dates::{self, Parsed};
use crate::dom::{Dom, Kind};

/// Text nodes read after the headline, at most.
const MAX_NODES: usize = 80;
/// Characters of header text read, at most.
const MAX_CHARS: usize = 400;
/// A text node this long is body text: the header has ended.
const BODY_NODE: usize = 250;
/// Only text nodes up to this long are read (a date line or byline, not a standfirst).
const SHORT_NODE: usize = 140;

/// Elements whose text readers do not see, and captions (a photo's date is not the
/// article's).
fn silent(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "select"
            | "option"
            | "iframe"
            | "figure"
            | "figcaption"
    )
}

/// The dates a header shows: the first one not labelled as an update (readers see it
/// as the article's date, whether labelled "Published" or not) and the first update.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Shown {
    pub published: Option<Parsed>,
    pub updated: Option<Parsed>,
}

/// The trimmed, non-empty text nodes in `from..to` with their indices, in document
/// order, [`silent`] elements' subtrees skipped.
fn texts<'d, 'a>(
    dom: &'d Dom<'a>,
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, &'a str)> + 'd {
    let mut i = from;
    std::iter::from_fn(move || {
        while i < to {
            let n = &dom.nodes[i];
            let at = i;
            i += 1;
            match n.kind {
                Kind::Element(el) if silent(el.name()) => i = n.end,
                Kind::Text(t) if !t.trim().is_empty() => return Some((at, t.trim())),
                _ => {}
            }
        }
        None
    })
}

/// Short texts after element `h1` (its subtree excluded), joined with spaces.
pub(crate) fn text_after(dom: &Dom<'_>, h1: usize) -> String {
    let mut out = String::new();
    let from = dom.nodes.get(h1).map_or(dom.len(), |n| n.end);
    for (nodes, (_, t)) in texts(dom, from, dom.len()).enumerate() {
        // A long text before anything else is the standfirst under the headline: the
        // byline and date line may follow it. Later, it is the body.
        if nodes >= MAX_NODES || out.len() >= MAX_CHARS || (t.len() >= BODY_NODE && nodes > 0) {
            break;
        }
        if t.len() <= SHORT_NODE {
            out.push_str(t);
            out.push(' ');
        }
    }
    out
}

/// Text nodes read before the headline, at most (a date line above it).
const BEFORE_NODES: usize = 3;

/// The last few short texts before element `h1`, within its near neighbourhood: the
/// date line some pages put above the headline. Site-wide widgets are farther away.
pub(crate) fn text_before(dom: &Dom<'_>, h1: usize) -> String {
    let start = h1.saturating_sub(40);
    let mut kept: Vec<&str> = Vec::new();
    for (i, t) in texts(dom, start, h1.min(dom.len())) {
        // A text directly inside a silent element that began before `start`.
        let inside_silent = i > 0
            && dom.nodes[i - 1]
                .element()
                .is_some_and(|e| silent(e.name()) && dom.nodes[i - 1].end > i);
        if t.len() >= BODY_NODE {
            kept.clear();
        } else if !inside_silent {
            kept.push(t);
        }
    }
    let from = kept.len().saturating_sub(BEFORE_NODES);
    let mut out = String::new();
    for t in &kept[from..] {
        if t.len() <= SHORT_NODE {
            out.push_str(t);
            out.push(' ');
        }
    }
    out
}

/// Whether the label nearest before a date (the last label word in the text since the
/// previous date) names an update.
fn is_update(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let last = |words: &[&str]| words.iter().filter_map(|w| lower.rfind(w)).max();
    match (
        last(&["published", "posted", "created"]),
        last(&["updated", "modified", "revised"]),
    ) {
        (Some(p), Some(u)) => u > p,
        (None, u) => u.is_some(),
        (Some(_), None) => false,
    }
}

/// The dates in a header text, by their labels.
pub(crate) fn shown(text: &str) -> Shown {
    let mut s = Shown::default();
    let mut prev = 0;
    for (range, parsed) in dates::all_in_text(text) {
        let before = text.get(prev..range.start).unwrap_or("");
        prev = range.end;
        let slot = if is_update(before) {
            &mut s.updated
        } else {
            &mut s.published
        };
        slot.get_or_insert(parsed);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(p: Option<Parsed>) -> Option<String> {
        p.map(|p| p.0.to_string())
    }

    #[test]
    fn labels_pick_published_over_updated() {
        let s = shown("Updated Mar. 4, 2024 9:00AM ET / Published Mar. 3, 2024 6:10PM ET");
        assert_eq!(day(s.published).as_deref(), Some("2024-03-03"));
        assert_eq!(day(s.updated).as_deref(), Some("2024-03-04"));
        let s = shown("By Ann Lee 5 min read last updated 9 February 2024");
        assert_eq!(s.published, None);
        assert_eq!(day(s.updated).as_deref(), Some("2024-02-09"));
        let s = shown("By Ann Lee  February 9, 2024 at 5:04 p.m.");
        assert_eq!(day(s.published).as_deref(), Some("2024-02-09"));
        assert_eq!(shown("By Ann Lee, Staff"), Shown::default());
        // The date shown first is the article's date, even before a "first published".
        let s = shown("Sat 4 May 2024 10.02 BST First published on Fri 3 May 2024 21.40 BST");
        assert_eq!(day(s.published).as_deref(), Some("2024-05-04"));
        let s = shown("By Ann Lee | Edited by Bo Chan | Dec. 12, 2023 |");
        assert_eq!(day(s.published).as_deref(), Some("2023-12-12"));
        let s = shown("posted on 2023-12-19 23:30 EST by Ann Lee");
        assert_eq!(day(s.published).as_deref(), Some("2023-12-19"));
    }

    #[test]
    fn header_skips_the_headline_scripts_and_long_text() {
        let html = scraper::Html::parse_document(
            &("<p>Sunday, March 10, 2024</p><h1>Dam opens on 1 May 2020</h1>\
             <script>var d='April 2, 2024'</script><figure><figcaption>May 1, 2024</figcaption></figure><span>By Ann Lee</span><time>March 3, 2024</time>\
             <p>".to_string() + &"Long body text. ".repeat(20) + "</p><p>Jan 1, 2024</p>"),
        );
        let dom = Dom::new(&html);
        let h1 = dom.find_tag("h1").unwrap();
        let t = text_after(&dom, h1);
        assert_eq!(t, "By Ann Lee March 3, 2024 ");
        assert_eq!(day(shown(&t).published).as_deref(), Some("2024-03-03"));
        // The widget date far above is not read; a date line right above the h1 is.
        assert_eq!(text_before(&dom, h1), "Sunday, March 10, 2024 ");
        let html = scraper::Html::parse_document(
            "<p>Sunday, March 10, 2024</p><nav>a b c d e f g h i j k l</nav>\
             <div><a>Gear</a><time>Mar 9, 2024 9:00 AM</time></div><h1>Dam opens</h1>",
        );
        let dom = Dom::new(&html);
        let h1 = dom.find_tag("h1").unwrap();
        let s = shown(&text_before(&dom, h1));
        assert_eq!(day(s.published).as_deref(), Some("2024-03-09"));
    }
}
