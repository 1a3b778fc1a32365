//! Runs every case under `fixtures/segment/` (format in its README).

use newsclaims_segment::Segmenter;
use std::path::Path;

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `(file, input, expected)` for every case of every fixture file.
fn cases() -> Vec<(String, String, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/segment");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/segment exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let data = std::fs::read_to_string(&f).expect("readable fixture");
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for block in data.split("\n===\n") {
            let lines: Vec<&str> = block.lines().filter(|l| !l.starts_with('#')).collect();
            let Some(k) = lines.iter().position(|l| *l == "---") else {
                continue;
            };
            let input = lines[..k].join("\n");
            let expected: Vec<String> = lines[k + 1..]
                .iter()
                .filter(|l| !l.trim().is_empty() && **l != "===")
                .map(|l| normalize(l))
                .collect();
            if !input.trim().is_empty() {
                out.push((name.clone(), input, expected));
            }
        }
    }
    out
}

#[test]
fn fixture_cases_split_as_expected() {
    let seg = Segmenter::new();
    let cases = cases();
    assert!(
        cases.len() >= 25,
        "only {} fixture cases found",
        cases.len()
    );
    let mut failures = Vec::new();
    for (file, input, expected) in &cases {
        let got: Vec<String> = seg
            .split_sentences(input)
            .iter()
            .map(|s| normalize(&input[*s]))
            .collect();
        if &got != expected {
            failures.push(format!(
                "{file}: {input:?}\n  expected {expected:#?}\n  got      {got:#?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
