//! Shared helpers of the integration tests: where `../shared` is.

use std::path::PathBuf;

/// `NEWSCLAIMS_SHARED`, else `<repo>/../shared`; `None` (with a printed note) when absent.
pub fn shared_dir() -> Option<PathBuf> {
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
