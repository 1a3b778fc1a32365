//! Print the date mentions of a text read from stdin, segmented into sentences,
//! resolved against the publication date given as the first argument.
//!
//! `echo "Talks will resume on Monday." | cargo run -p newsclaims-dates --example probe -- 2021-06-08`
use model::{NaiveDate, Span};
use newsclaims_dates::DateExtractor;
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dct = std::env::args()
        .nth(1)
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let doc = model::Document::from_text("stdin".to_string(), text.clone());
    let seg = segment::Segmenter::new().segment(&doc);
    let spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
    let x = DateExtractor::new()?;
    for m in x.extract_text(&text, &spans, dct) {
        println!(
            "{:?}\t{}\t{}\t{}\t{:?}",
            &text[m.evidence.span],
            m.timex_type.as_str(),
            m.value,
            m.evidence.rule,
            m.modifier
        );
        if std::env::var_os("PROBE_SENTENCES").is_some() {
            if let Some(s) = spans.get(m.evidence.sentence) {
                println!("    | {}", &text[*s]);
            }
        }
    }
    Ok(())
}
