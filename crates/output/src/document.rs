//! The JSON Lines document record (`--documents FILE`): a claim's context.

use crate::record::JsonSpan;
use model::{CharIndex, ProcessedDocument};
use serde::Serialize;

/// One line of `documents.jsonl`: the document's metadata, text, and its
/// paragraphs and sentences as spans (bytes and characters), so a viewer can
/// show any claim in context.
///
/// ```json
/// {"doc_id": "a01", "url": null, "title": null, "authors": ["Vafa Ismayilova"],
///  "publisher": "Azernews", "published": "2021-06-08", "published_source": "header",
///  "content_hash": "8d3f…", "input": "corpus/a01.txt", "text": "…",
///  "paragraphs": [{"start": 0, "end": 220, "char_start": 0, "char_end": 218}],
///  "sentences": [{"start": 0, "end": 120, "char_start": 0, "char_end": 119, "paragraph": 0}]}
/// ```
#[derive(Debug, Serialize)]
pub struct JsonDocument<'a> {
    /// Document id.
    pub doc_id: &'a str,
    /// URL.
    pub url: Option<&'a str>,
    /// Title.
    pub title: Option<&'a str>,
    /// Authors.
    pub authors: &'a [String],
    /// Publisher.
    pub publisher: Option<&'a str>,
    /// Publication date.
    pub published: Option<String>,
    /// Where the publication date came from.
    pub published_source: Option<model::DateSource>,
    /// Text hash.
    pub content_hash: &'a str,
    /// The input it was read from.
    pub input: &'a str,
    /// The text all spans index.
    pub text: &'a str,
    /// Paragraph spans.
    pub paragraphs: Vec<JsonSpan>,
    /// Sentence spans with their paragraph index.
    pub sentences: Vec<JsonSentence>,
}

/// A sentence span with its paragraph.
#[derive(Debug, Serialize)]
pub struct JsonSentence {
    /// The span.
    #[serde(flatten)]
    pub span: JsonSpan,
    /// Paragraph index.
    pub paragraph: usize,
}

impl<'a> JsonDocument<'a> {
    /// The document record of a processed document.
    pub fn new(doc: &'a ProcessedDocument, chars: &CharIndex) -> JsonDocument<'a> {
        let d = &doc.document;
        JsonDocument {
            doc_id: &d.id,
            url: d.url.as_deref(),
            title: d.title.as_deref(),
            authors: &d.authors,
            publisher: d.publisher.as_deref(),
            published: d.published.map(|p| p.date.to_string()),
            published_source: d.published.map(|p| p.source),
            content_hash: &doc.provenance.content_hash,
            input: &d.origin.input,
            text: &d.text,
            paragraphs: doc
                .segmentation
                .paragraphs
                .iter()
                .map(|p| JsonSpan::new(p.span, chars))
                .collect(),
            sentences: doc
                .segmentation
                .sentences
                .iter()
                .map(|s| JsonSentence {
                    span: JsonSpan::new(s.span, chars),
                    paragraph: s.paragraph,
                })
                .collect(),
        }
    }
}
