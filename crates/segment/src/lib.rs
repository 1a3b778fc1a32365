//! Segmentation: [`Document`] → paragraphs, sentences, tokens (all [`Span`]s into the text).
//!
//! PLACEHOLDER implementation: a naive splitter so other crates can build against
//! the API. Replaced by the real segmenter (issue 2).

use model::{Document, Paragraph, Segmentation, Sentence, Span, Token, TokenKind};

/// Splits documents into paragraphs, sentences and tokens. Build once, share read-only.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// A segmenter with the built-in English rules.
    pub fn new() -> Segmenter {
        Segmenter {}
    }

    /// Segment a document, respecting its paragraph spans.
    pub fn segment(&self, doc: &Document) -> Segmentation {
        let mut seg = Segmentation::default();
        let paras = if doc.paragraphs.is_empty() {
            model::paragraphs_by_blank_lines(&doc.text, 0)
        } else {
            doc.paragraphs.clone()
        };
        for (pi, p) in paras.iter().enumerate() {
            let first = seg.sentences.len();
            for s in self.split_sentences(&doc.text[*p]) {
                let s = s.shift(p.start);
                let t0 = seg.tokens.len();
                for t in self.tokenize(&doc.text[s]) {
                    seg.tokens.push(Token { span: t.span.shift(s.start), kind: t.kind });
                }
                seg.sentences.push(Sentence { span: s, paragraph: pi, tokens: t0..seg.tokens.len() });
            }
            seg.paragraphs.push(Paragraph { span: *p, sentences: first..seg.sentences.len() });
        }
        seg
    }

    /// Sentence spans of `text` (relative to `text`), trimmed.
    pub fn split_sentences(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let b = text.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if matches!(c, b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(|n| n.is_ascii_whitespace()) {
                let s = Span::new(start, i + 1).trim(text);
                if !s.is_empty() {
                    out.push(s);
                }
                start = i + 1;
            }
        }
        let s = Span::new(start, text.len()).trim(text);
        if !s.is_empty() {
            out.push(s);
        }
        out
    }

    /// Tokens of `text` (relative to `text`).
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, TokenKind)> = None;
        for (i, ch) in text.char_indices() {
            let kind = if ch.is_alphabetic() {
                Some(TokenKind::Word)
            } else if ch.is_numeric() {
                Some(TokenKind::Number)
            } else if ch.is_whitespace() {
                None
            } else if ch.is_ascii_punctuation() || ch.is_ascii() {
                Some(TokenKind::Punct)
            } else {
                Some(TokenKind::Symbol)
            };
            let joinable = matches!(kind, Some(TokenKind::Word) | Some(TokenKind::Number));
            match (cur, kind) {
                (Some((s, k)), Some(nk)) if joinable && (k == nk) => {
                    let _ = s;
                }
                (Some((s, k)), _) => {
                    out.push(Token { span: Span::new(s, i), kind: k });
                    cur = kind.map(|k| (i, k));
                }
                (None, k) => cur = k.map(|k| (i, k)),
            }
        }
        if let Some((s, k)) = cur {
            out.push(Token { span: Span::new(s, text.len()), kind: k });
        }
        out
    }
}
