//! HTML → [`Document`]: the article's main text without boilerplate, its paragraphs,
//! its metadata, and a map from every text byte back to the HTML bytes it came from.
//!
//! # Core types
//! - [`HtmlExtractor`]: built once (rules compiled from `data/*.txt`), `Send + Sync`,
//!   then [`HtmlExtractor::extract`] per page.
//! - [`PageHints`]: what the caller knows about the page (id, URL, HTTP `Content-Type`,
//!   [`Origin`]).
//! - [`ExtractError`]: empty input, or a page with no text.
//!
//! # How it works
//! 1. **Decoding** ([`decode`](crate::decode)): BOM, then the HTTP header charset, then
//!    `<meta charset>`; undeclared non-UTF-8 bytes are read as windows-1252 (encoding_rs).
//! 2. **Parsing** with `scraper` (html5ever, the HTML spec's tree builder), after
//!    [`prune`](crate::prune) cuts what no rule reads (script and style bodies, attributes
//!    such as `data-*` or `srcset`: most of a news page's bytes, no text), flattened into a
//!    pre-ordered arena.
//! 3. **Blocks**: runs of inline text between block-level boundaries; scripts, navigation,
//!    headers and footers, forms, figures and captions, hidden elements, and elements whose
//!    class/id words name boilerplate (`related`, `share`, `newsletter`, `comments`, …;
//!    `data/boilerplate-class.txt`) give none.
//! 4. **Main content**: each block gets a gain (text length for long or punctuated,
//!    link-poor blocks; negative for link lists, short fragments and furniture phrases),
//!    and the element with the largest subtree sum is the article (a maximum-sum subtree).
//!    Its blocks are kept, minus link-heavy ones, furniture phrases and the headline.
//! 5. **Text**: one paragraph per block (`\n\n` between), folded white space, `<br>` as
//!    `\n`; headings and list items are paragraphs too.
//! 6. **Metadata** ([`meta`](crate::meta)): JSON-LD article objects, `<meta>` tags,
//!    `<time>`, bylines, the URL and `<title>`/`<h1>`; the publication date keeps its
//!    [`DateSource`](model::DateSource).
//!
//! # Why our own scorer, with numbers
//! Measured with the AEB metric ported exactly (it reproduces the published
//! trafilatura 0.958 and rs-trafilatura 0.970 from their stored outputs):
//!
//! | extractor | AEB F1 | NAEB F1 | fundus F1 |
//! | --- | --- | --- | --- |
//! | this crate (max-sum subtree on `scraper`) | **0.970** | **0.923** | **0.947** |
//! | `dom_smoothie` 0.19, published default-mode output | 0.865 | – | – |
//! | `dom_smoothie` 0.19, formatted text mode (reported in the issue) | 0.951 | – | – |
//! | trafilatura / rs-trafilatura (published outputs) | 0.958 / 0.970 | – | – |
//!
//! Our scorer is also cheaper than a readability port: one pass for blocks, one prefix
//! sum for the subtree choice. Speed (release, one thread, AEB pages): html5ever parsing
//! plus freeing its tree is 73% of the instructions of HTML → Document (callgrind, 30
//! pages: 500 M in all, 364 M in the parser), i.e. our code adds 37% on top of the
//! parser; on the shared, loaded machine that is 44–54 MB/s of CPU time against 64–80
//! MB/s for parsing alone (`cargo run --release -p newsclaims-extract --example
//! throughput -- DIR`, `PARSE_ONLY=1` for the parser, `PHASES=1` per phase; and `cargo
//! bench -p newsclaims-extract`). See BENCHMARKS.md.
//! Command for the quality figures:
//! `cargo test -p newsclaims-extract --test shared_eval report -- --nocapture`
//! (or `newsclaims eval extraction` once wired in the CLI).
//!
//! # Offset map precision
//! html5ever keeps no source positions. Each emitted text node is found in the decoded
//! source by a forward search (candidates after `>`, character references decoded, `\r\n`
//! read as `\n`); words then map exactly (a verbatim run) or, when a reference was
//! decoded, as a whole to their raw range. Folded white space and paragraph breaks map to
//! the raw gap between the neighbouring words. For UTF-8 input offsets are exact; for
//! other encodings raw offsets are exact for single-byte encodings and otherwise rounded
//! down to a 64-byte decoding checkpoint. A node not found (DOM reordering by the tree
//! builder, more than 64 KiB past the previous one) maps to an empty range at the last
//! known position.
//!
//! # Example
//! ```
//! use newsclaims_extract::{HtmlExtractor, PageHints};
//! # fn main() {
//! let html = br##"<html lang="en"><head><title>Dam opens | The Example</title>
//! <meta property="og:site_name" content="The Example">
//! <meta property="article:published_time" content="2024-03-05T09:00:00+01:00"></head>
//! <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//! <article><h1>Dam opens</h1><p class="byline">By Ann Lee</p>
//! <p>The new dam opened on Tuesday, officials said, after ten years of work.</p>
//! <p>It will supply water to 40,000 homes in the valley, the ministry said.</p>
//! <div class="share-bar"><a href="#">Share on X</a></div></article></body></html>"##;
//! let ex = HtmlExtractor::new();
//! let doc = ex.extract(html, &PageHints::new("dam")).unwrap();
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert!(doc.text.starts_with("The new dam opened on Tuesday"));
//! assert_eq!(doc.title.as_deref(), Some("Dam opens"));
//! assert_eq!(doc.authors, ["Ann Lee"]);
//! assert_eq!(doc.published.unwrap().date.to_string(), "2024-03-05");
//! let raw = doc.offset_map.as_ref().unwrap().to_raw(doc.paragraphs[0]).unwrap();
//! assert!(std::str::from_utf8(&html[raw.start..raw.end]).unwrap().starts_with("The new dam"));
//! # }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod align;
mod assemble;
mod blocks;
mod content;
mod decode;
mod dom;
mod meta;
mod prune;
mod rules;

use model::{Document, InputFormat, Origin};
use thiserror::Error;

/// What the caller knows about a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageHints {
    /// Document id (file stem, WARC record id).
    pub id: String,
    /// The URL the page was fetched from.
    pub url: Option<String>,
    /// The HTTP `Content-Type` header (its `charset` is used for decoding).
    pub content_type: Option<String>,
    /// Where the page came from.
    pub origin: Origin,
}

impl PageHints {
    /// Hints with only an id; the origin's format is HTML.
    pub fn new(id: impl Into<String>) -> PageHints {
        PageHints {
            id: id.into(),
            origin: Origin {
                format: InputFormat::Html,
                ..Origin::default()
            },
            ..PageHints::default()
        }
    }
}

/// Why a page gave no document.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExtractError {
    /// The input has no bytes.
    #[error("page {id}: empty input")]
    Empty {
        /// Document id.
        id: String,
    },
    /// No article text was found (a page of links, a login wall, not HTML).
    #[error("page {id}: no article text found")]
    NoText {
        /// Document id.
        id: String,
    },
}

/// A document with what else the page told.
#[derive(Debug, Clone)]
pub struct Page {
    /// The document.
    pub document: Document,
    /// `<link rel=canonical>` (or `og:url`, JSON-LD `url`), when given.
    pub canonical_url: Option<String>,
    /// The character encoding used to decode the page.
    pub encoding: &'static str,
}

/// The HTML extractor: build once, share across threads.
#[derive(Debug)]
pub struct HtmlExtractor {
    rules: rules::Rules,
}

impl Default for HtmlExtractor {
    fn default() -> Self {
        HtmlExtractor::new()
    }
}

impl HtmlExtractor {
    /// Compile the rules.
    pub fn new() -> HtmlExtractor {
        HtmlExtractor {
            rules: rules::Rules::new(),
        }
    }

    /// Extract the article of one page. `doc.url` is the hint URL, else the canonical URL.
    pub fn extract(&self, html: &[u8], hints: &PageHints) -> Result<Document, ExtractError> {
        self.extract_page(html, hints).map(|p| p.document)
    }

    /// Like [`HtmlExtractor::extract`], also returning the canonical URL and encoding.
    pub fn extract_page(&self, html: &[u8], hints: &PageHints) -> Result<Page, ExtractError> {
        if html.is_empty() {
            return Err(ExtractError::Empty {
                id: hints.id.clone(),
            });
        }
        let decoded = decode::decode(html, hints.content_type.as_deref());
        let parsed = prune::parse(&decoded.text);
        let dom = dom::Dom::new(&parsed);
        let meta = meta::read(&dom, hints.url.as_deref());
        let root = dom.find_tag("body").unwrap_or(0);
        let run = |lenient: bool| {
            let walk = blocks::walk(&dom, &self.rules, root, lenient);
            let chosen = content::select(
                &dom,
                &self.rules,
                walk.blocks,
                meta.title.as_deref(),
                meta.ld_body.as_deref(),
            );
            assemble::assemble(&chosen, &decoded)
        };
        let mut out = run(false);
        if out.text.is_empty() {
            // Nothing left: the article may sit in an element named like boilerplate.
            out = run(true);
        }
        if out.text.is_empty() {
            return Err(ExtractError::NoText {
                id: hints.id.clone(),
            });
        }
        let meta::Meta {
            title,
            authors,
            publisher,
            published,
            modified,
            language,
            canonical,
            ..
        } = meta;
        let published = published.or_else(|| {
            let url = hints.url.as_deref().or(canonical.as_deref())?;
            meta::dates::from_url(url).map(|d| model::Published::date(d, model::DateSource::Url))
        });
        let document = Document {
            id: hints.id.clone(),
            url: hints.url.clone().or_else(|| canonical.clone()),
            title,
            authors,
            publisher,
            published,
            modified,
            language,
            text: out.text,
            paragraphs: out.paragraphs,
            origin: hints.origin.clone(),
            offset_map: Some(out.offset_map),
        };
        Ok(Page {
            document,
            canonical_url: canonical,
            encoding: decoded.encoding.name(),
        })
    }
}

/// Debugging aid (not part of the API): the element chain above the first text node
/// containing `phrase`, each with its class/id verdict and whether it is dropped.
#[doc(hidden)]
pub fn debug_trace(html: &[u8], phrase: &str) -> String {
    let rules = rules::Rules::new();
    let decoded = decode::decode(html, None);
    let parsed = prune::parse(&decoded.text);
    let dom = dom::Dom::new(&parsed);
    let Some(i) = dom
        .nodes
        .iter()
        .rposition(|n| n.text().is_some_and(|t| t.contains(phrase)))
    else {
        return "phrase not in any text node".into();
    };
    let mut out = String::new();
    for (k, n) in dom.nodes.iter().enumerate().take(i) {
        if k < i && n.end > i {
            if let Some(el) = n.element() {
                out.push_str(&format!(
                    "{} class={:?} id={:?} verdict={:?} drop_tag={} hidden={}\n",
                    el.name(),
                    el.attr("class"),
                    el.attr("id"),
                    rules.verdict(&dom.names[k]),
                    rules.is_drop_tag(el.name()),
                    rules.is_hidden(&dom.names[k])
                ));
            }
        }
    }
    out
}

/// Profiling aid (not part of the API): CPU seconds spent in each phase of one page
/// (decode, parse, flatten, metadata, blocks + selection + text, drop of the tree).
#[doc(hidden)]
pub fn debug_phase_times(ex: &HtmlExtractor, html: &[u8]) -> [f64; 6] {
    // CPU time of this thread (Linux `schedstat`), else wall time: the shared machine
    // is loaded, and wall time counts the waits.
    let started = std::time::Instant::now();
    let now = || {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .map_or_else(|| started.elapsed().as_secs_f64(), |ns| ns / 1e9)
    };
    let mut t = [0.0; 6];
    let mut clock = now();
    let mut lap = |k: usize, t: &mut [f64; 6]| {
        let c = now();
        t[k] += c - clock;
        clock = now();
    };
    let decoded = decode::decode(html, None);
    lap(0, &mut t);
    let parsed = prune::parse(&decoded.text);
    lap(1, &mut t);
    {
        let dom = dom::Dom::new(&parsed);
        lap(2, &mut t);
        let meta = meta::read(&dom, None);
        lap(3, &mut t);
        let root = dom.find_tag("body").unwrap_or(0);
        let walk = blocks::walk(&dom, &ex.rules, root, false);
        let chosen = content::select(
            &dom,
            &ex.rules,
            walk.blocks,
            meta.title.as_deref(),
            meta.ld_body.as_deref(),
        );
        let out = assemble::assemble(&chosen, &decoded);
        std::hint::black_box(out);
        lap(4, &mut t);
    }
    drop(parsed);
    lap(5, &mut t);
    t
}

/// Debugging aid (not part of the API): the date and title candidates of a page.
#[doc(hidden)]
pub fn debug_meta(html: &[u8], url: Option<&str>) -> String {
    let decoded = decode::decode(html, None);
    let parsed = prune::parse(&decoded.text);
    let dom = dom::Dom::new(&parsed);
    meta::debug(&dom, url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<HtmlExtractor>();
    }
}
