//! The fixtures under `fixtures/dates/` (format in its README): every case's
//! expressions exactly, and a snapshot per family with `^^^` under each span.

use model::{Document, NaiveDate, Span};
use newsclaims_dates::DateExtractor;
use std::fmt::Write;
use std::path::PathBuf;

struct Case {
    text: String,
    want: Vec<String>,
}

fn parse(file: &str) -> (Option<NaiveDate>, Vec<Case>) {
    let mut dct = None;
    let mut cases: Vec<Case> = Vec::new();
    for line in file.lines() {
        if let Some(d) = line.strip_prefix("dct ") {
            dct = NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok();
        } else if let Some(t) = line.strip_prefix("> ") {
            cases.push(Case {
                text: t.to_string(),
                want: Vec::new(),
            });
        } else if !line.trim().is_empty() {
            if let Some(c) = cases.last_mut() {
                c.want.push(line.trim().to_string());
            }
        }
    }
    (dct, cases)
}

fn render(x: &DateExtractor, dct: Option<NaiveDate>, c: &Case) -> (Vec<String>, String) {
    let doc = Document::from_text("fixture", c.text.clone());
    let spans: Vec<Span> = segment::Segmenter::new()
        .segment(&doc)
        .sentences
        .iter()
        .map(|s| s.span)
        .collect();
    let found = x.extract_text(&doc.text, &spans, dct);
    let got: Vec<String> = found
        .iter()
        .map(|m| {
            format!(
                "{} => {} {}",
                &doc.text[m.evidence.span],
                m.timex_type.as_str(),
                m.value
            )
        })
        .collect();
    let mut snap = format!("{}\n", c.text);
    for m in &found {
        let sp = m.evidence.span;
        let pad = c.text[..sp.start].chars().count();
        let width = c.text[sp].chars().count().max(1);
        let _ = writeln!(
            snap,
            "{}{} {} {} mod={} anchor={:?} rule={}",
            " ".repeat(pad),
            "^".repeat(width),
            m.timex_type.as_str(),
            m.value,
            m.modifier.as_deref().unwrap_or("-"),
            m.anchor,
            m.evidence.rule
        );
    }
    (got, snap)
}

#[test]
fn fixtures_by_family() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/dates");
    let x = DateExtractor::new().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/dates exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "one fixture file per family");
    let mut failures = Vec::new();
    for f in files {
        let name = f.file_stem().unwrap().to_string_lossy().to_string();
        let (dct, cases) = parse(&std::fs::read_to_string(&f).unwrap());
        let mut snap = String::new();
        for c in &cases {
            let (got, s) = render(&x, dct, c);
            snap.push_str(&s);
            snap.push('\n');
            if got != c.want {
                failures.push(format!(
                    "{name}: {:?}\n  want {:?}\n  got  {:?}",
                    c.text, c.want, got
                ));
            }
        }
        insta::assert_snapshot!(format!("fixture_{name}"), snap);
    }
    assert!(
        failures.is_empty(),
        "{} fixture cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
