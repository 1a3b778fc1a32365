//! Speaker noun phrases next to a cue: pronouns (`she`), names with titles
//! (`Police Chief Rick Hite`, `officer Chris Wilburn`), descriptions
//! (`a police spokesman`, `the Armenian media`) and appositions
//! (`Rosa Samuel, a church member, said`). A light, rule-based chunker over
//! capitalization and the title and description lists.

use crate::lexicon::{is_aux_or_adverb, is_function_word, month_as_name, Lexicon};
use crate::tokens::Tok;

/// What kind of phrase a speaker mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    /// `he`, `she`, `they`.
    Pronoun,
    /// Ends in a capitalized name (a person or an organisation).
    Name,
    /// An unnamed description (`the spokeswoman`, `police`).
    Description,
}

/// A noun phrase as a token range of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Kind.
    pub kind: NpKind,
    /// Apposition token range (`the police chief`), when the phrase had one.
    pub apposition: Option<(usize, usize)>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "those", "these", "another", "one",
    "two", "three", "several", "some", "many", "other",
];
const MODIFIERS: &[&str] = &[
    "former",
    "senior",
    "local",
    "state",
    "federal",
    "county",
    "city",
    "public",
    "military",
    "foreign",
    "top",
    "unnamed",
    "anonymous",
    "longtime",
    "interim",
    "acting",
    "assistant",
    "deputy",
    "lead",
    "medical",
    "fire",
    "news",
    "press",
    "relations",
    "information",
    "affairs",
    "communications",
    "national",
    "international",
    "regional",
    "tv",
    "channel",
    "church",
    "school",
    "hospital",
    "health",
    "security",
    "defense",
    "defence",
    "justice",
    "interior",
    "emergency",
    "law",
    "enforcement",
    "army",
    "navy",
    "government",
    "campaign",
    "white",
    "house",
    "election",
    "other",
    "two",
    "three",
    "several",
    "some",
    "many",
    "independent",
    "civilian",
    "official",
    "police",
    "court",
    "prosecution",
    "defense",
    "team",
    "media",
    "department",
    "agency",
];
/// Pronouns that can be a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

fn is_name_word(t: &Tok) -> bool {
    t.is_word() && t.cap && (!is_function_word(&t.lower) || is_acronym(t))
}

/// A name word in context: also a month name that reads as a surname (`Theresa May`).
fn name_at(toks: &[Tok], k: usize) -> bool {
    is_name_word(&toks[k]) || month_as_name(toks, k)
}

/// True when a phrase holds an organisation word (`Police Department`).
fn is_org_like(toks: &[Tok]) -> bool {
    toks.iter()
        .any(|t| crate::entities::ORG_HEADS.contains(&t.lower.as_str()))
}

/// `WHO`, `UN`: an all-capital word of two letters or more.
fn is_acronym(t: &Tok) -> bool {
    t.acronym
}

fn is_noun_word(lx: &Lexicon, t: &Tok) -> bool {
    t.is_word()
        && (lx.is_title(&t.lower)
            || lx.descriptions.contains_key(&t.lower)
            || MODIFIERS.contains(&t.lower.as_str())
            || t.lower.ends_with("-year-old"))
}

fn is_head(lx: &Lexicon, t: &Tok) -> bool {
    t.is_word()
        && (lx.is_title(&t.lower)
            || lx.descriptions.contains_key(&t.lower)
            || t.lower.ends_with("-year-old"))
}

/// True when token `i` begins a bare attribution (`He said.`, `Smith told reporters.`):
/// a speech verb within a few words, followed by the end of the sentence.
pub fn starts_attribution(toks: &[Tok], i: usize) -> bool {
    toks.iter().enumerate().skip(i).take(6).any(|(k, t)| {
        matches!(
            t.lower.as_str(),
            "said"
                | "says"
                | "told"
                | "added"
                | "asked"
                | "wrote"
                | "tweeted"
                | "explained"
                | "continued"
        ) && toks.get(k + 1).is_none_or(|n| {
            matches!(
                n.lower.as_str(),
                "." | "," | "!" | "?" | ";" | "..." | "…" | "reporters" | "in" | "on" | "at"
            ) || model::calendar::is_weekday(&n.lower)
        })
    })
}

/// The phrase ending just before token `end` (skipping auxiliaries and adverbs),
/// not reaching below `lo`.
pub fn np_left(lx: &Lexicon, toks: &[Tok], end: usize, lo: usize) -> Option<Np> {
    let mut e = end;
    let mut skipped = 0;
    while e > lo
        && skipped < 3
        && is_aux_or_adverb(&toks[e - 1].lower)
        && !PRONOUNS.contains(&toks[e - 1].lower.as_str())
        && !month_as_name(toks, e - 1)
    {
        // A capitalized day name may end a name run only when nothing precedes it.
        e -= 1;
        skipped += 1;
    }
    // `Judge Jane Roe on Thursday ordered`: a time phrase between subject and cue.
    if skipped > 0
        && e > lo
        && matches!(
            toks[e - 1].lower.as_str(),
            "on" | "in" | "at" | "late" | "early" | "last" | "this"
        )
    {
        e -= 1;
    }
    if e <= lo {
        return None;
    }
    // A parenthesis or a dash aside between the phrase and the cue:
    // `The World Health Organization (WHO) said`, `Fadel Naeem, head of X – one of Y – said`.
    let closer = toks[e - 1].lower.as_str();
    if matches!(closer, ")" | "–" | "—" | "--") {
        let opener = if closer == ")" { "(" } else { closer };
        let from = e.saturating_sub(30).max(lo);
        if let Some(o) = (from..e - 1).rev().find(|&k| toks[k].lower == opener) {
            return np_left(lx, toks, o, lo);
        }
        return None;
    }
    let last = &toks[e - 1];
    if last.is_word() && PRONOUNS.contains(&last.lower.as_str()) {
        return Some(Np {
            a: e - 1,
            b: e,
            kind: NpKind::Pronoun,
            apposition: None,
        });
    }
    if last.is_punct(",") && e >= 3 {
        if let Some(np) = relative_apposition(lx, toks, e - 1, lo) {
            return Some(np);
        }
    }
    if last.is_punct(",") && e >= 2 {
        // Apposition: `NAME, a title of X, said`, `One resident, NAME, said`,
        // `tourist NAME, 18, from Truro, Cornwall, told`.
        let floor = lo.max(e.saturating_sub(24));
        let mut chunk_end = e - 1;
        let mut chunks = 0;
        let mut best: Option<Np> = None;
        while chunk_end > floor && chunks < 4 {
            let mut k = chunk_end;
            while k > floor
                && !toks[k - 1].is_punct(",")
                && !toks[k - 1].is_mark()
                && !crate::frames::is_sentence_end(&toks[k - 1].lower)
            {
                k -= 1;
            }
            let app = (k, chunk_end);
            if app.0 >= app.1
                || toks[app.0..app.1]
                    .iter()
                    .any(|t| lx.cue(&t.lower).is_some() && !t.cap)
                || app.1 - app.0 > 16
            {
                break;
            }
            chunks += 1;
            if k == 0 || !toks[k - 1].is_punct(",") || k - 1 <= lo {
                // The first chunk of the phrase: it is the name, or a description with a
                // named apposition after it.
                if let Some(np) = np_run(lx, toks, chunk_end, k.max(lo)) {
                    if np.a == k.max(lo) || np.kind == NpKind::Name {
                        let app = (chunk_end + 1, e - 1);
                        if np.kind == NpKind::Name {
                            return Some(Np {
                                apposition: Some(app),
                                ..np
                            });
                        }
                        return best.or(Some(np));
                    }
                }
                break;
            }
            // An inner chunk: remember a person-like name (`Greg Wilson`).
            if let Some(np) = np_run(lx, toks, chunk_end, k) {
                if np.kind == NpKind::Name && np.a == k && np.b - np.a >= 2 {
                    best = Some(np);
                }
            }
            // Is the chunk before this comma the phrase head?
            let prev_end = k - 1;
            if let Some(np) = np_run(lx, toks, prev_end, lo) {
                let starts_clause = np.a == lo
                    || np.a > 0
                        && (toks[np.a - 1].is_punct(",")
                            || toks[np.a - 1].is_mark()
                            || crate::frames::is_sentence_end(&toks[np.a - 1].lower)
                            || toks[np.a - 1].lower == "—");
                if starts_clause {
                    let app = (k, e - 1);
                    if np.kind == NpKind::Name {
                        return Some(Np {
                            apposition: Some(app),
                            ..np
                        });
                    }
                    if let Some(bn) = best {
                        return Some(bn);
                    }
                    return Some(Np {
                        apposition: Some(app),
                        ..np
                    });
                }
            }
            chunk_end = prev_end;
        }
        return best;
    }
    let np = np_run(lx, toks, e, lo)?;
    // `Fadel Naeem, head of the department at X Hospital – … – said`: the phrase ends an
    // apposition opened by a comma after the speaker's name.
    // `Lt. Curtis Wilson with the RCSD said`: a person before the organisation.
    if np.a > lo + 1
        && matches!(
            toks[np.a - 1].lower.as_str(),
            "with" | "of" | "for" | "from" | "at"
        )
    {
        if let Some(head) = np_run(lx, toks, np.a - 1, lo) {
            let titled = (head.a..head.b).any(|k| lx.is_title(&toks[k].lower));
            if head.kind == NpKind::Name
                && (head.b - head.a >= 2 || titled)
                && !is_org_like(&toks[head.a..head.b])
            {
                return Some(Np {
                    apposition: Some((np.a - 1, e)),
                    ..head
                });
            }
        }
    }
    if np.a > lo
        && matches!(
            toks[np.a - 1].lower.as_str(),
            "at" | "of" | "for" | "from" | "in" | "with"
        )
    {
        let from = np.a.saturating_sub(15).max(lo);
        if let Some(c) = (from..np.a).rev().find(|&k| toks[k].is_punct(",")) {
            if let Some(head) = np_run(lx, toks, c, lo) {
                if head.kind == NpKind::Name && head.b - head.a >= 2 {
                    return Some(Np {
                        apposition: Some((c + 1, e)),
                        ..head
                    });
                }
            }
        }
    }
    Some(np)
}

/// `Jason Pryor, who did not testify at trial, denied …`: a non-restrictive relative
/// clause between the phrase and the cue (`comma` is the comma that closes it).
fn relative_apposition(lx: &Lexicon, toks: &[Tok], comma: usize, lo: usize) -> Option<Np> {
    let floor = lo.max(comma.saturating_sub(30));
    let mut j = comma;
    while j > floor + 1 {
        j -= 1;
        let w = &toks[j];
        if crate::frames::is_sentence_end(&w.lower) {
            return None;
        }
        if matches!(w.lower.as_str(), "who" | "which") && toks[j - 1].is_punct(",") {
            let head = np_left(lx, toks, j - 1, lo)?;
            return (head.kind != NpKind::Pronoun).then_some(head);
        }
    }
    None
}

fn np_run(lx: &Lexicon, toks: &[Tok], e: usize, lo: usize) -> Option<Np> {
    if e <= lo {
        return None;
    }
    let last = &toks[e - 1];
    // `Doctors said`: a description capitalized at the start of a sentence.
    let sentence_initial_head = last.cap
        && (e - 1 == lo
            || e >= 2
                && (toks[e - 2].is_mark() || toks[e - 2].kind == crate::tokens::TokKind::Punct))
        && lx.descriptions.contains_key(&last.lower);
    let last_name = name_at(toks, e - 1);
    let kind = if last_name && !lx.is_title(&last.lower) && !sentence_initial_head {
        NpKind::Name
    } else if is_head(lx, last) || last_name {
        NpKind::Description
    } else {
        return None;
    };
    let mut k = e;
    while k > lo && e - k < 9 {
        let w = &toks[k - 1];
        let ok = name_at(toks, k - 1)
            || is_noun_word(lx, w)
            || (matches!(w.lower.as_str(), "of" | "to" | "for" | "the")
                && k - 1 > lo
                && (is_name_word(&toks[k - 2])
                    || lx.is_title(&toks[k - 2].lower)
                    || matches!(toks[k - 2].lower.as_str(), "to" | "of" | "for"))
                && toks
                    .get(k)
                    .is_some_and(|n| is_name_word(n) || n.lower == "the"))
            || (w.lower.ends_with("'s") || w.lower.ends_with("’s")) && w.is_word()
            // `The Ministry of Health in Gaza`: `in` inside an organisation's name.
            || (w.lower == "in"
                && k - 1 > lo
                && toks.get(k).is_some_and(is_name_word)
                && toks[k.saturating_sub(5).max(lo)..k - 1]
                    .iter()
                    .any(|x| crate::entities::ORG_HEADS.contains(&x.lower.as_str())));
        if !ok {
            break;
        }
        k -= 1;
    }
    if kind == NpKind::Description && k < e {
        k = open_modifiers(lx, toks, k, lo);
    }
    if k > lo && DETERMINERS.contains(&toks[k - 1].lower.as_str()) {
        k -= 1;
    }
    if k == e {
        return None;
    }
    Some(Np {
        a: k,
        b: e,
        kind,
        apposition: None,
    })
}

/// Noun modifiers are an open class (`the agriculture ministry`, `mountain police`,
/// `the regional disaster agency`): up to three lowercase content words before a
/// description head join the phrase, but only when a determiner or a clause boundary
/// (start, comma, quotation mark, dash) closes them on the left, so a verb or an object
/// before the subject is never swallowed (`as rescue police said` keeps `police`).
fn open_modifiers(lx: &Lexicon, toks: &[Tok], k: usize, lo: usize) -> usize {
    let mut m = k;
    while m > lo && k - m < 3 {
        let w = &toks[m - 1];
        let open = w.is_word()
            && !w.cap
            && w.lower.chars().all(|c| c.is_alphabetic() || c == '-')
            && !w.lower.ends_with("ly")
            && !w.lower.ends_with("ed")
            && !w.lower.ends_with("ing")
            && !is_function_word(&w.lower)
            && !is_aux_or_adverb(&w.lower)
            && !DETERMINERS.contains(&w.lower.as_str())
            && !PRONOUNS.contains(&w.lower.as_str())
            && lx.cue(&w.lower).is_none();
        if !open {
            break;
        }
        m -= 1;
    }
    if m == k {
        return k;
    }
    let closed = m == lo || {
        let p = &toks[m - 1];
        DETERMINERS.contains(&p.lower.as_str())
            || p.is_punct(",")
            || p.is_mark()
            || matches!(p.lower.as_str(), "—" | "–" | "--" | ":" | ";")
            || crate::frames::is_sentence_end(&p.lower)
    };
    if closed {
        m
    } else {
        k
    }
}

/// The phrase starting at token `start` (for `said Rick Hite`, `according to police`).
pub fn np_right(lx: &Lexicon, toks: &[Tok], start: usize, hi: usize) -> Option<Np> {
    let hi = hi.min(toks.len());
    if start >= hi {
        return None;
    }
    let first = &toks[start];
    if first.is_word() && PRONOUNS.contains(&first.lower.as_str()) {
        return Some(Np {
            a: start,
            b: start + 1,
            kind: NpKind::Pronoun,
            apposition: None,
        });
    }
    let mut k = start;
    if DETERMINERS.contains(&first.lower.as_str()) {
        k += 1;
    }
    let mut last_ok = None;
    while k < hi && k - start < 10 {
        let w = &toks[k];
        let ok = is_name_word(w)
            || is_noun_word(lx, w)
            || w.lower == "of"
                && last_ok.is_some()
                && toks
                    .get(k + 1)
                    .is_some_and(|n| is_name_word(n) || n.lower == "the")
            || w.lower == "the" && k > start && toks[k - 1].lower == "of"
            || (w.is_word() && (w.lower.ends_with("'s") || w.lower.ends_with("’s")));
        if !ok {
            break;
        }
        if is_name_word(w) || is_head(lx, w) {
            last_ok = Some(k);
        }
        k += 1;
    }
    let end = last_ok? + 1;
    let last = &toks[end - 1];
    let kind = if is_name_word(last) && !lx.is_title(&last.lower) {
        NpKind::Name
    } else {
        NpKind::Description
    };
    Some(Np {
        a: start,
        b: end,
        kind,
        apposition: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use model::Span;

    fn left(s: &str, before: &str) -> String {
        let lx = Lexicon::builtin();
        let toks = tokenize(s, Span::new(0, s.len()));
        let i = toks
            .iter()
            .position(|t| t.lower == before)
            .expect("cue present");
        let np = np_left(&lx, &toks, i, 0).expect("a phrase");
        s[Span::new(toks[np.a].span.start, toks[np.b - 1].span.end)].to_string()
    }

    #[test]
    fn speaker_phrases() {
        assert_eq!(
            left("“Go,” Police Chief Rick Hite told them.", "told"),
            "Police Chief Rick Hite"
        );
        assert_eq!(
            left("The man fled, officer Chris Wilburn said.", "said"),
            "officer Chris Wilburn"
        );
        assert_eq!(
            left("Then a police spokesman said no.", "said"),
            "a police spokesman"
        );
        assert_eq!(left("Then she has also said no.", "said"), "she");
        assert_eq!(
            left("Rosa Samuel, a member of the church, said.", "said"),
            "Rosa Samuel"
        );
        assert_eq!(
            left("the Armenian media earlier reported that", "reported"),
            "the Armenian media"
        );
        assert_eq!(
            left(
                "Homes were lost, the regional disaster agency said.",
                "said"
            ),
            "the regional disaster agency"
        );
        assert_eq!(
            left("Two hikers were found, mountain police said.", "said"),
            "mountain police"
        );
        assert_eq!(left("Theresa May said no.", "said"), "Theresa May");
        assert_eq!(left("May said no.", "said"), "May");
        assert_eq!(left("Then March warned them.", "warned"), "March");
        assert_eq!(left("Officials in May said no.", "said"), "Officials");
        assert_eq!(
            left(
                "Jason Pryor, who did not testify at trial, denied it.",
                "denied"
            ),
            "Jason Pryor"
        );
        assert_eq!(
            left("Engineers have long warned that.", "warned"),
            "Engineers"
        );
        // Without a determiner or a boundary the open words stay out.
        assert_eq!(
            left("The hikers were found as rescue police said.", "said"),
            "police"
        );
    }
}
