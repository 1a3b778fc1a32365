//! Runs the sentence evaluation on `../shared` and asserts the issue-2 targets.
//! Skips (with a message) when the shared folder is absent.

use std::path::PathBuf;

fn shared() -> PathBuf {
    std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

#[test]
fn sentence_targets_on_shared_sets() {
    let dir = shared();
    if !dir.join("corpora/segment").exists() {
        println!(
            "SKIP: {} not found; sentence evaluation not run",
            dir.join("corpora/segment").display()
        );
        return;
    }
    let r = newsclaims_eval::sentences::run(&dir).expect("sets readable");
    println!("{r}");
    if let Some(c) = &r.pysbd_golden {
        assert!(
            c.passed >= 47,
            "pySBD golden rules {}/{} < 47",
            c.passed,
            c.total
        );
    }
    if let Some(c) = &r.pragmatic_golden {
        assert!(
            c.passed >= 50,
            "pragmatic golden rules {}/{} < 50",
            c.passed,
            c.total
        );
    }
    if let Some(c) = &r.sentencex_en {
        assert!(c.accuracy >= 0.97, "sentencex en {:.3} < 0.97", c.accuracy);
    }
    if let Some(g) = &r.gum_news {
        assert!(
            g.all.f1 >= 0.97,
            "GUM news boundary F1 {:.4} < 0.97",
            g.all.f1
        );
    }
}
