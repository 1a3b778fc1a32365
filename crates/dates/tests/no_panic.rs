//! Arbitrary input never panics, spans stay on character boundaries inside
//! their sentence, and every value is well-formed TIMEX3.

use model::{NaiveDate, Span};
use newsclaims_dates::DateExtractor;
use proptest::prelude::*;
use std::sync::OnceLock;

fn extractor() -> &'static DateExtractor {
    static X: OnceLock<DateExtractor> = OnceLock::new();
    X.get_or_init(|| DateExtractor::new().unwrap())
}

/// A loose TIMEX3 value grammar: dates (with X placeholders, weeks, seasons,
/// quarters, parts of day, times), durations, and the vague references.
fn valid_value(v: &str) -> bool {
    let re = regex::Regex::new(
        r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:[\dX.]+(?:Y|M|W|D|DE|CE|WE|Q|L|E|C))*(?:T(?:[\dX.]+[HMS])*)?|[\dX]{2,4}(?:-(?:[\dX]{2}|W[\dX]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:[\dX]{1,2}|WE))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)$",
    )
    .unwrap();
    re.is_match(v) && v != "P"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,120}", cut in 0usize..120) {
        let x = extractor();
        let mut mid = cut.min(text.len());
        while !text.is_char_boundary(mid) { mid -= 1; }
        let sentences = [Span::new(0, mid), Span::new(mid, text.len())];
        for dct in [None, NaiveDate::from_ymd_opt(2021, 6, 8)] {
            for m in x.extract_text(&text, &sentences, dct) {
                let sp = m.evidence.span;
                prop_assert!(sp.is_valid_for(&text));
                prop_assert!(sentences[m.evidence.sentence].contains_offset(sp.start));
                prop_assert!(valid_value(&m.value), "bad value {}", m.value);
            }
        }
    }

    #[test]
    fn date_like_text_never_panics(
        words in proptest::collection::vec(
            prop_oneof![
                Just("June"), Just("4"), Just("2020"), Just("last"), Just("week"), Just("Monday"),
                Just("€"), Just("’"), Just("😀"), Just("e\u{301}"), Just("p.m."), Just("6"), Just("ago"),
                Just("the"), Just("early"), Just("1990s"), Just("days"), Just("later"), Just("31/02/2021"),
                Just("quarter"), Just("third"), Just("every"), Just("night"), Just("9999"), Just("0"),
            ],
            0..14,
        )
    ) {
        let text = words.join(" ");
        let x = extractor();
        for m in x.extract_text(&text, &[Span::new(0, text.len())], NaiveDate::from_ymd_opt(2021, 6, 8)) {
            prop_assert!(m.evidence.span.is_valid_for(&text));
            prop_assert!(valid_value(&m.value), "bad value {} in {:?}", m.value, text);
        }
    }
}

#[test]
fn spans_around_multibyte_text() {
    let text = "€5 “on June 4” ’twas 😀 Tuesday night — e\u{301}té 2020.";
    let found = extractor().extract_text(
        text,
        &[Span::new(0, text.len())],
        NaiveDate::from_ymd_opt(2021, 6, 8),
    );
    let texts: Vec<&str> = found.iter().map(|m| &text[m.evidence.span]).collect();
    assert_eq!(texts, ["June 4", "Tuesday night", "2020"]);
}
