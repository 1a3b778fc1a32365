//! Throughput of `newsclaims-segment` on the texts of a JSONL file, one thread.
//!
//! `segbench INPUT.jsonl [REPEAT]` prints, for `split_sentences` (sentences only)
//! and `Segmenter::segment` (paragraphs, sentences and tokens, what the pipeline
//! runs), one line in the peers' format:
//! `[name] docs= bytes= wall_s= docs_per_s= MB_per_s= real_wall_s= sentences=`, where, as
//! in `benches/cpu_clock.py`, `wall_s` and the rates use this process's CPU time
//! (user+system, from `/proc/self/stat`; wall time when unreadable) and `real_wall_s`
//! is the wall time. Only the segmentation is timed (not reading or JSON parsing).
#![forbid(unsafe_code)]

use model::Document;
use newsclaims_segment::Segmenter;
use std::time::Instant;

/// User + system CPU seconds of this process (Linux), if readable.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: segbench INPUT.jsonl [REPEAT]");
    let repeat: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let raw = std::fs::read_to_string(&path).expect("readable input");
    let texts: Vec<String> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::from_text(format!("d{i}"), t.clone()))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    let n_docs = texts.len() * repeat;
    let seg = Segmenter::new();
    // Warm-up (lazy tables).
    let _ = seg.split_sentences("Warm up. Done.");
    let report = |name: &str, c0: Option<f64>, t0: Instant, n: usize| {
        let wall = t0.elapsed().as_secs_f64();
        let secs = cpu_seconds().zip(c0).map_or(wall, |(a, b)| a - b).max(1e-9);
        println!(
            "[{name}] docs={n_docs} bytes={bytes} wall_s={secs:.4} docs_per_s={:.1} MB_per_s={:.2} real_wall_s={wall:.4} sentences={n}",
            n_docs as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    };
    let (c0, t0) = (cpu_seconds(), Instant::now());
    let mut n = 0;
    for _ in 0..repeat {
        for t in &texts {
            n += seg.split_sentences(t).len();
        }
    }
    report("newsclaims_split_sentences", c0, t0, n);
    let (c0, t0) = (cpu_seconds(), Instant::now());
    let mut n = 0;
    for _ in 0..repeat {
        for d in &docs {
            n += seg.segment(d).sentences.len();
        }
    }
    report("newsclaims_segment_full", c0, t0, n);
}
