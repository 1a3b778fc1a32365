//! The `Extractor` impl: claims appended after other extractors' claims, anchors
//! that index the shared buffer, document-relative spans and sentence indices.

use model::{
    Claim, ClaimRef, DateAnchor, DateSource, Document, Evidence, Extractor, NaiveDate, Published,
    Quote, QuoteKind, RuleId, Span, TimexType,
};
use newsclaims_dates::DateExtractor;

#[test]
fn appends_with_buffer_indices() {
    let text = "By a reporter.\n\nThe ceasefire was signed on March 3, 2021. Two days later, fighting resumed on the front. Officials will meet on Monday.";
    let mut doc = Document::from_text("t1", text);
    doc.published = Some(Published::date(
        NaiveDate::from_ymd_opt(2021, 6, 8).unwrap(),
        DateSource::Caller,
    ));
    let seg = segment::Segmenter::new().segment(&doc);
    // A claim from an extractor that ran before.
    let mut claims = vec![Claim::Quote(Quote {
        evidence: Evidence {
            span: Span::new(0, 2),
            sentence: 0,
            rule: RuleId::new("quotes/test"),
            confidence: 1.0,
        },
        kind: QuoteKind::Direct,
        speaker: None,
        cue: None,
        channel: None,
        parent: None,
    })];
    let x = DateExtractor::new().unwrap();
    x.extract(&doc, &seg, &mut claims);
    let dates: Vec<(usize, &model::DateMention)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Claim::Date(d) => Some((i, d)),
            _ => None,
        })
        .collect();
    let texts: Vec<&str> = dates.iter().map(|(_, d)| &text[d.evidence.span]).collect();
    assert_eq!(texts, ["March 3, 2021", "Two days later", "Monday"]);
    let (i_march, march) = dates[0];
    assert_eq!(i_march, 1);
    assert_eq!(march.anchor, DateAnchor::None);
    let later = dates[1].1;
    assert_eq!(later.value, "2021-03-05");
    assert_eq!(later.anchor, DateAnchor::Claim(ClaimRef(1)));
    let monday = dates[2].1;
    assert_eq!(monday.value, "2021-06-14");
    assert_eq!(monday.anchor, DateAnchor::Publication);
    assert_eq!(monday.timex_type, TimexType::Date);
    for (_, d) in &dates {
        let s = seg.sentences[d.evidence.sentence].span;
        assert!(s.contains_offset(d.evidence.span.start));
        assert!(d.evidence.rule.as_str().starts_with("dates/"));
    }
}

#[test]
fn no_publication_date_leaves_relative_values_unresolved() {
    let text = "The vote took place on June 4 and results came Monday.";
    let doc = Document::from_text("t2", text);
    let seg = segment::Segmenter::new().segment(&doc);
    let mut claims = Vec::new();
    DateExtractor::new()
        .unwrap()
        .extract(&doc, &seg, &mut claims);
    let vals: Vec<(String, DateAnchor)> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Date(d) => Some((d.value.clone(), d.anchor)),
            _ => None,
        })
        .collect();
    assert_eq!(
        vals,
        [
            ("XXXX-06-04".to_string(), DateAnchor::Unresolved),
            ("XXXX-WXX-1".to_string(), DateAnchor::Unresolved)
        ]
    );
}
