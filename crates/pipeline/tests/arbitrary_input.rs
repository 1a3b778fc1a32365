//! Property: any Unicode text goes through the whole pipeline without a panic,
//! with every span in bounds and on character boundaries.

use model::{Claim, DateSource, Document, NaiveDate, Published};
use newsclaims_pipeline::{Config, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::standard(Config::default()).expect("built-in rules compile"))
}

fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "said",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "„",
        "'",
        "’",
        "killed",
        "injured",
        "at least",
        "over",
        "120",
        "three",
        "Monday",
        "June 4",
        "2021",
        "last year",
        "she",
        "Police",
        "Mr.",
        "U.S.",
        ".",
        ",",
        "?",
        "\n\n",
        "\n",
        " ",
        "€",
        "👍🏽",
        "é",
        "\u{301}",
        "\u{2028}",
        "according to",
        "told",
        "—",
        ":",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let mut doc = Document::from_text("p", text);
    let dct = NaiveDate::from_ymd_opt(2021, 6, 8).unwrap();
    doc.published = Some(Published::date(dct, DateSource::Caller));
    let out = pipeline().process_document(doc);
    let t = &out.document.text;
    let seg = out.segmentation.check(t);
    prop_assert!(seg.is_ok(), "{:?}", seg);
    for r in &out.records {
        let span = r.claim.span();
        prop_assert!(
            span.is_valid_for(t),
            "{} span {:?} invalid",
            r.claim.evidence().rule,
            span
        );
        prop_assert!(r.claim.evidence().sentence < out.segmentation.sentences.len().max(1));
        if let Claim::Quote(q) = &r.claim {
            if let Some(s) = &q.speaker {
                prop_assert!(s.mention_span.is_valid_for(t));
            }
        }
        for rf in r.claim.refs() {
            prop_assert!(rf.0 < out.records.len(), "dangling reference");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    #[test]
    fn arbitrary_unicode(text in "\\PC{0,300}") {
        check(&text)?;
    }

    #[test]
    fn news_like_fragments(text in newsy()) {
        check(&text)?;
    }
}
