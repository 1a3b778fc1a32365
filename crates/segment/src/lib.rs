//! Segmentation: [`Document`] → paragraphs, sentences, tokens, every one a
//! [`Span`] into the document text.
//!
//! # Core types
//!
//! - [`Segmenter`]: built once with the English rules ([`Segmenter::new`]),
//!   `Send + Sync`, shared read-only across threads.
//! - [`Segmenter::segment`] returns a [`model::Segmentation`] whose invariants
//!   ([`Segmentation::check`]) hold on any input: spans in bounds and on char
//!   boundaries, sorted, nested, gap-free (every non-space byte of a paragraph is
//!   in a sentence, of a sentence in a token).
//!
//! # Sentences
//!
//! Rule-based, in the spirit of pySBD / pragmatic-segmenter, written for news.
//! One byte scan per paragraph stops only at `.`, `!`, `?`, `…`, line breaks and
//! bullets; the words around each stop decide (module `sentences`). The word
//! lists are data files under `data/`: abbreviations by behaviour (titles,
//! months, US states, company forms, units, a.m./p.m., eras, degrees, …),
//! sentence starters, fronted-adverbial words, and function words for line
//! breaks. Paragraph boundaries are never crossed: a paragraph given by the
//! source (`Document::paragraphs`) or, when there is none, by blank lines.
//!
//! # Tokens
//!
//! Pre-tokenized by the `tokenizers` crate (NFKC normalizer, `Punctuation` and
//! `Digits` pre-tokenizers, offsets in the original referential), then merged
//! into [`TokenKind`]s: `35,000` and `1.2` are one `Number`; `don't`,
//! `twenty-one` and `U.S.` one `Word`; `Mr.` is `Mr` + `.`. Chunks of plain
//! letters (Latin, Greek, Cyrillic, Hebrew, Arabic), digits and typographic
//! punctuation take a fast path with the same result (a proptest compares the
//! two on arbitrary text); combining marks, emoji, CJK, symbols and
//! compatibility forms go through `tokenizers`. See module `tokens`.
//!
//! # Example
//!
//! ```
//! use model::Document;
//! use newsclaims_segment::Segmenter;
//!
//! let doc = Document::from_text(
//!     "d1",
//!     "Storm Hits Coast\nAt 5 a.m. Mr. Smith left the U.S. Embassy. He said “35,000 fled.”\n\nNext paragraph.",
//! );
//! let seg = Segmenter::new().segment(&doc);
//! let sents: Vec<&str> = seg.sentences.iter().map(|s| doc.slice(s.span)).collect();
//! assert_eq!(
//!     sents,
//!     ["Storm Hits Coast", "At 5 a.m. Mr. Smith left the U.S. Embassy.", "He said “35,000 fled.”", "Next paragraph."]
//! );
//! assert!(seg.check(&doc.text).is_ok());
//! let toks: Vec<&str> = seg.tokens_of(2).iter().map(|t| doc.slice(t.span)).collect();
//! assert_eq!(toks, ["He", "said", "“", "35,000", "fled", ".", "”"]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod lexicon;
mod lines;
mod lists;
mod quotes;
mod sentences;
mod tokens;
mod words;
mod wordtable;

use model::{Document, Paragraph, Segmentation, Sentence, Span, Token};

pub use model::TokenKind;

/// Splits documents into paragraphs, sentences and tokens. Build once, share read-only.
#[derive(Debug, Clone)]
pub struct Segmenter {
    lex: lexicon::Lexicon,
    tok: tokens::Tokenizer,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

impl Segmenter {
    /// A segmenter with the built-in English rules.
    pub fn new() -> Segmenter {
        Segmenter {
            lex: lexicon::Lexicon::english(),
            tok: tokens::Tokenizer::new(),
        }
    }

    /// Segment a document, respecting its paragraph spans (blank-line paragraphs
    /// when it has none). Paragraph spans that are out of bounds, off char
    /// boundaries or out of order are skipped; the others are trimmed.
    pub fn segment(&self, doc: &Document) -> Segmentation {
        let mut seg = Segmentation::default();
        self.segment_into(doc, &mut seg);
        seg
    }

    /// Like [`Segmenter::segment`], into `seg` (cleared first), reusing its
    /// buffers: a caller that segments many documents in a loop (one
    /// `Segmentation` per thread) allocates, and touches fresh memory, only
    /// when a document is larger than all before it.
    ///
    /// ```
    /// use model::{Document, Segmentation};
    /// use newsclaims_segment::Segmenter;
    ///
    /// let segmenter = Segmenter::new();
    /// let mut seg = Segmentation::default();
    /// for text in ["One. Two.", "Three."] {
    ///     let doc = Document::from_text("d", text);
    ///     segmenter.segment_into(&doc, &mut seg);
    ///     assert_eq!(seg, segmenter.segment(&doc));
    /// }
    /// assert_eq!(seg.sentences.len(), 1);
    /// ```
    pub fn segment_into(&self, doc: &Document, seg: &mut Segmentation) {
        let text = doc.text.as_str();
        let paras = if doc.paragraphs.is_empty() {
            model::paragraphs_by_blank_lines(text, 0)
        } else {
            let mut prev_end = 0;
            let mut v = Vec::with_capacity(doc.paragraphs.len());
            for p in &doc.paragraphs {
                if p.is_valid_for(text) && p.start >= prev_end {
                    let p = p.trim(text);
                    if !p.is_empty() {
                        prev_end = p.end;
                        v.push(p);
                    }
                }
            }
            v
        };
        seg.paragraphs.clear();
        seg.sentences.clear();
        seg.tokens.clear();
        seg.paragraphs.reserve(paras.len());
        // News text: about one sentence per 100 bytes and one token per 5.
        seg.sentences.reserve(text.len() / 80 + 1);
        seg.tokens.reserve(text.len() / 4 + 1);
        let splitter = sentences::Splitter::new(&self.lex);
        let mut spans = Vec::new();
        let mut split_scratch = sentences::Scratch::default();
        let mut scratch = tokens::Scratch::default();
        for (pi, p) in paras.iter().enumerate() {
            spans.clear();
            splitter.split_with(&text[*p], p.start, &mut spans, &mut split_scratch);
            let first = seg.sentences.len();
            for &(s, e) in &spans {
                let t0 = seg.tokens.len();
                self.tok
                    .tokenize_into(&text[s..e], s, &mut seg.tokens, &mut scratch);
                seg.sentences.push(Sentence {
                    span: Span::new(s, e),
                    paragraph: pi,
                    tokens: t0..seg.tokens.len(),
                });
            }
            seg.paragraphs.push(Paragraph {
                span: *p,
                sentences: first..seg.sentences.len(),
            });
        }
    }

    /// Sentence spans of `text` (relative to `text`), trimmed. Blank lines end
    /// paragraphs (and so sentences); single line breaks are decided by the line rules.
    pub fn split_sentences(&self, text: &str) -> Vec<Span> {
        let mut spans = Vec::new();
        let splitter = sentences::Splitter::new(&self.lex);
        let mut scratch = sentences::Scratch::default();
        for p in model::paragraphs_by_blank_lines(text, 0) {
            splitter.split_with(&text[p], p.start, &mut spans, &mut scratch);
        }
        spans.into_iter().map(|(s, e)| Span::new(s, e)).collect()
    }

    /// Tokens of `text` (relative to `text`).
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        self.tok
            .tokenize_into(text, 0, &mut out, &mut tokens::Scratch::default());
        out
    }

    /// Tokens of `text` with every chunk pre-tokenized by `tokenizers` (no fast
    /// path). Equal to [`Segmenter::tokenize`]; kept to test that claim.
    pub fn tokenize_reference(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        self.tok.tokenize_reference(text, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segmenter_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Segmenter>();
    }

    #[test]
    fn respects_given_paragraphs() {
        let text = "One. Two.  Three";
        let mut doc = Document::from_text("x", text);
        doc.paragraphs = vec![Span::new(0, 9), Span::new(11, 16), Span::new(3, 4)];
        let seg = Segmenter::new().segment(&doc);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(seg.sentences.len(), 3);
        assert!(seg.check(text).is_ok());
    }
}
