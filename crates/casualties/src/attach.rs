//! What a figure carries besides its count: event date, quote, source, place,
//! cause, scope and update flag.

use crate::lexicon::LEXICON;
use aho_corasick::AhoCorasick;
use model::{CasualtyScope, Claim, ClaimRef, Segmentation, Span};
use once_cell::sync::Lazy;
use regex::Regex;

static ACCORDING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)according\s+to\s+([^,;.]+(?:\.[A-Z][^,;.]*)?)")
        .expect("according regex")
});

static PLACE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)(?:in|near|outside|at)\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|region|province|district|city|county|state))*)")
        .expect("place regex")
});

const NOT_PLACES: &[&str] = &[
    "The",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The date claim in the same sentence (nearest), else the first in the paragraph.
pub(crate) fn event_date(
    claims: &[Claim],
    seg: &Segmentation,
    sentence: usize,
    at: usize,
) -> Option<ClaimRef> {
    let s = seg.sentences.get(sentence)?;
    let p = seg.paragraphs.get(s.paragraph)?;
    let dates = claims.iter().enumerate().filter_map(|(i, c)| match c {
        Claim::Date(d)
            if matches!(
                d.timex_type,
                model::TimexType::Date | model::TimexType::Time
            ) =>
        {
            Some((i, d.evidence.span))
        }
        _ => None,
    });
    let mut in_para = None;
    let mut best: Option<(usize, usize)> = None;
    for (i, span) in dates {
        if s.span.contains(span) {
            let d = span.start.abs_diff(at);
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((i, d));
            }
        } else if p.span.contains(span) && in_para.is_none() {
            in_para = Some(i);
        }
    }
    best.map(|(i, _)| i).or(in_para).map(ClaimRef)
}

/// The quote claim whose content holds the figure's count.
pub(crate) fn source_quote(claims: &[Claim], count: Span) -> Option<ClaimRef> {
    claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Claim::Quote(q) if q.evidence.span.contains(count) => Some((i, q.evidence.span.len())),
            _ => None,
        })
        .min_by_key(|(_, len)| *len)
        .map(|(i, _)| ClaimRef(i))
}

/// `according to X` in the sentence.
pub(crate) fn source(sentence: &str) -> Option<String> {
    ACCORDING
        .captures(sentence)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim().to_string())
}

/// `in Kalbajar region`, `near Glenwood Avenue`.
pub(crate) fn place(sentence: &str) -> Option<String> {
    PLACE.captures_iter(sentence).find_map(|c| {
        let m = c.get(1)?;
        let t = m.as_str().trim_start_matches("the ");
        let first = t.split_whitespace().next()?;
        (!NOT_PLACES.contains(&first)).then(|| m.as_str().to_string())
    })
}

/// The first cause word of the sentence.
pub(crate) fn cause(lower: &str) -> Option<String> {
    static CAUSES: Lazy<AhoCorasick> =
        Lazy::new(|| AhoCorasick::new(&LEXICON.causes).expect("cause words"));
    CAUSES
        .find_overlapping_iter(lower)
        .filter(|m| whole_word(lower, m.start(), m.end()))
        .min_by_key(|m| (m.start(), std::cmp::Reverse(m.end() - m.start())))
        .map(|m| LEXICON.causes[m.pattern().as_usize()].to_string())
}

/// Whether `hay[start..end]` is not part of a longer word.
fn whole_word(hay: &str, start: usize, end: usize) -> bool {
    let before_ok = !hay[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let after_ok = !hay[end..].chars().next().is_some_and(char::is_alphanumeric);
    before_ok && after_ok
}

/// Scope and update flag from the sentence's cue words.
#[cfg(test)]
pub(crate) fn scope(lower: &str, has_date: bool) -> (CasualtyScope, bool) {
    scope_of(scope_words(lower), has_date)
}

/// The sentence's scope words: (cumulative, update). Computed once per sentence.
pub(crate) fn scope_words(lower: &str) -> (bool, bool) {
    // Update words first, then cumulative ones.
    static WORDS: Lazy<AhoCorasick> = Lazy::new(|| {
        AhoCorasick::new(LEXICON.update.iter().chain(&LEXICON.cumulative)).expect("scope words")
    });
    let (mut cumulative, mut update) = (false, false);
    for m in WORDS.find_overlapping_iter(lower) {
        if whole_word(lower, m.start(), m.end()) {
            if m.pattern().as_usize() < LEXICON.update.len() {
                update = true;
            } else {
                cumulative = true;
            }
        }
    }
    (cumulative, update)
}

/// Scope and update flag from [`scope_words`] and whether an event date is known.
pub(crate) fn scope_of(
    (cumulative, update): (bool, bool),
    has_date: bool,
) -> (CasualtyScope, bool) {
    let scope = if cumulative || update {
        CasualtyScope::Cumulative
    } else if has_date {
        CasualtyScope::Incident
    } else {
        CasualtyScope::Unknown
    };
    (scope, update)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_place_cause() {
        let s = "Two were killed in Kalbajar region in a mine blast, according to the ministry.";
        assert_eq!(source(s).as_deref(), Some("the ministry"));
        assert_eq!(place(s).as_deref(), Some("Kalbajar region"));
        assert_eq!(cause(&s.to_lowercase()).as_deref(), Some("mine blast"));
        assert_eq!(
            scope("the toll rose to 47", false),
            (CasualtyScope::Cumulative, true)
        );
    }
}
