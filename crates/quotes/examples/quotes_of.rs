//! Print the quotes of a text read from standard input, one per line.
//!
//! ```text
//! echo '"Go," she said.' | cargo run -p newsclaims-quotes --example quotes_of
//! ```

use model::{Document, Segmentation};
use newsclaims_quotes::QuoteExtractor;
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("input is not UTF-8");
        std::process::exit(2);
    }
    let doc = Document::from_text("stdin", text);
    for (i, q) in QuoteExtractor::new()
        .quotes(&doc, &Segmentation::default())
        .iter()
        .enumerate()
    {
        let sp = q.speaker.as_ref();
        println!(
            "[{i}] {:?} {} | {:?} ({:?}) | cue {:?} | parent {:?} | {}",
            q.kind,
            q.evidence.rule,
            sp.map(|s| s.name.as_str()),
            sp.map(|s| s.mention.as_str()),
            q.cue.as_ref().map(|c| c.text.as_str()),
            q.parent.map(|p| p.0),
            &doc.text[q.evidence.span]
        );
    }
}
