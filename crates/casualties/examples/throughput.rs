//! Single-thread throughput of the casualty extractor alone (segmentation is
//! done before the clock starts), over the dev gold texts and the first GVA
//! articles, read at run time from `shared/` (`NEWSCLAIMS_SHARED`).
//!
//! `cargo run --release -p newsclaims-casualties --example throughput -- [DUMP] [GVA_N]`
//!
//! With `DUMP`, every figure found (document, span, category, bounds, rule) is
//! written to that file, so a speed change can be checked for identical output.

use model::{Claim, Document, Extractor};
use newsclaims_casualties::CasualtyExtractor;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Instant;

fn shared() -> PathBuf {
    std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

fn texts(shared: &std::path::Path, gva_n: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(shared.join("gold/dev"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for p in paths {
        let Ok(j) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&j) else {
            continue;
        };
        let Some(src) = v.get("source").and_then(|s| s.as_str()) else {
            continue;
        };
        if src.contains('#') {
            continue;
        }
        let path = shared.join(src);
        let text = if src.ends_with(".gz") {
            let mut s = String::new();
            std::fs::File::open(&path)
                .ok()
                .and_then(|f| flate2::read::GzDecoder::new(f).read_to_string(&mut s).ok())
                .map(|_| s)
        } else {
            std::fs::read_to_string(&path).ok()
        };
        if let Some(t) = text {
            out.push((src.to_string(), t));
        }
    }
    let gva = std::fs::read_to_string(shared.join("corpora/casualties/gva/gva_articles.jsonl"))
        .unwrap_or_default();
    for (i, line) in gva.lines().take(gva_n).enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let title = v.get("title").and_then(|s| s.as_str()).unwrap_or("");
        let content = v.get("content").and_then(|s| s.as_str()).unwrap_or("");
        out.push((format!("gva-{i}"), format!("{title}\n\n{content}")));
    }
    out
}

/// Nanoseconds this thread spent on a CPU (Linux `schedstat`), so a loaded
/// machine does not count waiting time; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dump = args.next().filter(|a| a != "-");
    let gva_n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let shared = shared();
    let texts = texts(&shared, gva_n);
    if texts.is_empty() {
        eprintln!(
            "SKIP: no texts under {} (set NEWSCLAIMS_SHARED)",
            shared.display()
        );
        return;
    }
    let segmenter = segment::Segmenter::new();
    let docs: Vec<_> = texts
        .iter()
        .map(|(id, t)| {
            let d = Document::from_text(id, t);
            let s = segmenter.segment(&d);
            (d, s)
        })
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let ex = CasualtyExtractor::new();
    let mut all = Vec::new();
    let rounds = 3;
    let start = Instant::now();
    let cpu0 = cpu_ns();
    for r in 0..rounds {
        for (d, s) in &docs {
            let mut claims = Vec::new();
            ex.extract(d, s, &mut claims);
            if r == 0 {
                all.push(claims);
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_ns()
        .zip(cpu0)
        .map_or(secs, |(b, a)| b.saturating_sub(a) as f64 / 1e9);
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} docs, {:.2} MB x {rounds}: wall {:.2} s ({:.2} MB/s), CPU {:.2} s ({:.2} MB/s CPU), single thread",
        docs.len(),
        bytes as f64 / 1e6,
        secs,
        mb / secs,
        cpu,
        mb / cpu
    );
    if let Some(path) = dump {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("dump file"));
        for ((id, _), claims) in texts.iter().zip(&all) {
            for c in claims {
                if let Claim::Casualty(c) = c {
                    let _ = writeln!(f, "{id}\t{:?}", c);
                }
            }
        }
    }
}
