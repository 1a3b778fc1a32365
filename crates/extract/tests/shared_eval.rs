//! Runs the extraction scorer of `newsclaims-eval` (compiled in here from its source
//! file, so this crate's tests see it without a dependency cycle) over the shared sets
//! and prints the report. Skipped when `../shared` is absent; floors are asserted by
//! `crates/eval/tests/extraction.rs`.
//! `cargo test -p newsclaims-extract --release --test shared_eval -- --nocapture`

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
