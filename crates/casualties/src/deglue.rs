//! Text extracted from PDF reports loses the spaces at line ends
//! (`peoplewere evacuated`, `at least140,000`, `fledShirqat`) and keeps the
//! hyphens of broken words (`fami-lies`). [`view`] gives the extractor a
//! repaired copy of a sentence with a map back to the original bytes, so
//! spans stay in document coordinates.
//!
//! A split needs both halves from closed lists (auxiliaries, people nouns,
//! displacement words, bound words before a number), and a broken word is
//! joined only when the joined word is a word of the rules: ordinary prose is
//! left as it is (`Borrowed`, no map).

use crate::lexicon::LEXICON;
use std::borrow::Cow;

/// Words that end a glued token's first half.
const HEADS: &[&str] = &[
    "people",
    "persons",
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "is",
    "displaced",
    "evacuated",
    "forced",
    "fled",
    "shelling",
    "fighting",
    "flooding",
    "floods",
    "still",
    "new",
    "homes",
    "families",
    "households",
    "shelters",
    "camps",
    "centres",
    "centers",
    "in",
    "of",
    "from",
    "into",
    "and",
    "idps",
    "refugees",
];

/// Words that start a glued token's second half.
const TAILS: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "displaced",
    "evacuated",
    "forced",
    "fled",
    "living",
    "staying",
    "people",
    "persons",
    "families",
    "households",
    "displacements",
    "homeless",
    "about",
    "around",
    "more",
    "than",
    "nearly",
    "almost",
    "least",
    "camps",
    "shelters",
    "refuge",
    "shelter",
    "following",
    "after",
    "before",
    "between",
];

/// Bound and lead words that a number can be glued to (`around1.6 million`).
const BEFORE_NUMBER: &[&str] = &[
    "around",
    "about",
    "least",
    "than",
    "between",
    "with",
    "nearly",
    "almost",
    "some",
    "over",
    "approximately",
    "estimated",
    "additional",
    "further",
    "another",
];

/// Joined halves of a broken word that are words of the rules.
const JOINED: &[&str] = &[
    "shelters",
    "shelter",
    "camps",
    "centres",
    "centers",
    "displacement",
    "displacements",
    "evacuation",
    "evacuated",
    "families",
    "households",
    "organisations",
];

/// A sentence as the rules read it, with the way back.
pub(crate) struct View<'a> {
    /// The repaired text (borrowed when nothing changed).
    pub text: Cow<'a, str>,
    /// For each byte offset of `text` (and its end), the original offset.
    map: Vec<usize>,
}

impl View<'_> {
    /// The original offset of a repaired-text offset.
    pub fn orig(&self, at: usize) -> usize {
        match &self.text {
            Cow::Borrowed(_) => at,
            Cow::Owned(_) => self.map.get(at).copied().unwrap_or(at),
        }
    }
}

fn known_word(w: &str) -> bool {
    JOINED.contains(&w) || LEXICON.is_victim(w) || LEXICON.cues.contains_key(w)
}

/// Where to cut or join inside one alphabetic-or-digit token: offsets (in
/// the token) where a space goes in, and offsets of hyphens to drop.
fn repairs(tok: &str) -> (Vec<usize>, Vec<usize>) {
    let mut cuts = Vec::new();
    let mut drops = Vec::new();
    let b = tok.as_bytes();
    // Letters then digits: `least140,000`.
    if let Some(d) = tok.find(|c: char| c.is_ascii_digit()) {
        let head = &tok[..d];
        if d > 0
            && head.chars().all(|c| c.is_ascii_alphabetic())
            && BEFORE_NUMBER.contains(&head.to_ascii_lowercase().as_str())
        {
            cuts.push(d);
        }
        return (cuts, drops);
    }
    if !tok.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return (cuts, drops);
    }
    // A broken word: `fami-lies` → `families`; an auxiliary glued to a
    // prefixed word: `werepre-emptively`.
    if let Some(h) = tok.find('-') {
        let first = tok[..h].to_ascii_lowercase();
        for aux in ["were", "was", "have", "had", "been", "are"] {
            if let Some(rest) = first.strip_prefix(aux) {
                if matches!(rest, "pre" | "re" | "self" | "non" | "un" | "co") {
                    cuts.push(aux.len());
                    return (cuts, drops);
                }
            }
        }
        let joined = format!("{}{}", &tok[..h], &tok[h + 1..]).to_ascii_lowercase();
        if h > 0 && h + 1 < tok.len() && !tok[h + 1..].contains('-') && known_word(&joined) {
            drops.push(h);
        }
        return (cuts, drops);
    }
    // Quick reject: no glued token starts other than with a head word.
    // First byte first: this runs for every word of every sentence.
    let first = b.first().map(u8::to_ascii_lowercase);
    let starts_with_head = HEADS.iter().any(|h| {
        h.as_bytes().first() == first.as_ref()
            && tok.len() > h.len() + 1
            && tok.is_char_boundary(h.len())
            && tok[..h.len()].eq_ignore_ascii_case(h)
    });
    if !starts_with_head {
        return (cuts, drops);
    }
    let lower = tok.to_ascii_lowercase();
    // Two glued words, or three (`stillliving`, `inIDPcamps`).
    let mut from = 0;
    'outer: while from < tok.len() {
        for i in (from + 2..tok.len().saturating_sub(1)).rev() {
            let (a, rest) = (&lower[from..i], &lower[i..]);
            let camel = b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase();
            let tail_word = TAILS.contains(&rest);
            let acronym_then_word = from > 0
                && tok[from..i].chars().all(|c| c.is_ascii_uppercase())
                && TAILS.contains(&rest);
            if (HEADS.contains(&a) && (tail_word || camel)) || acronym_then_word {
                cuts.push(i);
                from = i;
                continue 'outer;
            }
        }
        // `IDPcamps`: an acronym before a known word.
        if from > 0 {
            let up = tok[from..].find(|c: char| c.is_ascii_lowercase());
            if let Some(u) = up.filter(|&u| u >= 2) {
                let rest = &lower[from + u..];
                if TAILS.contains(&rest) {
                    cuts.push(from + u);
                }
            }
        }
        break;
    }
    (cuts, drops)
}

/// The repaired view of a sentence.
pub(crate) fn view(text: &str) -> View<'_> {
    let mut out = String::new();
    let mut map = Vec::new();
    let mut changed = false;
    let mut last = 0;
    let is_tok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ',');
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !is_tok(c) {
            i += c.len_utf8();
            continue;
        }
        let end = text[i..]
            .find(|c: char| !is_tok(c))
            .map_or(text.len(), |e| i + e);
        let tok = text[i..end].trim_end_matches(['.', ',', '-']);
        let (cuts, drops) = repairs(tok);
        if !cuts.is_empty() || !drops.is_empty() {
            changed = true;
            for (k, ch) in text[last..i + tok.len()].char_indices() {
                let at = last + k;
                if cuts.iter().any(|&c| i + c == at) {
                    out.push(' ');
                    map.push(at);
                }
                if drops.iter().any(|&d| i + d == at) {
                    continue;
                }
                out.push(ch);
                map.extend(std::iter::repeat_n(at, ch.len_utf8()));
            }
            last = i + tok.len();
        }
        i = end.max(i + 1);
    }
    if !changed {
        return View {
            text: Cow::Borrowed(text),
            map: Vec::new(),
        };
    }
    for (k, ch) in text[last..].char_indices() {
        out.push(ch);
        map.extend(std::iter::repeat_n(last + k, ch.len_utf8()));
    }
    map.push(text.len());
    View {
        text: Cow::Owned(out),
        map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(t: &str) -> String {
        view(t).text.into_owned()
    }

    #[test]
    fn glued_words() {
        assert_eq!(
            repaired("about 668,000 peoplewere evacuated"),
            "about 668,000 people were evacuated"
        );
        assert_eq!(
            repaired("at least140,000 people"),
            "at least 140,000 people"
        );
        assert_eq!(repaired("Around1.6 million"), "Around 1.6 million");
        assert_eq!(
            repaired("have already fledShirqat"),
            "have already fled Shirqat"
        );
        assert_eq!(
            repaired("55,107 people stillliving inIDPcamps"),
            "55,107 people still living in IDP camps"
        );
        assert_eq!(repaired("7,000 fami-lies"), "7,000 families");
        assert_eq!(
            repaired("people werepre-emptively evacuated"),
            "people were pre-emptively evacuated"
        );
    }

    #[test]
    fn prose_untouched() {
        for t in [
            "The well-known peopleware company in Newhaven, 2,000 were hurt.",
            "McDonald's iPhone A380 COVID-19 evacuees",
            "€5 for ’twas 👍 café",
        ] {
            assert!(matches!(view(t).text, Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn map_back() {
        let t = "about 668,000 peoplewere evacuated in ’Guangdong’";
        let v = view(t);
        let at = v.text.find("were").unwrap();
        assert_eq!(&t[v.orig(at)..v.orig(at + 4)], "were");
        let end = v.text.len();
        assert_eq!(v.orig(end), t.len());
        for i in 0..=v.text.len() {
            assert!(t.is_char_boundary(v.orig(i)));
        }
    }
}
