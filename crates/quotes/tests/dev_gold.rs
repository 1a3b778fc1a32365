//! Floors on the shared dev gold (`../shared/gold/dev`), scored like
//! `tools/score_claims.py`: texts compared as multisets of normalized word
//! tokens (match at Jaccard ≥ 0.5, greedy, highest first); speaker right when,
//! after dropping titles, the gold's last token is in the prediction or one
//! name's words all stand in the other (a bare pronoun never matches).
//! Skips with a message when the shared directory is absent.

use model::{Claim, Document, Extractor, Segmentation};
use newsclaims_quotes::QuoteExtractor;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("gold/dev").exists().then_some(p)
}

fn load_source(shared: &Path, source: &str) -> Option<String> {
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let raw = std::fs::read_to_string(shared.join(file)).ok()?;
    let Some(key) = key else { return Some(raw) };
    if file.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find_map(|v| {
                (v.get("doc_id")?.as_str()? == key)
                    .then(|| v.get("content")?.as_str().map(str::to_string))
                    .flatten()
            })
    } else {
        let v: serde_json::Value = serde_json::from_str(&raw).ok()?;
        v.get(key)?.get("articleBody")?.as_str().map(str::to_string)
    }
}

fn tokens(s: &str) -> Vec<String> {
    s.to_lowercase()
        .replace(['“', '”', '„', '«', '»'], "\"")
        .replace(['‘', '’', '`'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn similarity(a: &str, b: &str) -> f64 {
    let count = |s: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for t in tokens(s) {
            *m.entry(t).or_default() += 1;
        }
        m
    };
    let (ta, tb) = (count(a), count(b));
    let inter: usize = ta
        .iter()
        .map(|(k, v)| (*v).min(*tb.get(k).unwrap_or(&0)))
        .sum();
    let union: usize = ta.values().sum::<usize>() + tb.values().sum::<usize>() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "president",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "the",
    "prof",
    "sir",
    "lt",
    "sgt",
    "capt",
];
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
];

fn speaker_ok(gold: Option<&str>, pred: Option<&str>) -> bool {
    let Some(gold) = gold.filter(|g| !g.is_empty()) else {
        return pred.is_none_or(str::is_empty);
    };
    let (g, p) = (tokens(gold), tokens(pred.unwrap_or("")));
    if p.is_empty() || p.len() == 1 && PRONOUNS.contains(&p[0].as_str()) {
        return false;
    }
    let core = |v: &[String]| {
        v.iter()
            .filter(|t| !TITLES.contains(&t.as_str()))
            .cloned()
            .collect::<Vec<_>>()
    };
    let (gc, pc) = (core(&g), core(&p));
    if gc.is_empty() || pc.is_empty() {
        return gc == pc;
    }
    pc.contains(gc.last().unwrap_or(&String::new()))
        || pc.iter().all(|t| gc.contains(t))
        || gc.iter().all(|t| pc.contains(t))
}

#[derive(Default, Debug)]
struct Counts {
    gold: usize,
    pred: usize,
    matched: usize,
    e2e: usize,
}

fn f1(tp: usize, gold: usize, pred: usize) -> f64 {
    let (p, r) = (
        tp as f64 / pred.max(1) as f64,
        tp as f64 / gold.max(1) as f64,
    );
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn dev_gold_quote_floors() {
    let Some(shared) = shared() else {
        eprintln!("skipping: ../shared/gold/dev not found (set NEWSCLAIMS_SHARED)");
        return;
    };
    let ex = QuoteExtractor::new();
    let mut all = Counts::default();
    let mut by_kind: HashMap<String, Counts> = HashMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("gold/dev"))
        .expect("gold dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        let g: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(f).expect("gold file"))
                .expect("gold json");
        let text = load_source(&shared, g["source"].as_str().unwrap_or_default())
            .expect("gold source text");
        let doc = Document::from_text(g["doc_id"].as_str().unwrap_or_default(), text);
        let mut claims = Vec::new();
        ex.extract(&doc, &Segmentation::default(), &mut claims);
        let preds: Vec<(String, Option<String>, String)> = claims
            .iter()
            .filter_map(|c| match c {
                Claim::Quote(q) => Some((
                    doc.text[q.evidence.span].to_string(),
                    q.speaker.as_ref().map(|s| s.name.clone()),
                    format!("{:?}", q.kind).to_lowercase(),
                )),
                _ => None,
            })
            .collect();
        let gold: Vec<&serde_json::Value> = g["quotes"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let mut pairs = Vec::new();
        for (gi, gq) in gold.iter().enumerate() {
            for (pi, p) in preds.iter().enumerate() {
                let s = similarity(gq["text"].as_str().unwrap_or_default(), &p.0);
                if s >= 0.5 {
                    pairs.push((s, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
        let (mut ug, mut up) = (vec![false; gold.len()], vec![false; preds.len()]);
        all.gold += gold.len();
        all.pred += preds.len();
        for gq in &gold {
            by_kind
                .entry(gq["kind"].as_str().unwrap_or("?").into())
                .or_default()
                .gold += 1;
        }
        for p in &preds {
            by_kind.entry(p.2.clone()).or_default().pred += 1;
        }
        for (_, gi, pi) in pairs {
            if ug[gi] || up[pi] {
                continue;
            }
            ug[gi] = true;
            up[pi] = true;
            let ok = speaker_ok(gold[gi]["speaker"].as_str(), preds[pi].1.as_deref());
            let k = by_kind
                .entry(gold[gi]["kind"].as_str().unwrap_or("?").into())
                .or_default();
            k.matched += 1;
            k.e2e += ok as usize;
            all.matched += 1;
            all.e2e += ok as usize;
        }
    }
    let detect = f1(all.matched, all.gold, all.pred);
    let e2e = f1(all.e2e, all.gold, all.pred);
    eprintln!(
        "quotes dev: gold {} pred {} detection F1 {detect:.3} end-to-end F1 {e2e:.3}",
        all.gold, all.pred
    );
    let mut kinds: Vec<_> = by_kind.iter().collect();
    kinds.sort_by_key(|(k, _)| k.to_string());
    for (k, c) in kinds {
        eprintln!(
            "  {k:9} gold {:4} pred {:4} detection F1 {:.3} end-to-end F1 {:.3}",
            c.gold,
            c.pred,
            f1(c.matched, c.gold, c.pred),
            f1(c.e2e, c.gold, c.pred)
        );
    }
    // Floors a little under what the extractor reaches (0.921 and 0.888; issue 4 targets 0.92 and 0.88).
    assert!(detect >= 0.91, "detection F1 {detect:.3}");
    assert!(e2e >= 0.87, "end-to-end F1 {e2e:.3}");
}

/// Issue 4: every gold quote of the seed article is found with its speaker, and the
/// nested ones point to their parents.
#[test]
fn seed_article_quotes_and_speakers() {
    let Some(shared) = shared() else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let Ok(g) = std::fs::read_to_string(shared.join("gold/dev/000_5cb5ae326f07ab3e.json")) else {
        eprintln!("skipping: seed gold not found");
        return;
    };
    let g: serde_json::Value = serde_json::from_str(&g).expect("seed gold json");
    let text = load_source(&shared, g["source"].as_str().unwrap_or_default()).expect("seed text");
    let doc = Document::from_text("seed", text);
    let quotes = QuoteExtractor::new().quotes(&doc, &Segmentation::default());
    for gq in g["quotes"].as_array().expect("quotes") {
        let gt = gq["text"].as_str().unwrap_or_default();
        let hit = quotes
            .iter()
            .find(|q| similarity(gt, &doc.text[q.evidence.span]) >= 0.9);
        let q = hit.unwrap_or_else(|| panic!("seed quote not found: {gt}"));
        let sp = q.speaker.as_ref().map(|s| s.name.as_str());
        assert!(
            speaker_ok(gq["speaker"].as_str(), sp),
            "{gt}: speaker {sp:?}"
        );
        assert_eq!(
            q.parent.is_some(),
            gq["nested"].as_bool().unwrap_or(false),
            "{gt}: nesting"
        );
    }
}
