//! Extraction floors on the shared sets (issue 3). Skipped with a message when
//! `../shared` is absent. Floors sit a little under the measured figures:
//! AEB 0.970, NAEB 0.925 (title 0.952, date 0.902, authors 0.864), fundus 0.947 (2026-11-26).

use newsclaims_eval::extraction::{run, Set};
use std::path::PathBuf;

#[test]
fn extraction_floors_on_shared_sets() {
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
    let report = run(&shared, Set::All).unwrap();
    println!("{report}");
    let aeb = report.aeb.as_ref().unwrap();
    assert!(aeb.f1 >= 0.965, "AEB F1 {:.3}", aeb.f1);
    assert_eq!(aeb.docs, 181);
    let naeb = report.naeb.as_ref().unwrap();
    assert!(naeb.text.f1 >= 0.915, "NAEB F1 {:.3}", naeb.text.f1);
    assert!(
        naeb.title_accuracy >= 0.95,
        "NAEB title {:.3}",
        naeb.title_accuracy
    );
    assert!(
        naeb.date_accuracy >= 0.90,
        "NAEB date {:.3}",
        naeb.date_accuracy
    );
    assert!(
        naeb.authors_f1 >= 0.86,
        "NAEB authors {:.3}",
        naeb.authors_f1
    );
    let fundus = report.fundus.as_ref().unwrap();
    assert!(fundus.text.f1 >= 0.93, "fundus F1 {:.3}", fundus.text.f1);
    assert!(
        fundus.paragraph_boundary_f1 >= 0.80,
        "fundus boundaries {:.3}",
        fundus.paragraph_boundary_f1
    );
}
