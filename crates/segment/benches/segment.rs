//! Throughput of `Segmenter::segment` (sentences + tokens) on synthetic news text.
//!
//! `cargo bench -p newsclaims-segment --bench segment`; the text (~4 MB) is
//! generated from templates with a fixed seed: headlines, bylines, quotes,
//! abbreviations, numbers, curly quotes and some non-ASCII names and symbols.

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

criterion_group!(benches, bench);
criterion_main!(benches);
