//! Bounds around numbers: `at least 5`, `more than 120`, `nearly 50`, `about 30`,
//! `10 to 15`, `between 10 and 15`, `5 or more`, `dozens`.
//!
//! A [`Quantity`] keeps the bounds as the text states them (open or closed);
//! [`Quantity::closed_integer_bounds`] turns them into the closed integer bounds
//! that people counts use (`more than 120` → min 121, `nearly 50` → max 49).

use crate::{find_numbers, NumberKind, NumberMatch};
use model::Span;
use once_cell::sync::Lazy;

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The number.
    pub value: f64,
    /// Whether the value itself belongs to the interval.
    pub inclusive: bool,
}

/// A number with its bounds, as stated.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the first cue word to the last number or suffix cue.
    pub span: Span,
    /// Lower bound (`None`: unbounded below).
    pub low: Option<Bound>,
    /// Upper bound (`None`: unbounded above).
    pub high: Option<Bound>,
    /// `about`, `some`, `around`.
    pub approx: bool,
    /// `dozens`, `hundreds`, `several`.
    pub vague: bool,
    /// Whether a cue word set a bound (`at least`, `or more`, `between … and`).
    pub bounded_by_cue: bool,
    /// The number(s) inside: one, or two for a range.
    pub numbers: Vec<NumberMatch>,
}

impl Quantity {
    /// Closed integer bounds: an open bound moves to the next whole number inward
    /// (`> 120` → 121, `< 50` → 49); fractions round inward.
    pub fn closed_integer_bounds(&self) -> (Option<u64>, Option<u64>) {
        let lo = self.low.and_then(|b| {
            let v = if b.inclusive {
                b.value.ceil()
            } else {
                b.value.floor() + 1.0
            };
            (0.0..1e18).contains(&v).then_some(v as u64)
        });
        let hi = self.high.and_then(|b| {
            let v = if b.inclusive {
                b.value.floor()
            } else {
                b.value.ceil() - 1.0
            };
            (0.0..1e18).contains(&v).then_some(v as u64)
        });
        (lo, hi)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    Ge,
    Gt,
    Le,
    Lt,
    Approx,
    Eq,
    SuffixGe,
    SuffixLe,
    SuffixIncl,
}

const BOUNDS: &str = include_str!("../data/bounds.txt");

/// Cues sorted longest first, so `at least or equal to` wins over `at least`.
static CUES: Lazy<Vec<(&'static str, Effect)>> = Lazy::new(|| {
    let mut v: Vec<(&'static str, Effect)> = BOUNDS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (e, p) = l.split_once('\t')?;
            let e = match e {
                "ge" => Effect::Ge,
                "gt" => Effect::Gt,
                "le" => Effect::Le,
                "lt" => Effect::Lt,
                "approx" => Effect::Approx,
                "eq" => Effect::Eq,
                "suffix-ge" => Effect::SuffixGe,
                "suffix-le" => Effect::SuffixLe,
                "suffix-incl" => Effect::SuffixIncl,
                _ => return None,
            };
            Some((p.trim(), e))
        })
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

fn is_suffix(e: Effect) -> bool {
    matches!(e, Effect::SuffixGe | Effect::SuffixLe | Effect::SuffixIncl)
}

/// Whether `text[..at]` ends with `phrase` (ASCII case-insensitive, white space
/// runs matching any white space) on a word boundary; returns where the phrase starts.
fn ends_with_phrase(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let before = text[..at].trim_end();
    let mut end = before.len();
    // Words from the last; `peek` is the word before `w` (no allocation: this
    // runs for every cue at every number).
    let mut words = phrase.rsplit(' ').peekable();
    while let Some(w) = words.next() {
        let seg = &text[..end];
        if seg.len() < w.len() || !seg.is_char_boundary(seg.len() - w.len()) {
            return None;
        }
        let start = seg.len() - w.len();
        if !seg[start..].eq_ignore_ascii_case(w) {
            return None;
        }
        end = start;
        if let Some(&prev_word) = words.peek() {
            let trimmed = text[..end].trim_end();
            if trimmed.len() == end && !is_symbol_word(prev_word) && !is_symbol_word(w) {
                return None;
            }
            end = trimmed.len();
        }
    }
    let alnum_word = phrase.starts_with(|c: char| c.is_alphanumeric());
    let prev = text[..end].chars().next_back();
    if alnum_word && prev.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    if !alnum_word && prev.is_some_and(|c| matches!(c, '<' | '>' | '=')) {
        return None;
    }
    Some(end)
}

fn is_symbol_word(w: &str) -> bool {
    !w.starts_with(|c: char| c.is_alphanumeric())
}

/// Whether `text[at..]` starts with `phrase` on a word boundary; returns where it ends.
fn starts_with_phrase(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let after = &text[at..];
    let lead = after.len() - after.trim_start().len();
    if phrase.starts_with(|c: char| c.is_alphanumeric()) && lead == 0 {
        return None;
    }
    let mut pos = at + lead;
    for (k, w) in phrase.split(' ').enumerate() {
        if k > 0 {
            let rest = &text[pos..];
            let l = rest.len() - rest.trim_start().len();
            if l == 0 {
                return None;
            }
            pos += l;
        }
        let rest = &text[pos..];
        if rest.len() < w.len()
            || !rest.is_char_boundary(w.len())
            || !rest[..w.len()].eq_ignore_ascii_case(w)
        {
            return None;
        }
        pos += w.len();
    }
    let alnum_end = phrase.ends_with(|c: char| c.is_alphanumeric());
    if alnum_end
        && text[pos..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    Some(pos)
}

fn prefix_cue(text: &str, at: usize) -> Option<(usize, Effect)> {
    CUES.iter()
        .filter(|(_, e)| !is_suffix(*e))
        .find_map(|(p, e)| ends_with_phrase(text, at, p).map(|s| (s, *e)))
}

fn suffix_cue(text: &str, at: usize) -> Option<(usize, Effect)> {
    CUES.iter()
        .filter(|(_, e)| is_suffix(*e))
        .find_map(|(p, e)| {
            if *p == "+" {
                return text[at..].starts_with('+').then_some((at + 1, *e));
            }
            starts_with_phrase(text, at, p)
                .filter(|s| !continues_with_bound(&text[*s..]))
                .map(|s| (s, *e))
        })
}

/// Whether a suffix cue is really the start of another bound or number
/// (`20 and less than 30`, `5000 or equal to 6000`).
fn continues_with_bound(rest: &str) -> bool {
    let w: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        return false;
    }
    matches!(
        w.as_str(),
        "than" | "or" | "equal" | "equals" | "a" | "an" | "to"
    ) || w.starts_with(|c: char| c.is_ascii_digit())
        || crate::parse_cardinal(&w).is_some()
}

fn single(m: &NumberMatch) -> Quantity {
    let b = Bound {
        value: m.value,
        inclusive: true,
    };
    let vague = m.vague;
    Quantity {
        span: m.span,
        low: Some(b),
        high: if vague { None } else { Some(b) },
        approx: false,
        vague,
        bounded_by_cue: false,
        numbers: vec![m.clone()],
    }
}

/// Words between two numbers that make a range.
fn range_joiner(gap: &str, opener: Option<&str>) -> bool {
    let g = gap.trim().to_ascii_lowercase();
    match g.as_str() {
        "-" | "–" | "~" | "to" | "through" | "thru" => true,
        "and" => opener == Some("between"),
        "or" => true,
        _ => false,
    }
}

/// Every number in `text` with the bounds its cue words give.
///
/// ```
/// use newsclaims_numbers::find_quantities;
/// let q = &find_quantities("more than 120 people")[0];
/// assert_eq!(q.closed_integer_bounds(), (Some(121), None));
/// let q = &find_quantities("between 10 and 15")[0];
/// assert_eq!(q.closed_integer_bounds(), (Some(10), Some(15)));
/// ```
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let nums = find_numbers(text);
    let mut out: Vec<Quantity> = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        let a = &nums[k];
        let mut q = single(a);
        let mut start = a.span.start;
        let mut opener: Option<&str> = None;
        for o in ["between", "from"] {
            if let Some(s) = ends_with_phrase(text, a.span.start, o) {
                opener = Some(o);
                start = s;
            }
        }
        // A range: `10 to 15`, `between 10 and 15`, `two or three`, `1000-5000`.
        let mut used = 1;
        if let Some(b) = nums.get(k + 1) {
            let gap = &text[a.span.end..b.span.start];
            let ok_kind = !matches!(a.kind, NumberKind::Quantifier)
                && !matches!(b.kind, NumberKind::Quantifier);
            let dash = matches!(gap.trim(), "-" | "–");
            let before = text[..a.span.start].chars().next_back();
            let after = text[b.span.end..].chars().next();
            // `+1-222-2222`, `5/17-18`: phone numbers and dates, not ranges.
            let chained = dash
                && (before.is_some_and(|c| matches!(c, '+' | '-' | '/' | '–'))
                    || after.is_some_and(|c| matches!(c, '-' | '/' | '–')));
            if ok_kind && b.value > a.value && !a.vague && !chained && range_joiner(gap, opener) {
                let or_join = gap.trim().eq_ignore_ascii_case("or");
                // `two or three` yes; `5 or 500` is two numbers.
                if !or_join || b.value <= a.value * 10.0 + 1.0 {
                    q.high = Some(Bound {
                        value: b.value,
                        inclusive: true,
                    });
                    q.vague = b.vague;
                    if b.vague {
                        q.high = None;
                    }
                    q.numbers.push(b.clone());
                    q.span = Span::new(start, b.span.end);
                    q.bounded_by_cue = true;
                    used = 2;
                }
            }
        }
        if used == 1 {
            opener = None;
            start = a.span.start;
            if let Some((s, e)) = prefix_cue(text, a.span.start) {
                let v = a.value;
                start = s;
                q.bounded_by_cue = true;
                match e {
                    Effect::Ge => {
                        (q.low, q.high) = (
                            Some(Bound {
                                value: v,
                                inclusive: true,
                            }),
                            None,
                        )
                    }
                    Effect::Gt => {
                        (q.low, q.high) = (
                            Some(Bound {
                                value: v,
                                inclusive: false,
                            }),
                            None,
                        )
                    }
                    Effect::Le => {
                        (q.low, q.high) = (
                            None,
                            Some(Bound {
                                value: v,
                                inclusive: true,
                            }),
                        )
                    }
                    Effect::Lt => {
                        (q.low, q.high) = (
                            None,
                            Some(Bound {
                                value: v,
                                inclusive: false,
                            }),
                        )
                    }
                    Effect::Approx => q.approx = true,
                    _ => {}
                }
            }
            q.span = Span::new(start, a.span.end);
            if let Some((e_end, e)) = suffix_cue(text, a.span.end) {
                let v = a.value;
                if q.approx {
                    // `about 500 or more`: the suffix gives the bound.
                    q.approx = false;
                    q.bounded_by_cue = false;
                    q.span = Span::new(a.span.start, q.span.end);
                }
                match e {
                    Effect::SuffixGe if q.high.is_some() || !q.bounded_by_cue => {
                        (q.low, q.high) = (
                            Some(Bound {
                                value: v,
                                inclusive: true,
                            }),
                            None,
                        );
                        q.span = Span::new(q.span.start, e_end);
                        q.bounded_by_cue = true;
                    }
                    Effect::SuffixLe if q.low.is_some() || !q.bounded_by_cue => {
                        (q.low, q.high) = (
                            None,
                            Some(Bound {
                                value: v,
                                inclusive: true,
                            }),
                        );
                        q.span = Span::new(q.span.start, e_end);
                        q.bounded_by_cue = true;
                    }
                    Effect::SuffixIncl if q.low.is_none() || q.high.is_none() => {
                        q.low = q.low.map(|b| Bound {
                            inclusive: true,
                            ..b
                        });
                        q.high = q.high.map(|b| Bound {
                            inclusive: true,
                            ..b
                        });
                        q.span = Span::new(q.span.start, e_end);
                    }
                    _ => {}
                }
            }
        }
        let _ = opener;
        // `more than 10 and less than 40`: a lower and an upper bound joined.
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end.min(q.span.start)..q.span.start];
            let joined = matches!(
                gap.trim().to_ascii_lowercase().as_str(),
                "and" | "but" | "," | "and at" | ""
            );
            let one_sided =
                |x: &Quantity| x.bounded_by_cue && (x.low.is_none() != x.high.is_none());
            if joined && one_sided(prev) && one_sided(&q) && prev.numbers.len() == 1 {
                let (lo, hi) = if prev.low.is_some() && q.high.is_some() {
                    (prev.low, q.high)
                } else if prev.high.is_some() && q.low.is_some() {
                    (q.low, prev.high)
                } else {
                    (None, None)
                };
                if let (Some(l), Some(h)) = (lo, hi) {
                    if l.value < h.value || (l.value == h.value && l.inclusive && h.inclusive) {
                        prev.low = Some(l);
                        prev.high = Some(h);
                        prev.span = prev.span.cover(q.span);
                        prev.numbers.extend(q.numbers);
                        k += used;
                        continue;
                    }
                }
            }
        }
        out.push(q);
        k += used;
    }
    out
}
