//! Runs the extraction scorer of `newsclaims-eval` (compiled in here from its source
//! file, so this crate's tests see it without a dependency cycle) over the shared sets
//! and prints the report. Skipped when `../shared` is absent; floors are asserted by
//! `crates/eval/tests/extraction.rs`.
//! `cargo test -p newsclaims-extract --release --test shared_eval -- --nocapture`

// The eval crate names this crate `extract` (its workspace dependency name).
extern crate newsclaims_extract as extract;

#[allow(dead_code)]
#[path = "../../eval/src"]
mod eval {
    pub mod extraction;
}
use eval::extraction;

use std::path::PathBuf;

#[test]
fn report_on_shared_sets() {
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if !shared.join("corpora/extract").exists() {
        eprintln!(
            "skipped: {} not found (set NEWSCLAIMS_SHARED)",
            shared.display()
        );
        return;
    }
    let which = match std::env::var("EXTRACT_SET").as_deref() {
        Ok("aeb") => extraction::Set::Aeb,
        Ok("naeb") => extraction::Set::Naeb,
        Ok("fundus") => extraction::Set::Fundus,
        _ => extraction::Set::All,
    };
    let report = extraction::run(&shared, which).unwrap();
    println!("{report}");
}

/// Worst pages of one set, with predicted and gold text written to `EXTRACT_DUMP` (a folder).
#[test]
fn dump_worst_pages() {
    let Some(dir) = std::env::var_os("EXTRACT_DUMP").map(PathBuf::from) else {
        return;
    };
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/extract");
    let pages = match std::env::var("EXTRACT_SET").as_deref() {
        Ok("naeb") => extraction::sets::naeb(&shared).unwrap(),
        Ok("fundus") => extraction::sets::fundus(&shared).unwrap(),
        _ => extraction::sets::aeb(&shared).unwrap(),
    };
    std::fs::create_dir_all(&dir).unwrap();
    let ex = newsclaims_extract::HtmlExtractor::new();
    let mut rows = Vec::new();
    for p in &pages {
        let hints = newsclaims_extract::PageHints {
            url: p.url.clone(),
            ..newsclaims_extract::PageHints::new(p.id.clone())
        };
        let doc = ex.extract(&p.html, &hints).ok();
        let text = doc.as_ref().map_or(String::new(), |d| d.text.clone());
        let (tp, fp, fn_) = extraction::metric::shingle_match(&p.body, &text);
        let pr = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let rc = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        std::fs::write(dir.join(format!("{}.pred", p.id)), &text).unwrap();
        std::fs::write(dir.join(format!("{}.gold", p.id)), &p.body).unwrap();
        let meta = doc.as_ref().map_or(String::new(), |d| {
            format!(
                "title={:?} gold={:?}\nauthors={:?} gold={:?}\ndate={:?} gold={:?}\n",
                d.title, p.title, d.authors, p.authors, d.published, p.date
            )
        });
        std::fs::write(dir.join(format!("{}.meta", p.id)), meta).unwrap();
        rows.push((pr.min(rc), pr, rc, p.id.clone()));
    }
    rows.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
    for (_, pr, rc, id) in rows.iter().take(40) {
        println!("P={pr:.3} R={rc:.3} {id}");
    }
}
