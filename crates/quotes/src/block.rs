//! A block is one line of a paragraph: its tokens, its quoted regions, and its
//! sentences (split here, outside quotes, so a quote that holds several
//! sentences stays whole whatever the segmenter did).

use crate::marks::{regions, Region};
use crate::tokens::{tokenize, Tok, TokKind};
use model::Span;

/// One line of a paragraph, analysed.
#[derive(Debug, Clone)]
pub struct Block {
    /// Index of the paragraph in the segmentation.
    pub paragraph: usize,
    /// Span of the line.
    pub span: Span,
    /// Tokens.
    pub toks: Vec<Tok>,
    /// Quoted regions, by start.
    pub regions: Vec<Region>,
    /// For each token, the outermost region that holds it (marks included).
    pub top: Vec<Option<usize>>,
    /// Sentences as token ranges.
    pub sentences: Vec<(usize, usize)>,
}

impl Block {
    /// Analyse `text[span]`.
    pub fn new(text: &str, span: Span, paragraph: usize) -> Block {
        let toks = tokenize(text, span);
        let regions = regions(text, &toks, span);
        let mut top = vec![None; toks.len()];
        for (ri, r) in regions.iter().enumerate() {
            if r.parent.is_some() {
                continue;
            }
            let a = r.open.unwrap_or(r.toks.0);
            let b = r.close.map_or(r.toks.1, |c| c + 1);
            for t in top.iter_mut().take(b.min(toks.len())).skip(a) {
                if t.is_none() {
                    *t = Some(ri);
                }
            }
        }
        let mut b = Block {
            paragraph,
            span,
            toks,
            regions,
            top,
            sentences: Vec::new(),
        };
        b.sentences = b.split_sentences();
        b
    }

    fn split_sentences(&self) -> Vec<(usize, usize)> {
        let t = &self.toks;
        let mut out = Vec::new();
        let mut start = 0;
        for i in 0..t.len() {
            let ends = if self.top[i].is_none() && self.time_then_sentence(i) {
                true
            } else if self.top[i].is_none() {
                t[i].kind == TokKind::Punct
                    && matches!(t[i].lower.as_str(), "." | "!" | "?" | "..." | "…")
                    && !self.abbreviation_before(i)
            } else if let Some(r) = self.top[i] {
                // A closing mark right after sentence-final punctuation, followed by a
                // capitalized word that does not begin an attribution.
                self.regions[r].close == Some(i)
                    && i > 0
                    && matches!(t[i - 1].lower.as_str(), "." | "!" | "?")
                    && t.get(i + 1).is_some_and(|n| n.cap && n.is_word())
                    && !crate::np::starts_attribution(t, i + 1)
            } else {
                false
            };
            let next_starts = match t.get(i + 1) {
                None => true,
                Some(n) => {
                    n.cap
                        || n.is_mark()
                        || n.lower.starts_with(|c: char| c.is_ascii_digit())
                        || n.kind == TokKind::Punct
                }
            };
            if ends && next_starts {
                out.push((start, i + 1));
                start = i + 1;
            }
        }
        if start < t.len() {
            out.push((start, t.len()));
        }
        out
    }

    fn abbreviation_before(&self, i: usize) -> bool {
        if self.toks[i].lower != "." || i == 0 {
            return false;
        }
        let p = &self.toks[i - 1];
        p.is_word()
            && (p.cap
                && (crate::tokens::ABBREVIATIONS.contains(&p.lower.as_str())
                    || p.lower.chars().count() == 1)
                || p.lower.ends_with('.'))
    }

    /// `… 9 p.m. Suddenly, …`: an initialism ending a sentence before a capitalized word
    /// that is no weekday, month or name part.
    fn time_then_sentence(&self, i: usize) -> bool {
        let p = &self.toks[i];
        matches!(p.lower.as_str(), "a.m." | "p.m.")
            && self.toks.get(i + 1).is_some_and(|n| {
                n.cap
                    && n.is_word()
                    && !model::calendar::is_weekday(&n.lower)
                    && !model::calendar::is_month_name(&n.lower)
                    && n.lower != "today"
            })
    }

    /// The region (outermost) holding token `i`.
    pub fn region_of(&self, i: usize) -> Option<usize> {
        self.top.get(i).copied().flatten()
    }

    /// Text of a token range.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.toks.len() {
            return Span::empty(self.toks.get(a).map_or(self.span.end, |t| t.span.start));
        }
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }
}

/// Lines of each paragraph, as blocks.
pub fn blocks(text: &str, paragraphs: &[Span]) -> Vec<Block> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut start = p.start;
        for line in text[*p].split_inclusive('\n') {
            let s = Span::new(start, start + line.len()).trim(text);
            start += line.len();
            if !s.is_empty() {
                out.push(Block::new(text, s, pi));
            }
        }
    }
    out
}
