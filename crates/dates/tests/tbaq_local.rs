//! Runs the TimeML scorer of `crates/eval/src/timex.rs` from this crate, so the
//! dates rules can be tuned without building the whole eval crate. Set
//! `TIMEX_DIFFS=1` to print every mismatch.
extern crate newsclaims_dates as dates;

mod common;
#[path = "../../eval/src/timex.rs"]
#[allow(dead_code, unused_imports)]
mod timex;

#[test]
fn tbaq_scores() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let x = dates::DateExtractor::new().unwrap();
    let report = timex::run(&shared.join("corpora/timex/TBAQ-cleaned"), &x).unwrap();
    if std::env::var_os("TIMEX_DIFFS").is_some() {
        for d in &report.diffs {
            println!("{}\t{}\t{:?}\t{:?}", d.kind, d.doc, d.gold, d.system);
        }
    }
    if std::env::var_os("TIMEX_RULES").is_some() {
        print_rule_counts(&shared.join("corpora/timex/TBAQ-cleaned"), &x);
    }
    println!("{report}");
    // Floors reached (raise, never lower): see crates/eval/tests/timex_tbaq.rs.
    assert!(
        report.strict.f1 >= 0.878,
        "strict F1 {:.4}",
        report.strict.f1
    );
    assert!(
        report.relaxed.f1 >= 0.943,
        "relaxed F1 {:.4}",
        report.relaxed.f1
    );
    assert!(report.value_f1 >= 0.805, "value F1 {:.4}", report.value_f1);
}

/// `rules<TAB>rule<TAB>count`: how often each rule fires on the set (with the
/// diffs, this gives each rule's precision).
fn print_rule_counts(dir: &std::path::Path, x: &dates::DateExtractor) {
    let mut stack = vec![dir.to_path_buf()];
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let seg = segment::Segmenter::new();
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "tml") {
                continue;
            }
            let Ok(raw) = std::fs::read_to_string(&p) else {
                continue;
            };
            let Ok(doc) = timex::parse_tml(&raw) else {
                continue;
            };
            let d = model::Document::from_text(doc.id.clone(), doc.text.clone());
            let spans: Vec<model::Span> =
                seg.segment(&d).sentences.iter().map(|s| s.span).collect();
            for m in x.extract_text(&d.text, &spans, doc.dct) {
                *counts.entry(m.evidence.rule.to_string()).or_default() += 1;
            }
        }
    }
    for (r, n) in counts {
        println!("rules\t{r}\t{n}");
    }
}
