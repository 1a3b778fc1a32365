//! End-to-end tests of `newsclaims extract` on the fixtures in `fixtures/ingest/`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn newsclaims(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsclaims"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run newsclaims")
}

fn jsonl(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsclaims-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// `newsclaims extract ARGS --documents <tmp>` run to success: the claims written to
/// standard output and the documents written to the temporary file `docs_name`.
fn extract_with_documents(docs_name: &str, args: &[&str]) -> (Vec<Value>, Vec<Value>) {
    let docs = tmp(docs_name);
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--documents", docs.to_str().unwrap()]);
    let o = newsclaims(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (jsonl(&o.stdout), jsonl(&std::fs::read(&docs).unwrap()))
}

#[test]
fn directory_run_reports_bad_line_and_keeps_other_results() {
    let out = tmp("dir-claims.jsonl");
    let docs = tmp("dir-docs.jsonl");
    let o = newsclaims(&[
        "extract",
        "fixtures/ingest/dir",
        "-o",
        out.to_str().unwrap(),
        "--documents",
        docs.to_str().unwrap(),
    ]);
    // One JSONL line is broken: exit code 1, error names file and line.
    assert_eq!(
        o.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("records.jsonl:2:"), "stderr: {stderr}");
    let docs = jsonl(&std::fs::read(&docs).unwrap());
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str().unwrap()).collect();
    // Sorted directory order, recursive, gzip read, unknown extensions skipped.
    assert_eq!(ids, ["headed", "j1", "j3", "storm", "unicode"]);
    let headed = &docs[0];
    assert_eq!(headed["published"], "2024-03-05");
    assert_eq!(headed["publisher"], "Harbour Gazette");
    assert_eq!(
        headed["authors"],
        serde_json::json!(["Mira Okonkwo", "Tomas Lind"])
    );
    assert!(headed["text"]
        .as_str()
        .unwrap()
        .starts_with("The council voted"));
    assert_eq!(docs[2]["published"], "2022-01-02");
    let claims = jsonl(&std::fs::read(&out).unwrap());
    assert!(
        claims.iter().any(|c| c["doc_id"] == "j1"),
        "claims of other inputs are kept"
    );
}

#[test]
fn records_point_to_their_words_and_ids_are_stable() {
    let a = tmp("a.jsonl");
    let b = tmp("b.jsonl");
    let docs = tmp("spans-docs.jsonl");
    for out in [&a, &b] {
        let o = newsclaims(&[
            "extract",
            "fixtures/ingest/dir/sub",
            "fixtures/ingest/dir/headed.txt",
            "-o",
            out.to_str().unwrap(),
            "--documents",
            docs.to_str().unwrap(),
            "-q",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let (ra, rb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(ra, rb, "same input, same output");
    let claims = jsonl(&ra);
    assert!(!claims.is_empty());
    let docs = jsonl(&std::fs::read(&docs).unwrap());
    for c in &claims {
        let doc = docs.iter().find(|d| d["doc_id"] == c["doc_id"]).unwrap();
        let text = doc["text"].as_str().unwrap();
        let span = &c["span"];
        let (s, e) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            c["text"].as_str().unwrap(),
            "byte span indexes the document text"
        );
        let (cs, ce) = (
            span["char_start"].as_u64().unwrap() as usize,
            span["char_end"].as_u64().unwrap() as usize,
        );
        let by_chars: String = text.chars().skip(cs).take(ce - cs).collect();
        assert_eq!(
            by_chars,
            c["text"].as_str().unwrap(),
            "char span indexes the document text"
        );
        for field in [
            "id",
            "rule",
            "confidence",
            "sentence_index",
            "sentence_text",
            "content_hash",
            "type",
        ] {
            assert!(!c[field].is_null(), "{field} missing in {c}");
        }
        assert!(c["sentence_text"].as_str().unwrap().contains(
            c["text"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .next()
                .unwrap_or("")
        ));
    }
    let mut ids: Vec<&str> = claims.iter().map(|c| c["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), claims.len(), "ids are unique");
}

#[test]
fn stdin_and_published_fallback() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclaims"))
        .args([
            "extract",
            "-",
            "--published",
            "2021-06-08",
            "--documents",
            tmp("stdin-docs.jsonl").to_str().unwrap(),
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"The war ended on November 10, officials said. Four people were injured on June 4.",
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let claims = jsonl(&o.stdout);
    let dates: Vec<&Value> = claims.iter().filter(|c| c["type"] == "date").collect();
    assert!(
        dates.iter().any(|d| d["date"]["value"] == "2021-06-04"),
        "{dates:?}"
    );
    assert!(claims
        .iter()
        .all(|c| c["published"] == "2021-06-08" && c["doc_id"] == "stdin"));
}

#[test]
fn a_dateline_dates_a_text_without_header() {
    // corpus/a05.txt opens `VELIKA RUDNA, 14 October 2023 — … on Saturday … on Friday`.
    let (claims, docs) = extract_with_documents(
        "dateline-docs.jsonl",
        &["corpus/a05.txt", "--only", "dates"],
    );
    let value_of = |t: &str| {
        claims
            .iter()
            .find(|c| c["text"] == t)
            .map(|c| c["date"]["value"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(value_of("Saturday").as_deref(), Some("2023-10-14"));
    assert_eq!(value_of("Friday").as_deref(), Some("2023-10-13"));
    let doc = &docs[0];
    assert_eq!(doc["published"], "2023-10-14");
    assert_eq!(doc["published_source"], "dateline");
}

#[test]
fn without_a_publication_date_relative_dates_stay_unresolved() {
    let o = newsclaims(&[
        "extract",
        "fixtures/ingest/dir/sub/unicode.txt",
        "--only",
        "dates",
    ]);
    assert!(o.status.success());
    for c in jsonl(&o.stdout) {
        assert_eq!(c["type"], "date");
        let v = c["date"]["value"].as_str().unwrap();
        assert!(!v.starts_with("20"), "a relative date was guessed: {v}");
    }
}

#[test]
fn missing_input_is_an_error_naming_it() {
    let o = newsclaims(&[
        "extract",
        "fixtures/ingest/nope.txt",
        "fixtures/ingest/dir/headed.txt",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("fixtures/ingest/nope.txt"));
    assert!(
        !jsonl(&o.stdout).is_empty(),
        "the other input's claims are written"
    );
}

#[test]
fn seed_article_header() {
    let seed = repo().join("../shared/seeds/000_5cb5ae326f07ab3e.txt");
    if !seed.exists() {
        eprintln!("SKIP: ../shared is absent; the seed article test did not run");
        return;
    }
    let (claims, docs) = extract_with_documents("seed-docs.jsonl", &[seed.to_str().unwrap()]);
    let d = &docs[0];
    assert_eq!(d["published"], "2021-06-08");
    assert_eq!(d["publisher"], "Azernews");
    assert_eq!(d["authors"], serde_json::json!(["Vafa Ismayilova"]));
    assert!(claims
        .iter()
        .all(|c| c["published"] == "2021-06-08" && c["publisher"] == "Azernews"));
    for t in ["quote", "casualty", "date"] {
        assert!(
            claims.iter().any(|c| c["type"] == t),
            "no {t} claims in the seed"
        );
    }
}

#[test]
fn warc_and_html_inputs_carry_provenance() {
    let (_, docs) = extract_with_documents(
        "warc-docs.jsonl",
        &[
            "fixtures/extract/warc/pages.warc.gz",
            "fixtures/extract/time-element.html",
        ],
    );
    assert!(
        docs.len() >= 2,
        "at least one WARC page and the HTML file: {docs:?}"
    );
    let html = docs
        .iter()
        .find(|d| d["doc_id"] == "time-element")
        .expect("HTML doc id is the file stem");
    assert!(
        !html["text"].as_str().unwrap().contains('<'),
        "main text, not markup"
    );
    for d in docs.iter().filter(|d| d["doc_id"] != "time-element") {
        assert!(
            d["doc_id"].as_str().unwrap().starts_with("urn:"),
            "WARC doc id is the record id: {}",
            d["doc_id"]
        );
        assert!(d["input"].as_str().unwrap().ends_with("pages.warc.gz"));
    }
}

/// Recursive key paths of a JSON object, in order.
fn key_paths(v: &Value, prefix: &str, out: &mut Vec<String>) {
    if let Value::Object(m) = v {
        for (k, x) in m {
            out.push(format!("{prefix}{k}"));
            key_paths(x, &format!("{prefix}{k}."), out);
        }
    }
}

#[test]
fn written_records_have_the_documented_layout() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme
        .find("```json\n{\n  \"id\"")
        .expect("README record example");
    let body = &readme[start + 8..];
    let example: Value = serde_json::from_str(&body[..body.find("\n```").unwrap()]).unwrap();
    let o = newsclaims(&["extract", "corpus/a02.txt", "-q"]);
    assert!(o.status.success());
    let quote = jsonl(&o.stdout)
        .into_iter()
        .find(|c| c["type"] == "quote")
        .expect("a quote in a02");
    let (mut want, mut got) = (Vec::new(), Vec::new());
    key_paths(&example, "", &mut want);
    key_paths(&quote, "", &mut got);
    assert_eq!(got, want, "the README documents the record exactly");
}
