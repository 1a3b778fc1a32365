//! A figure links to the date claim of its sentence and to the quote that holds
//! it (claims already in the buffer: the pipeline runs dates, then quotes), and
//! carries source, place, cause, scope and the update flag.

use model::{
    CasualtyScope, Claim, ClaimRef, DateAnchor, DateMention, Document, Evidence, Extractor,
    HarmCategory, Quote, QuoteKind, RuleId, Span, TimexType,
};
use newsclaims_casualties::CasualtyExtractor;

fn span_of(text: &str, needle: &str) -> Span {
    let s = text.find(needle).expect("needle");
    Span::new(s, s + needle.len())
}

fn date(span: Span) -> Claim {
    Claim::Date(DateMention {
        evidence: Evidence {
            span,
            sentence: 0,
            rule: RuleId::new("dates/test"),
            confidence: 1.0,
        },
        timex_type: TimexType::Date,
        value: "2021-06-04".into(),
        modifier: None,
        anchor: DateAnchor::None,
        granularity: None,
        quant: None,
        freq: None,
    })
}

fn quote(span: Span) -> Claim {
    Claim::Quote(Quote {
        evidence: Evidence {
            span,
            sentence: 0,
            rule: RuleId::new("quotes/test"),
            confidence: 1.0,
        },
        kind: QuoteKind::Direct,
        speaker: None,
        cue: None,
        channel: None,
        parent: None,
    })
}

#[test]
fn links_date_quote_source_place_cause() {
    let text = "On June 4, three villagers were killed in Kalbajar region in a mine blast, according to the ministry.\n\n\
                “Two soldiers were wounded,” the commander said. The death toll has risen to 47 so far.";
    let doc = Document::from_text("links", text);
    let seg = segment::Segmenter::new().segment(&doc);
    let mut claims = vec![
        date(span_of(text, "June 4")),
        quote(span_of(text, "Two soldiers were wounded")),
    ];
    CasualtyExtractor::new().extract(&doc, &seg, &mut claims);
    let cas: Vec<_> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Casualty(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(cas.len(), 3, "{cas:#?}");

    let k = cas[0];
    assert_eq!(
        (k.category, k.min, k.max),
        (HarmCategory::Killed, Some(3), Some(3))
    );
    assert_eq!(&text[k.evidence.span], "three villagers were killed");
    assert_eq!(k.event_date, Some(ClaimRef(0)));
    assert_eq!(k.source.as_deref(), Some("the ministry"));
    assert_eq!(k.place.as_deref(), Some("Kalbajar region"));
    assert_eq!(k.cause.as_deref(), Some("mine blast"));
    assert_eq!(k.victims.as_deref(), Some("villagers"));
    assert_eq!(k.scope, CasualtyScope::Incident);
    assert!(k.evidence.rule.as_str().starts_with("casualties/"));

    let w = cas[1];
    assert_eq!((w.category, w.min), (HarmCategory::Injured, Some(2)));
    assert_eq!(w.source_quote, Some(ClaimRef(1)));
    assert_eq!(w.event_date, None);

    let t = cas[2];
    assert_eq!(
        (t.category, t.min, t.max),
        (HarmCategory::Killed, Some(47), Some(47))
    );
    assert!(t.update);
    assert_eq!(t.scope, CasualtyScope::Cumulative);
}
