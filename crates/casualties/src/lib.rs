//! Casualty figures from news text: how many people were killed, injured, shot,
//! went missing, were abducted, arrested or displaced, as closed bounds.
//!
//! [`CasualtyExtractor`] implements [`model::Extractor`]. For each sentence it
//! finds count candidates (numbers from the `numbers` crate with their bounds,
//! singular victims such as `a man`, pronouns, names, lists of names) and harm
//! cues (`data/harm.txt`), pairs them by a handful of rules (`subject`,
//! `adjacent`, `object`, `noun-of`, `possessive`, `toll`, `list`, `zero`; see
//! `pair.rs`), and pushes one [`model::Casualty`] per pairing. Bounds follow
//! `spec/claims-gold.md`: `over 120` → min 121, `nearly 50` → max 49,
//! `dozens` → min 24 (vague), `no one was hurt` → 0/0.
//!
//! Each figure also carries its victims (`Azerbaijani citizens`), scope
//! (`so far`, `since …` → cumulative; a dated sentence → incident), the update
//! flag (`rose to`), place (`in Kalbajar region`), cause (`mine blast`), source
//! (`according to …`), the [`model::ClaimRef`] of the date claim of its sentence
//! (else its paragraph) and of the quote whose content holds the count: the
//! pipeline runs dates and quotes first, so those claims are in the buffer.
//!
//! Evaluation (read from `../shared` at run time):
//! - `cargo test -p newsclaims-casualties --test dev_gold -- --nocapture`: the
//!   claims gold, casualties only (`CASUALTY_VERBOSE=1` lists every pair, miss
//!   and spurious figure); add `gva_agreement --ignored` for the Gun Violence
//!   Archive agreement;
//! - `--test casualty_displacement`: IDETECT displacement excerpts;
//! - `--test casualty_fixtures`: `fixtures/casualties/cases.txt`, one case per
//!   pattern, written for this project;
//! - `--test casualty_snapshots`: `fixtures/casualties/patterns/*.txt`, insta
//!   snapshots with `^^^` under each figure.
//!
//! Rules are data under `data/` (harm cues per category and form, cues written
//! as patterns such as `in nine evacuation centres`, victim nouns, words after
//! a number that make it no people count, causes, scope cues). Sentences from
//! PDF reports with lost spaces (`peoplewere evacuated`, `at least140,000`)
//! are read through a repaired view (`deglue.rs`) whose spans map back.
//!
//! The shared-set reports (GVA, displacement, dev gold) live in
//! `newsclaims_eval::casualty_sets`; this crate's tests print them.
//! Numbers that are ages, years, times, money, percentages, addresses or
//! measures never become counts.
//!
//! ```
//! use model::{Claim, Document, Extractor, HarmCategory};
//! use newsclaims_casualties::CasualtyExtractor;
//! let doc = Document::from_text("d", "Over 120 citizens have been killed or wounded. Four were injured.");
//! let seg = segment::Segmenter::new().segment(&doc);
//! let mut claims = Vec::new();
//! CasualtyExtractor::new().extract(&doc, &seg, &mut claims);
//! let Claim::Casualty(c) = &claims[0] else { panic!() };
//! assert_eq!((c.category, c.min, c.max), (HarmCategory::KilledOrInjured, Some(121), None));
//! let Claim::Casualty(c) = &claims[1] else { panic!() };
//! assert_eq!((c.category, c.min, c.max), (HarmCategory::Injured, Some(4), Some(4)));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod attach;
mod counts;
mod deglue;
mod lexicon;
mod pair;

use model::{Casualty, Claim, Document, Evidence, Extractor, RuleId, Segmentation, Span};

/// The casualty extractor. Rules are compiled once (lazily, on first use) and
/// shared read-only; the extractor is `Send + Sync`.
#[derive(Debug, Clone, Default)]
pub struct CasualtyExtractor {}

impl CasualtyExtractor {
    /// An extractor with the built-in English rules.
    pub fn new() -> CasualtyExtractor {
        once_cell::sync::Lazy::force(&lexicon::LEXICON);
        CasualtyExtractor {}
    }

    /// The figures of one sentence span, document-relative, without links to
    /// other claims: a convenience for tests and tools.
    pub fn figures_in(&self, text: &str) -> Vec<(Span, Casualty)> {
        let doc = Document::from_text("-", text);
        let seg = segment::Segmenter::new().segment(&doc);
        let mut claims = Vec::new();
        self.extract(&doc, &seg, &mut claims);
        claims
            .into_iter()
            .filter_map(|c| match c {
                Claim::Casualty(c) => Some((c.evidence.span, c)),
                _ => None,
            })
            .collect()
    }
}

/// Related-link and navigation lines (`Previous coverage: 7 shot at …`) carry
/// headlines of other articles, not claims of this one.
fn boilerplate(sentence: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "previous coverage",
        "related:",
        "related coverage",
        "read more",
        "more:",
        "see also",
        "watch:",
        "video:",
        "photos:",
        "click here",
        "also read",
        "recommended:",
        "trending:",
    ];
    let l = sentence.trim_start().to_lowercase();
    PREFIXES.iter().any(|p| l.starts_with(p))
}

impl Extractor for CasualtyExtractor {
    fn name(&self) -> &'static str {
        "casualties"
    }

    fn extract(&self, doc: &Document, seg: &Segmentation, claims: &mut Vec<Claim>) {
        let mut new = Vec::new();
        // Captions of a photo gallery repeat the same words many times: one
        // evidence text is taken at most twice per document.
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (si, sent) in seg.sentences.iter().enumerate() {
            if !sent.span.is_valid_for(&doc.text) {
                continue;
            }
            let text = &doc.text[sent.span];
            if boilerplate(text) {
                continue;
            }
            // Rules read a repaired view (`peoplewere` → `people were`);
            // spans go back to the sentence through its map.
            let view = deglue::view(text);
            if !pair::may_have_figures(&view.text) {
                continue;
            }
            let cands = counts::candidates(&view.text);
            let figs = pair::figures(&view.text, &cands);
            if figs.is_empty() {
                continue;
            }
            // Sentence attributes, once for all its figures.
            let lower = text.to_lowercase();
            let words = if lower.len() == text.len() {
                attach::scope_words(&lower)
            } else {
                attach::scope_words(&text.to_ascii_lowercase())
            };
            let place = attach::place(text);
            let cause = attach::cause(&lower);
            let source = attach::source(text);
            for mut f in figs {
                let back = |s: Span| Span::new(view.orig(s.start), view.orig(s.end));
                f.span = back(f.span);
                f.count.count_span = back(f.count.count_span);
                if !(f.span.is_valid_for(text) && f.count.count_span.is_valid_for(text)) {
                    continue;
                }
                let times = seen.entry(&text[f.span]).or_default();
                *times += 1;
                if *times > 2 {
                    continue;
                }
                let span = f.span.shift(sent.span.start);
                let count_span = f.count.count_span.shift(sent.span.start);
                let event_date = attach::event_date(claims, seg, si, span.start);
                let (scope, update) = attach::scope_of(words, event_date.is_some());
                let confidence = match f.rule.as_str() {
                    "subject" | "object" | "adjacent" | "zero" | "list" | "toll" => 0.8,
                    _ => 0.6,
                };
                let c = Casualty {
                    evidence: Evidence {
                        span,
                        sentence: si,
                        rule: RuleId::new(format!("casualties/{}", f.rule)),
                        confidence,
                    },
                    category: f.category,
                    min: f.count.min,
                    max: f.count.max,
                    approx: f.count.approx,
                    vague: f.count.vague,
                    count_span: Some(count_span),
                    victims: f.count.victims.clone(),
                    scope,
                    update,
                    event_date,
                    place: place.clone(),
                    cause: cause.clone(),
                    source_quote: attach::source_quote(claims, count_span),
                    source: source.clone(),
                };
                new.push(Claim::Casualty(c));
            }
        }
        claims.extend(new);
    }
}
