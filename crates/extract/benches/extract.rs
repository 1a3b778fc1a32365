//! HTML → Document throughput (MB of HTML per second, one thread) over the shared AEB
//! pages, or over the own fixtures when `../shared` is absent.
//! `cargo bench -p newsclaims-extract`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclaims_extract::{HtmlExtractor, PageHints};
use std::io::Read;
use std::path::PathBuf;

fn pages() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../../../shared"));
    let dir = shared.join("corpora/extract/article-extraction-benchmark/html");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            let mut v = Vec::new();
            if flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap())
                .read_to_end(&mut v)
                .is_ok()
            {
                out.push(v);
            }
        }
    }
    if out.is_empty() {
        eprintln!("../shared not found: benchmarking the own fixtures");
        for name in [
            "boilerplate.html",
            "windows-1252.html",
            "url-date.html",
            "time-element.html",
        ] {
            out.push(std::fs::read(root.join("../../fixtures/extract").join(name)).unwrap());
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let ex = HtmlExtractor::new();
    let hints = PageHints::new("bench");
    let total: usize = pages.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("html_to_document", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter(|p| ex.extract(p, &hints).is_ok())
                .count()
        })
    });
    g.bench_function("html5ever_parse_only", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    scraper::Html::parse_document(&String::from_utf8_lossy(p))
                        .tree
                        .values()
                        .count()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
