//! Print NAEB date and title misses (gold vs ours) with the page's metadata candidates:
//! `cargo run -p newsclaims-extract --example naeb_meta -- [../shared] [date|title|authors]`.
use newsclaims_extract::{debug_meta, HtmlExtractor, PageHints};
use std::io::Read;

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = args.get(1).cloned().unwrap_or_else(|| "../shared".into());
    let what = args.get(2).cloned().unwrap_or_else(|| "date".into());
    let dir = std::path::Path::new(&shared).join("corpora/extract/naeb");
    let gt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("articles.json")).unwrap()).unwrap();
    let ex = HtmlExtractor::new();
    let (mut n, mut miss) = (0, 0);
    let mut items: Vec<_> = gt.as_object().unwrap().iter().collect();
    items.sort_by(|a, b| a.0.cmp(b.0));
    for (id, g) in items {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let Ok(f) = std::fs::File::open(&path) else {
            continue;
        };
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut html)
            .unwrap();
        let url = g.get("url").and_then(|u| u.as_str()).map(str::to_string);
        let hints = PageHints {
            url: url.clone(),
            ..PageHints::new(id.clone())
        };
        let doc = ex.extract(&html, &hints).ok();
        let s = |k: &str| g.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let (gold, ours) = match what.as_str() {
            "title" => (
                fold(&s("title")),
                fold(doc.as_ref().and_then(|d| d.title.as_deref()).unwrap_or("")),
            ),
            "authors" => (
                s("authors"),
                doc.as_ref()
                    .map(|d| d.authors.join(", "))
                    .unwrap_or_default(),
            ),
            _ => (
                s("date").get(..10).unwrap_or("").to_string(),
                doc.as_ref()
                    .and_then(|d| d.published)
                    .map(|p| format!("{} ({:?})", p.date, p.source))
                    .unwrap_or_default(),
            ),
        };
        if gold.is_empty() {
            continue;
        }
        n += 1;
        if !ours.starts_with(&gold) || (what == "title" && ours != gold) {
            miss += 1;
            println!("== {id} {}", url.as_deref().unwrap_or(""));
            println!("  GOLD: {gold}\n  OURS: {ours}");
            print!("{}", debug_meta(&html, url.as_deref()));
        }
    }
    println!("{what}: {miss} misses of {n}");
}
