//! Dumps the sentence and token spans of varied text (the repository corpus,
//! repeated, plus the bench's synthetic news text) to stdout, one line per span,
//! so that two builds can be compared byte for byte (`cmp`) after a speed change.
//!
//! `cargo run --release -p newsclaims-segment --example dump_spans [CORPUS_DIR] > spans.txt`

use model::Document;
use newsclaims_segment::Segmenter;
use std::io::Write;

#[path = "../benches/support/news_text.rs"]
mod news_text;

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus").to_string());
    let mut texts = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let mut corpus = String::new();
    for f in files {
        if f.extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(&f) {
                texts.push(t.clone());
                corpus.push_str(&t);
                corpus.push_str("\n\n");
            }
        }
    }
    texts.push(corpus.repeat(10));
    texts.push(news_text::news_text(3 << 20));
    let seg = Segmenter::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut reused = model::Segmentation::default();
    for (k, t) in texts.iter().enumerate() {
        let doc = Document::from_text("dump", t.clone());
        let s = seg.segment(&doc);
        seg.segment_into(&doc, &mut reused);
        assert_eq!(reused, s, "segment_into differs from segment on text {k}");
        writeln!(out, "doc {k} {} bytes", t.len())?;
        for p in &s.paragraphs {
            writeln!(out, "P {} {} {:?}", p.span.start, p.span.end, p.sentences)?;
        }
        for x in &s.sentences {
            writeln!(out, "S {} {} {:?}", x.span.start, x.span.end, x.tokens)?;
        }
        for x in &s.tokens {
            writeln!(out, "T {} {} {:?}", x.span.start, x.span.end, x.kind)?;
        }
        for x in seg.split_sentences(t) {
            writeln!(out, "s {} {}", x.start, x.end)?;
        }
        for x in seg.tokenize(t) {
            writeln!(out, "t {} {} {:?}", x.span.start, x.span.end, x.kind)?;
        }
    }
    Ok(())
}
