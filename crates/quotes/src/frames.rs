//! Attribution frames: a cue, its speaker phrase, and where its content lies.
//!
//! Patterns (the `pattern` of a frame, which becomes the middle of its rule id):
//! - `subject-cue`: `X said (that) CONTENT` — content after the cue;
//! - `trailing`: `CONTENT, X said.` — content before the speaker;
//! - `inverted`: `CONTENT, said X.`;
//! - `relative`: `…, which X said was CONTENT`;
//! - `according-to`: `according to X, CONTENT` / `CONTENT, according to X`;
//! - `participle`: `…, adding that CONTENT` — the speaker of the sentence's main frame;
//! - `bare`: `X said.` with no content (attached to a neighbouring quote later).

use crate::block::Block;
use crate::lexicon::{CueClass, Lexicon};
use crate::np::{np_left, np_right, Np, NpKind};
use crate::tokens::TokKind;

/// A cue with its speaker and content, as token ranges of a block.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Cue token range.
    pub cue: (usize, usize),
    /// Cue lemma.
    pub lemma: String,
    /// Cue class.
    pub class: CueClass,
    /// The speaker phrase; `None` with `inherit` for participles.
    pub speaker: Option<Np>,
    /// Take the speaker of the previous frame of the sentence.
    pub inherit: bool,
    /// Content token range (before trimming marks).
    pub content: Option<(usize, usize)>,
    /// Second half of a quote split by this attribution.
    pub extra: Option<(usize, usize)>,
    /// Pattern name.
    pub pattern: &'static str,
    /// Channel, when the attribution names one.
    pub channel: Option<String>,
}

/// Words of time and manner that may stand between a cue and its content (weekdays
/// come from `model::calendar`, see [`is_time_word`]).
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "recently",
    "previously",
    "again",
    "also",
    "too",
    "then",
    "now",
    "repeatedly",
    "publicly",
    "privately",
    "simply",
    "last",
    "this",
    "late",
    "early",
    "once",
    "overnight",
    "afterward",
    "afterwards",
];

/// A weekday or one of [`TIME_WORDS`] (lower case).
fn is_time_word(lower: &str) -> bool {
    model::calendar::is_weekday(lower) || TIME_WORDS.contains(&lower)
}
const PREPS: &[&str] = &[
    "in", "at", "on", "during", "via", "through", "over", "after", "before", "to", "with",
    "outside", "from",
];
/// Words that open an adverbial, not a reported clause.
const ADVERBIAL_STARTS: &[&str] = &[
    "at",
    "in",
    "on",
    "as",
    "following",
    "after",
    "before",
    "during",
    "while",
    "outside",
    "inside",
    "standing",
    "from",
    "with",
    "of",
    "about",
    "via",
    "through",
    "near",
    "when",
    "upon",
    "amid",
    "since",
    "until",
    "into",
    "onto",
    "beside",
    "behind",
    "across",
];
const OBJ_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];
const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "declined", "refused", "to", "wouldn't", "didn't", "won't", "couldn't",
    "cannot", "can't", "doesn't", "don't", "no",
];
const PASSIVE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "'s", "’s",
];
/// Forms that are mostly nouns or adjectives unless a clear subject stands before them.
const NOUNLIKE: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "post",
    "posts",
    "text",
    "rule",
    "rules",
    "tweet",
    "tweets",
    "show",
    "shows",
    "order",
    "orders",
    "reads",
    "found",
    "finds",
    "ruling",
    "posting",
    "state",
    "states",
    "note",
    "notes",
    "remarks",
    "estimate",
    "estimates",
    "promise",
    "promises",
    "stress",
    "joke",
    "jokes",
    "shout",
    "reply",
    "replies",
    "warning",
    "recall",
    "order",
    "vows",
    "vow",
    "maintain",
    "deny",
    "admit",
    "argue",
    "suggest",
    "indicate",
    "read",
    "explain",
    "add",
];

/// `to say`, `to tell`: an infinitive speech verb that introduces the content
/// (`texted me at noon to say …`).
fn to_say(t: &[crate::tokens::Tok], j: usize) -> bool {
    t[j].lower == "to"
        && t.get(j + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "say" | "tell" | "report" | "explain"))
}

/// A colon between digits (`11:30`) is part of a clock time, not punctuation.
fn clock_colon(t: &[crate::tokens::Tok], j: usize) -> bool {
    let digit = |k: usize| {
        t.get(k)
            .is_some_and(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()))
    };
    j > 0 && digit(j - 1) && digit(j + 1)
}

/// True for sentence-final punctuation.
pub fn is_sentence_end(s: &str) -> bool {
    is_sentence_end_punct(s)
}

fn is_sentence_end_punct(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | "...")
}

/// Frames of sentence `(sa, sb)` of block `b`, cues outside quotes only.
pub fn frames(lx: &Lexicon, b: &Block, sa: usize, sb: usize) -> Vec<Frame> {
    let t = &b.toks;
    let mut out: Vec<Frame> = Vec::new();
    let mut i = sa;
    while i < sb {
        if b.region_of(i).is_some() || !t[i].is_word() {
            i += 1;
            continue;
        }
        if let Some((len, lemma, class)) = phrase_at(lx, b, i, sb) {
            if let Some(f) = frame_at(lx, b, sa, sb, i, i + len, lemma, class, &out) {
                out.push(f);
            }
            i += len;
            continue;
        }
        if let Some(e) = lx.cue(&t[i].lower) {
            if let Some(f) = frame_at(lx, b, sa, sb, i, i + 1, e.lemma.clone(), e.class, &out) {
                out.push(f);
            }
        }
        i += 1;
    }
    out
}

/// `A teacher who asked not to be named because she feared reprisals said …`: a
/// restrictive relative clause (`who` and a verb) between the subject phrase and the
/// cue, with no punctuation inside. Returns the `who` token and the phrase before it,
/// which must open the clause (sentence start, comma or quotation mark before it).
fn relative_subject(lx: &Lexicon, b: &Block, ca: usize, sa: usize) -> Option<(usize, Np)> {
    let t = &b.toks;
    let floor = sa.max(ca.saturating_sub(16));
    let mut k = ca;
    while k > floor + 1 {
        k -= 1;
        let w = &t[k];
        if b.region_of(k).is_some() || w.kind == TokKind::Punct && !w.is_punct("-") {
            return None;
        }
        if w.lower == "who" {
            // `who` must start a clause with its own verb: `the man who police said …`
            // has `police` as the speaker, not the man.
            let next = t.get(k + 1).filter(|_| k + 1 < ca)?;
            if next.cap
                || crate::np::PRONOUNS.contains(&next.lower.as_str())
                || lx.descriptions.contains_key(&next.lower)
                || matches!(
                    next.lower.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their"
                )
            {
                return None;
            }
            // The head may be any noun (`A deckhand who …`) when a determiner opens the
            // sentence and a few words lead to `who`.
            let bare = (k > sa + 1
                && k - sa <= 4
                && matches!(t[sa].lower.as_str(), "a" | "an" | "the" | "one")
                && (sa + 1..k).all(|j| t[j].is_word() && !t[j].cap))
            .then_some(Np {
                a: sa,
                b: k,
                kind: NpKind::Description,
                apposition: None,
            });
            let np = np_left(lx, t, k, sa).or(bare)?;
            let opens = np.a == sa
                || t[np.a - 1].is_punct(",")
                || t[np.a - 1].is_mark()
                || is_sentence_end(&t[np.a - 1].lower);
            return (opens && np.kind != NpKind::Pronoun).then_some((k, np));
        }
    }
    None
}

fn phrase_at(lx: &Lexicon, b: &Block, i: usize, sb: usize) -> Option<(usize, String, CueClass)> {
    for (words, e) in &lx.phrases {
        if i + words.len() <= sb
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| b.toks[i + k].lower == *w)
        {
            return Some((words.len(), e.lemma.clone(), e.class));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn frame_at(
    lx: &Lexicon,
    b: &Block,
    sa: usize,
    sb: usize,
    ca: usize,
    cb: usize,
    lemma: String,
    class: CueClass,
    prev: &[Frame],
) -> Option<Frame> {
    let t = &b.toks;
    let word = t[ca].lower.as_str();
    let before = ca.checked_sub(1).map(|p| &t[p]);
    // Negated, infinitival (`declined to comment`) and passive uses are no speech acts.
    let window = &t[ca.saturating_sub(3).max(sa)..ca];
    if class != CueClass::AccordingTo {
        if before.is_some_and(|p| {
            PASSIVE.contains(&p.lower.as_str()) || NEGATIONS.contains(&p.lower.as_str())
        }) {
            // `X has said` is fine; `was said`/`to say`/`not say` are not.
            return None;
        }
        if window.iter().any(|w| {
            matches!(
                w.lower.as_str(),
                "not" | "n't" | "never" | "declined" | "refused" | "didn't" | "wouldn't" | "won't"
            )
        }) {
            return None;
        }
    }
    // `pleaded guilty`, `admitted guilt` are legal acts, not statements.
    if t.get(cb)
        .is_some_and(|n| matches!(n.lower.as_str(), "guilty" | "innocent" | "no" | "not"))
        && matches!(word, "pleaded" | "pled" | "pleads" | "plead" | "pleading")
    {
        return None;
    }
    // A capitalized cue inside a sentence is a name (`United States`).
    if t[ca].cap
        && ca > sa
        && class != CueClass::AccordingTo
        && !before.is_some_and(|p| p.is_mark() || p.kind == TokKind::Punct)
    {
        return None;
    }
    let mut f = Frame {
        cue: (ca, cb),
        lemma,
        class,
        speaker: None,
        inherit: false,
        content: None,
        extra: None,
        pattern: "subject-cue",
        channel: None,
    };
    if class == CueClass::AccordingTo {
        // The source runs to the next punctuation (`a release from Hampton police`).
        let stop = (cb..sb.min(cb + 14))
            .find(|&k| t[k].kind == TokKind::Punct && !t[k].is_punct("'") || t[k].is_mark())
            .unwrap_or(sb.min(cb + 14));
        let np = match np_right(lx, t, cb, sb) {
            Some(np) if np.b >= stop => np,
            Some(np) if stop > np.b && (np.b..stop).all(|k| t[k].is_word()) => Np {
                b: stop,
                kind: NpKind::Description,
                ..np
            },
            Some(np) => np,
            None if stop > cb && (cb..stop).all(|k| t[k].is_word()) => Np {
                a: cb,
                b: stop,
                kind: NpKind::Description,
                apposition: None,
            },
            None => return None,
        };
        f.speaker = Some(np);
        f.pattern = "according-to";
        let words_before = (sa..ca).filter(|&k| t[k].is_word()).count();
        let starts = words_before < 4
            || before.is_some_and(|p| matches!(p.lower.as_str(), "-" | "—" | "–" | "--" | ":"));
        let comma_after = (np.b..sb.min(np.b + 13)).any(|k| t[k].is_punct(","));
        if starts && comma_after {
            // `According to X, CONTENT.`
            let mut k = np.b;
            while k < sb && !t[k].is_punct(",") && k - np.b < 12 {
                k += 1;
            }
            f.content = Some((k + 1, clause_end(lx, b, k + 1, sb)));
        } else {
            let end = if before.is_some_and(|p| p.is_punct(",") || p.kind == TokKind::Punct) {
                ca - 1
            } else {
                ca
            };
            let start = clause_start(b, sa, end);
            f.content = Some((start, end));
        }
        f.channel = channel_in(lx, b, np.a, np.b, "");
        return Some(f);
    }
    let is_ing = word.ends_with("ing");
    if is_ing {
        // Participle: `…, adding that …` / `…, saying …`.
        // `with critics saying …`
        let with_np = np_left(lx, t, ca, sa)
            .filter(|np| np.a > sa && t[np.a - 1].lower == "with" && np.kind != NpKind::Pronoun);
        if let Some(np) = with_np {
            f.speaker = Some(np);
            f.pattern = "participle";
            let (start, ch) = content_start(lx, b, cb, sb, class)?;
            f.channel = ch;
            f.content = Some((start, clause_end(lx, b, start, sb)));
            return Some(f);
        }
        if !before.is_some_and(|p| p.is_punct(",") || p.lower == "and") {
            return None;
        }
        f.inherit = true;
        f.pattern = "participle";
        if prev.is_empty() {
            // The sentence's first phrase is the speaker (`Police issued a statement, saying …`).
            f.speaker = np_sentence_subject(lx, b, sa, ca);
            f.speaker?;
        }
        let (start, ch) = content_start(lx, b, cb, sb, class)?;
        f.channel = ch;
        f.content = Some((start, clause_end(lx, b, start, sb)));
        return Some(f);
    }
    // Inverted: `…," said Rick Hite.` / `…, said police.`
    let after_sep = before.is_some_and(|p| p.is_punct(",") || p.is_mark() || p.lower == "—");
    if after_sep && ca > sa && class != CueClass::Tell && !NOUNLIKE.contains(&word) {
        if let Some(np) = np_right(lx, t, cb, sb) {
            if t.get(np.b)
                .is_none_or(|n| n.kind == TokKind::Punct || n.is_mark())
            {
                f.speaker = Some(np);
                f.pattern = "inverted";
                let end = sep_start(b, ca, sa);
                f.content = Some((clause_start(b, sa, end), end));
                f.extra = split_second_half(lx, b, np.b, sb);
                f.channel = channel_in(lx, b, cb, sb, &f.lemma);
                return Some(f);
            }
        }
    }
    // `It warned that … and urged residents to …`: a second speech verb of the subject
    // of the previous frame, whose content ends at this `and`.
    if before.is_some_and(|p| p.lower == "and")
        && prev
            .last()
            .is_some_and(|p| p.content.is_some_and(|(_, e)| e + 1 >= ca && e <= ca))
    {
        f.inherit = true;
        f.pattern = "coordinated";
        let (start, ch) = content_start(lx, b, cb, sb, class)?;
        f.channel = ch;
        let end = match b.region_of(start).map(|r| &b.regions[r]) {
            Some(r) if r.open == Some(start) => r.close.map_or(sb, |c| c + 1).min(sb),
            _ => clause_end(lx, b, start, sb),
        };
        f.content = Some((start, end));
        return Some(f);
    }
    let mut who_relative = false;
    let rel = relative_subject(lx, b, ca, sa);
    let np = match np_left(lx, t, ca, sa) {
        // `A woman who called police said …`: the phrase before `who`, not an object
        // inside the relative clause.
        Some(np) if rel.is_some_and(|(k, _)| np.a > k) => {
            who_relative = true;
            rel?.1
        }
        None if rel.is_some() => {
            who_relative = true;
            rel?.1
        }
        Some(np) => np,
        // `A student who says …`: the phrase before `who`.
        None if ca > sa + 1 && matches!(t[ca - 1].lower.as_str(), "who" | "which" | "that") => {
            who_relative = true;
            let np = np_left(lx, t, ca - 1, sa)?;
            if np.kind == NpKind::Pronoun {
                return None;
            }
            np
        }
        None => return None,
    };
    let determined = matches!(t[np.a].lower.as_str(), "a" | "an" | "the");
    if NOUNLIKE.contains(&word)
        && (!matches!(np.kind, NpKind::Pronoun | NpKind::Name) || determined && np.b - np.a <= 2)
    {
        return None;
    }
    if NOUNLIKE.contains(&word) && t.get(cb).is_some_and(|n| lx.cue(&n.lower).is_some()) {
        return None;
    }
    f.speaker = Some(np);
    let lead = np.a.checked_sub(1).filter(|&p| p >= sa).map(|p| &t[p]);
    let trailing = !who_relative
        && lead
            .is_some_and(|p| p.is_punct(",") || p.is_mark() || p.lower == "—" || p.lower == "--");
    let relative =
        lead.is_some_and(|p| matches!(p.lower.as_str(), "who" | "which" | "whom" | "what"));
    let after = content_start(lx, b, cb, sb, class);
    f.channel = channel_in(lx, b, np.a, after.as_ref().map_or(sb, |a| a.0), &f.lemma)
        .or(after.as_ref().and_then(|a| a.1.clone()));
    let after_words = after.as_ref().map_or(0, |&(a, _)| {
        (a..clause_end(lx, b, a, sb))
            .filter(|&k| t[k].is_word())
            .count()
    });
    let after_that = after
        .as_ref()
        .is_some_and(|&(a, _)| a > cb && t[a - 1].lower == "that");
    let after_region = after
        .as_ref()
        .is_some_and(|&(a, _)| b.region_of(a).is_some() && a <= cb + 3);
    let before_end = sep_start(b, np.a, sa);
    let before_words = (sa..before_end).filter(|&k| t[k].is_word()).count();
    let before_region = (sa..before_end).any(|k| b.region_of(k).is_some());
    if trailing
        && (before_words >= 4 || before_region)
        && (after_words < 5 && !after_that || after_region)
    {
        f.pattern = "trailing";
        let end = sep_start(b, np.a, sa);
        f.content = Some((clause_start(b, sa, end), end));
        f.extra = split_second_half(lx, b, cb, sb);
        return Some(f);
    }
    if relative {
        f.pattern = "relative";
        let (start, _) = after?;
        let mut k = start;
        while k < sb
            && !(b.region_of(k).is_none()
                && (t[k].is_punct(",")
                    || is_sentence_end_punct(&t[k].lower)
                    || matches!(t[k].lower.as_str(), "–" | "—" | "--" | ")" | ";")))
        {
            k += 1;
        }
        if teaser_cut(b, k) {
            return None;
        }
        f.content = Some((start, k));
        return Some(f);
    }
    match after {
        Some((start, _)) => {
            let intro = start > cb && matches!(t[start - 1].lower.as_str(), "that" | ":");
            if class == CueClass::That && !(intro || b.region_of(start).is_some()) {
                return None;
            }
            // A quotation that opens the content is the content (`texted a friend, "…," and left`).
            let end = match b.region_of(start).map(|r| &b.regions[r]) {
                Some(r) if r.open == Some(start) => r.close.map_or(sb, |c| c + 1).min(sb),
                _ => clause_end(lx, b, start, sb),
            };
            if teaser_cut(b, end) {
                return None;
            }
            // A noun-phrase content drops a trailing date (`recommended the discharges on
            // Dec. 30, 2022`): the date says when it was said, not what.
            let end = if class == CueClass::Np && !intro {
                trim_trailing_date(b, start, end)
            } else {
                end
            };
            f.content = Some((start, end));
        }
        None => f.pattern = "bare",
    }
    Some(f)
}

/// A content cut by a teaser ellipsis (`was a gunshot wound to ... more`): page furniture.
fn teaser_cut(b: &Block, end: usize) -> bool {
    let t = &b.toks;
    (end..(end + 2).min(t.len())).any(|k| {
        matches!(t[k].lower.as_str(), "..." | "…")
            && t.get(k + 1).is_some_and(|n| n.lower == "more")
    })
}

fn trim_trailing_date(b: &Block, start: usize, end: usize) -> usize {
    let t = &b.toks;
    let from = end.saturating_sub(7).max(start + 1);
    for k in from..end {
        if !matches!(
            t[k].lower.as_str(),
            "on" | "in" | "last" | "this" | "earlier"
        ) || b.region_of(k).is_some()
        {
            continue;
        }
        let rest = &t[k + 1..end];
        let datey = rest.iter().all(|w| {
            !w.is_word()
                || model::calendar::is_month_word(&w.lower)
                || is_time_word(&w.lower)
                || w.lower.chars().all(|c| c.is_ascii_digit())
        });
        if !rest.is_empty() && datey {
            return trim_punct(b, start, k);
        }
    }
    end
}

/// Index of the separator (`,`, closing mark, dash) run ending just before `at`.
fn sep_start(b: &Block, at: usize, sa: usize) -> usize {
    let mut k = at;
    while k > sa
        && (b.toks[k - 1].is_punct(",")
            || b.toks[k - 1].lower == "—"
            || b.toks[k - 1].lower == "--")
        && b.region_of(k - 1).is_none()
    {
        k -= 1;
    }
    k
}

/// Where a before-content starts: the sentence start, or just after a closing
/// quote that ends an earlier attributed part (kept simple: the sentence start).
fn clause_start(_b: &Block, sa: usize, _end: usize) -> usize {
    sa
}

/// `"A," she said, "B."`: the region that starts right after the attribution.
fn split_second_half(lx: &Lexicon, b: &Block, from: usize, sb: usize) -> Option<(usize, usize)> {
    let t = &b.toks;
    let mut k = from;
    let mut guard = 0;
    while k < sb && guard < 12 && b.region_of(k).is_none() {
        let w = &t[k];
        if w.is_punct(",")
            || w.is_punct(":")
            || w.is_punct("—")
            || is_time_word(&w.lower)
            || PREPS.contains(&w.lower.as_str())
            || w.lower == "a"
            || w.lower == "an"
            || w.lower == "the"
            || is_channelish(lx, &w.lower)
        {
            k += 1;
            guard += 1;
            continue;
        }
        return None;
    }
    let r = b.region_of(k)?;
    let reg = &b.regions[r];
    if reg.open != Some(k) {
        return None;
    }
    let end = reg.close.map_or(sb, |c| c + 1).min(b.toks.len());
    Some((k, end))
}

fn is_channelish(lx: &Lexicon, w: &str) -> bool {
    lx.channels
        .iter()
        .any(|(_, trig)| trig.iter().any(|p| p.iter().any(|x| x == w)))
        || matches!(
            w,
            "post"
                | "account"
                | "official"
                | "her"
                | "his"
                | "their"
                | "its"
                | "video"
                | "message"
                | "letter"
                | "with"
                | "hearing"
                | "court"
        )
}

/// Channel named in tokens `[a, z)`, or by the cue lemma.
fn channel_in(lx: &Lexicon, b: &Block, a: usize, z: usize, lemma: &str) -> Option<String> {
    let words: Vec<&str> = b.toks[a.min(z)..z.min(b.toks.len())]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    for (name, trig) in &lx.channels {
        for p in trig {
            if p.len() == 1 && p[0] == lemma {
                return Some(name.clone());
            }
            if words
                .windows(p.len())
                .any(|w| w.iter().zip(p).all(|(x, y)| *x == y.as_str()))
            {
                return Some(name.clone());
            }
        }
    }
    None
}

/// Skip the addressee, adverbials, `that` and `:` after a cue; returns where the content starts.
fn content_start(
    lx: &Lexicon,
    b: &Block,
    cb: usize,
    sb: usize,
    class: CueClass,
) -> Option<(usize, Option<String>)> {
    let t = &b.toks;
    let mut k = cb;
    let mut channel = None;
    if matches!(class, CueClass::Tell | CueClass::Directive) && k < sb && b.region_of(k).is_none() {
        // `told FOX News co-host Jane Doe in the special that …`
        let that = (k..sb.min(k + 14))
            .take_while(|&j| {
                b.region_of(j).is_none()
                    && !t[j].is_punct(",")
                    && !is_sentence_end_punct(&t[j].lower)
            })
            .find(|&j| t[j].lower == "that");
        if let Some(j) = that.filter(|&j| j > k) {
            return (j + 1 < sb).then_some((j + 1, channel_in(lx, b, k, j, "")));
        }
        k = skip_object(lx, b, k, sb);
    }
    if class == CueClass::Directive && t.get(k).is_some_and(|n| n.lower == "that") {
        // `ordered that Rosado be transferred`: a clause.
        return Some((k + 1, None));
    }
    if class == CueClass::Directive {
        // Content is the infinitive: `urged the public to stay calm`.
        let mut j = k;
        while j < sb && j - k < 6 && t[j].lower != "to" && b.region_of(j).is_none() {
            j += 1;
        }
        if j < sb && t[j].lower == "to" {
            return Some((j, None));
        }
        if k == cb {
            return None;
        }
    }
    if matches!(
        b.toks[cb - 1].lower.as_str(),
        "described" | "describes" | "describe" | "describing"
    ) {
        if let Some(j) =
            (cb..sb.min(cb + 8)).find(|&j| t[j].lower == "as" && b.region_of(j).is_none())
        {
            return Some((j + 1, None));
        }
    }
    let mut guard = 0;
    while k < sb && guard < 20 {
        guard += 1;
        let w = &t[k];
        if b.region_of(k).is_some() {
            break;
        }
        let lw = w.lower.as_str();
        if w.is_punct(",") || w.is_punct(":") || w.lower == "—" || w.lower == "--" {
            k += 1;
            continue;
        }
        if is_time_word(lw) {
            k += 1;
            continue;
        }
        // `texted me at 11:30 to say he was …`: the content follows `to say`.
        if k > cb && to_say(t, k) {
            k += 2;
            continue;
        }
        // `explained in English there was …`: a preposition and one capitalized word.
        if PREPS.contains(&lw)
            && lw != "to"
            && t.get(k + 1).is_some_and(|n| n.cap && n.is_word())
            && t.get(k + 2).is_some_and(|n| n.is_word() && !n.cap)
        {
            k += 2;
            continue;
        }
        if PREPS.contains(&lw) && lw != "to" {
            // A prepositional adverbial that names a channel or a time.
            let mut j = k + 1;
            while j < sb
                && j - k < 9
                && b.region_of(j).is_none()
                && !t[j].is_punct(",")
                && t[j].lower != "that"
                && (!t[j].is_punct(":") || clock_colon(t, j))
                && !to_say(t, j)
                && !is_sentence_end_punct(&t[j].lower)
            {
                j += 1;
            }
            let span_words: Vec<&str> = t[k + 1..j].iter().map(|x| x.lower.as_str()).collect();
            let ch = lx.channels.iter().find(|(_, trig)| {
                trig.iter().any(|p| {
                    span_words
                        .windows(p.len())
                        .any(|w| w.iter().zip(p).all(|(x, y)| *x == y.as_str()))
                })
            });
            let timey = span_words.len() <= 3
                && span_words
                    .iter()
                    .any(|w| is_time_word(w) || w.chars().all(|c| c.is_ascii_digit()));
            let ends_ok = j >= sb
                || to_say(t, j)
                || t[j].is_punct(",")
                || t[j].lower == "that"
                || t[j].is_punct(":")
                || b.region_of(j).is_some();
            let before_that = j < sb
                && (t[j].lower == "that" || t[j].is_punct(":") || to_say(t, j))
                && span_words.len() <= 6;
            if before_that
                || (ch.is_some() || timey) && (ends_ok || ch.is_some() && span_words.len() <= 6)
            {
                if let Some((name, _)) = ch {
                    channel = Some(name.clone());
                }
                k = j;
                continue;
            }
            break;
        }
        let complementizer = k == cb
            || t[k - 1].is_punct(",")
            || !t
                .get(k + 1)
                .is_some_and(|n| n.is_punct(",") || is_sentence_end_punct(&n.lower))
                && k > cb
                && (is_time_word(&t[k - 1].lower) || t[k - 1].is_word())
                && k - cb < 10;
        if lw == "that" && complementizer {
            k += 1;
            break;
        }
        break;
    }
    // An adverbial where the content should be (`said at the scene`, `told reporters as he
    // left`): the content is a quotation later in the sentence, or there is none.
    let at_least = t.get(k).is_some_and(|w| w.lower == "at")
        && t.get(k + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "least" | "most"));
    if k < sb
        && b.region_of(k).is_none()
        && ADVERBIAL_STARTS.contains(&t[k].lower.as_str())
        && !at_least
    {
        let later = (k..sb).find(|&j| b.region_of(j).is_some() && b.toks[j].is_mark());
        return later.map(|j| (j, channel));
    }
    // `said, adding that …`: the participle carries the content; `said what …`,
    // `asked whether …`: questions, not statements.
    if k < sb && b.region_of(k).is_none() {
        let w = t[k].lower.as_str();
        if w.ends_with("ing") && lx.cue(w).is_some()
            || matches!(
                w,
                "whether" | "if" | "what" | "why" | "how" | "where" | "when" | "who" | "which"
            )
        {
            return None;
        }
    }
    // Nothing left but closing punctuation: no content after the cue.
    let rest = (k..sb).any(|j| t[j].is_word() || t[j].is_mark() && b.region_of(j).is_some());
    if !rest || k >= sb {
        return None;
    }
    Some((k, channel))
}

fn skip_object(lx: &Lexicon, b: &Block, k: usize, sb: usize) -> usize {
    let t = &b.toks;
    let w = &t[k];
    if OBJ_PRONOUNS.contains(&w.lower.as_str()) {
        return k + 1;
    }
    if w.lower == "that" || w.is_punct(",") || w.is_punct(":") {
        return k;
    }
    if let Some(np) = np_right(lx, t, k, sb) {
        return np.b;
    }
    // A determiner phrase (`the anxious group`) or a bare plural (`reporters`).
    let mut j = k;
    if matches!(
        w.lower.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their"
    ) {
        j += 1;
        while j < sb
            && j - k < 5
            && t[j].is_word()
            && !matches!(
                t[j].lower.as_str(),
                "that" | "to" | "about" | "of" | "at" | "in" | "on"
            )
        {
            j += 1;
        }
        return j;
    }
    if w.is_word() && w.lower.ends_with('s') && lx.cue(&w.lower).is_none() {
        return k + 1;
    }
    k
}

/// End of an after-cue clause: the sentence end, or a comma that opens a participle cue
/// (`, adding …`) or `according to`; trailing punctuation trimmed.
fn clause_end(lx: &Lexicon, b: &Block, from: usize, sb: usize) -> usize {
    let t = &b.toks;
    let mut end = sb;
    for k in from..sb {
        if b.region_of(k).is_some() {
            continue;
        }
        if matches!(t[k].lower.as_str(), "but" | "and" | "while" | "although") && k > from {
            let n1 = t.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
            let subject_cue = (t
                .get(k + 1)
                .is_some_and(|n| n.cap || crate::np::PRONOUNS.contains(&n.lower.as_str())))
                && (k + 2..(k + 6).min(sb)).any(|j| {
                    b.region_of(j).is_none()
                        && lx
                            .cue(&t[j].lower)
                            .is_some_and(|e| e.class != CueClass::That)
                });
            let verb_phrase = t[k - 1].is_punct(",")
                && matches!(
                    n1,
                    "would"
                        | "could"
                        | "did"
                        | "declined"
                        | "refused"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "said"
                        | "added"
                        | "do"
                        | "does"
                        | "can"
                        | "cannot"
                        | "should"
                );
            // `warned that more rain was expected and urged residents to …`: a second
            // speech verb of the same subject ends the first content.
            let next_cue = t[k].lower == "and"
                && b.region_of(k + 1).is_none()
                && t.get(k + 1).is_some_and(|n| {
                    (n.lower.ends_with("ed") || matches!(n.lower.as_str(), "said" | "told"))
                        && lx.cue(&n.lower).is_some()
                });
            if subject_cue || verb_phrase || next_cue {
                end = if t[k - 1].is_punct(",") { k - 1 } else { k };
                break;
            }
        }
        if !t[k].is_punct(",") {
            continue;
        }
        if let Some(n) = t.get(k + 1) {
            let participle = n.lower.ends_with("ing") && lx.cue(&n.lower).is_some();
            // `…”, passed on Friday with 13 votes`: a past participle phrase about the
            // speaker's words, not part of them.
            let past_participle = n.lower.ends_with("ed")
                && t.get(k + 2).is_some_and(|m| {
                    matches!(
                        m.lower.as_str(),
                        "on" | "by" | "in" | "at" | "with" | "after"
                    )
                })
                && k > from
                && t[k - 1].is_mark();
            // `Hamas, the Palestinian armed group that governs Gaza …`: an apposition
            // describing a name.
            let apposition = k > from + 1
                && t[k - 1].cap
                && t[k - 1].is_word()
                && matches!(n.lower.as_str(), "the" | "a" | "an")
                && (k + 2..(k + 8).min(sb))
                    .any(|j| matches!(t[j].lower.as_str(), "that" | "which" | "who"));
            if participle || n.lower == "according" || past_participle || apposition {
                end = k;
                break;
            }
        }
    }
    trim_punct(b, from, end)
}

/// Drop trailing punctuation (outside quotes) from a token range end.
pub fn trim_punct(b: &Block, from: usize, mut end: usize) -> usize {
    while end > from {
        let w = &b.toks[end - 1];
        if w.kind == TokKind::Punct
            && b.region_of(end - 1).is_none()
            && !matches!(w.lower.as_str(), "?" | "!" | ")")
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The sentence's subject: the first phrase after any introductory clause
/// (`Before the vote, Russia proposed …` → `Russia`).
pub fn sentence_subject(lx: &Lexicon, b: &Block, sa: usize, hi: usize) -> Option<Np> {
    np_sentence_subject(lx, b, sa, hi)
}

fn np_sentence_subject(lx: &Lexicon, b: &Block, sa: usize, hi: usize) -> Option<Np> {
    let t = &b.toks;
    let intro_end = if t
        .get(sa)
        .is_some_and(|w| crate::lexicon::is_function_word(&w.lower))
    {
        (sa..hi).find(|&k| t[k].is_punct(",")).map_or(sa, |k| k + 1)
    } else {
        sa
    };
    let np = np_right(lx, t, intro_end, hi)?;
    (np.kind != NpKind::Pronoun || np.a == sa).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Span;

    fn show(s: &str) -> Vec<(String, String, String)> {
        let lx = Lexicon::builtin();
        let b = Block::new(s, Span::new(0, s.len()), 0);
        let mut out = Vec::new();
        for &(sa, sb) in &b.sentences {
            for f in frames(&lx, &b, sa, sb) {
                let sp = f
                    .speaker
                    .map_or(String::new(), |np| s[b.span_of(np.a, np.b)].to_string());
                let c = f
                    .content
                    .map_or(String::new(), |(a, z)| s[b.span_of(a, z)].to_string());
                out.push((f.pattern.to_string(), sp, c));
            }
        }
        out
    }

    #[test]
    fn basic_frames() {
        let got = show("“Go home,” she tweeted.");
        assert_eq!(
            got,
            [(
                "trailing".to_string(),
                "she".to_string(),
                "“Go home,”".to_string()
            )],
            "{got:?}"
        );
        let got = show("Police said the man fled.");
        assert_eq!(
            got,
            [(
                "subject-cue".to_string(),
                "Police".to_string(),
                "the man fled".to_string()
            )],
            "{got:?}"
        );
    }
}
