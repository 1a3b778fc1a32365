//! Run the quote extractor over the articles of a gold directory and write the
//! claims as JSON Lines (the record shape `tools/score_claims.py` reads).
//!
//! ```text
//! cargo run -p newsclaims-quotes --example dev_gold -- ../shared/gold/dev > /tmp/q.jsonl
//! python3 ../shared/tools/score_claims.py ../shared/gold/dev /tmp/q.jsonl
//! ```
//! Sources are resolved as the claims spec says: a file under `shared/`, or
//! `FILE#KEY` for a record of a JSON (object under KEY, `articleBody`) or JSONL
//! (record with `doc_id` KEY, `content`) file.

use model::{Claim, Document, Extractor};
use newsclaims_quotes::QuoteExtractor;
use std::path::{Path, PathBuf};

fn load_source(shared: &Path, source: &str) -> Option<String> {
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let raw = std::fs::read_to_string(shared.join(file)).ok()?;
    let Some(key) = key else { return Some(raw) };
    if file.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find_map(|v| {
                (v.get("doc_id")?.as_str()? == key)
                    .then(|| v.get("content")?.as_str().map(str::to_string))
                    .flatten()
            })
    } else {
        let v: serde_json::Value = serde_json::from_str(&raw).ok()?;
        v.get(key)?.get("articleBody")?.as_str().map(str::to_string)
    }
}

fn main() {
    let gold = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/gold/dev".into()),
    );
    let shared = gold
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let ex = QuoteExtractor::new();
    let mut files: Vec<_> = std::fs::read_dir(&gold)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        let Ok(g) = std::fs::read_to_string(f) else {
            continue;
        };
        let Ok(g) = serde_json::from_str::<serde_json::Value>(&g) else {
            continue;
        };
        let (Some(id), Some(src)) = (g["doc_id"].as_str(), g["source"].as_str()) else {
            continue;
        };
        let Some(text) = load_source(&shared, src) else {
            eprintln!("skip {id}: source {src} not found");
            continue;
        };
        let doc = Document::from_text(id, text);
        // The segment crate is being rewritten; paragraphs from the document suffice here.
        let s = model::Segmentation::default();
        let mut claims = Vec::new();
        ex.extract(&doc, &s, &mut claims);
        for (n, c) in claims.iter().enumerate() {
            let Claim::Quote(q) = c else { continue };
            let rec = serde_json::json!({
                "doc_id": id,
                "type": "quote",
                "n": n,
                "text": &doc.text[q.evidence.span],
                "rule": q.evidence.rule.as_str(),
                "quote": {
                    "kind": q.kind,
                    "speaker": q.speaker.as_ref().map(|s| s.name.clone()),
                    "speaker_mention": q.speaker.as_ref().map(|s| s.mention.clone()),
                    "cue": q.cue.as_ref().map(|c| c.text.clone()),
                    "channel": q.channel,
                    "parent": q.parent,
                }
            });
            println!("{rec}");
        }
    }
}
