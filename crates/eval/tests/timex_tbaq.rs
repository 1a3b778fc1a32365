//! TBAQ (TimeBank + AQUAINT, TempEval-3 training gold) scored with the dates
//! extractor; skipped with a note when `../shared` is absent. The floors are
//! what the extractor reaches (raise them, never lower them).

use dates::DateExtractor;
use std::path::PathBuf;

fn shared_dir() -> Option<PathBuf> {
    let p = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!(
            "skipped: shared evaluation data not found at {} (set NEWSCLAIMS_SHARED)",
            p.display()
        );
        None
    }
}

#[test]
fn tbaq_floors() {
    let Some(shared) = shared_dir() else { return };
    let x = DateExtractor::new().unwrap();
    let report =
        newsclaims_eval::timex::run(&shared.join("corpora/timex/TBAQ-cleaned"), &x).unwrap();
    if std::env::var_os("TIMEX_DIFFS").is_some() {
        for d in &report.diffs {
            eprintln!("{}\t{}\t{:?}\t{:?}", d.kind, d.doc, d.gold, d.system);
        }
    }
    eprintln!("{report}");
    assert!(report.documents >= 250);
    assert!(
        report.strict.f1 >= 0.878,
        "strict F1 {:.4}",
        report.strict.f1
    );
    assert!(
        report.relaxed.f1 >= 0.943,
        "relaxed F1 {:.4}",
        report.relaxed.f1
    );
    assert!(report.value_f1 >= 0.805, "value F1 {:.4}", report.value_f1);
}
