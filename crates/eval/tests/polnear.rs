//! The PolNeAR scorer on the shared corpus: an extractor that echoes the gold
//! scores 1.0, one that finds nothing scores 0. Skips when `../shared` is absent.

use model::{Claim, Document, Extractor, Quote, QuoteKind, Segmentation, Speaker, SpeakerKind};
use newsclaims_eval::polnear::{evaluate, load_split, PolnearDoc};
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let p = shared.join("corpora/quotes/polnear");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: PolNeAR not found at {}", p.display());
        None
    }
}

struct Echo(Vec<PolnearDoc>);

impl Extractor for Echo {
    fn name(&self) -> &'static str {
        "echo"
    }
    fn extract(&self, doc: &Document, _seg: &Segmentation, claims: &mut Vec<Claim>) {
        let Some(d) = self.0.iter().find(|d| d.name == doc.id) else {
            return;
        };
        for a in &d.attributions {
            let content = a
                .content
                .iter()
                .copied()
                .reduce(|x, y| x.cover(y))
                .unwrap_or_default();
            let speaker = a.source.first().map(|&s| Speaker {
                name: doc.text[s].to_string(),
                mention: doc.text[s].to_string(),
                mention_span: s,
                resolved_span: None,
                title: None,
                organisation: None,
                kind: SpeakerKind::Person,
            });
            let ev = model::Evidence {
                span: content,
                ..Default::default()
            };
            claims.push(Claim::Quote(Quote {
                evidence: ev,
                kind: QuoteKind::Indirect,
                speaker,
                cue: None,
                channel: None,
                parent: None,
            }));
        }
    }
}

struct Nothing;

impl Extractor for Nothing {
    fn name(&self) -> &'static str {
        "nothing"
    }
    fn extract(&self, _: &Document, _: &Segmentation, _: &mut Vec<Claim>) {}
}

#[test]
fn gold_echo_scores_high_and_nothing_scores_zero() {
    let Some(root) = corpus() else { return };
    let docs = load_split(&root, "dev").expect("dev split loads");
    assert!(docs.len() >= 80, "dev has 84 articles");
    let seg = |_: &Document| Segmentation::default();
    let rep = evaluate(&docs, &Echo(docs.clone()), &seg);
    let (_, _, f) = rep.all.content();
    // Discontinuous contents are echoed as their cover, which can exceed the overlap bar.
    assert!(f > 0.95, "echo content F1 {f}\n{rep}");
    assert!(
        rep.speech.gold < rep.all.gold && rep.speech.gold > rep.all.gold / 2,
        "{rep}"
    );
    let none = evaluate(&docs, &Nothing, &seg);
    assert_eq!(none.all.content_matched, 0);
    assert_eq!(none.all.content(), (0.0, 0.0, 0.0));
}
