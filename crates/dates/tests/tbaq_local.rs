//! Runs the TimeML scorer of `crates/eval/src/timex.rs` from this crate, so the
//! dates rules can be tuned without building the whole eval crate. Set
//! `TIMEX_DIFFS=1` to print every mismatch.
extern crate newsclaims_dates as dates;

mod common;
#[path = "../../eval/src/timex.rs"]
#[allow(dead_code, unused_imports)]
mod timex;

#[test]
fn tbaq_scores() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let x = dates::DateExtractor::new().unwrap();
    let report = timex::run(&shared.join("corpora/timex/TBAQ-cleaned"), &x).unwrap();
    if std::env::var_os("TIMEX_DIFFS").is_some() {
        for d in &report.diffs {
            println!("{}\t{}\t{:?}\t{:?}", d.kind, d.doc, d.gold, d.system);
        }
    }
    println!("{report}");
    // Floors reached (raise, never lower): see crates/eval/tests/timex_tbaq.rs.
    assert!(
        report.strict.f1 >= 0.85,
        "strict F1 {:.4}",
        report.strict.f1
    );
    assert!(
        report.relaxed.f1 >= 0.93,
        "relaxed F1 {:.4}",
        report.relaxed.f1
    );
    assert!(report.value_f1 >= 0.77, "value F1 {:.4}", report.value_f1);
}
