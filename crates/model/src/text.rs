//! Segmentation results: [`Paragraph`], [`Sentence`], [`Token`], gathered in [`Segmentation`].

use crate::Span;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A paragraph and the range of its sentences in [`Segmentation::sentences`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Trimmed paragraph span.
    pub span: Span,
    /// Indices of its sentences.
    pub sentences: Range<usize>,
}

/// A sentence: its trimmed span, its paragraph, and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Trimmed sentence span.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Indices of its tokens in [`Segmentation::tokens`].
    pub tokens: Range<usize>,
}

/// The coarse class of a token, enough for rules to skip punctuation or find numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters (possibly with inner apostrophes, hyphens or digits).
    Word,
    /// Digits, possibly with separators (`35,000`, `1.2`).
    Number,
    /// Punctuation, quotation marks included.
    Punct,
    /// Anything else (symbols, emoji).
    Symbol,
}

/// A token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span into the document text.
    pub span: Span,
    /// Coarse class.
    pub kind: TokenKind,
}

/// Paragraphs, sentences and tokens of one document.
///
/// Invariants (tested on arbitrary input in `segment`):
/// - every span is in bounds and on character boundaries of the document text;
/// - paragraphs are sorted and disjoint; sentences are sorted, disjoint, and
///   each lies inside its paragraph; tokens likewise inside their sentence;
/// - *gap-free*: within a paragraph, every byte that is not white space belongs
///   to a sentence, and within a sentence every such byte belongs to a token.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
}

impl Segmentation {
    /// Index of the sentence containing byte `at`, or the last sentence starting before it.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.span.start <= at);
        k.checked_sub(1)
    }

    /// The tokens of sentence `i`.
    pub fn tokens_of(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// The sentences of paragraph `p`.
    pub fn sentences_of(&self, p: usize) -> &[Sentence] {
        &self.sentences[self.paragraphs[p].sentences.clone()]
    }

    /// Check the invariants above against `text`; returns the first violation found.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let gap_ok = |from: usize, to: usize| text[from..to].chars().all(char::is_whitespace);
        let mut prev_p_end = 0;
        for (pi, p) in self.paragraphs.iter().enumerate() {
            if !p.span.is_valid_for(text) || p.span.start < prev_p_end {
                return Err(format!(
                    "paragraph {pi} {:?} out of bounds or order",
                    p.span
                ));
            }
            prev_p_end = p.span.end;
            let mut cursor = p.span.start;
            for si in p.sentences.clone() {
                let s = self
                    .sentences
                    .get(si)
                    .ok_or(format!("sentence {si} missing"))?;
                if s.paragraph != pi || !p.span.contains(s.span) || !s.span.is_valid_for(text) {
                    return Err(format!("sentence {si} {:?} outside paragraph {pi}", s.span));
                }
                if s.span.start < cursor || !gap_ok(cursor, s.span.start) {
                    return Err(format!("gap or overlap before sentence {si} {:?}", s.span));
                }
                let mut tcur = s.span.start;
                for ti in s.tokens.clone() {
                    let t = self.tokens.get(ti).ok_or(format!("token {ti} missing"))?;
                    if !s.span.contains(t.span) || t.span.start < tcur || !t.span.is_valid_for(text)
                    {
                        return Err(format!(
                            "token {ti} {:?} out of sentence {si} or order",
                            t.span
                        ));
                    }
                    if !gap_ok(tcur, t.span.start) {
                        return Err(format!("untokenized text before token {ti} {:?}", t.span));
                    }
                    tcur = t.span.end;
                }
                if !gap_ok(tcur, s.span.end) {
                    return Err(format!("untokenized text at end of sentence {si}"));
                }
                cursor = s.span.end;
            }
            if !gap_ok(cursor, p.span.end) {
                return Err(format!("text after the last sentence of paragraph {pi}"));
            }
        }
        Ok(())
    }
}
