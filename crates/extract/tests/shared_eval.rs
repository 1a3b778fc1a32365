//! Runs the extraction scorer of `newsclaims-eval` (compiled in here from its source
//! file, so this crate's tests see it without a dependency cycle) over the shared sets
//! and prints the report. Skipped when `../shared` is absent; floors are also asserted by
//! `crates/eval/tests/extraction.rs`.
//! `EXTRACT_REPORT=1 cargo test -p newsclaims-extract --test shared_eval report -- --nocapture`

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
    // Regression floors, a little under the measured figures (see EVALUATION.md).
    if let Some(a) = &report.aeb {
        assert!(a.f1 >= 0.96, "AEB F1 {:.3}", a.f1);
    }
    if let Some(n) = &report.naeb {
        assert!(n.text.f1 >= 0.92, "NAEB F1 {:.3}", n.text.f1);
        assert!(
            n.title_accuracy >= 0.95,
            "NAEB title {:.3}",
            n.title_accuracy
        );
        assert!(n.date_accuracy >= 0.895, "NAEB date {:.3}", n.date_accuracy);
        assert!(n.authors_f1 >= 0.86, "NAEB authors {:.3}", n.authors_f1);
    }
    if let Some(u) = &report.fundus {
        assert!(u.text.f1 >= 0.93, "fundus F1 {:.3}", u.text.f1);
    }
}

/// The metric port reproduces the benchmark's published figures for other tools.
#[test]
fn metric_reproduces_published_scores() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/extract/article-extraction-benchmark");
    if !dir.exists() {
        eprintln!("skipped: ../shared not found");
        return;
    }
    let gt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).unwrap())
            .unwrap();
    for (tool, want) in [("trafilatura", 0.958), ("rs_trafilatura", 0.970)] {
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("output/{tool}.json"))).unwrap(),
        )
        .unwrap();
        let out = v.get("output").unwrap_or(&v);
        let docs: Vec<_> = gt
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, g)| {
                let pred = out
                    .get(k)
                    .and_then(|p| p.get("articleBody"))
                    .and_then(|b| b.as_str())
                    .unwrap_or("");
                extraction::metric::shingle_match(g["articleBody"].as_str().unwrap_or(""), pred)
            })
            .collect();
        let (_, _, f1) = extraction::metric::aggregate(&docs);
        assert!(
            (f1 - want).abs() < 0.0015,
            "{tool}: {f1:.4} vs published {want}"
        );
    }
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
