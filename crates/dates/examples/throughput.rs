//! Single-threaded throughput of [`DateExtractor::extract_text`] on the texts of
//! the dev gold (`shared/gold/dev`), sentence splitting excluded.
//!
//! `cargo run --release -p newsclaims-dates --example throughput [-- SECONDS]`
//! (`NEWSCLAIMS_SHARED` overrides `<repo>/../shared`).
use model::{Document, NaiveDate, Span};
use newsclaims_dates::DateExtractor;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The article text named by a gold file's `source` (`file` or `file#key`).
fn source_text(shared: &Path, source: &str) -> Option<String> {
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let raw = std::fs::read_to_string(shared.join(file)).ok()?;
    let Some(key) = key else {
        return Some(raw);
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

/// CPU time of this process so far (Linux `/proc/self/schedstat`, nanoseconds on CPU).
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let mut docs: Vec<(String, Vec<Span>)> = Vec::new();
    let seg = segment::Segmenter::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(shared.join("gold/dev"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for p in paths {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&p)?)?;
        let Some(text) = gold["source"]
            .as_str()
            .and_then(|s| source_text(&shared, s))
        else {
            continue;
        };
        let doc = Document::from_text("bench", text);
        let spans = seg.segment(&doc).sentences.iter().map(|s| s.span).collect();
        docs.push((doc.text.clone(), spans));
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let x = DateExtractor::new()?;
    let dct = NaiveDate::from_ymd_opt(2021, 6, 8);
    let (mut rounds, mut found) = (0usize, 0usize);
    // One warm-up round: the regex engines build their lazy DFAs on first use.
    for (t, s) in &docs {
        x.extract_text(t, s, dct);
    }
    let cpu0 = cpu_seconds().unwrap_or(0.0);
    let start = Instant::now();
    // `ROUNDS=n`: a fixed number of rounds (for `perf stat` on a busy machine).
    let fixed: Option<usize> = std::env::var("ROUNDS").ok().and_then(|s| s.parse().ok());
    while fixed.map_or(start.elapsed().as_secs_f64() < secs || rounds == 0, |n| {
        rounds < n
    }) {
        for (t, s) in &docs {
            found += x.extract_text(t, s, dct).len();
        }
        rounds += 1;
    }
    let el = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().map(|c| c - cpu0);
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} docs, {:.1} KB, {rounds} rounds, {} mentions/round: wall {:.2} MB/s ({:.2} ms/round)",
        docs.len(),
        bytes as f64 / 1e3,
        found / rounds,
        mb / el,
        el * 1e3 / rounds as f64
    );
    if let Some(cpu) = cpu {
        println!(
            "cpu {:.2} MB/s ({:.2} ms/round; the figure to quote on a shared machine)",
            mb / cpu,
            cpu * 1e3 / rounds as f64
        );
    }
    Ok(())
}
