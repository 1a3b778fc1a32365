//! Score the quote extractor on PolNeAR (content and source F1, all and speech-only).
//!
//! ```text
//! cargo run -p newsclaims-quotes --example polnear -- ../shared/corpora/quotes/polnear dev
//! ```
//! The scorer lives in `newsclaims-eval` (`eval::polnear`); it is included by path
//! here so this example needs no dependency on the evaluation crate.

#[path = "../../eval/src/polnear.rs"]
#[allow(dead_code)]
mod polnear;

use newsclaims_quotes::QuoteExtractor;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/corpora/quotes/polnear".into()),
    );
    let split = args.next().unwrap_or_else(|| "dev".into());
    let docs = match polnear::load_split(&root, &split) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot load PolNeAR {split}: {e}");
            std::process::exit(2);
        }
    };
    let t = std::time::Instant::now();
    let rep = polnear::evaluate(&docs, &QuoteExtractor::new(), &|_| {
        model::Segmentation::default()
    });
    print!("PolNeAR {split}: {rep}");
    if std::env::var_os("POLNEAR_DUMP").is_some() {
        dump(&docs);
    }
    eprintln!("time: {:.2?}", t.elapsed());
}

/// With `POLNEAR_DUMP=1`: print missed speech attributions and unmatched predictions.
#[allow(dead_code)]
fn dump(docs: &[polnear::PolnearDoc]) {
    use model::Extractor;
    let ex = QuoteExtractor::new();
    for d in docs {
        let doc = model::Document::from_text(d.name.clone(), d.text.clone());
        let mut claims = Vec::new();
        ex.extract(&doc, &model::Segmentation::default(), &mut claims);
        let preds: Vec<&model::Quote> = claims
            .iter()
            .filter_map(|c| match c {
                model::Claim::Quote(q) => Some(q),
                _ => None,
            })
            .collect();
        let ov = |g: &[model::Span], p: model::Span| {
            let inter: usize = g
                .iter()
                .map(|s| s.end.min(p.end).saturating_sub(s.start.max(p.start)))
                .sum();
            let gl: usize = g.iter().map(|s| s.len()).sum();
            inter as f64 / gl.max(p.len()).max(1) as f64
        };
        for a in d.attributions.iter().filter(|a| a.is_speech()) {
            if !preds.iter().any(|p| ov(&a.content, p.evidence.span) >= 0.5) {
                let c: String = a
                    .content
                    .iter()
                    .map(|s| &d.text[*s])
                    .collect::<Vec<_>>()
                    .join(" … ");
                let st = a
                    .content
                    .iter()
                    .chain(&a.cue)
                    .chain(&a.source)
                    .map(|s| s.start)
                    .min()
                    .unwrap_or(0);
                let mut b0 = st.saturating_sub(60);
                while !d.text.is_char_boundary(b0) {
                    b0 -= 1;
                }
                let ctx = &d.text[b0..st];
                println!(
                    "MISS\t{}\t[{}] {}",
                    a.cue_text,
                    ctx.replace('\n', " "),
                    c.chars().take(160).collect::<String>().replace('\n', " ")
                );
            }
        }
        for p in &preds {
            if !d
                .attributions
                .iter()
                .any(|a| ov(&a.content, p.evidence.span) >= 0.5)
            {
                println!(
                    "FP\t{}\t{}",
                    p.evidence.rule,
                    d.text[p.evidence.span]
                        .chars()
                        .take(160)
                        .collect::<String>()
                        .replace('\n', " ")
                );
            }
        }
    }
}
