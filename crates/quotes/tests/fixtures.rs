//! One fixture per pattern under `fixtures/quotes/`, each rendered with `^^^`
//! under its spans and compared with its insta snapshot.

mod common;

use std::path::PathBuf;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/quotes")
}

#[test]
fn fixtures_match_snapshots() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixtures/quotes exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "expected the pattern fixtures");
    for f in files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("fixture")
            .to_string();
        let text = std::fs::read_to_string(&f).expect("readable fixture");
        let rendered = common::render(text.trim_end());
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false, description => text.trim_end().to_string() }, {
            insta::assert_snapshot!("fixture", rendered);
        });
    }
}
