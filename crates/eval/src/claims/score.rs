//! Scoring: per document and type, greedy matching, attribute checks and the
//! totals of `score_claims.py`.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::error::EvalError;
use super::gold::{load_gold, GoldDoc};
use super::matching::{match_bags, TokenBag};
use super::pred::{read_claims, PredClaim};
use super::report::{prf, py_round4, AttributeAccuracy, ClaimsReport, EndToEnd, TypeReport};
use super::types::ClaimType;

/// Scores predicted claims against gold documents. Claims of documents
/// without gold are ignored; gold documents with a repeated `doc_id` count
/// once, the later one winning (as in Python's dict).
pub fn score(gold: &[GoldDoc], claims: impl Iterator<Item = PredClaim>) -> ClaimsReport {
    let mut docs: Vec<&GoldDoc> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for doc in gold {
        match index.get(doc.doc_id.as_str()) {
            Some(&k) => docs[k] = doc,
            None => {
                index.insert(doc.doc_id.as_str(), docs.len());
                docs.push(doc);
            }
        }
    }
    let mut preds: Vec<[Vec<PredClaim>; 3]> = vec![Default::default(); docs.len()];
    for claim in claims {
        if let Some(&k) = index.get(claim.doc_id.as_str()) {
            preds[k][claim.kind.index()].push(claim);
        }
    }
    let documents_with_claims = preds
        .iter()
        .filter(|by_type| by_type.iter().any(|v| !v.is_empty()))
        .count();
    let [quote, casualty, date] = ClaimType::ALL.map(|kind| score_type(kind, &docs, &preds));
    ClaimsReport {
        documents: docs.len(),
        documents_with_claims,
        quote,
        casualty,
        date,
    }
}

fn score_type(kind: ClaimType, docs: &[&GoldDoc], preds: &[[Vec<PredClaim>; 3]]) -> TypeReport {
    let attributes = kind.attributes();
    let (mut n_gold, mut n_pred, mut tp, mut e2e) = (0, 0, 0, 0);
    let mut attr_ok = vec![0usize; attributes.len()];
    for (doc, by_type) in docs.iter().zip(preds) {
        let g_items = doc.items(kind);
        let p_items = &by_type[kind.index()];
        n_gold += g_items.len();
        n_pred += p_items.len();
        if g_items.is_empty() || p_items.is_empty() {
            continue;
        }
        let g_bags: Vec<_> = g_items.iter().map(|g| TokenBag::of_text(&g.text)).collect();
        let p_bags: Vec<_> = p_items.iter().map(|p| TokenBag::of_text(&p.text)).collect();
        for (i, j) in match_bags(&g_bags, &p_bags, kind.loose()) {
            tp += 1;
            let (g, p) = (&g_items[i].attrs, &p_items[j].attrs);
            let ok: Vec<bool> = attributes.iter().map(|a| kind.check(a, g, p)).collect();
            for (count, hit) in attr_ok.iter_mut().zip(&ok) {
                *count += usize::from(*hit);
            }
            let headline_ok = kind
                .headline()
                .iter()
                .all(|h| attributes.iter().zip(&ok).any(|(a, hit)| a == h && *hit));
            e2e += usize::from(headline_ok);
        }
    }
    let (p, r, f) = prf(tp, n_gold, n_pred);
    let (ep, er, ef) = prf(e2e, n_gold, n_pred);
    let accuracy = attributes
        .iter()
        .zip(&attr_ok)
        .map(|(a, &n)| {
            let v = if tp > 0 {
                py_round4(n as f64 / tp as f64)
            } else {
                0.0
            };
            (*a, v)
        })
        .collect();
    TypeReport {
        gold: n_gold,
        predicted: n_pred,
        matched: tp,
        precision: py_round4(p),
        recall: py_round4(r),
        f1: py_round4(f),
        attribute_accuracy: AttributeAccuracy(accuracy),
        end_to_end: EndToEnd {
            precision: py_round4(ep),
            recall: py_round4(er),
            f1: py_round4(ef),
        },
    }
}

/// `score_claims.py GOLD_DIR CLAIMS.jsonl`: loads the gold directory, reads
/// the claims file and scores it. A malformed line is an error naming the
/// file and the line.
pub fn score_files(gold_dir: &Path, claims_jsonl: &Path) -> Result<ClaimsReport, EvalError> {
    let gold = load_gold(gold_dir)?;
    let ids: HashSet<&str> = gold.iter().map(|d| d.doc_id.as_str()).collect();
    let claims = read_claims(claims_jsonl, &ids)?;
    Ok(score(&gold, claims.into_iter()))
}
