//! Pages that are not UTF-8: the HTTP header's charset (as a WARC record gives it),
//! undeclared windows-1252, and bytes invalid in every reading. None panics.

use newsclaims_extract::{HtmlExtractor, PageHints};

const BODY: &[u8] = b"<html><body><article><p>\x93Caf\xe9\x94 prices rose to \x805 a cup on Monday, \
the owners said, blaming the cost of milk and of the new lease on the shop.</p></article></body></html>";

#[test]
fn charset_from_the_http_header() {
    let hints = PageHints {
        content_type: Some("text/html; charset=windows-1252".into()),
        ..PageHints::new("w")
    };
    let page = HtmlExtractor::new().extract_page(BODY, &hints).unwrap();
    assert_eq!(page.encoding, "windows-1252");
    assert!(page.document.text.starts_with("“Café” prices rose to €5"));
    // Offsets still point at the raw bytes: a word exactly, a word whose characters
    // changed width (`“Café”`, 11 bytes of UTF-8 from 6 raw bytes) as a whole.
    let t = &page.document.text;
    let map = page.document.offset_map.as_ref().unwrap();
    let raw_of = |w: &str| {
        let start = t.find(w).unwrap();
        let r = map
            .to_raw(model::Span::new(start, start + w.len()))
            .unwrap();
        &BODY[r.start..r.end]
    };
    assert_eq!(raw_of("prices"), b"prices");
    assert_eq!(raw_of("“Café”"), b"\x93Caf\xe9\x94");
}

#[test]
fn undeclared_non_utf8_is_read_as_windows_1252() {
    let page = HtmlExtractor::new()
        .extract_page(BODY, &PageHints::new("u"))
        .unwrap();
    assert_eq!(page.encoding, "windows-1252");
    assert!(page.document.text.contains("Café"));
}

#[test]
fn invalid_utf8_declared_as_utf8_becomes_replacement_characters() {
    let hints = PageHints {
        content_type: Some("text/html; charset=utf-8".into()),
        ..PageHints::new("x")
    };
    let doc = HtmlExtractor::new().extract(BODY, &hints).unwrap();
    assert!(doc.text.contains('\u{FFFD}'));
    assert!(doc.text.contains("prices rose"));
}
