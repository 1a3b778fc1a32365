//! Every gold document of the shared gold sets resolves to its article's text,
//! and every gold item's text is found in it verbatim (as the spec promises).
//! Needs the shared evaluation material (`NEWSCLAIMS_SHARED`, default
//! `<repo>/../shared`); skipped with a message when it is absent.

use std::path::{Path, PathBuf};
use std::time::Instant;

use newsclaims_eval::claims::{load_gold, ClaimType, GoldSources, SourceKind};

fn shared_dir() -> PathBuf {
    std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

#[test]
fn shared_gold_sources_hold_every_gold_text() {
    let shared = shared_dir();
    let Ok(sets) = std::fs::read_dir(shared.join("gold")) else {
        println!(
            "SKIP: {} not found (set NEWSCLAIMS_SHARED)",
            shared.join("gold").display()
        );
        return;
    };
    let started = Instant::now();
    let mut sources = GoldSources::new(&shared);
    let (mut docs, mut items, mut records) = (0, 0, 0);
    for set in sets.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        for doc in load_gold(&set).unwrap() {
            let source = doc
                .source
                .as_deref()
                .unwrap_or_else(|| panic!("{}: no source", doc.doc_id));
            let text = sources
                .resolve(source)
                .unwrap_or_else(|e| panic!("{}: {e}", doc.path.display()));
            if text.kind != SourceKind::TextFile {
                assert!(text.record.as_ref().is_some_and(|r| r.is_object()));
                records += 1;
            }
            for kind in ClaimType::ALL {
                for item in doc.items(kind) {
                    assert!(
                        text.text.contains(&item.text),
                        "{}: {:?} not in {}",
                        doc.path.display(),
                        item.text,
                        text.path.display()
                    );
                    items += 1;
                }
            }
            docs += 1;
        }
    }
    println!(
        "{docs} documents ({records} from records), {items} gold texts found, in {:?}",
        started.elapsed()
    );
    assert!(docs > 0);
}
