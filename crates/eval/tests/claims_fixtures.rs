//! The claims scorer on the hand-written fixtures of `fixtures/eval/claims`:
//! its JSON and text reports must equal what `score_claims.py` printed for
//! them (`expected.json`, `expected.txt`), and every gold `source` must
//! resolve to a text holding every gold item's text.

use std::path::{Path, PathBuf};

use newsclaims_eval::claims::{
    load_gold, resolve_source, score_files, ClaimType, EvalError, GoldSources, SourceKind,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/eval/claims")
}

#[test]
fn report_equals_python_output() {
    let dir = fixtures();
    let report = score_files(&dir.join("gold"), &dir.join("claims.jsonl")).unwrap();
    let want_json = std::fs::read_to_string(dir.join("expected.json")).unwrap();
    let want_text = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    assert_eq!(report.to_json_pretty(), want_json);
    assert_eq!(report.to_string(), want_text);
    // A few figures spelled out, so that a regenerated expectation is read.
    assert_eq!((report.documents, report.documents_with_claims), (3, 3));
    assert_eq!(
        (
            report.quote.gold,
            report.quote.predicted,
            report.quote.matched
        ),
        (9, 8, 8)
    );
    assert_eq!(
        report.casualty.attribute_accuracy.get("count"),
        Some(0.8333)
    );
    assert_eq!(report.get(ClaimType::Date).end_to_end.f1, 0.8);
}

#[test]
fn sources_resolve_and_hold_every_gold_text() {
    let dir = fixtures();
    let mut sources = GoldSources::new(dir.join("shared"));
    let mut kinds = Vec::new();
    for doc in load_gold(&dir.join("gold")).unwrap() {
        let source = doc.source.as_deref().unwrap();
        let text = sources.resolve(source).unwrap();
        for kind in ClaimType::ALL {
            for item in doc.items(kind) {
                assert!(
                    text.text.contains(&item.text),
                    "{}: {:?}",
                    doc.doc_id,
                    item.text
                );
            }
        }
        kinds.push(text.kind);
    }
    assert_eq!(
        kinds,
        [
            SourceKind::TextFile,
            SourceKind::JsonRecord,
            SourceKind::JsonlRecord
        ]
    );
    let json = sources.resolve("corpora/articles.json#beta-key").unwrap();
    let record = json.record.unwrap();
    assert_eq!(record["url"], "https://example.org/beta");
    // The first of two records with one id wins; numeric ids are found by
    // their decimal form; a CRLF line keeps no `\r` in its content.
    let gamma = resolve_source(&dir.join("shared"), "corpora/articles.jsonl#gamma-id").unwrap();
    assert!(gamma.text.ends_with("Straße."));
    assert_eq!(gamma.record.unwrap()["title"], "Crash");
    let numeric = sources.resolve("corpora/articles.jsonl#42").unwrap();
    assert_eq!(numeric.text, "Numeric id.");
}

#[test]
fn unresolvable_sources_are_errors_naming_the_source() {
    let shared = fixtures().join("shared");
    for bad in [
        "seeds/missing.txt",
        "corpora/articles.json#no-such-key",
        "corpora/articles.jsonl#no-such-id",
        "seeds/fx-alpha.txt#key",
        "../claims.jsonl",
        "/etc/hostname",
        "",
    ] {
        let err = resolve_source(&shared, bad).unwrap_err();
        assert!(matches!(err, EvalError::Source { .. }), "{bad}: {err}");
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}
