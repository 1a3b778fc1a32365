//! Past or future: which occurrence of `Monday` or `June 4` a clause means.
//!
//! The nearest tense marker around the expression decides (`will`, `'ll`,
//! `scheduled` → future; `was`, `said`, `-ed` verbs → past). Reporting verbs
//! (`said`) count only when nothing nearer marks the tense, since `talks will
//! resume Monday, officials said` is about the future.

use crate::lexicon::Lexicon;

/// The direction a relative expression points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Before the publication date.
    Past,
    /// After it.
    Future,
    /// After it, by a weak marker (`expected`, `deadline`): enough for a month, not a weekday.
    FutureWeak,
    /// No marker found.
    Unknown,
}

/// Words ending in `-ed` that are not past verbs.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "hundred",
    "red",
    "bed",
    "seed",
    "proceed",
    "exceed",
    "succeed",
    "bleed",
    "heed",
    "feed",
    "shed",
    "deed",
    "breed",
    "creed",
    "greed",
    "weed",
    "naked",
    "sacred",
    "wicked",
    "united",
    "limited",
    "based",
    "related",
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "alleged",
    "armed",
    "wounded",
    "injured",
    "detained",
    "missed",
    "ted",
    "fred",
    "ned",
    "ed",
    "reed",
    "supposed",
    "used",
    "tired",
    "concerned",
    "interested",
    "advanced",
    "skilled",
    "embed",
];

/// Determiners and possessives: after them, `plan` or `deadline` is a noun.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
    )
}

/// Words (letters, digits, apostrophes) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match (cur, is_word(c)) {
            (None, true) => cur = Some(i),
            (Some(b), false) => {
                out.push((b, &s[b..i]));
                cur = None;
            }
            _ => {}
        }
    }
    if let Some(b) = cur {
        out.push((b, &s[b..]));
    }
    out.into_iter()
}

/// The tense markers of `tense.txt`, indexed for lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct TenseWords {
    kinds: std::collections::HashMap<String, u8>,
}

const FUTURE: u8 = 1;
const WEAK: u8 = 2;
const PAST: u8 = 4;
const REPORTING: u8 = 8;

impl TenseWords {
    pub(crate) fn new(lex: &Lexicon) -> TenseWords {
        let mut kinds = std::collections::HashMap::new();
        for (k, forms) in &lex.tense.entries {
            let bit = match k.as_str() {
                "FUTURE" => FUTURE,
                "FUTURE_WEAK" => WEAK,
                "PAST" => PAST,
                "REPORTING" => REPORTING,
                _ => 0,
            };
            for f in forms {
                *kinds.entry(f.clone()).or_insert(0) |= bit;
            }
        }
        TenseWords { kinds }
    }

    fn get(&self, w: &str) -> u8 {
        self.kinds.get(w).copied().unwrap_or(0)
    }
}

/// The words of one sentence, lowercased once into one buffer:
/// `(start, byte length, range of the lowercase form in buf)`.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceWords {
    ws: Vec<(usize, usize, (u32, u32))>,
    buf: String,
}

impl SentenceWords {
    pub(crate) fn new(sentence: &str) -> SentenceWords {
        let mut sw = SentenceWords {
            ws: Vec::with_capacity(sentence.len() / 5),
            buf: String::with_capacity(sentence.len()),
        };
        for (i, w) in words(sentence) {
            let b = sw.buf.len();
            for c in w.chars() {
                match c {
                    '’' => sw.buf.push('\''),
                    c if c.is_ascii() => sw.buf.push(c.to_ascii_lowercase()),
                    c => sw.buf.extend(c.to_lowercase()),
                }
            }
            let seg = &sw.buf[b..];
            let lead = seg.len() - seg.trim_start_matches('\'').len();
            let fs = b + lead;
            let fe = fs + seg.trim_matches('\'').len();
            sw.ws.push((i, w.len(), (fs as u32, fe as u32)));
        }
        sw
    }

    fn word(&self, i: usize) -> Option<&str> {
        let (_, _, (a, b)) = *self.ws.get(i)?;
        self.buf.get(a as usize..b as usize)
    }
}

/// Direction of the clause around `[start, end)` of `sentence` (whose words are `sw`).
pub(crate) fn direction(
    tw: &TenseWords,
    sw: &SentenceWords,
    sentence: &str,
    start: usize,
    end: usize,
) -> Direction {
    let has = |bit: u8, w: &str| tw.get(w) & bit != 0;
    let (future, weak, past, reporting) = (FUTURE, WEAK, PAST, REPORTING);
    let mut best: Option<(usize, Direction)> = None;
    let mut fallback: Option<(usize, Direction)> = None;
    let ws = &sw.ws;
    // Only words within 50 bytes of the expression count (see `dist` below).
    let lo = ws.partition_point(|x| x.0 + 50 < start);
    // `Wednesday's ruling` names an event, not the time of the clause's verb.
    let possessive = sentence
        .get(end..)
        .is_some_and(|a| a.starts_with("'s") || a.starts_with("’s"));
    for (i, &(wstart, wlen, _)) in ws.iter().enumerate().skip(lo) {
        if wstart > end + 50 {
            break;
        }
        let w = sw.word(i).unwrap_or("");
        if wstart >= start && wstart < end {
            continue;
        }
        let dist = if wstart < start {
            // Words before the expression weigh slightly more than words after.
            (start - wstart) * 2
        } else {
            (wstart - end) * 2 + 1
        };
        if dist > 100 {
            continue;
        }
        // A marker inside a quotation says nothing of the tense outside it, and back.
        let between = if wstart < start {
            &sentence[wstart..start]
        } else {
            &sentence[end..wstart]
        };
        if between.contains(['"', '“', '”', '«', '»', '`']) || between.contains("''") {
            continue;
        }
        // `took effect Jan. 1 and expires …`, `talks, which began on 3 March, will
        // continue`: a verb after `and`/`but`, a comma or a semicolon is another
        // clause's; it counts only when nothing before the expression marks the tense.
        let other_clause = wstart > end
            && (between.contains(" and ")
                || between.contains(" but ")
                || between.contains([';', ',']));
        let prev = i.checked_sub(1).and_then(|j| sw.word(j));
        let next = sw.word(i + 1);
        let dir = if has(future, w) || w.ends_with("'ll") {
            Direction::Future
        } else if w == "would"
            && wstart < start
            && (!matches!(next, Some("have" | "'ve" | "not" | "to" | "be" | "like"))
                // `would be traveling to Washington Thursday`: a plan under way.
                || (next == Some("be")
                    && sw.word(i + 2).is_some_and(|v| v.len() > 5 && v.ends_with("ing"))))
            && !possessive
        {
            // `said its branches would reopen on Monday`: the future of the reported
            // time. Not `would be found Monday`, nor `would appeal Wednesday's ruling`.
            Direction::Future
        } else if w == "as"
            && matches!(prev, Some("soon" | "early"))
            && next.is_none_or(|n| n != "possible")
        {
            // `as early as Tuesday`, `as soon as Monday`: the earliest coming date.
            Direction::Future
        } else if matches!(w, "is" | "are") && next == Some("to") {
            // `is to resume trading Tuesday`: an arrangement.
            Direction::Future
        } else if has(weak, w) {
            match (w, next) {
                // `planned to leave`, `set to resume`, `expected to join`: an intention.
                (_, Some("to")) if w != "until" && w != "due" => Direction::Future,
                (_, Some("to")) => continue,
                // `set` is future only as `set to` / `set for`.
                ("set", Some("for")) => Direction::FutureWeak,
                ("set", _) => continue,
                // `the plan`, `its plans`: a noun, no tense.
                (_, _) if w != "deadline" && prev.is_some_and(is_determiner) => continue,
                _ => Direction::FutureWeak,
            }
        } else if has(past, w) || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w)) {
            // `will be named`, `to be held`: the auxiliary before decides.
            if matches!(prev, Some("be" | "being")) {
                continue;
            }
            Direction::Past
        } else {
            continue;
        };
        // `said Monday`, `said on Monday`: the reporting verb next to the expression
        // dates the saying, which is what the expression names.
        let adjacent = wstart < start && {
            let gap = between.get(wlen..).unwrap_or("").trim();
            gap.is_empty() || gap.eq_ignore_ascii_case("on")
        };
        let slot = if (has(reporting, w) && !adjacent) || other_clause {
            &mut fallback
        } else {
            &mut best
        };
        if slot.is_none_or(|(d, _)| dist < d) {
            *slot = Some((dist, dir));
        }
    }
    // `snow by Friday`, `warnings remain through the weekend`: a limit ahead, unless the
    // clause is plainly past (`had left by Friday`).
    // Only for days of the week (`by Friday`, `through the weekend`): `through August`
    // is as often a span just ended.
    // The sentence's words (already lower case): the first of the expression (after
    // `the`), and the one right before it when only white space separates them.
    let at = ws.partition_point(|x| x.0 < start);
    let first = match sw.word(at) {
        Some("the") if ws.get(at + 1).is_some_and(|x| x.0 < end) => sw.word(at + 1),
        w => w.filter(|_| ws.get(at).is_some_and(|x| x.0 < end)),
    }
    .unwrap_or("");
    let day_like = model::calendar::is_weekday(first) || first == "weekend";
    let limit_word = at
        .checked_sub(1)
        .filter(|&k| {
            let (ks, klen, _) = ws[k];
            sentence
                .get(ks + klen..start)
                .is_some_and(|gap| gap.trim().is_empty())
        })
        .and_then(|k| sw.word(k));
    let upgrade = match (limit_word, best.or(fallback)) {
        _ if !day_like => false,
        (Some("by" | "through"), None | Some((_, Direction::Unknown | Direction::FutureWeak))) => {
            true
        }
        // `until` is a weak marker itself: only when nothing else marks the clause, or
        // when what is put off is named (`postponed until Tuesday`: the new date is ahead).
        (Some("until" | "till"), None) => true,
        (Some("until" | "till"), _) => put_off(sw, start),
        _ => false,
    };
    if upgrade {
        return Direction::Future;
    }
    if let Some((_, d)) = best.or(fallback) {
        return d;
    }
    // Nothing near: a `will` earlier in the clause still sets its tense (`will be named
    // commander of the shuttle for a mission in December`).
    wide_future(tw, sw, sentence, start)
}

/// A verb of putting off (`postponed`, `delayed`, `adjourned`) in the 60 bytes before `start`.
fn put_off(sw: &SentenceWords, start: usize) -> bool {
    let lo = sw.ws.partition_point(|x| x.0 + 60 < start);
    let hi = sw.ws.partition_point(|x| x.0 < start);
    (lo..hi).any(|i| {
        matches!(
            sw.word(i),
            Some(
                "postponed"
                    | "postpone"
                    | "postpones"
                    | "delayed"
                    | "delay"
                    | "adjourned"
                    | "deferred"
                    | "recessed"
                    | "rescheduled"
                    | "extended"
            )
        )
    })
}

/// A strong future marker up to 150 bytes before `start`, in the same clause (no
/// quotation mark, semicolon or sentence-internal full stop between).
fn wide_future(tw: &TenseWords, sw: &SentenceWords, sentence: &str, start: usize) -> Direction {
    let lo = sw.ws.partition_point(|x| x.0 + 150 < start);
    let hi = sw.ws.partition_point(|x| x.0 < start);
    for i in (lo..hi).rev() {
        let (wstart, _, _) = sw.ws[i];
        let between = &sentence[wstart..start];
        if between.contains(['"', '“', '”', '«', '»', '`', ';']) || between.contains("''") {
            break;
        }
        let w = sw.word(i).unwrap_or("");
        if tw.get(w) & PAST != 0 && tw.get(w) & REPORTING == 0 {
            break;
        }
        if tw.get(w) & FUTURE != 0 || w.ends_with("'ll") {
            return Direction::Future;
        }
        // `were planning to drive around the airport on Monday`: an intention (present
        // or progressive; `planned to` may be an intention given up) governs the clause.
        if matches!(
            w,
            "plans" | "plan" | "planning" | "intends" | "intend" | "intending"
        ) && sw.word(i + 1) == Some("to")
            && !i
                .checked_sub(1)
                .and_then(|j| sw.word(j))
                .is_some_and(is_determiner)
        {
            return Direction::Future;
        }
    }
    Direction::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(s: &str, expr: &str) -> Direction {
        let lex = Lexicon::builtin().unwrap();
        let i = s.find(expr).unwrap();
        let tw = TenseWords::new(&lex);
        direction(&tw, &SentenceWords::new(s), s, i, i + expr.len())
    }

    #[test]
    fn tense_markers() {
        assert_eq!(
            dir("The war ended on November 10 with a deal.", "November 10"),
            Direction::Past
        );
        assert_eq!(
            dir("Talks will resume on Monday, officials said.", "Monday"),
            Direction::Future
        );
        assert_eq!(dir("Police said Monday.", "Monday"), Direction::Past);
        assert_eq!(
            dir("The talks, which began on 3 March, will resume.", "3 March"),
            Direction::Past
        );
        assert_eq!(
            dir("On Monday, the minister will visit Kyiv.", "Monday"),
            Direction::Future
        );
        assert_eq!(
            dir("It faces a February deadline", "February"),
            Direction::FutureWeak
        );
        assert_eq!(dir("A February storm", "February"), Direction::Unknown);
    }
}
