//! Arbitrary input never panics, and every span lies on char boundaries.

use newsclaims_numbers::{find_numbers, find_quantities, parse_cardinal, parse_ordinal};
use proptest::prelude::*;

fn numbery() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "one",
        "twenty",
        "-",
        "hundred",
        "and",
        "thousand",
        "dozens",
        "of",
        "a",
        "few",
        "1,200",
        "3.5",
        "€",
        "’",
        "😀",
        "more than",
        "nearly",
        "between",
        "to",
        "or more",
        " ",
        "k",
        "tens",
        "5",
        "—",
        "point",
        "half",
        "\u{202f}000",
        "<",
        "=",
    ]);
    prop::collection::vec(words, 0..12).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn any_unicode(s in "\\PC{0,60}") {
        for m in find_numbers(&s) {
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
        }
        for q in find_quantities(&s) {
            prop_assert!(q.span.is_valid_for(&s));
        }
        let _ = parse_cardinal(&s);
        let _ = parse_ordinal(&s);
    }

    #[test]
    fn number_words(s in numbery()) {
        let found = find_numbers(&s);
        for w in found.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start);
        }
        for q in find_quantities(&s) {
            prop_assert!(q.span.is_valid_for(&s));
            let (lo, hi) = q.closed_integer_bounds();
            if let (Some(l), Some(h)) = (lo, hi) { prop_assert!(l <= h || q.numbers.len() == 1); }
        }
    }
}
