//! Quotes with speakers: direct, indirect, mixed and nested quotes, each
//! attributed to the fullest name the article uses for its source.
//!
//! [`QuoteExtractor`] is built once from rule data (`data/*.txt`: cue verbs with
//! lemmas and classes, multi-word cues, titles, honorifics, pronouns, channel
//! words, heads of unnamed sources) and implements [`model::Extractor`]. For each
//! document it
//! 1. splits paragraphs into lines and pairs quotation marks into regions
//!    ([`marks`]), whatever the style (`"…”`, `„…“`, `«…»`, unclosed, stray);
//! 2. splits sentences outside quotes, and finds attribution *frames*: a cue, its
//!    speaker phrase and its content ([`frames`]);
//! 3. classifies each content (direct, indirect, mixed), nests frames that lie in
//!    another frame's content, and attaches quotes with no cue of their own
//!    (split, dash, colon, next-sentence and floating quotes);
//! 4. resolves speakers to full names with a small document-level entity table.
//!
//! Every claim's rule id is `quotes/<pattern>/<cue lemma or none>`, e.g.
//! `quotes/trailing/say` for `"…," she said.` Patterns: `subject-cue` (`X said …`),
//! `trailing` (`…, X said.`), `inverted` (`…, said X.`), `coordinated` (`X warned that … and
//! urged …`), `relative` (`which X said was
//! …`), `according-to`, `participle` (`…, adding that …`), `split` (second half of
//! `"A," she said, "B."`), `next-sentence`/`bare` (`"…." Smith said.`), `colon`, `dash`,
//! `embedded-tweet`, `fragment` (quoted words given a source by a passive agent or a
//! naming verb) and `floating` (a quote paragraph with no attribution: the previous
//! speaker, or the next paragraph's for a quote continued over paragraphs).
//!
//! Not quotes: scare quotes and titles of works (fragments with no attributing verb, or
//! capitalized word by word), beliefs (`believes` is no cue), questions (`asked whether`),
//! negated or infinitival cues (`declined to comment`, `did not say`), passives.
//!
//! The extractor splits sentences itself, outside quotation marks, so a quote holding
//! several sentences stays whole whatever the segmenter did; it only takes paragraph
//! spans from the [`Segmentation`] (or the [`Document`]).
//!
//! ```
//! use model::{Claim, Document, Extractor, Segmentation};
//! use newsclaims_quotes::QuoteExtractor;
//!
//! let doc = Document::from_text("d", "Officer Jane Roe said the road was closed.\n\n\"We are safe,\" Roe said.");
//! let mut claims = Vec::new();
//! QuoteExtractor::new().extract(&doc, &Segmentation::default(), &mut claims);
//! let Claim::Quote(q) = &claims[1] else { panic!() };
//! assert_eq!(&doc.text[q.evidence.span], "We are safe");
//! assert_eq!(q.speaker.as_ref().unwrap().name, "Jane Roe");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod assemble;
pub mod block;
pub mod entities;
mod error;
pub mod frames;
pub mod lexicon;
pub mod marks;
pub mod nested;
pub mod np;
pub mod resolve;
pub mod tokens;

pub use error::RuleError;
pub use lexicon::{Lexicon, RuleTexts};

use model::{
    Claim, ClaimRef, Cue, Document, Evidence, Extractor, Quote, RuleId, Segmentation, Span,
};

/// The quote extractor: immutable after construction, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct QuoteExtractor {
    lx: Lexicon,
}

impl Default for QuoteExtractor {
    fn default() -> Self {
        QuoteExtractor::new()
    }
}

impl QuoteExtractor {
    /// An extractor with the built-in rules.
    pub fn new() -> QuoteExtractor {
        QuoteExtractor {
            lx: Lexicon::builtin(),
        }
    }

    /// An extractor from other rule texts.
    pub fn from_rules(rules: &RuleTexts<'_>) -> Result<QuoteExtractor, RuleError> {
        Ok(QuoteExtractor {
            lx: Lexicon::parse(rules)?,
        })
    }

    /// The rule tables.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lx
    }

    /// The quotes of `doc`, with parents as indices into the returned vector.
    pub fn quotes(&self, doc: &Document, seg: &Segmentation) -> Vec<Quote> {
        let paragraphs: Vec<Span> = if !seg.paragraphs.is_empty() {
            seg.paragraphs.iter().map(|p| p.span).collect()
        } else if !doc.paragraphs.is_empty() {
            doc.paragraphs.clone()
        } else {
            model::paragraphs_by_blank_lines(&doc.text, 0)
        };
        let paragraphs: Vec<Span> = paragraphs
            .into_iter()
            .filter(|p| p.is_valid_for(&doc.text))
            .collect();
        let mut blocks = block::blocks(&doc.text, &paragraphs);
        let mut ents = entities::Entities::build(&self.lx, &doc.text, &blocks);
        let mut items = assemble::assemble(&self.lx, &doc.text, &blocks);
        nested::add_nested(&self.lx, &doc.text, &mut blocks, &mut items);
        let speakers = resolve::resolve(&self.lx, &doc.text, &blocks, &mut ents, &items);
        // Text order; parents remapped.
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| (items[i].content.start, items[i].content.end));
        let mut pos = vec![0; items.len()];
        for (n, &i) in order.iter().enumerate() {
            pos[i] = n;
        }
        let mut seen = std::collections::HashSet::new();
        let mut seen_text = std::collections::HashSet::new();
        let mut out = Vec::new();
        let mut kept = vec![usize::MAX; items.len()];
        for &i in &order {
            let it = &items[i];
            if it.content.is_empty() {
                continue;
            }
            // The same words with the same speaker twice (a repeated caption or pull
            // quote) are one claim.
            let key = (
                doc.text[it.content].to_string(),
                speakers[i].as_ref().map(|s| s.name.clone()),
            );
            if !seen.insert((it.content.start, it.content.end))
                || DEDUPE_REPEATS && !seen_text.insert(key)
            {
                continue;
            }
            kept[i] = out.len();
            let lemma = it
                .cue
                .as_ref()
                .map_or("none", |c| c.1.as_str())
                .replace(' ', "-");
            let rule = format!("quotes/{}/{}", it.pattern, lemma);
            out.push(Quote {
                evidence: Evidence {
                    span: it.content,
                    sentence: seg.sentence_at(it.content.start).unwrap_or(0),
                    rule: RuleId::new(rule),
                    confidence: confidence(it.pattern),
                },
                kind: it.kind,
                speaker: speakers[i].clone(),
                cue: it.cue.as_ref().map(|(s, l)| Cue {
                    text: doc.text[*s].to_string(),
                    span: *s,
                    lemma: l.clone(),
                }),
                channel: it.channel.clone(),
                parent: it.parent.map(ClaimRef),
            });
        }
        for q in &mut out {
            q.parent = q
                .parent
                .and_then(|ClaimRef(p)| (kept[p] != usize::MAX).then_some(ClaimRef(kept[p])));
        }
        out
    }
}

/// Whether a quote repeated verbatim with the same speaker (a caption printed twice)
/// is kept once. Off: news pages that repeat a paragraph repeat the claim, and the
/// gold annotates each occurrence.
const DEDUPE_REPEATS: bool = false;

fn confidence(pattern: &str) -> f32 {
    match pattern {
        "trailing" | "inverted" | "subject-cue" | "split" | "according-to" | "coordinated" => 0.9,
        "relative" | "participle" | "bare" | "next-sentence" | "colon" | "dash" | "nested" => 0.75,
        _ => 0.6,
    }
}

impl Extractor for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, doc: &Document, seg: &Segmentation, claims: &mut Vec<Claim>) {
        let base = claims.len();
        for mut q in self.quotes(doc, seg) {
            q.parent = q.parent.map(|ClaimRef(p)| ClaimRef(base + p));
            claims.push(Claim::Quote(q));
        }
    }
}
