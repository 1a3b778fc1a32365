//! The number grammar: from a token position, the longest number expression.
//!
//! A small state machine over [`Tok`]s. `current` is the group below the last
//! scale word, `total` the sum of finished groups: `two hundred and two thousand`
//! is `(2×100 + 2) × 1000`. A word is accepted only where English puts it
//! (`fifty-two`, not `two fifty`; `one hundred and six`, not `six and one`), so
//! `nineteen eighty-four` scans as two numbers.

use crate::lexer::{Lex, Tok};
use crate::lexicon::{lookup, WordKind};
use crate::{NumberKind, NumberMatch};
use model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Start,
    A,
    Unit,
    Teen,
    Tens,
    Digits,
    Hundred,
    Scale,
}

/// What a token would add to a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Digits(f64),
    Hundred,
    Scale(f64),
    Dozen,
}

/// Scale words that follow digits only (`10 k`, `2 bn`).
const SCALE_ABBREVIATIONS: &[&str] = &["k", "bn", "bln", "mln", "tln"];

fn word(t: &Tok) -> Option<&str> {
    match &t.lex {
        Lex::Word(w) => Some(w.as_str()),
        _ => None,
    }
}

fn item_of(t: &Tok, after_number: bool) -> Option<Item> {
    match &t.lex {
        Lex::Digits {
            value,
            ordinal: false,
            glued: false,
        } => Some(Item::Digits(*value)),
        Lex::Word(w) => {
            let e = lookup(w)?;
            match e.kind {
                WordKind::Unit => Some(Item::Unit(e.value)),
                WordKind::Teen => Some(Item::Teen(e.value)),
                WordKind::Tens => Some(Item::Tens(e.value)),
                WordKind::Hundred => Some(Item::Hundred),
                WordKind::Scale => Some(Item::Scale(e.value)),
                WordKind::Dozen => Some(Item::Dozen),
                // `3 dozens`, `five hundreds`, `two thousands`: plurals as multipliers.
                WordKind::Vague if after_number => match w.as_str() {
                    "dozens" => Some(Item::Dozen),
                    "hundreds" => Some(Item::Hundred),
                    "thousands" => Some(Item::Scale(1e3)),
                    "millions" => Some(Item::Scale(1e6)),
                    "billions" => Some(Item::Scale(1e9)),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

/// The value of a plural scale word after `of` (`tens of thousands`).
fn plural_scale(w: &str) -> Option<f64> {
    match w {
        "hundreds" => Some(100.0),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    }
}

/// The result of parsing at one position: the match and the next token index.
pub(crate) struct Parsed {
    pub m: NumberMatch,
    pub next: usize,
}

fn mk(toks: &[Tok], from: usize, to: usize, value: f64, kind: NumberKind, vague: bool) -> Parsed {
    let span = Span::new(toks[from].span.start, toks[to - 1].span.end);
    Parsed {
        m: NumberMatch {
            span,
            value,
            vague,
            kind,
        },
        next: to,
    }
}

/// Parse the longest number expression starting at token `i`.
pub(crate) fn parse_at(toks: &[Tok], i: usize) -> Option<Parsed> {
    let t = toks.get(i)?;
    // Vague quantities and quantifiers.
    if let Some(p) = parse_vague(toks, i) {
        return Some(p);
    }
    // Negative numbers: `minus one`, `negative 5`, ` -1`.
    if let Some(w) = word(t) {
        if matches!(w, "minus" | "negative") {
            let p = parse_plain(toks, i + 1)?;
            if matches!(p.m.kind, NumberKind::Vague | NumberKind::Quantifier) {
                return None;
            }
            return Some(mk(toks, i, p.next, -p.m.value, p.m.kind, false));
        }
    }
    if t.lex == Lex::Hyphen && t.space_before {
        if let Some(n) = toks.get(i + 1) {
            if !n.space_before && matches!(n.lex, Lex::Digits { .. }) {
                let p = parse_plain(toks, i + 1)?;
                return Some(mk(toks, i, p.next, -p.m.value, p.m.kind, false));
            }
        }
    }
    parse_plain(toks, i)
}

/// `hundred`, `thousand`, `million`, `billion`, `lakh`: a singular scale word.
fn singular_scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "lakh" => 1e5,
        _ => return None,
    })
}

fn parse_vague(toks: &[Tok], i: usize) -> Option<Parsed> {
    let w = word(&toks[i])?;
    let next_word = |k: usize| toks.get(k).and_then(word);
    if matches!(w, "a" | "an") {
        match next_word(i + 1) {
            Some("few") => {
                // `a few hundred` → at least 200.
                if let Some(sc) = next_word(i + 2).and_then(singular_scale) {
                    return Some(mk(toks, i, i + 3, 2.0 * sc, NumberKind::Vague, true));
                }
                return Some(mk(toks, i, i + 2, 2.0, NumberKind::Quantifier, true));
            }
            Some("couple") => return Some(mk(toks, i, i + 2, 2.0, NumberKind::Words, false)),
            _ => return None,
        }
    }
    if w == "half" {
        let k = if next_word(i + 1) == Some("a") {
            i + 2
        } else {
            i + 1
        };
        let base = match next_word(k)? {
            "dozen" => 12.0,
            "hundred" => 100.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            _ => return None,
        };
        return Some(mk(toks, i, k + 1, base / 2.0, NumberKind::Words, false));
    }
    let e = lookup(w)?;
    match e.kind {
        WordKind::Quant => {
            // `several hundred` → at least 300, `several thousand` → 3000.
            if let Some(sc) = next_word(i + 1).and_then(singular_scale) {
                return Some(mk(toks, i, i + 2, e.value * sc, NumberKind::Vague, true));
            }
            Some(mk(toks, i, i + 1, e.value, NumberKind::Quantifier, true))
        }
        WordKind::Vague => {
            // `tens of thousands`, `hundreds of thousands`, `dozens of millions`.
            if next_word(i + 1) == Some("of") {
                if let Some(s) = next_word(i + 2).and_then(plural_scale) {
                    if s > 100.0 || w != "hundreds" {
                        return Some(mk(toks, i, i + 3, e.value * s, NumberKind::Vague, true));
                    }
                }
            }
            // `tens` and `scores` are numbers only in `tens of …` / `scores of …`.
            if matches!(w, "tens") || (w == "scores" && next_word(i + 1) != Some("of")) {
                return None;
            }
            Some(mk(toks, i, i + 1, e.value, NumberKind::Vague, true))
        }
        _ => None,
    }
}

fn parse_plain(toks: &[Tok], i: usize) -> Option<Parsed> {
    let n = toks.len();
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut piece = 0.0f64;
    let mut last = Slot::Start;
    let mut last_scale = f64::INFINITY;
    let mut end = i;
    let mut j = i;
    let mut and_pending = false;
    let mut hyphen_pending = false;
    let (mut has_words, mut has_digits) = (false, false);

    if let Some(w) = toks.get(i).and_then(word) {
        if matches!(w, "a" | "an") {
            // `a hundred`, `a dozen`, `a thousand` (never `a` alone).
            let nxt = toks.get(i + 1).and_then(|t| item_of(t, true));
            if matches!(nxt, Some(Item::Hundred | Item::Scale(_) | Item::Dozen)) {
                last = Slot::A;
                current = 1.0;
                piece = 1.0;
                has_words = true;
                j = i + 1;
                end = i + 1;
            } else {
                return None;
            }
        }
    }

    while j < n {
        let t = &toks[j];
        match &t.lex {
            Lex::Word(w) if w == "and" => {
                if matches!(last, Slot::Hundred | Slot::Scale) && !and_pending && !hyphen_pending {
                    and_pending = true;
                    j += 1;
                    continue;
                }
                break;
            }
            Lex::Hyphen => {
                if matches!(last, Slot::Tens | Slot::Unit | Slot::Teen)
                    && !and_pending
                    && !hyphen_pending
                {
                    hyphen_pending = true;
                    j += 1;
                    continue;
                }
                break;
            }
            Lex::Word(w)
                if w == "point" && has_words && !has_digits && !and_pending && !hyphen_pending =>
            {
                if let Some((frac, k)) = decimal_words(toks, j + 1) {
                    let value = total + current + frac;
                    return Some(mk(toks, i, k, value, NumberKind::Words, false));
                }
                break;
            }
            _ => {}
        }
        let Some(item) = item_of(t, last != Slot::Start) else {
            break;
        };
        // A two-word ordinal (`twenty-first`) is not a cardinal at all.
        let allowed = match item {
            Item::Unit(v) => match last {
                Slot::Start => !hyphen_pending,
                Slot::Tens => v > 0.0 && !and_pending,
                Slot::Hundred => !hyphen_pending && !next_is_hundred(toks, j + 1),
                Slot::Scale => !hyphen_pending,
                _ => false,
            },
            Item::Teen(_) | Item::Tens(_) => match last {
                Slot::Start => true,
                Slot::Hundred => !hyphen_pending && !next_is_hundred(toks, j + 1),
                Slot::Scale => !hyphen_pending,
                _ => false,
            },
            Item::Digits(v) => match last {
                Slot::Start => true,
                Slot::Hundred => {
                    has_digits
                        && v < 100.0
                        && v > 0.0
                        && !hyphen_pending
                        && !next_is_hundred(toks, j + 1)
                }
                Slot::Scale => has_digits && v < 1000.0 && !hyphen_pending,
                _ => false,
            },
            Item::Hundred => {
                matches!(
                    last,
                    Slot::Unit | Slot::Teen | Slot::Tens | Slot::Digits | Slot::A
                ) && !and_pending
                    && (current < 100.0
                        || (last == Slot::Digits && total == 0.0 && current == piece))
            }
            Item::Scale(s) => {
                matches!(
                    last,
                    Slot::Unit | Slot::Teen | Slot::Tens | Slot::Digits | Slot::Hundred | Slot::A
                ) && !and_pending
                    && s < last_scale
                    && (last == Slot::Digits
                        || !word(t).is_some_and(|w| SCALE_ABBREVIATIONS.contains(&w)))
            }
            Item::Dozen => {
                matches!(
                    last,
                    Slot::Unit | Slot::Teen | Slot::Tens | Slot::Digits | Slot::A
                ) && !and_pending
            }
        };
        if !allowed {
            break;
        }
        match item {
            Item::Unit(v) | Item::Teen(v) | Item::Tens(v) | Item::Digits(v) => {
                current += v;
                piece = v;
                last = match item {
                    Item::Unit(_) => Slot::Unit,
                    Item::Teen(_) => Slot::Teen,
                    Item::Tens(_) => Slot::Tens,
                    _ => Slot::Digits,
                };
            }
            Item::Hundred => {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                piece = current;
                last = Slot::Hundred;
            }
            Item::Scale(s) => {
                total += current * s;
                current = 0.0;
                piece = 0.0;
                last_scale = s;
                last = Slot::Scale;
            }
            Item::Dozen => {
                current = current - piece + piece * 12.0;
                piece *= 12.0;
                last = Slot::Digits;
            }
        }
        if matches!(t.lex, Lex::Digits { .. }) {
            has_digits = true;
        } else {
            has_words = true;
        }
        and_pending = false;
        hyphen_pending = false;
        j += 1;
        end = j;
    }
    if end == i || last == Slot::A || last == Slot::Start {
        return None;
    }
    // `twenty-first`: the tens word belongs to an ordinal.
    if last == Slot::Tens {
        let k = if toks.get(end).is_some_and(|t| t.lex == Lex::Hyphen) {
            end + 1
        } else {
            end
        };
        if let Some(w) = toks.get(k).and_then(word) {
            if lookup(w).is_some_and(|e| e.kind == WordKind::Ordinal && e.value < 10.0) {
                return None;
            }
        }
    }
    let kind = match (has_words, has_digits) {
        (true, true) => NumberKind::Mixed,
        (false, true) => NumberKind::Digits,
        _ => NumberKind::Words,
    };
    Some(mk(toks, i, end, total + current, kind, false))
}

fn next_is_hundred(toks: &[Tok], k: usize) -> bool {
    let k = if toks.get(k).is_some_and(|t| t.lex == Lex::Hyphen) {
        k + 1
    } else {
        k
    };
    toks.get(k).and_then(word).is_some_and(|w| w == "hundred")
}

/// `point zero three` → 0.03; `point seventy-one` → 0.71. Returns the fraction and the next token.
fn decimal_words(toks: &[Tok], mut k: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(w) = toks.get(k).and_then(word) {
        let Some(e) = lookup(w) else { break };
        match e.kind {
            WordKind::Unit => digits.push_str(&format!("{}", e.value as u8)),
            WordKind::Teen => digits.push_str(&format!("{}", e.value as u8)),
            WordKind::Tens => {
                let mut v = e.value as u8;
                let h = toks.get(k + 1).is_some_and(|t| t.lex == Lex::Hyphen);
                let u = if h { k + 2 } else { k + 1 };
                if let Some(ue) = toks.get(u).and_then(word).and_then(lookup) {
                    if ue.kind == WordKind::Unit && ue.value > 0.0 {
                        v += ue.value as u8;
                        k = u;
                    }
                }
                digits.push_str(&format!("{v}"));
            }
            _ => break,
        }
        k += 1;
    }
    if digits.is_empty() {
        return None;
    }
    format!("0.{digits}").parse().ok().map(|f| (f, k))
}
