//! Throughput of `Segmenter::segment` (sentences + tokens) on news text.
//!
//! `cargo bench -p newsclaims-segment --bench segment`. Two texts of ~4 MB:
//! - `corpus_*`: the articles of the repository's `corpus/` (our own news articles,
//!   plain text), repeated: what news looks like;
//! - `news_*`: generated from templates with a fixed seed, a stress text far denser
//!   than news in abbreviations, numbers, curly quotes, non-ASCII names and CJK.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use model::Document;
use newsclaims_segment::Segmenter;
use std::hint::black_box;

#[path = "support/news_text.rs"]
mod news_text;
use news_text::news_text;

fn bench(c: &mut Criterion) {
    let seg = Segmenter::new();
    let doc = Document::from_text("bench", news_text(4 << 20));
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    g.sample_size(10);
    g.bench_function("news_4mb_sentences_and_tokens", |b| {
        b.iter(|| black_box(seg.segment(black_box(&doc))))
    });
    let corpus = Document::from_text("corpus", corpus_text(4 << 20));
    g.throughput(Throughput::Bytes(corpus.text.len() as u64));
    g.bench_function("corpus_4mb_sentences_and_tokens", |b| {
        b.iter(|| black_box(seg.segment(black_box(&corpus))))
    });
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    let mut reused = model::Segmentation::default();
    g.bench_function("news_4mb_segment_into_reused", |b| {
        b.iter(|| {
            seg.segment_into(black_box(&doc), &mut reused);
            black_box(reused.tokens.len())
        })
    });
    g.bench_function("news_4mb_sentences_only", |b| {
        b.iter(|| black_box(seg.split_sentences(black_box(&doc.text))))
    });
    g.bench_function("news_4mb_tokens_only", |b| {
        b.iter(|| black_box(seg.tokenize(black_box(&doc.text))))
    });
    g.finish();
}

/// The `.txt` articles of `corpus/`, each a paragraph block, repeated to `len` bytes.
fn corpus_text(len: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/ beside the crates")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let articles: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(!articles.is_empty(), "no articles in {}", dir.display());
    let mut text = String::with_capacity(len + 16_384);
    while text.len() < len {
        for a in &articles {
            text.push_str(a.trim());
            text.push_str("\n\n");
        }
    }
    text
}

criterion_group!(benches, bench);
criterion_main!(benches);
