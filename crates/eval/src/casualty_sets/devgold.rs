//! The claims gold (`gold/dev`), casualties only, with each article's pairs,
//! misses and spurious figures for reading by hand. Matching is the claims
//! scorer's ([`crate::claims::matching::match_bags`], loose containment as
//! for casualties), so the totals equal `newsclaims eval claims`' casualty
//! figures for the same claims.

use super::{items, Item, SetError};
use crate::claims::matching::{match_bags, TokenBag};
use crate::claims::{load_gold, ClaimType, GoldSources};
use model::Extractor;
use serde::Serialize;
use serde_json::Value;
use std::path::Path;

/// Counts of a scoring run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    /// Gold items.
    pub gold: usize,
    /// System items.
    pub system: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with category, min and max right.
    pub correct: usize,
    /// Matched pairs with the category right.
    pub category_right: usize,
}

fn f1(hits: usize, gold: usize, sys: usize) -> f64 {
    let p = hits as f64 / sys.max(1) as f64;
    let r = hits as f64 / gold.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Score {
    /// Detection F1.
    pub fn detection_f1(&self) -> f64 {
        f1(self.matched, self.gold, self.system)
    }

    /// End-to-end F1 (category and both bounds right).
    pub fn end_to_end_f1(&self) -> f64 {
        f1(self.correct, self.gold, self.system)
    }

    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.correct += o.correct;
        self.category_right += o.category_right;
    }
}

/// A gold/system pairing of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleResult {
    /// Gold doc id.
    pub doc_id: String,
    /// The score.
    pub score: Score,
    /// Matched pairs (gold, system).
    pub pairs: Vec<(Item, Item)>,
    /// Gold items not found.
    pub missed: Vec<Item>,
    /// System items matching no gold.
    pub spurious: Vec<Item>,
}

/// Match one article's items as the claims scorer does.
pub fn score_items(doc_id: &str, gold: &[Item], sys: &[Item]) -> ArticleResult {
    let gb: Vec<TokenBag> = gold.iter().map(|g| TokenBag::of_text(&g.text)).collect();
    let sb: Vec<TokenBag> = sys.iter().map(|s| TokenBag::of_text(&s.text)).collect();
    let (mut gu, mut su) = (vec![false; gold.len()], vec![false; sys.len()]);
    let mut r = ArticleResult {
        doc_id: doc_id.into(),
        ..Default::default()
    };
    r.score.gold = gold.len();
    r.score.system = sys.len();
    for (i, j) in match_bags(&gb, &sb, true) {
        gu[i] = true;
        su[j] = true;
        r.score.matched += 1;
        let (g, s) = (&gold[i], &sys[j]);
        if g.category == s.category {
            r.score.category_right += 1;
            if g.min == s.min && g.max == s.max {
                r.score.correct += 1;
            }
        }
        r.pairs.push((g.clone(), s.clone()));
    }
    let left = |all: &[Item], used: &[bool]| -> Vec<Item> {
        all.iter()
            .zip(used)
            .filter(|(_, u)| !**u)
            .map(|(x, _)| x.clone())
            .collect()
    };
    r.missed = left(gold, &gu);
    r.spurious = left(sys, &su);
    r
}

/// A gzip-compressed text source (`a12.txt.gz`).
fn gunzip(path: &Path) -> Result<String, SetError> {
    use std::io::Read;
    let bytes = std::fs::read(path).map_err(|e| SetError::io(path, e))?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .map_err(|e| SetError::io(path, e))?;
    Ok(text)
}

/// Score an extractor's casualties against every gold file of `gold_dir`
/// (text, `.txt.gz`, JSON and JSON Lines sources).
pub fn claims_gold(
    shared: &Path,
    gold_dir: &Path,
    extractor: &dyn Extractor,
) -> Result<(Score, Vec<ArticleResult>), SetError> {
    let docs = load_gold(gold_dir)?;
    let mut sources = GoldSources::new(shared);
    let mut total = Score::default();
    let mut out = Vec::new();
    for doc in docs {
        let Some(source) = doc.source.as_deref() else {
            continue;
        };
        let text = if source.ends_with(".gz") && !source.contains('#') {
            gunzip(&shared.join(source))?
        } else {
            sources.resolve(source)?.text
        };
        let gold: Vec<Item> = doc
            .items(ClaimType::Casualty)
            .iter()
            .map(|g| Item {
                text: g.text.clone(),
                category: g
                    .attrs
                    .get("category")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .into(),
                min: g.attrs.get("min").and_then(Value::as_u64),
                max: g.attrs.get("max").and_then(Value::as_u64),
            })
            .collect();
        let sys = items(extractor, &doc.doc_id, &text);
        let r = score_items(&doc.doc_id, &gold, &sys);
        total.add(&r.score);
        out.push(r);
    }
    Ok((total, out))
}
