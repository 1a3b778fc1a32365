//! One fixture per casualty pattern under `fixtures/casualties/patterns/`,
//! each rendered with `^^^` under its figures and compared with its insta
//! snapshot (issue 5: every pattern, and the traps that give no figure).

use model::{Claim, Document, Extractor};
use newsclaims_casualties::CasualtyExtractor;
use std::fmt::Write;
use std::path::PathBuf;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/casualties/patterns")
}

/// Each figure: its header line, the text line it stands in and `^` under
/// its span (in characters, so `’` and `€` line up).
fn render(text: &str) -> String {
    let doc = Document::from_text("fixture", text);
    let seg = segment::Segmenter::new().segment(&doc);
    let mut claims = Vec::new();
    CasualtyExtractor::new().extract(&doc, &seg, &mut claims);
    let mut out = String::new();
    let figures: Vec<_> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Casualty(c) => Some(c),
            _ => None,
        })
        .collect();
    if figures.is_empty() {
        out.push_str("(no figures)\n");
    }
    for (i, c) in figures.iter().enumerate() {
        let span = c.evidence.span;
        assert!(span.is_valid_for(&doc.text), "span on char boundaries");
        let line_start = doc.text[..span.start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = doc.text[span.start..]
            .find('\n')
            .map_or(doc.text.len(), |p| span.start + p);
        let pad = doc.text[line_start..span.start].chars().count();
        let width = doc.text[span.start..span.end.min(line_end)]
            .chars()
            .count()
            .max(1);
        let mut flags = Vec::new();
        if c.approx {
            flags.push("approx");
        }
        if c.vague {
            flags.push("vague");
        }
        if c.update {
            flags.push("update");
        }
        let _ = writeln!(
            out,
            "[{i}] {:?} min {:?} max {:?} {} ({})",
            c.category,
            c.min,
            c.max,
            flags.join(" "),
            c.evidence.rule.as_str()
        );
        let _ = writeln!(out, "{}", &doc.text[line_start..line_end]);
        let _ = writeln!(out, "{}{}", " ".repeat(pad), "^".repeat(width));
        let _ = writeln!(
            out,
            "    victims: {:?}  scope: {:?}  place: {:?}  cause: {:?}  source: {:?}",
            c.victims, c.scope, c.place, c.cause, c.source
        );
    }
    out
}

#[test]
fn patterns_match_snapshots() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixtures/casualties/patterns exists")
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
        let rendered = render(text.trim_end());
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false, description => text.trim_end().to_string() }, {
            insta::assert_snapshot!("pattern", rendered);
        });
    }
}
