//! CPU-time throughput of `Segmenter::segment` on the bench's synthetic news text.
//!
//! Criterion reports wall time, which on a shared machine includes time spent
//! waiting for a core; this example also reads the process's user+system CPU
//! time from `/proc/self/stat` (Linux) and reports MB per CPU-second.
//!
//! `cargo run --release -p newsclaims-segment --example throughput [MB] [ITERATIONS] [full|into|sentences]`
//! (every mode when the third argument is absent): `full` is `Segmenter::segment`
//! (paragraphs, sentences, tokens; a fresh `Segmentation` each time), `into` is
//! `Segmenter::segment_into` reusing one `Segmentation`, `sentences` is
//! `Segmenter::split_sentences`.

use model::{Document, Segmentation};
use newsclaims_segment::Segmenter;
use std::time::Instant;

#[path = "../benches/support/news_text.rs"]
mod news_text;

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
    let mb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4);
    let iters: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let only = args.next();
    let doc = Document::from_text("bench", news_text::news_text(mb << 20));
    let seg = Segmenter::new();
    let bytes = (doc.text.len() * iters) as f64 / 1e6;
    let mut reused = Segmentation::default();
    for (name, mode) in [
        ("sentences+tokens", "full"),
        ("segment_into", "into"),
        ("sentences only", "sentences"),
    ] {
        if only.as_deref().is_some_and(|m| m != mode) {
            continue;
        }
        let (c0, t0) = (cpu_seconds(), Instant::now());
        let mut n = 0;
        for _ in 0..iters {
            n += match mode {
                "full" => seg.segment(&doc).tokens.len(),
                "into" => {
                    seg.segment_into(&doc, &mut reused);
                    reused.tokens.len()
                }
                _ => seg.split_sentences(&doc.text).len(),
            };
        }
        let wall = t0.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(c0)
            .map(|(a, b)| a - b)
            .unwrap_or(f64::NAN);
        println!(
            "{name:<17} {:.1} MB x{iters}: wall {:.1} MB/s, cpu {:.1} MB/s ({n} items)",
            bytes / iters as f64,
            bytes / wall,
            bytes / cpu
        );
    }
}
