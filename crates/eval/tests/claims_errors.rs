//! Bad input to the claims scorer is an error naming the file (and line).

use std::path::{Path, PathBuf};

use newsclaims_eval::claims::{load_gold, score_files, EvalError};

/// A fresh scratch directory under the system temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsclaims-claims-errors-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    std::fs::write(
        dir.join("gold/a.json"),
        r#"{"doc_id": "a", "dates": [{"text": "June 4", "type": "DATE", "value": "2021-06-04"}]}"#,
    )
    .unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn malformed_claim_lines_name_file_and_line() {
    let dir = scratch("lines");
    let claims = dir.join("claims.jsonl");
    // Line 3 is the bad one: a `\r` line break counts as a line, as in Python.
    write(
        &claims,
        "{\"doc_id\": \"a\", \"type\": \"date\", \"text\": \"June 4\"}\r\n\r{not json\n",
    );
    let err = score_files(&dir.join("gold"), &claims).unwrap_err();
    assert!(
        matches!(err, EvalError::Json { line: Some(3), .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with(&format!("{}:3:", claims.display())),
        "{err}"
    );

    write(&claims, "\n[1, 2]\n");
    let err = score_files(&dir.join("gold"), &claims).unwrap_err();
    assert!(
        matches!(err, EvalError::Invalid { line: Some(2), .. }),
        "{err}"
    );

    // A non-string text fails only for a scored document, as in Python.
    write(
        &claims,
        "{\"doc_id\": \"zzz\", \"type\": \"date\", \"text\": 5}\n",
    );
    assert!(score_files(&dir.join("gold"), &claims).is_ok());
    write(
        &claims,
        "{\"doc_id\": \"a\", \"type\": \"date\", \"text\": 5}\n",
    );
    let err = score_files(&dir.join("gold"), &claims).unwrap_err();
    assert!(
        err.to_string().contains(":1: `text` must be a string"),
        "{err}"
    );

    let err = score_files(&dir.join("gold"), &dir.join("missing.jsonl")).unwrap_err();
    assert!(matches!(err, EvalError::Io { .. }) && err.to_string().contains("missing.jsonl"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn malformed_gold_names_the_file() {
    let dir = scratch("gold");
    let cases = [
        (
            "b.json",
            "{\"doc_id\": \"b\", \"quotes\": [{\"speaker\": \"X\"}]}",
            "missing `text`",
        ),
        ("b.json", "{\"quotes\": []}", "missing `doc_id`"),
        (
            "b.json",
            "{\"doc_id\": \"b\", \"dates\": null}",
            "`dates` must be a list",
        ),
        (
            "b.json",
            "{\"doc_id\": \"b\", \"quotes\": [{\"text\": \"x\", \"speaker\": 3}]}",
            "speaker",
        ),
        ("b.json", "{\"doc_id\": \"b\",", "invalid JSON"),
    ];
    for (name, text, want) in cases {
        write(&dir.join("gold").join(name), text);
        let err = load_gold(&dir.join("gold")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(name) && msg.contains(want), "{msg}");
    }
    // Other extensions are not gold files; a repeated doc_id keeps the
    // earlier position with the later content.
    write(
        &dir.join("gold/b.json"),
        "{\"doc_id\": \"a\", \"quotes\": [{\"text\": \"hi\"}]}",
    );
    write(&dir.join("gold/c.txt"), "not json");
    let gold = load_gold(&dir.join("gold")).unwrap();
    assert_eq!(gold.len(), 1);
    assert!(gold[0].path.ends_with("b.json"));
    let _ = std::fs::remove_dir_all(&dir);
}
