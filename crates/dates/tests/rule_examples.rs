//! Every example written under a rule in `data/patterns.txt` must come out
//! with its type and value (publication date 2021-06-08, a Tuesday).

use model::{NaiveDate, Span};
use newsclaims_dates::DateExtractor;

#[test]
fn rule_examples_hold() {
    let x = DateExtractor::new().expect("rules compile");
    let dct = NaiveDate::from_ymd_opt(2021, 6, 8);
    let mut failures = Vec::new();
    let mut n = 0;
    for (rule, sentence, ty, value) in x.rule_examples() {
        n += 1;
        let found = x.extract_text(sentence, &[Span::new(0, sentence.len())], dct);
        let ok = found
            .iter()
            .any(|m| m.timex_type.as_str() == ty && m.value == value);
        if !ok {
            let got: Vec<String> = found
                .iter()
                .map(|m| {
                    format!(
                        "{:?} {} {} ({})",
                        &sentence[m.evidence.span],
                        m.timex_type.as_str(),
                        m.value,
                        m.evidence.rule
                    )
                })
                .collect();
            failures.push(format!(
                "{rule}: {sentence:?} want {ty} {value}, got {got:?}"
            ));
        }
    }
    assert!(n > 60, "expected many examples, found {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
