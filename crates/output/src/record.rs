//! The JSON Lines claim record: its layout, documented with a full example.

use model::{
    Casualty, CharIndex, Claim, ClaimRecord, DateAnchor, DateMention, ProcessedDocument, Quote,
    Span,
};
use serde::Serialize;

/// A span as written: UTF-8 byte offsets and Unicode character offsets, in one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct JsonSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First character (Unicode scalar value).
    pub char_start: usize,
    /// One past the last character.
    pub char_end: usize,
}

impl JsonSpan {
    /// Convert a byte span with the document's character index.
    pub fn new(span: Span, chars: &CharIndex) -> JsonSpan {
        let (char_start, char_end) = chars.char_span(span);
        JsonSpan {
            start: span.start,
            end: span.end,
            char_start,
            char_end,
        }
    }
}

/// One line of `claims.jsonl`.
///
/// The fields required by the gold spec (`doc_id`, `type`, `text`, and the
/// family object `quote`/`casualty`/`date`) come first; then where the words are
/// (`span`, `sentence_index`, `sentence_text`), who produced the claim (`rule`,
/// `confidence`, `extractor_version`), and the document's provenance. References
/// to other claims (`parent`, `event_date`, `source_quote`, `anchor_claim`) are
/// record `id`s of the same document.
///
/// A full example (one line, pretty-printed here):
///
/// ```json
/// {
///   "id": "q-88757ea577b90a8f",
///   "doc_id": "a02",
///   "type": "quote",
///   "text": "We have lost whole streets",
///   "quote": {
///     "kind": "direct",
///     "speaker": "Amara Okonjo",
///     "speaker_mention": "she",
///     "speaker_span": {"start": 628, "end": 631, "char_start": 620, "char_end": 623},
///     "speaker_title": "Governor",
///     "speaker_organisation": null,
///     "speaker_kind": "person",
///     "cue": "told",
///     "cue_lemma": "tell",
///     "cue_span": {"start": 632, "end": 636, "char_start": 624, "char_end": 628},
///     "channel": null,
///     "parent": null
///   },
///   "span": {"start": 597, "end": 623, "char_start": 591, "char_end": 617},
///   "sentence_index": 4,
///   "sentence_text": "“We have lost whole streets,” she told a local radio station.",
///   "rule": "quotes/trailing/tell",
///   "confidence": 0.9,
///   "url": null,
///   "title": null,
///   "publisher": "Meridian Post",
///   "published": "2022-08-22",
///   "content_hash": "80dcbd3c94de277e5540733b4ee817de",
///   "extractor_version": "newsclaims 0.1.0"
/// }
/// ```
///
/// (This is a real record of `corpus/a02.txt`; `crates/output/tests/record_example.rs`
/// checks that the pipeline still writes exactly these fields.)
///
/// A casualty record carries `"casualty": {"category": "killed", "min": 3, "max": 3,
/// "approx": false, "vague": false, "count_text": "…", "victims": "…", "scope":
/// "incident", "update": false, "event_date": "<id>", "place": "…", "cause": "…",
/// "source_quote": null, "source": null}`; a date record `"date": {"type": "DATE",
/// "value": "2021-06-04", "mod": null, "anchor": "publication", "anchor_claim": null,
/// "granularity": "day", "quant": null, "freq": null}`.
#[derive(Debug, Serialize)]
pub struct JsonClaim<'a> {
    /// Stable claim id.
    pub id: &'a str,
    /// Document id.
    pub doc_id: &'a str,
    /// `quote`, `casualty` or `date`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The evidence text.
    pub text: &'a str,
    /// Quote details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<JsonQuote<'a>>,
    /// Casualty details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub casualty: Option<JsonCasualty<'a>>,
    /// Date details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<JsonDate<'a>>,
    /// Evidence span.
    pub span: JsonSpan,
    /// Index of the sentence in the document.
    pub sentence_index: usize,
    /// Text of that sentence.
    pub sentence_text: &'a str,
    /// Rule that produced the claim.
    pub rule: &'a str,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
    /// Document URL.
    pub url: Option<&'a str>,
    /// Document title.
    pub title: Option<&'a str>,
    /// Publisher.
    pub publisher: Option<&'a str>,
    /// Publication date (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// BLAKE3 (128-bit, hex) of the document text.
    pub content_hash: &'a str,
    /// Producer version.
    pub extractor_version: &'a str,
}

/// The `quote` object.
#[derive(Debug, Serialize)]
pub struct JsonQuote<'a> {
    /// `direct`, `indirect`, `mixed`.
    pub kind: model::QuoteKind,
    /// Resolved speaker name, or null.
    pub speaker: Option<&'a str>,
    /// Mention at the cue.
    pub speaker_mention: Option<&'a str>,
    /// Span of that mention.
    pub speaker_span: Option<JsonSpan>,
    /// Title or role.
    pub speaker_title: Option<&'a str>,
    /// Organisation.
    pub speaker_organisation: Option<&'a str>,
    /// `person`, `organisation`, `description`.
    pub speaker_kind: Option<model::SpeakerKind>,
    /// Cue words.
    pub cue: Option<&'a str>,
    /// Cue lemma.
    pub cue_lemma: Option<&'a str>,
    /// Cue span.
    pub cue_span: Option<JsonSpan>,
    /// Channel.
    pub channel: Option<&'a str>,
    /// Enclosing quote's id.
    pub parent: Option<&'a str>,
}

/// The `casualty` object.
#[derive(Debug, Serialize)]
pub struct JsonCasualty<'a> {
    /// Harm category.
    pub category: model::HarmCategory,
    /// Lower bound.
    pub min: Option<u64>,
    /// Upper bound.
    pub max: Option<u64>,
    /// Approximate.
    pub approx: bool,
    /// Vague amount.
    pub vague: bool,
    /// The words that gave the count.
    pub count_text: Option<&'a str>,
    /// Victim group.
    pub victims: Option<&'a str>,
    /// Incident or cumulative.
    pub scope: model::CasualtyScope,
    /// An update of an earlier figure.
    pub update: bool,
    /// Id of the event date claim.
    pub event_date: Option<&'a str>,
    /// Place.
    pub place: Option<&'a str>,
    /// Cause.
    pub cause: Option<&'a str>,
    /// Id of the quote holding the figure.
    pub source_quote: Option<&'a str>,
    /// Attribution outside quotes.
    pub source: Option<&'a str>,
}

/// The `date` object.
#[derive(Debug, Serialize)]
pub struct JsonDate<'a> {
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: &'static str,
    /// TIMEX3 value.
    pub value: &'a str,
    /// TIMEX3 mod.
    #[serde(rename = "mod")]
    pub modifier: Option<&'a str>,
    /// `none`, `publication`, `claim`, `unresolved`.
    pub anchor: &'static str,
    /// Id of the anchoring date claim.
    pub anchor_claim: Option<&'a str>,
    /// Granularity.
    pub granularity: Option<&'a str>,
    /// SET quant.
    pub quant: Option<&'a str>,
    /// SET freq.
    pub freq: Option<&'a str>,
}

/// Builds [`JsonClaim`]s for one processed document (one character index per document).
pub struct RecordView<'a> {
    doc: &'a ProcessedDocument,
    chars: CharIndex,
    published: Option<String>,
}

impl<'a> RecordView<'a> {
    /// Prepare the document's shared parts.
    pub fn new(doc: &'a ProcessedDocument) -> RecordView<'a> {
        RecordView {
            doc,
            chars: CharIndex::new(&doc.document.text),
            published: doc.provenance.published.map(|d| d.to_string()),
        }
    }

    /// The character index of the document text.
    pub fn chars(&self) -> &CharIndex {
        &self.chars
    }

    fn text(&self, span: Span) -> &'a str {
        &self.doc.document.text[span]
    }

    fn id(&self, r: Option<model::ClaimRef>) -> Option<&'a str> {
        r.and_then(|r| self.doc.ref_id(r))
    }

    fn span(&self, s: Span) -> JsonSpan {
        JsonSpan::new(s, &self.chars)
    }

    fn quote(&self, q: &'a Quote) -> JsonQuote<'a> {
        let sp = q.speaker.as_ref();
        JsonQuote {
            kind: q.kind,
            speaker: sp.map(|s| s.name.as_str()),
            speaker_mention: sp.map(|s| s.mention.as_str()),
            speaker_span: sp.map(|s| self.span(s.mention_span)),
            speaker_title: sp.and_then(|s| s.title.as_deref()),
            speaker_organisation: sp.and_then(|s| s.organisation.as_deref()),
            speaker_kind: sp.map(|s| s.kind),
            cue: q.cue.as_ref().map(|c| c.text.as_str()),
            cue_lemma: q.cue.as_ref().map(|c| c.lemma.as_str()),
            cue_span: q.cue.as_ref().map(|c| self.span(c.span)),
            channel: q.channel.as_deref(),
            parent: self.id(q.parent),
        }
    }

    fn casualty(&self, c: &'a Casualty) -> JsonCasualty<'a> {
        JsonCasualty {
            category: c.category,
            min: c.min,
            max: c.max,
            approx: c.approx,
            vague: c.vague,
            count_text: c.count_span.map(|s| self.text(s)),
            victims: c.victims.as_deref(),
            scope: c.scope,
            update: c.update,
            event_date: self.id(c.event_date),
            place: c.place.as_deref(),
            cause: c.cause.as_deref(),
            source_quote: self.id(c.source_quote),
            source: c.source.as_deref(),
        }
    }

    fn date(&self, d: &'a DateMention) -> JsonDate<'a> {
        let (anchor, anchor_claim) = match d.anchor {
            DateAnchor::None => ("none", None),
            DateAnchor::Publication => ("publication", None),
            DateAnchor::Claim(r) => ("claim", self.id(Some(r))),
            DateAnchor::Unresolved => ("unresolved", None),
        };
        JsonDate {
            timex_type: d.timex_type.as_str(),
            value: &d.value,
            modifier: d.modifier.as_deref(),
            anchor,
            anchor_claim,
            granularity: d.granularity.as_deref(),
            quant: d.quant.as_deref(),
            freq: d.freq.as_deref(),
        }
    }

    /// The JSON view of one record.
    pub fn claim(&self, rec: &'a ClaimRecord) -> JsonClaim<'a> {
        let ev = rec.claim.evidence();
        let prov = &*rec.provenance;
        let sentence_text = self
            .doc
            .segmentation
            .sentences
            .get(ev.sentence)
            .map(|s| self.text(s.span))
            .unwrap_or("");
        let (mut quote, mut casualty, mut date) = (None, None, None);
        match &rec.claim {
            Claim::Quote(q) => quote = Some(self.quote(q)),
            Claim::Casualty(c) => casualty = Some(self.casualty(c)),
            Claim::Date(d) => date = Some(self.date(d)),
        }
        JsonClaim {
            id: &rec.id,
            doc_id: &prov.doc_id,
            kind: rec.claim.type_name(),
            text: self.text(ev.span),
            quote,
            casualty,
            date,
            span: JsonSpan {
                start: ev.span.start,
                end: ev.span.end,
                char_start: rec.char_span.0,
                char_end: rec.char_span.1,
            },
            sentence_index: ev.sentence,
            sentence_text,
            rule: ev.rule.as_str(),
            confidence: ev.confidence,
            url: prov.url.as_deref(),
            title: prov.title.as_deref(),
            publisher: prov.publisher.as_deref(),
            published: self.published.clone(),
            content_hash: &prov.content_hash,
            extractor_version: &prov.extractor_version,
        }
    }
}
