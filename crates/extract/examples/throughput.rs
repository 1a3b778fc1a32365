//! HTML → Document over a folder of `.html`/`.html.gz` pages, N rounds; run under
//! `/usr/bin/time` to get CPU time on a loaded machine:
//! `cargo run --release -p newsclaims-extract --example throughput -- DIR [ROUNDS]`.
//! `PHASES=1` times each stage, `PARSE_ONLY=1` the parser alone, and `DUMP=1` prints
//! every page's `Document` (to check that a speed change leaves the output unchanged).
use newsclaims_extract::{HtmlExtractor, PageHints};
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let mut pages = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&args[1])
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths {
        let mut v = Vec::new();
        if p.extension().is_some_and(|x| x == "gz") {
            flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap())
                .read_to_end(&mut v)
                .unwrap();
        } else {
            v = std::fs::read(&p).unwrap();
        }
        pages.push(v);
    }
    let ex = HtmlExtractor::new();
    let hints = PageHints::new("t");
    let start = std::time::Instant::now();
    let mut ok = 0;
    let parse_only = std::env::var_os("PARSE_ONLY").is_some();
    if std::env::var_os("DUMP").is_some() {
        // Every page's Document (or error), in file-name order, to compare two builds.
        for p in &pages {
            println!("{:?}", ex.extract(p, &hints));
        }
        return;
    }
    if std::env::var_os("PHASES").is_some() {
        let mut t = [0.0; 6];
        for _ in 0..rounds {
            for p in &pages {
                let x = newsclaims_extract::debug_phase_times(&ex, p);
                for k in 0..6 {
                    t[k] += x[k];
                }
            }
        }
        let total: f64 = t.iter().sum();
        let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 * rounds as f64 / 1e6;
        for (name, v) in [
            "decode",
            "parse",
            "flatten",
            "meta",
            "blocks+select+text",
            "drop tree",
        ]
        .iter()
        .zip(t)
        {
            println!("{name:>20}: {v:.3} s ({:.1}%)", 100.0 * v / total);
        }
        println!(
            "total {total:.3} s = {:.1} MB/s; parse alone {:.1} MB/s",
            mb / total,
            mb / t[1]
        );
        return;
    }
    for _ in 0..rounds {
        if parse_only {
            ok += pages
                .iter()
                .map(|p| {
                    scraper::Html::parse_document(std::str::from_utf8(p).unwrap_or(""))
                        .tree
                        .values()
                        .count()
                        .min(1)
                })
                .sum::<usize>();
        } else {
            ok += pages
                .iter()
                .filter(|p| ex.extract(p, &hints).is_ok())
                .count();
        }
    }
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 * rounds as f64 / 1e6;
    let s = start.elapsed().as_secs_f64();
    println!(
        "{ok} docs, {mb:.1} MB in {s:.2} s wall = {:.1} MB/s (wall)",
        mb / s
    );
}
