//! No input panics; every span is on character boundaries, inside the text,
//! and every parent reference points to an existing quote.

use model::{Claim, Document, Extractor};
use newsclaims_quotes::QuoteExtractor;
use proptest::prelude::*;

fn check(text: &str, prior: usize) {
    let doc = Document::from_text("p", text);
    let seg = model::Segmentation::default();
    let mut claims: Vec<Claim> = Vec::new();
    // Claims of an earlier extractor: parents must be offset past them.
    for _ in 0..prior {
        claims.push(Claim::Quote(model::Quote {
            evidence: Default::default(),
            kind: model::QuoteKind::Direct,
            speaker: None,
            cue: None,
            channel: None,
            parent: None,
        }));
    }
    QuoteExtractor::new().extract(&doc, &seg, &mut claims);
    for (i, c) in claims.iter().enumerate().skip(prior) {
        let Claim::Quote(q) = c else {
            panic!("only quotes")
        };
        assert!(
            q.evidence.span.is_valid_for(text),
            "content span {:?} in {text:?}",
            q.evidence.span
        );
        assert!(!q.evidence.span.is_empty());
        if let Some(s) = &q.speaker {
            assert!(s.mention_span.is_valid_for(text));
            assert!(s.resolved_span.is_none_or(|r| r.is_valid_for(text)));
        }
        if let Some(cue) = &q.cue {
            assert!(cue.span.is_valid_for(text));
            assert_eq!(&text[cue.span], cue.text);
        }
        if let Some(p) = q.parent {
            assert!(
                p.0 >= prior && p.0 < claims.len() && p.0 != i,
                "parent {p:?} of {i}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        check(&text, 0);
    }

    #[test]
    fn quote_soup_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("\""), Just("“"), Just("”"), Just("„"), Just("«"), Just("»"), Just("‘"), Just("’"), Just("'"),
        Just(" said "), Just("She"), Just(" told reporters "), Just("According to "), Just(", "),
        Just(". "), Just("\n\n"), Just("Police Chief Ann Lee"), Just("€"), Just("😀"), Just("e\u{301}"),
        Just("that "), Just("which "), Just(":"), Just(" — "), Just("word"),
    ], 0..40), prior in 0usize..3) {
        let text: String = parts.concat();
        check(&text, prior);
    }
}

#[test]
fn multibyte_spans_stay_on_boundaries() {
    let text = "“Prices rose 5 € 😀 overnight,” said Zoë Ångström.\n\n«Ça va», dit-il. The café’s owner said “no”.";
    check(text, 2);
}
