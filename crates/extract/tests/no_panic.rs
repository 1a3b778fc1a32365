//! No input panics, and the document invariants hold on arbitrary input.

use model::Span;
use newsclaims_extract::{HtmlExtractor, PageHints};
use proptest::prelude::*;

fn check(bytes: &[u8]) {
    let ex = HtmlExtractor::new();
    let hints = PageHints {
        content_type: Some("text/html".into()),
        ..PageHints::new("p")
    };
    if let Ok(doc) = ex.extract(bytes, &hints) {
        let mut last = 0;
        for p in &doc.paragraphs {
            assert!(p.start >= last && p.end <= doc.text.len() && p.start < p.end);
            assert!(doc.text.is_char_boundary(p.start) && doc.text.is_char_boundary(p.end));
            last = p.end;
        }
        let map = doc.offset_map.as_ref().unwrap();
        let raw = map.to_raw(Span::new(0, doc.text.len())).unwrap();
        assert!(raw.end <= bytes.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn html_like_soup(parts in proptest::collection::vec(prop_oneof![
        Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()), Just("<br>".to_string()), Just("&amp;".to_string()), Just("&#x2019;".to_string()),
        Just("<a href=x>".to_string()), Just("</a>".to_string()), Just("<!-- c -->".to_string()),
        Just("<script>var a = '<p>';</script>".to_string()), Just("€ “quoted” 😀 e\u{301}".to_string()),
        "[a-zA-Z ,.]{0,40}".prop_map(|s| s),
        Just("<meta charset=\"shift_jis\">".to_string()), Just("\r\n".to_string()),
    ], 0..60)) {
        let html = parts.concat();
        check(html.as_bytes());
        let mut latin = html.into_bytes();
        latin.extend_from_slice(b"<p>caf\xe9 \x93x\x94 long enough sentence, with commas, and a full stop.</p>");
        check(&latin);
    }
}
