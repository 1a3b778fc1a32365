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
    eprintln!("time: {:.2?}", t.elapsed());
}
