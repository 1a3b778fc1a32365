//! Own fixture pages (`fixtures/extract/`): boilerplate removal, metadata sources,
//! encodings, paragraphs and the offset map.

use model::{DateSource, Span};
use newsclaims_extract::{ExtractError, HtmlExtractor, PageHints};
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/extract")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn extract(name: &str, url: Option<&str>) -> model::Document {
    let hints = PageHints {
        url: url.map(str::to_string),
        ..PageHints::new(name)
    };
    HtmlExtractor::new()
        .extract(&fixture(name), &hints)
        .unwrap()
}

#[test]
fn boilerplate_is_removed_and_paragraphs_kept() {
    let doc = extract("boilerplate.html", None);
    let paras: Vec<&str> = doc.paragraphs.iter().map(|s| doc.slice(*s)).collect();
    assert!(
        paras[0].starts_with("The town’s new flood barrier held overnight"),
        "{paras:#?}"
    );
    assert!(
        paras.contains(&"Years of planning"),
        "headings are paragraphs"
    );
    assert!(
        paras.contains(&"Schools will reopen on Monday."),
        "list items are paragraphs"
    );
    assert!(
        paras
            .iter()
            .any(|p| p.contains("two public inquiries.\nIt was tested")),
        "<br> is a line break"
    );
    assert!(
        paras.iter().any(|p| p.contains("& two public inquiries")),
        "entities decoded"
    );
    assert!(paras.last().unwrap().starts_with("“We are relieved"));
    for furniture in [
        "Share on",
        "Sign up",
        "Related",
        "River levels",
        "Great news",
        "All rights",
        "Photo: Courier",
        "News Sport",
        "By Maria",
    ] {
        assert!(
            !doc.text.contains(furniture),
            "{furniture:?} leaked into {:?}",
            doc.text
        );
    }
    assert!(
        !doc.text.contains("Flood barrier holds as river peaks"),
        "the headline is metadata, not body"
    );
    // Paragraph spans are sorted, disjoint, trimmed, and separated by blank lines.
    for w in doc.paragraphs.windows(2) {
        assert!(w[0].end + 2 <= w[1].start);
        assert_eq!(&doc.text[w[0].end..w[1].start], "\n\n");
    }
}

#[test]
fn metadata_from_json_ld_and_meta_tags() {
    let doc = extract("boilerplate.html", None);
    assert_eq!(
        doc.title.as_deref(),
        Some("Flood barrier holds as river peaks")
    );
    assert_eq!(doc.authors, ["Maria Lindqvist"], "never 'Staff'");
    assert_eq!(doc.publisher.as_deref(), Some("Riverside Courier"));
    let p = doc.published.unwrap();
    assert_eq!(
        (p.date.to_string(), p.source),
        ("2024-02-10".to_string(), DateSource::JsonLd)
    );
    assert_eq!(p.datetime.unwrap().to_string(), "2024-02-10 07:30:00");
    assert_eq!(doc.modified.unwrap().to_string(), "2024-02-11");
    assert_eq!(doc.language.as_deref(), Some("en-GB"));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://courier.example/news/2024/02/10/flood-barrier-holds")
    );
}

#[test]
fn hint_url_wins_and_canonical_is_kept() {
    let ex = HtmlExtractor::new();
    let hints = PageHints {
        url: Some("https://m.courier.example/x".into()),
        ..PageHints::new("b")
    };
    let page = ex
        .extract_page(&fixture("boilerplate.html"), &hints)
        .unwrap();
    assert_eq!(
        page.document.url.as_deref(),
        Some("https://m.courier.example/x")
    );
    assert_eq!(
        page.canonical_url.as_deref(),
        Some("https://courier.example/news/2024/02/10/flood-barrier-holds")
    );
}

#[test]
fn byline_authors_url_date_and_title_suffix() {
    let doc = extract(
        "url-date.html",
        Some("https://metro.example/2021/03/16/bus-lanes"),
    );
    assert_eq!(doc.authors, ["Priya Natarajan", "Ole Berg"]);
    assert_eq!(doc.title.as_deref(), Some("Council votes on bus lanes"));
    let p = doc.published.unwrap();
    assert_eq!(
        (p.date.to_string(), p.source),
        ("2021-03-16".to_string(), DateSource::Url)
    );
    assert!(!doc.text.contains("Priya"));
}

#[test]
fn time_element_date() {
    let doc = extract("time-element.html", None);
    let p = doc.published.unwrap();
    assert_eq!(
        (p.date.to_string(), p.source),
        ("2022-08-19".to_string(), DateSource::TimeElement)
    );
}

#[test]
fn windows_1252_from_meta_charset_with_offsets() {
    let raw = fixture("windows-1252.html");
    let doc = extract("windows-1252.html", None);
    assert!(doc.text.contains("the café on Main Street"), "{}", doc.text);
    assert!(doc.text.contains("“after a long wait”"));
    assert!(doc.text.contains("€500"));
    assert_eq!(doc.authors, ["José Martínez"]);
    // Offsets point at raw (single-byte) bytes.
    let at = doc.text.find("Main Street").unwrap();
    let raw_span = doc
        .offset_map
        .as_ref()
        .unwrap()
        .to_raw(Span::new(at, at + "Main Street".len()))
        .unwrap();
    assert_eq!(&raw[raw_span.start..raw_span.end], b"Main Street");
    // The HTTP header charset wins over the meta tag.
    let ex = HtmlExtractor::new();
    let hints = PageHints {
        content_type: Some("text/html; charset=utf-8".into()),
        ..PageHints::new("w")
    };
    let doc = ex.extract(&raw, &hints).unwrap();
    assert!(
        doc.text.contains('\u{fffd}'),
        "bad UTF-8 bytes become U+FFFD, no panic"
    );
}

#[test]
fn offset_map_points_every_word_at_its_html_bytes() {
    let raw = fixture("boilerplate.html");
    let doc = extract("boilerplate.html", None);
    let map = doc.offset_map.as_ref().unwrap();
    let html = std::str::from_utf8(&raw).unwrap();
    let mut checked = 0;
    for (i, w) in doc.text.split_whitespace().enumerate() {
        let start = w.as_ptr() as usize - doc.text.as_ptr() as usize;
        let span = map.to_raw(Span::new(start, start + w.len())).unwrap();
        let src = &html[span.start..span.end];
        if w.contains('&') {
            assert_eq!(src, "&amp;", "word {i}");
        } else {
            assert_eq!(src, w, "word {i}");
        }
        checked += 1;
    }
    assert!(checked > 60);
    // A span across a paragraph break maps to a raw range covering the markup between.
    let p = doc.paragraphs[0];
    let next = doc.paragraphs[1];
    let both = map.to_raw(Span::new(p.start, next.end)).unwrap();
    assert!(html[both.start..both.end].contains("</p>"));
}

#[test]
fn script_and_style_bodies_give_no_text_and_offsets_stay_in_the_source() {
    // The bodies are cut before parsing; the offset map must still point into the
    // original HTML, at the article's words and never into a script that repeats them.
    let raw = fixture("scripts-and-styles.html");
    let doc = extract("scripts-and-styles.html", None);
    let html = std::str::from_utf8(&raw).unwrap();
    assert!(doc
        .text
        .starts_with("The harbour bridge reopened on Monday after six weeks"));
    for junk in ["not text", "console", "display", "ad\n", "font-family"] {
        assert!(!doc.text.contains(junk), "{junk:?} in {:?}", doc.text);
    }
    assert_eq!(doc.text.matches("reopened on Monday").count(), 1);
    let map = doc.offset_map.as_ref().unwrap();
    let article_at = html.find("<article>").unwrap();
    for (i, w) in doc.text.split_whitespace().enumerate() {
        let start = w.as_ptr() as usize - doc.text.as_ptr() as usize;
        let span = map.to_raw(Span::new(start, start + w.len())).unwrap();
        assert_eq!(&html[span.start..span.end], w, "word {i}");
        assert!(
            span.start > article_at,
            "word {i} {w:?} maps before the article"
        );
    }
    // The JSON-LD body is kept for the metadata.
    assert_eq!(
        doc.published.map(|p| p.date.to_string()).as_deref(),
        Some("2024-05-06")
    );
}

#[test]
fn empty_and_textless_pages_are_errors() {
    let ex = HtmlExtractor::new();
    assert!(matches!(
        ex.extract(b"", &PageHints::new("e")),
        Err(ExtractError::Empty { .. })
    ));
    let nav = b"<html><body><nav><a href='/'>Home</a></nav></body></html>";
    assert!(matches!(
        ex.extract(nav, &PageHints::new("n")),
        Err(ExtractError::NoText { .. })
    ));
}

#[test]
fn warc_fixture_pages_extract() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/extract/warc/pages.warc.gz");
    let bytes = std::fs::read(path).unwrap();
    // Three HTML responses, each a gzip member; find them by their HTML start.
    let mut d = flate2::read::MultiGzDecoder::new(&bytes[..]);
    let mut all = Vec::new();
    std::io::Read::read_to_end(&mut d, &mut all).unwrap();
    let text = String::from_utf8_lossy(&all);
    assert_eq!(
        text.matches("WARC-Type: response").count(),
        4,
        "3 pages and a PNG"
    );
}
