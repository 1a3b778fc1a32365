//! Title rules, one own fixture page each (`fixtures/extract/title-*.html`).

use newsclaims_extract::{HtmlExtractor, PageHints};
use std::path::PathBuf;

fn title(name: &str) -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/extract")
        .join(name);
    let html = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    HtmlExtractor::new()
        .extract(&html, &PageHints::new(name))
        .unwrap()
        .title
}

/// A hidden `<h1>` (an inactive tab, `display: none`) is not the headline readers see.
#[test]
fn hidden_h1_is_not_the_headline() {
    assert_eq!(
        title("title-hidden-h1.html").as_deref(),
        Some("Every ferry route on the northern coast")
    );
}

/// A short display headline over a subheading that the page declares as its title: the
/// `<h1>` is the headline readers see.
#[test]
fn short_h1_over_the_declared_title_as_subheading() {
    assert_eq!(
        title("title-display-headline.html").as_deref(),
        Some("Cold comfort")
    );
}

fn page(head: &str, body: &str) -> Option<String> {
    let html = format!(
        "<html><head>{head}</head><body>{body}<p>Divers who went under the ice of the \
         mountain lake in February found green mats of moss on the stones of the shallow \
         bay, weeks after the surface had frozen solid, the research team said.</p></body></html>"
    );
    HtmlExtractor::new()
        .extract(html.as_bytes(), &PageHints::new("t"))
        .unwrap()
        .title
}

/// The declared title may be the start of a longer subheading; a section label over the
/// headline (a link, the page's `article:section`, or in another container) is not the
/// headline.
#[test]
fn display_headline_and_section_labels() {
    let og =
        r#"<meta property="og:title" content="A hardy moss survives a winter under the lake ice">"#;
    let dek = "<h2>A hardy moss survives a winter under the lake ice, and botanists want to know how</h2>";
    assert_eq!(
        page(og, &format!("<div><h1>Cold comfort</h1>{dek}</div>")).as_deref(),
        Some("Cold comfort")
    );
    let want = Some("A hardy moss survives a winter under the lake ice");
    let head = "<h2>A hardy moss survives a winter under the lake ice</h2>";
    assert_eq!(
        page(
            og,
            &format!("<div><h1><a href=\"/nature\">Nature Notes</a></h1>{head}</div>")
        )
        .as_deref(),
        want,
        "a linked label"
    );
    let section = format!(r#"{og}<meta property="article:section" content="Nature Notes">"#);
    assert_eq!(
        page(&section, &format!("<div><h1>Nature Notes</h1>{head}</div>")).as_deref(),
        want,
        "the page's section"
    );
    assert_eq!(
        page(
            og,
            &format!("<div><h1>Nature Notes</h1></div><div>{head}</div>")
        )
        .as_deref(),
        want,
        "a label in its own container"
    );
}

/// An `<h1>` that links to the home page is the site's logo, even when it has four words.
#[test]
fn logo_h1_is_not_the_headline() {
    let og = r#"<meta property="og:title" content="Port authority approves night shipping on the canal">"#;
    for href in ["/", "https://ledger.example/", "//ledger.example/?ref=logo"] {
        assert_eq!(
            page(
                og,
                &format!("<h1><a href=\"{href}\">The Valley Ledger Daily</a></h1><h2>Port authority approves night shipping on the canal</h2>")
            )
            .as_deref(),
            Some("Port authority approves night shipping on the canal"),
            "{href}"
        );
    }
    // A link to another page inside the headline does not make it a logo.
    assert_eq!(
        page(
            og,
            "<h1><a href=\"/news/canal-night-shipping\">Canal opens to barges at night</a></h1>"
        )
        .as_deref(),
        Some("Canal opens to barges at night")
    );
}
