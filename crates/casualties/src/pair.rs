//! Pairing counts with harm cues inside one sentence.
//!
//! Rules, each with its id (`casualties/<rule>`):
//! - `subject`: a count before a cue, joined by `be` (`four were injured`), or
//!   before an intransitive cue (`Hanna died`); `list` when the subject is a list
//!   of victims (`A, B and C were killed` → 3);
//! - `adjacent`: a number right before a cue (`15 killed`, `4 People Shot`, `214 martyrs`);
//! - `object`: an active cue and its object (`killed more than 1,000 people`, `shot a man`);
//! - `noun-of`: `the deaths of four people`, `shooting of four people`;
//! - `possessive`: `Stephen's death`;
//! - `toll`: `the death toll rose to 47`;
//! - `zero`: `no one was hurt`, `no arrests have been made`.
//!
//! A count that pairs with several cues of one clause takes the most specific
//! outcome (`shot and later died` → killed).

use crate::counts::{Count, CountKind};
use crate::lexicon::{norm, Cue, Form, LEXICON};
use model::{HarmCategory, Span};
use once_cell::sync::Lazy;
use regex::Regex;

/// A harm cue found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Harm {
    pub span: Span,
    pub readings: Vec<Cue>,
}

/// A paired figure, sentence-relative.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    pub span: Span,
    pub category: HarmCategory,
    pub count: Count,
    pub rule: String,
}

const AUX: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "got",
    "get",
    "gets",
    "reportedly",
    "also",
    "later",
    "all",
    "both",
    "each",
    "then",
    "allegedly",
    "initially",
    "subsequently",
    "apparently",
    "critically",
    "seriously",
    "eventually",
    "who",
    "may",
    "might",
    "accidentally",
    "fatally",
    "previously",
    "now",
    "still",
    "just",
    "officially",
    "originally",
    "either",
    "confirmed",
    "and",
];
const BE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets",
];
const BREAK: &[&str] = &[
    "said",
    "says",
    "told",
    "after",
    "before",
    "when",
    "while",
    "because",
    "but",
    "if",
    "although",
    "though",
    "according",
    "than",
    "where",
    "whom",
    "whose",
    "until",
    "since",
    "whether",
    "unless",
    "police",
    "officers",
    "authorities",
    "say",
    "tell",
    "report",
    "reported",
];
const NEGATION: &[&str] = &[
    "might",
    "attempted",
    "attempt",
    "not",
    "n't",
    "never",
    "would",
    "could",
    "should",
    "if",
    "unless",
    "whether",
    "no",
    "nobody",
];

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '"' | '“' | '”'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Every harm cue of a sentence: phrases, then patterns (`in nine evacuation
/// centres`) where no phrase overlaps them.
pub(crate) fn harms(text: &str) -> Vec<Harm> {
    let mut out: Vec<Harm> = LEXICON
        .cue_re
        .find_iter(text)
        .filter_map(|m| {
            let readings = LEXICON.cues.get(&norm(m.as_str()))?.clone();
            Some(Harm {
                span: Span::new(m.start(), m.end()),
                readings,
            })
        })
        .collect();
    for (re, cue) in &LEXICON.patterns {
        for m in re.find_iter(text) {
            let span = Span::new(m.start(), m.end());
            // A pattern holding a phrase (`in nine evacuation centres`) replaces it.
            out.retain(|h| !(span.contains(h.span) && span != h.span));
            if !out.iter().any(|h| h.span.overlaps(span)) {
                out.push(Harm {
                    span,
                    readings: vec![*cue],
                });
            }
        }
    }
    out.sort_by_key(|h| h.span.start);
    out
}

fn has_break(gap: &str) -> bool {
    gap.contains([';', ':', '?', '!'])
        || words(gap)
            .iter()
            .any(|w| BREAK.contains(&w.to_lowercase().as_str()))
}

fn negated(text: &str, h: Span, from: usize) -> bool {
    let mut before = &text[from.min(h.start)..h.start];
    // Only the cue's own clause: `didn't care and they shot a girl` is not negated.
    for sep in [", ", " and ", " but ", "; "] {
        if let Some(i) = before.rfind(sep) {
            before = &before[i + sep.len()..];
        }
    }
    let mut ws = words(before);
    if ws.len() > 4 {
        ws = ws[ws.len() - 4..].to_vec();
    }
    // `before another teen is killed`: a feared event, not a reported one.
    let all = words(&text[..h.start]);
    let lw: Vec<String> = all
        .iter()
        .rev()
        .take(5)
        .map(|w| w.to_lowercase())
        .rev()
        .collect();
    if lw
        .iter()
        .any(|w| w == "before" || w == "until" || w == "lest")
        && lw
            .last()
            .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "gets" | "get"))
    {
        return true;
    }
    ws.iter().any(|w| {
        let w = w.to_lowercase();
        NEGATION.contains(&w.as_str())
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || ["could", "would", "should", "might"]
                .iter()
                .any(|m| w.starts_with(m) && w.len() > m.len())
    })
}

fn adjectival(w: &str) -> bool {
    LEXICON.is_victim(w)
        || (w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_lowercase()))
        || w.starts_with(|c: char| c.is_uppercase())
        || matches!(
            w.to_lowercase().as_str(),
            "other"
                | "others"
                | "more"
                | "young"
                | "innocent"
                | "people"
                | "of"
                | "them"
                | "were"
                | "all"
                | "still"
                | "now"
                | "already"
        )
}

/// Can `c` be the subject of harm `h` (form `f`)? Returns the rule name.
fn left_rule(text: &str, c: &Count, h: &Harm, f: Form) -> Option<&'static str> {
    if c.span.end > h.span.start {
        return None;
    }
    let mut gap = &text[c.span.end..h.span.start];
    // `More than 150 people, the whole population of the town, were
    // displaced`: an apposition between commas is skipped.
    if c.kind != CountKind::Pronoun && gap.trim_start().starts_with(',') {
        let first = gap.find(',').unwrap_or(0);
        if let Some(last) = gap.rfind(',').filter(|&l| l > first) {
            let inner = &gap[first + 1..last];
            let iw = words(inner);
            if iw.len() <= 16
                && !has_break(inner)
                && !iw.iter().any(|w| {
                    BE.contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("who")
                })
            {
                gap = &gap[last + 1..];
            }
        }
    }
    let ws = words(gap);
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    // `400 people from the town of Pital de la Conta in the south-east sought
    // refuge`: a long place phrase may stand between subject and cue.
    let long_place = ws.len() <= 16
        && (0..ws.len()).all(|i| in_place_phrase(&lower, i) || i == 0 && lower[0] == "people");
    if (ws.len() > 10 && !long_place) || has_break(gap) {
        return None;
    }
    if lower
        .iter()
        .any(|w| LEXICON.not_victims.contains(w.as_str()))
    {
        return None;
    }
    let adjacency =
        c.kind == CountKind::Number && ws.iter().all(|w| adjectival(w)) && ws.len() <= 3;
    let has_be = lower.iter().any(|w| BE.contains(&w.as_str()));
    let tail_ok = lower
        .iter()
        .rev()
        .take(4)
        .any(|w| BE.contains(&w.as_str()) || w == "have" || w == "has");
    // `40 phones and fled`: a number counting some other noun.
    if c.kind == CountKind::Number && c.victims.is_none() && matches!(f, Form::Pp | Form::Intr) {
        if let Some(first) = ws.first() {
            let l = first.to_lowercase();
            let other_noun = first.chars().all(|ch| ch.is_lowercase())
                && !AUX.contains(&l.as_str())
                && !l.ends_with("ly")
                && !matches!(
                    l.as_str(),
                    "of" | "more"
                        | "others"
                        | "other"
                        | "people"
                        | "in"
                        | "on"
                        | "at"
                        | "from"
                        | "during"
                        | "after"
                        | "were"
                        | "have"
                        | "had"
                        | "remain"
                        | "remained"
                        | "died"
                        | "suffered"
                        | "found"
                )
                && !LEXICON.is_victim(&l);
            if other_noun {
                return None;
            }
        }
    }
    // `three deputies exchanged fire with Mateen, who was killed`: a relative
    // clause belongs to the noun right before `who`.
    if let Some(i) = lower.iter().position(|w| w == "who") {
        if i > 0
            && !ws[..i]
                .iter()
                .all(|w| adjectival(w) && !w.starts_with(char::is_uppercase))
        {
            return None;
        }
    }
    // `was located and placed under arrest`: coordinated participles.
    let coordinated = lower.last().is_some_and(|w| w == "and") && has_be;
    match f {
        Form::Pp => {
            if adjacency {
                Some("adjacent")
            } else if c.kind == CountKind::Singular && gap.trim().is_empty() {
                // A headline or reduced passive: `a 14-year-old boy fatally shot`.
                Some("subject")
            } else if has_be
                && tail_ok
                && ws.iter().enumerate().rev().take(3).all(|(i, w)| {
                    let l = w.to_lowercase();
                    in_place_phrase(&lower, i)
                        || AUX.contains(&l.as_str())
                        || l.ends_with("ly")
                        || adjectival(w)
                        || l.ends_with('s')
                        || l.ends_with("men")
                        || l.chars().all(|c| c.is_ascii_digit())
                        || (l.ends_with("ed") && coordinated)
                        // `have had to be evacuated`.
                        || (l == "to"
                            && i > 0
                            && matches!(lower[i - 1].as_str(), "had" | "have" | "has"))
                })
            {
                Some("subject")
            } else {
                None
            }
        }
        Form::Intr if c.kind == CountKind::Number && new_noun_phrase(&lower) => None,
        Form::Intr => {
            // `identified the dead`: a noun, not a predicate.
            if text[..h.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with(" the")
            {
                return None;
            }
            let place_phrase = ws.len() <= 16
                && (0..ws.len())
                    .all(|i| in_place_phrase(&lower, i) || i == 0 && lower[0] == "people");
            let short = ws.len() <= 6 || has_be || place_phrase;
            (short && !negated(text, h.span, c.span.end)).then_some(if adjacency {
                "adjacent"
            } else {
                "subject"
            })
        }
        Form::Noun => {
            // `new and repeated displacements`: coordinated modifiers.
            let n = lower.len();
            let modifiers = n <= 4
                && lower.iter().enumerate().all(|(i, w)| {
                    !AUX.contains(&w.as_str())
                        && !BREAK.contains(&w.as_str())
                        && !LEXICON.cues.contains_key(w.as_str())
                        || w.ends_with("ly")
                        || (matches!(w.as_str(), "and" | "or") && i > 0 && i + 1 < n)
                });
            // `nine evacuation centres`: a singular noun after a count is a modifier.
            let cue = text[h.span].to_lowercase();
            let singular_noun = !cue.ends_with('s')
                && (cue.ends_with("ion")
                    || cue.ends_with("ment")
                    || matches!(cue.as_str(), "death" | "murder" | "arrest" | "killing"));
            let one = c.min == Some(1) && c.max == Some(1);
            if c.kind == CountKind::Number
                && (!singular_noun || one)
                && (adjacency || modifiers || gap.trim() == "’" || gap.trim() == "'")
            {
                Some("adjacent")
            } else if matches!(c.kind, CountKind::Name | CountKind::Singular)
                && (gap == "'s " || gap == "’s ")
            {
                Some("possessive")
            } else {
                None
            }
        }
        // `brings to 332,000 the number of people displaced`.
        Form::Toll
            if c.kind == CountKind::Number
                && matches!(gap.trim().to_lowercase().as_str(), "the" | "") =>
        {
            Some("toll")
        }
        Form::Ger | Form::Toll => None,
    }
}

fn after_preposition(text: &str, s: Span) -> bool {
    // `fire with Mateen, who was killed`: the subject of a relative clause.
    let rest = text[s.end..].trim_start();
    if rest.starts_with(", who") || rest.starts_with(",who") {
        return false;
    }
    // `inside the Honda`: past an article.
    let ws = words(&text[..s.start]);
    let mut last = ws.iter().rev().map(|w| w.to_lowercase());
    let mut w = last.next();
    if w.as_deref() == Some("the") {
        w = last.next();
    }
    matches!(
        w.as_deref(),
        Some(
            "in" | "at"
                | "near"
                | "with"
                | "from"
                | "of"
                | "to"
                | "on"
                | "across"
                | "into"
                | "for"
                | "by"
                | "outside"
                | "inside"
        )
    )
}

/// `four teens, one fatally, were shot`: a count in a comma aside right
/// after another number is a part; the cue's subject is the number before.
fn comma_aside(text: &str, counts: &[Count], c: &Count, cue: Span) -> bool {
    let before = text[..c.span.start].trim_end();
    let Some(lead) = before.strip_suffix(',') else {
        return false;
    };
    let lead = lead.trim_end();
    c.span.end <= cue.start
        && text[c.span.end..cue.start].contains(',')
        && counts
            .iter()
            .any(|p| p.kind == CountKind::Number && p.span.end == lead.len())
}

/// `in 14 districts`, `across three provinces`: a number of places, never
/// the subject of a harm.
fn in_place(text: &str, c: &Count) -> bool {
    c.kind == CountKind::Number
        && c.victims.is_none()
        && matches!(
            words(&text[..c.span.start])
                .last()
                .map(|w| w.to_lowercase())
                .as_deref(),
            Some("in" | "across" | "inside" | "outside" | "throughout")
        )
}

/// Whether gap word `i` lies in a place phrase (`in Taiz governorate`, `from the
/// town of Bria`): some earlier gap word is a preposition of place.
fn in_place_phrase(lower: &[String], i: usize) -> bool {
    lower[..=i.min(lower.len().saturating_sub(1))]
        .iter()
        .any(|w| {
            matches!(
                w.as_str(),
                "in" | "at" | "from" | "near" | "across" | "inside" | "outside"
            )
        })
        && !BE.contains(&lower[i].as_str())
}

/// `10 A 4-year girl has died`: an article right after the count starts
/// another noun phrase, whose subject the cue is.
fn new_noun_phrase(lower: &[String]) -> bool {
    lower
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"))
}

/// Can `c` be the object of harm `h`? Returns the rule name.
fn right_rule(text: &str, c: &Count, h: &Harm, f: Form) -> Option<&'static str> {
    if c.span.start < h.span.end {
        return None;
    }
    let gap = &text[h.span.end..c.span.start];
    let lower = gap.trim().to_lowercase();
    match f {
        Form::Pp | Form::Ger => {
            let ok = matches!(lower.as_str(), "" | "the" | "up")
                && (c.kind != CountKind::Pronoun || text[c.span].ends_with("self"));
            ok.then_some("object")
        }
        Form::Noun => {
            let cue = text[h.span].to_lowercase();
            // `the death of Yarmouth police Sgt. Sean Gannon`: a name after titles.
            let titled = c.kind == CountKind::Name
                && lower.starts_with("of ")
                && words(gap).len() <= 5
                && !gap.contains([',', ';']);
            // `the evacuation of a further 45,000 people`.
            let further = |g: &str| {
                g.strip_prefix("of ").is_some_and(|r| {
                    matches!(
                        r.trim(),
                        "a further" | "another" | "an additional" | "a total of" | "some"
                    )
                })
            };
            // `the displacement and resettlement of 9,000 people`.
            let coordinated = {
                let w = words(&lower);
                w.len() == 3 && matches!(w[0], "and" | "or") && w[2] == "of"
            };
            let ok = titled
                || coordinated
                || if cue.ends_with(" of") {
                    lower.is_empty() || lower == "the"
                } else {
                    lower == "of" || lower == "of the" || further(&lower)
                };
            (ok && c.kind != CountKind::Pronoun).then_some("noun-of")
        }
        Form::Toll => {
            let ws = words(gap);
            (c.kind == CountKind::Number && ws.len() <= 12 && !gap.contains([';', '.']))
                .then_some("toll")
        }
        Form::Intr => None,
    }
}

/// Whether harm `h` is preceded directly by a form of `be` (a passive: no object follows).
fn passive(text: &str, h: Span) -> bool {
    let ws = words(&text[..h.start]);
    ws.iter()
        .rev()
        .take(2)
        .any(|w| BE.contains(&w.to_lowercase().as_str()))
}

static AGE_IN_COMMAS: Lazy<Regex> =
    Lazy::new(|| Regex::new(r",\s*\d{1,3}\s*,").expect("age regex"));

static ZERO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:no\s+one|nobody|no\s+people|no\s+one\s+else|none\s+of\s+the\s+\w+)\s+(?:else\s+)?(?:(?:in|on|at|inside|aboard)\s+(?:the|a|an|his|her|their)\s+[a-z]+\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(hurt|injured|wounded|killed|harmed|arrested|detained|reported\s+(?:hurt|injured|missing))|(?-u:\b)no\s+(injuries|deaths|arrests|casualties|fatalities)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:reported|made)|(?-u:\b)there\s+(?:have|has|had)\s+been\s+no\s+(injuries|deaths|arrests|casualties|fatalities)|(?-u:\b)there\s+(?:were|was)\s+no\s+(injuries|deaths|arrests|casualties|fatalities)|(?-u:\b)no\s+(arrests|injuries)\s+(?:have\s+been|had\s+been|were)\s+made",
    )
    .expect("zero regex")
});

fn zero_category(w: &str) -> Option<HarmCategory> {
    let w = w.to_lowercase();
    Some(match w.split_whitespace().last()? {
        "hurt" | "injured" | "wounded" | "harmed" | "injuries" => HarmCategory::Injured,
        "killed" | "deaths" | "fatalities" => HarmCategory::Killed,
        "arrested" | "detained" | "arrests" => HarmCategory::Arrested,
        "missing" => HarmCategory::Missing,
        "casualties" => HarmCategory::KilledOrInjured,
        _ => return None,
    })
}

fn zero_figures(text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    for caps in ZERO.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        let Some(cat) = (1..caps.len())
            .filter_map(|i| caps.get(i))
            .find_map(|g| zero_category(g.as_str()))
        else {
            continue;
        };
        let span = Span::new(m.start(), m.end());
        let count = Count {
            span,
            min: Some(0),
            max: Some(0),
            approx: false,
            vague: false,
            kind: CountKind::Number,
            count_span: span,
            victims: None,
        };
        out.push(Figure {
            span,
            category: cat,
            count,
            rule: "zero".into(),
        });
    }
    out
}

fn combine(a: HarmCategory, b: HarmCategory) -> Option<HarmCategory> {
    use HarmCategory::*;
    Some(match (a, b) {
        (x, y) if x == y => x,
        (Killed, Shot) | (Shot, Killed) => Killed,
        (Injured, Shot) | (Shot, Injured) => Injured,
        // `was rushed to hospital and later died`: the last outcome, death.
        (Killed, Injured) | (Injured, Killed) => Killed,
        (KilledOrInjured, Shot | Killed | Injured) | (Shot | Killed | Injured, KilledOrInjured) => {
            KilledOrInjured
        }
        _ => return None,
    })
}

/// A list of victims ending at candidate `k` (`A, B and C were killed`): its count.
fn list_before(text: &str, counts: &[Count], k: usize) -> Option<(usize, u64, Option<u64>)> {
    let mut first = k;
    let mut min = counts[k].min?;
    let mut max = counts[k].max;
    let mut p = k;
    while p > 0 {
        p -= 1;
        let prev = &counts[p];
        let cur = &counts[first];
        if prev.span.end > cur.span.start {
            break;
        }
        // `AZERTAC (Azertag) news agency`: a name in brackets is no list item.
        let in_brackets =
            text[..prev.span.start].ends_with('(') && text[prev.span.end..].starts_with(')');
        if in_brackets {
            continue;
        }
        // Ages in apposition (`Ann Lee, 25, and Royal Willrich, 30,`) do not break a list.
        let gap_owned = AGE_IN_COMMAS.replace_all(&text[prev.span.end..cur.span.start], ",");
        let gap: &str = &gap_owned;
        let t = gap.trim_start();
        let starts_ok = t.starts_with(',') || t.starts_with("and ");
        let rel = t.starts_with(", who") || t.starts_with(", which");
        let commas = gap.matches(',').count();
        let after_prep = matches!(
            words(&text[..prev.span.start])
                .last()
                .map(|w| w.to_lowercase())
                .as_deref(),
            // `In the Philippines, 40,000 people were evacuated`: no list.
            Some(
                "in" | "at"
                    | "near"
                    | "with"
                    | "from"
                    | "of"
                    | "to"
                    | "on"
                    | "across"
                    | "into"
                    | "the"
            )
        );
        let or_apposition = words(gap).iter().any(|w| w.eq_ignore_ascii_case("or"));
        // A list ends on `and` (`A, B and C`); `Officially, 49 people` or
        // `In the Philippines, 40,000` is no list. No list runs through
        // `including`, a verb or a harm cue (`X was dead and two others`).
        let gl = gap.to_lowercase();
        let last_gap = first == k && counts[k].kind == CountKind::Number;
        let joins_and = words(&gl).contains(&"and") || gl.contains('&');
        let crosses = !rel
            && words(&gl)
                .iter()
                .any(|w| *w == "including" || BE.contains(w) || LEXICON.cues.contains_key(*w));
        let ok_shape = !after_prep
            && (!last_gap || joins_and)
            && !crosses
            && !or_apposition
            && (starts_ok && (commas <= 1 || (rel && commas == 2)))
            && !gap.contains([';', ':', '.'])
            && !has_break(gap)
            && words(gap).len() <= 12;
        if !ok_shape {
            break;
        }
        let Some(pm) = prev.min else { break };
        min += pm;
        max = match (max, prev.max) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
        first = p;
    }
    // `Three victims, a 25-year-old man, a 26-year-old man and …`: the number
    // heads an apposition listing the same people.
    let head = &counts[first];
    if head.kind == CountKind::Number && first < k {
        if let (Some(h), Some(hm)) = (head.min, head.max) {
            if min.checked_sub(h) == Some(h) && max == Some(hm + h) {
                min = h;
                max = Some(hm);
            }
        }
    }
    (first < k).then_some((first, min, max))
}

/// All figures of one sentence.
pub(crate) fn figures(text: &str, counts: &[Count]) -> Vec<Figure> {
    let mut out = zero_figures(text);
    let zero_spans: Vec<Span> = out.iter().map(|f| f.span).collect();
    let hs = harms(text);
    // Pairs: (count index, harm index, category, rule).
    let mut pairs: Vec<(usize, usize, HarmCategory, &'static str)> = Vec::new();
    for (hi, h) in hs.iter().enumerate() {
        if zero_spans.iter().any(|z| z.overlaps(h.span)) {
            continue;
        }
        let mut best: Option<(usize, HarmCategory, &'static str)> = None;
        // Right (objects, `of`, tolls) first where the cue is active.
        for cue in &h.readings {
            let f = cue.form;
            let try_right = match f {
                Form::Ger | Form::Toll | Form::Noun => true,
                Form::Pp => !passive(text, h.span),
                Form::Intr => false,
            };
            if try_right {
                let next = if f == Form::Toll {
                    counts
                        .iter()
                        .position(|c| c.span.start >= h.span.end && c.kind == CountKind::Number)
                } else {
                    counts.iter().position(|c| c.span.start >= h.span.end)
                };
                // Displacement counts groups: `displaced Syrians` names no count.
                let next = next.filter(|&ci| {
                    cue.category != HarmCategory::Displaced || counts[ci].kind == CountKind::Number
                });
                if let Some(ci) = next {
                    if let Some(rule) = right_rule(text, &counts[ci], h, f) {
                        if !negated(text, h.span, 0) || f == Form::Toll {
                            best = Some((ci, cue.category, rule));
                            break;
                        }
                    }
                }
            }
        }
        if best.is_none() {
            for cue in &h.readings {
                // Nearest count before the cue; a name after a preposition
                // (`in West Nusa Tenggara`) is a place or an object, never the subject.
                let Some(ci) = counts.iter().rposition(|c| {
                    c.span.end <= h.span.start
                        && !(cue.form != Form::Noun
                            && c.kind == CountKind::Name
                            && after_preposition(text, c.span))
                        && !(cue.form != Form::Noun && in_place(text, c))
                        && !(cue.category == HarmCategory::Displaced && c.kind != CountKind::Number)
                        && !comma_aside(text, counts, c, h.span)
                }) else {
                    break;
                };
                // `Some 1,000 residents, mainly in southwestern Manitoba, were
                // displaced`: past a name that cannot be the subject, the
                // number before it may be.
                let mut tries = vec![ci];
                if counts[ci].kind == CountKind::Name
                    && left_rule(text, &counts[ci], h, cue.form).is_none()
                {
                    if let Some(p) = ci.checked_sub(1) {
                        if counts[p].kind == CountKind::Number {
                            tries.push(p);
                        }
                    }
                }
                let found = tries.into_iter().find_map(|ci| {
                    let rule = left_rule(text, &counts[ci], h, cue.form)?;
                    (!negated(text, h.span, counts[ci].span.end)).then_some((ci, rule))
                });
                if let Some((ci, rule)) = found {
                    best = Some((ci, cue.category, rule));
                    break;
                }
            }
        }
        if let Some((ci, cat, rule)) = best {
            pairs.push((ci, hi, cat, rule));
        }
    }
    // Group by count: the most specific outcome.
    let mut used = vec![false; pairs.len()];
    for i in 0..pairs.len() {
        if used[i] {
            continue;
        }
        let (ci, hi, mut cat, rule) = pairs[i];
        let mut spans = vec![hs[hi].span];
        used[i] = true;
        for j in i + 1..pairs.len() {
            if !used[j] && pairs[j].0 == ci {
                if let Some(c) = combine(cat, pairs[j].2) {
                    cat = c;
                    spans.push(hs[pairs[j].1].span);
                    used[j] = true;
                }
            }
        }
        // `322 families (about 2,400 people) were displaced`: the group before the
        // brackets is the same group (both figures); `(including 139 children)`
        // is a part of it (the outer figure only).
        let mut ci = ci;
        let mut also: Option<usize> = None;
        if matches!(rule, "subject" | "adjacent") && ci > 0 {
            let outer = &counts[ci - 1];
            let open = &text[outer.span.end.min(counts[ci].span.start)..counts[ci].span.start];
            let close = &text[counts[ci].span.end..hs[hi].span.start];
            let bracket =
                open.trim_start().starts_with('(') && close.contains(')') && !close.contains('(');
            let or_apposition = open.trim() == "or"
                || (open.trim() == ", or" && close.trim_start().starts_with(','));
            // `Three others, including two boys and a woman were also injured`:
            // a singular before a plural verb is the end of the part.
            let plural_verb = words(close)
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "were" | "are" | "have"));
            let including = open.contains("including")
                && (close.trim_start().starts_with(',')
                    || (plural_verb && counts[ci].kind == CountKind::Singular));
            if bracket || or_apposition || including {
                let part = [
                    "including",
                    "of whom",
                    "among them",
                    "mostly",
                    "most of them",
                ]
                .iter()
                .any(|p| open.to_lowercase().contains(p));
                if part {
                    ci -= 1;
                } else {
                    also = Some(ci - 1);
                }
            }
        }
        // `The four victims - three women and one man - were shot`: the group
        // before a dash aside is the count.
        if matches!(rule, "subject" | "adjacent") {
            let close = &text[counts[ci].span.end.min(hs[hi].span.start)..hs[hi].span.start];
            let before = &text[..counts[ci].span.start];
            let dash = |s: &str, last: bool| {
                let f = |p: &str| if last { s.rfind(p) } else { s.find(p) };
                f(" - ")
                    .or_else(|| f(" -- "))
                    .or_else(|| f(" — "))
                    .or_else(|| f(" – "))
            };
            if let (Some(_), Some(op)) = (dash(close, false), dash(before, true)) {
                if let Some(o) = counts
                    .iter()
                    .rposition(|c| c.span.end <= op && text[c.span.end..op].trim().is_empty())
                {
                    if counts[o].kind == CountKind::Number {
                        ci = o;
                        also = None;
                    }
                }
            }
        }
        if let Some(o) = also {
            let oc = counts[o].clone();
            let span = oc.span.cover(hs[hi].span);
            out.push(Figure {
                span,
                category: cat,
                count: oc,
                rule: "apposition".into(),
            });
        }
        let mut count = counts[ci].clone();
        // Displacement counts groups: one person evacuated is no displacement
        // figure (nor `one of the biggest evacuations`).
        if cat == HarmCategory::Displaced
            && (count.kind != CountKind::Number || (count.min, count.max) == (Some(1), Some(1)))
        {
            continue;
        }
        let mut rule = rule;
        let mut start = count.span.start;
        // `A, B and C were killed`.
        let plural = {
            let gap = &text[count.span.end.min(hs[hi].span.start)..hs[hi].span.end];
            words(gap)
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "were" | "are" | "have"))
        };
        if matches!(rule, "subject" | "adjacent") && plural && count.kind != CountKind::Pronoun {
            if let Some((first, min, max)) = list_before(text, counts, ci) {
                start = counts[first].span.start;
                count.min = Some(min);
                count.max = max;
                count.count_span = Span::new(start, count.count_span.end);
                rule = "list";
                // `A and B, 27, were both injured`: appositions inflate a list; `both` says two.
                let tail =
                    text[count.span.end.min(hs[hi].span.start)..hs[hi].span.start].to_lowercase();
                if words(&tail).contains(&"both") {
                    count.min = Some(2);
                    count.max = Some(2);
                }
            }
        }
        let mut span = Span::new(start, count.span.end);
        for s in &spans {
            span = span.cover(*s);
        }
        // `killed 16 children and their teacher`: an object list.
        if rule == "object" {
            let mut last = ci;
            while let Some(next) = counts.get(last + 1) {
                let gap = &text[counts[last].span.end.min(next.span.start)..next.span.start];
                let comma = gap.trim() == ",";
                let joined = matches!(gap.trim(), "and" | "," | ", and")
                    && !(comma && next.kind == CountKind::Number && next.victims.is_none());
                if !joined
                    || next.kind == CountKind::Pronoun
                    || next.kind == CountKind::Name && gap.trim() != "and"
                {
                    break;
                }
                let (Some(a), Some(b)) = (count.min, next.min) else {
                    break;
                };
                count.min = Some(a + b);
                count.max = count.max.zip(next.max).map(|(x, y)| x + y);
                count.count_span = count.count_span.cover(next.span);
                span = span.cover(next.span);
                last += 1;
            }
        }
        // `shoots 14 people dead`.
        if rule == "object" && cat == HarmCategory::Shot {
            let rest = &text[span.end..];
            if rest.trim_start().to_lowercase().starts_with("dead") {
                let lead = rest.len() - rest.trim_start().len();
                span = Span::new(span.start, span.end + lead + 4);
                cat = HarmCategory::Killed;
            }
        }
        out.push(Figure {
            span,
            category: cat,
            count,
            rule: rule.to_string(),
        });
    }
    for f in captives(text, counts) {
        // `leaving 483 homeless` and `483 homeless`: one figure.
        if !out
            .iter()
            .any(|o| o.category == f.category && o.count.span == f.count.span)
        {
            out.push(f);
        }
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// What follows `forced N (people)` when they were made to leave.
static FORCED_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\s*(?:to\s+(?:flee|evacuate|leave|abandon\s+their\s+homes|relocate|move|be\s+(?:evacuated|relocated|displaced|moved)|seek\s+(?:refuge|shelter|safety)|take\s+(?:refuge|shelter)|stay\s+in\s+(?:an?\s+)?(?:shelters?|camps?|evacuation\s+cent(?:re|er)s?))|(?:from|out\s+of)\s+their\s+homes)(?-u:\b)",
    )
    .expect("forced regex")
});

/// `left 483 homeless`, `rendering thousands homeless`.
static HOMELESS_TAIL: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^\s*homeless(?-u:\b)").expect("homeless regex"));

/// `took more than 240 captive`, `seized 12 people hostage`; `forced 800
/// families from their homes`, `left 483 homeless`.
/// The verbs [`captives`] reads before a number (`took 5 hostages`, `forcing
/// 300 to flee`, `left 40 homeless`), as a case-insensitive prefilter.
static CAPTIVE_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)took|taken|taking|take|seized|held|holding|forcing|forced|forces|force|prompting|prompted|causing|caused|left|leaving|leaves|leave|rendered|rendering|made|making",
    )
    .expect("captive verb regex")
});

/// Whether [`figures`] can find anything in `text`: a harm cue, a zero
/// statement or a captive verb. A cheap test that lets sentences without
/// any skip the count candidates (most sentences of an article).
pub(crate) fn may_have_figures(text: &str) -> bool {
    LEXICON.cue_re.is_match(text)
        || LEXICON.patterns.iter().any(|(re, _)| re.is_match(text))
        || ZERO.is_match(text)
        || CAPTIVE_VERB.is_match(text)
}

fn captives(text: &str, counts: &[Count]) -> Vec<Figure> {
    let mut out = Vec::new();
    for c in counts.iter().filter(|c| c.kind == CountKind::Number) {
        let mut lead_in = text[..c.span.start].trim_end();
        // `forced a total of 1057 people to evacuate`.
        for filler in [" a total of", " an estimated", " a further", " another"] {
            if lead_in.to_lowercase().ends_with(filler) {
                lead_in = &lead_in[..lead_in.len() - filler.len()];
            }
        }
        let before = words(lead_in);
        let verb = before.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let abduct = matches!(
            verb.as_str(),
            "took" | "taken" | "taking" | "take" | "seized" | "held" | "holding"
        );
        let force = matches!(
            verb.as_str(),
            "forcing"
                | "forced"
                | "forces"
                | "force"
                | "prompting"
                | "prompted"
                | "causing"
                | "caused"
        );
        let rest = &text[c.span.end..];
        let homeless = matches!(
            verb.as_str(),
            "left" | "leaving" | "leaves" | "leave" | "rendered" | "rendering" | "made" | "making"
        );
        let tail = if force {
            FORCED_TAIL.find(rest)
        } else if homeless {
            HOMELESS_TAIL.find(rest)
        } else {
            None
        };
        if let Some(m) = tail {
            let vstart = lead_in.trim_end().len().saturating_sub(verb.len());
            if !text.is_char_boundary(vstart) {
                continue;
            }
            out.push(Figure {
                span: Span::new(vstart, c.span.end + m.end()),
                category: HarmCategory::Displaced,
                count: c.clone(),
                rule: if force {
                    "forced-to-flee"
                } else {
                    "left-homeless"
                }
                .into(),
            });
        }
        if force || homeless {
            continue;
        }
        if !abduct {
            continue;
        }
        let lead = rest.len() - rest.trim_start().len();
        let w = rest
            .trim_start()
            .split(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if matches!(
            w.as_str(),
            "captive" | "hostage" | "hostages" | "prisoner" | "prisoners"
        ) {
            let vstart = lead_in.trim_end().len().saturating_sub(verb.len());
            if !text.is_char_boundary(vstart) {
                continue;
            }
            let span = Span::new(vstart, c.span.end + lead + w.len());
            out.push(Figure {
                span,
                category: HarmCategory::Abducted,
                count: c.clone(),
                rule: "captive".into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counts::candidates;

    #[test]
    fn list_of_names() {
        let t = "Marta Ruiz, Tomas Berg and Ana Lind were killed in the attack.";
        let c = candidates(t);
        let spans: Vec<&str> = c.iter().map(|c| &t[c.span]).collect();
        assert_eq!(spans, ["Marta Ruiz", "Tomas Berg", "Ana Lind"]);
        let f = figures(t, &c);
        assert_eq!(f[0].count.min, Some(3));
    }
}

#[cfg(test)]
mod debug {
    use super::*;
    use crate::counts::candidates;

    #[test]
    #[ignore = "debug printout"]
    fn show() {
        // `CAS_DEBUG_FILE=path`: one sentence a line.
        let file = std::env::var("CAS_DEBUG_FILE").ok();
        let data = file.and_then(|f| std::fs::read_to_string(f).ok());
        let lines: Vec<&str> = data
            .as_deref()
            .map(|d| d.lines().collect())
            .unwrap_or_default();
        for t in lines {
            let v = crate::deglue::view(t);
            let t: &str = &v.text;
            let c = candidates(t);
            println!(
                "{t}\n  cands {:?}",
                c.iter().map(|c| (&t[c.span], c.kind)).collect::<Vec<_>>()
            );
            println!(
                "  harms {:?}",
                harms(t).iter().map(|h| &t[h.span]).collect::<Vec<_>>()
            );
            println!(
                "  figs {:?}",
                figures(t, &c)
                    .iter()
                    .map(|f| (&t[f.span], f.category, f.count.min, f.count.max))
                    .collect::<Vec<_>>()
            );
        }
    }
}
