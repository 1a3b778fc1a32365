//! Shared helpers of the quote tests: run the extractor on a text and render
//! each quote with `^^^` under its span.
#![allow(dead_code)]

use model::{Claim, Document, Extractor, Quote};
use newsclaims_quotes::QuoteExtractor;

/// Quotes of `text` (segmented with the `segment` crate).
pub fn quotes(text: &str) -> (Document, Vec<Quote>) {
    let doc = Document::from_text("t", text);
    let seg = model::Segmentation::default();
    let mut claims = Vec::new();
    QuoteExtractor::new().extract(&doc, &seg, &mut claims);
    let qs = claims
        .into_iter()
        .filter_map(|c| match c {
            Claim::Quote(q) => Some(q),
            _ => None,
        })
        .collect();
    (doc, qs)
}

/// One text block per quote: the line holding the span, `^` under it, and the attributes.
pub fn render(text: &str) -> String {
    let (doc, qs) = quotes(text);
    let mut out = String::new();
    for (i, q) in qs.iter().enumerate() {
        let s = q.evidence.span;
        let line_start = doc.text[..s.start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = doc.text[s.start..]
            .find('\n')
            .map_or(doc.text.len(), |p| s.start + p);
        let end = s.end.min(line_end);
        let pad = doc.text[line_start..s.start].chars().count();
        let width = doc.text[s.start..end].chars().count().max(1);
        out.push_str(&format!("[{i}] {:?} {}\n", q.kind, q.evidence.rule));
        out.push_str(&doc.text[line_start..line_end]);
        out.push('\n');
        out.push_str(&" ".repeat(pad));
        out.push_str(&"^".repeat(width));
        out.push('\n');
        let sp = q.speaker.as_ref();
        out.push_str(&format!(
            "    speaker: {:?} (mention {:?}, {:?}, title {:?})\n    cue: {:?}  channel: {:?}  parent: {:?}\n",
            sp.map(|s| s.name.as_str()),
            sp.map(|s| s.mention.as_str()),
            sp.map(|s| s.kind),
            sp.and_then(|s| s.title.as_deref()),
            q.cue.as_ref().map(|c| (c.text.as_str(), c.lemma.as_str())),
            q.channel,
            q.parent.map(|p| p.0),
        ));
    }
    if qs.is_empty() {
        out.push_str("(no quotes)\n");
    }
    out
}

/// `(content, speaker name)` pairs.
pub fn pairs(text: &str) -> Vec<(String, Option<String>)> {
    let (doc, qs) = quotes(text);
    qs.iter()
        .map(|q| {
            (
                doc.text[q.evidence.span].to_string(),
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}
