//! Segmentation invariants on arbitrary input: no panic, `Segmentation::check` holds.

use model::{Document, Span};
use newsclaims_segment::Segmenter;
use proptest::prelude::*;

/// Strings biased toward the characters the rules look at.
fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "...",
        "…",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\u{2028}",
        "\u{a0}",
        "\"",
        "'",
        "''",
        "“",
        "”",
        "’",
        "(",
        ")",
        "[1]",
        "[",
        "]",
        "•",
        "1.",
        "2)",
        "a.",
        "b)",
        "U.S.",
        "Mr.",
        "a.m.",
        "p. m.",
        "Inc.",
        "€",
        "😀",
        "e\u{301}",
        "\u{301}",
        "Smith",
        "the",
        "The",
        "I",
        "He",
        "35,000",
        "3.5",
        "x@y.com",
        "http://a.b/c",
        "-",
        "—",
        ":",
        ";",
        ",",
        "5",
        "ﬁ",
        "２",
        "Ǆ",
        "\u{200d}",
        "\u{fe0f}",
        "\t",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

fn check(seg: &Segmenter, text: &str) {
    let doc = Document::from_text("p", text);
    let s = seg.segment(&doc);
    if let Err(e) = s.check(text) {
        panic!("invariant broken on {text:?}: {e}");
    }
    // Without given paragraphs too.
    let mut doc2 = doc.clone();
    doc2.paragraphs.clear();
    let s2 = seg.segment(&doc2);
    assert!(s2.check(text).is_ok());
    // split_sentences and tokenize alone: in bounds, trimmed, on boundaries.
    for sp in seg.split_sentences(text) {
        assert!(sp.is_valid_for(text) && !sp.is_empty());
        assert_eq!(sp.trim(text), sp);
    }
    let mut prev = 0;
    for t in seg.tokenize(text) {
        assert!(t.span.is_valid_for(text) && t.span.start >= prev && !t.span.is_empty());
        prev = t.span.end;
    }
    assert_eq!(
        seg.tokenize(text),
        seg.tokenize_reference(text).into_iter().collect::<Vec<_>>()
    );
}

/// Strings of token pieces: the merge rules (numbers, initialisms, apostrophes,
/// hyphens) of the one-pass fast path against the `tokenizers` path.
fn token_soup() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "a", "ab", "abc", "U", "S", "Zé", "é", "ж", "жж", "ά", "1", "12", "123", "1234", ".", ",",
        ":", "'", "’", "-", "—", "–", "…", "“", "”", "‘", "«", "»", "€", "£", "°", "$", "%", "(",
        ")", "!", "?", "/", "@", "_", " ", "\u{a0}", "\u{2009}", "ﬁ", "٣", "東", "😀", "\u{301}",
        "‐", "‑", "\u{0}", "\t",
    ]);
    prop::collection::vec(atoms, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fast_tokens_equal_tokenizers_tokens(text in token_soup()) {
        let seg = Segmenter::new();
        prop_assert_eq!(seg.tokenize(&text), seg.tokenize_reference(&text));
    }

    #[test]
    fn arbitrary_unicode_keeps_invariants(text in "\\PC{0,80}") {
        check(&Segmenter::new(), &text);
    }

    #[test]
    fn newsish_text_keeps_invariants(text in newsish()) {
        check(&Segmenter::new(), &text);
    }

    #[test]
    fn any_char_soup_keeps_invariants(text in prop::collection::vec(any::<char>(), 0..60).prop_map(|v| v.into_iter().collect::<String>())) {
        check(&Segmenter::new(), &text);
    }

    #[test]
    fn arbitrary_paragraph_spans_never_panic(text in "\\PC{0,60}", cuts in prop::collection::vec((0usize..80, 0usize..80), 0..5)) {
        let mut doc = Document::from_text("p", text.as_str());
        doc.paragraphs = cuts.into_iter().map(|(a, b)| Span { start: a.min(b), end: a.max(b) }).collect();
        let s = Segmenter::new().segment(&doc);
        prop_assert!(s.check(&text).is_ok());
    }
}

#[test]
fn offsets_stay_on_multibyte_text() {
    let text = "“Prices rose 5 €,” said Zoë. 😀 Then… the end’s near.\r\n\r\nNext\u{2028}line.";
    check(&Segmenter::new(), text);
    let seg = Segmenter::new();
    let doc = Document::from_text("m", text);
    let s = seg.segment(&doc);
    let sents: Vec<&str> = s.sentences.iter().map(|x| &text[x.span]).collect();
    assert_eq!(sents[0], "“Prices rose 5 €,” said Zoë.");
    assert_eq!(s.paragraphs.len(), 2);
}
