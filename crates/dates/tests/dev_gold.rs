//! Dates against the hand-annotated dev gold (`shared/gold/dev`), scored as
//! `shared/spec/claims-gold.md` says: one-to-one matching by word-multiset
//! similarity (≥ 0.5, or one text containing the other); end-to-end F1 counts
//! a match only when its value is right. Also: the seed article, all 10 right.

mod common;

use model::{Document, NaiveDate, Span};
use newsclaims_dates::DateExtractor;
use serde_json::Value;
use std::path::Path;

/// The article text named by a gold file's `source`.
fn source_text(shared: &Path, source: &str) -> Option<String> {
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let raw = std::fs::read_to_string(shared.join(file)).ok()?;
    let Some(key) = key else {
        // A text file may open with a `date YYYY-MM-DD By Publisher` header line, which
        // ingest turns into metadata; it is not article text.
        return Some(match raw.split_once('\n') {
            Some((first, rest)) if first.trim_start().starts_with("date ") => {
                format!("{}\n{rest}", " ".repeat(first.len()))
            }
            _ => raw,
        });
    };
    if file.ends_with(".jsonl") {
        raw.lines().find_map(|l| {
            let v: Value = serde_json::from_str(l).ok()?;
            (v["doc_id"].as_str() == Some(key)).then(|| v["content"].as_str().map(String::from))?
        })
    } else {
        let v: Value = serde_json::from_str(&raw).ok()?;
        v.get(key)?["articleBody"].as_str().map(String::from)
    }
}

fn norm_tokens(s: &str) -> Vec<String> {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    folded
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation() || c == '"')
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn similarity(a: &str, b: &str) -> f64 {
    let (ta, tb) = (norm_tokens(a), norm_tokens(b));
    let mut rest = tb.clone();
    let mut inter = 0;
    for t in &ta {
        if let Some(i) = rest.iter().position(|x| x == t) {
            rest.remove(i);
            inter += 1;
        }
    }
    let union = ta.len() + tb.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

fn contains(a: &str, b: &str) -> bool {
    let (a, b) = (norm_tokens(a).join(" "), norm_tokens(b).join(" "));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

struct Scores {
    gold: usize,
    system: usize,
    matched: usize,
    value_ok: usize,
    misses: Vec<String>,
}

fn score_dir(shared: &Path, x: &DateExtractor) -> Scores {
    let seg = segment::Segmenter::new();
    let mut sc = Scores {
        gold: 0,
        system: 0,
        matched: 0,
        value_ok: 0,
        misses: Vec::new(),
    };
    let mut files: Vec<_> = std::fs::read_dir(shared.join("gold/dev"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let g: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let Some(text) = source_text(shared, g["source"].as_str().unwrap_or("")) else {
            panic!("cannot read source of {}", f.display());
        };
        let dct = g["published"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let doc = Document::from_text(g["doc_id"].as_str().unwrap_or(""), text);
        let spans: Vec<Span> = seg.segment(&doc).sentences.iter().map(|s| s.span).collect();
        let sys = x.extract_text(&doc.text, &spans, dct);
        let gold: Vec<(String, String)> = g["dates"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| {
                        (
                            d["text"].as_str().unwrap_or("").to_string(),
                            d["value"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        sc.gold += gold.len();
        sc.system += sys.len();
        let mut pairs = Vec::new();
        for (gi, (gt, _)) in gold.iter().enumerate() {
            for (si, m) in sys.iter().enumerate() {
                let st = &doc.text[m.evidence.span];
                let s = similarity(gt, st);
                if s >= 0.5 || contains(gt, st) {
                    pairs.push((s, gi, si));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut gu, mut su) = (vec![false; gold.len()], vec![false; sys.len()]);
        for (_, gi, si) in pairs {
            if gu[gi] || su[si] {
                continue;
            }
            gu[gi] = true;
            su[si] = true;
            sc.matched += 1;
            if gold[gi].1 == sys[si].value {
                sc.value_ok += 1;
            } else {
                sc.misses.push(format!(
                    "{} value: {:?} gold {} got {}",
                    f.display(),
                    gold[gi].0,
                    gold[gi].1,
                    sys[si].value
                ));
            }
        }
        for (gi, (gt, gv)) in gold.iter().enumerate() {
            if !gu[gi] {
                sc.misses
                    .push(format!("{} missed: {gt:?} {gv}", f.display()));
            }
        }
        for (si, m) in sys.iter().enumerate() {
            if !su[si] {
                sc.misses.push(format!(
                    "{} spurious: {:?} {} ({})",
                    f.display(),
                    &doc.text[m.evidence.span],
                    m.value,
                    m.evidence.rule
                ));
            }
        }
    }
    sc
}

fn f1(tp: usize, gold: usize, system: usize) -> f64 {
    let p = if system == 0 {
        0.0
    } else {
        tp as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn dev_gold_end_to_end() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let x = DateExtractor::new().unwrap();
    let sc = score_dir(&shared, &x);
    let detect = f1(sc.matched, sc.gold, sc.system);
    let e2e = f1(sc.value_ok, sc.gold, sc.system);
    for m in &sc.misses {
        eprintln!("{m}");
    }
    eprintln!("dev dates: gold {} system {} matched {} value-right {} | detection F1 {detect:.4} end-to-end F1 {e2e:.4}", sc.gold, sc.system, sc.matched, sc.value_ok);
    assert!(e2e >= 0.91, "end-to-end F1 {e2e:.4} below the floor");
}

#[test]
fn seed_article_all_ten() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("gold/dev/000_5cb5ae326f07ab3e.json")).unwrap(),
    )
    .unwrap();
    let text = source_text(&shared, gold["source"].as_str().unwrap()).unwrap();
    let doc = Document::from_text("seed", text);
    let spans: Vec<Span> = segment::Segmenter::new()
        .segment(&doc)
        .sentences
        .iter()
        .map(|s| s.span)
        .collect();
    let x = DateExtractor::new().unwrap();
    let sys = x.extract_text(&doc.text, &spans, NaiveDate::from_ymd_opt(2021, 6, 8));
    let got: Vec<(String, String)> = sys
        .iter()
        .map(|m| (doc.text[m.evidence.span].to_string(), m.value.clone()))
        .collect();
    for d in gold["dates"].as_array().unwrap() {
        let want = (
            d["text"].as_str().unwrap().to_string(),
            d["value"].as_str().unwrap().to_string(),
        );
        assert!(got.contains(&want), "seed: {want:?} not found in {got:?}");
    }
}
