//! [`DateExtractor`]: rules → candidate matches → chosen spans → resolved mentions.

use crate::calendar::Point;
use crate::error::DatesError;
use crate::expr::{interpret, Day, Expr, Interp, Rel};
use crate::lexicon::{normalize_form, Lexicon};
use crate::patterns::{compile, Rule};
use crate::resolve::{resolve, Anchor, Context};
use crate::tense::{direction, Direction, SentenceWords, TenseWords};
use chrono::NaiveDate;
use model::{
    Claim, ClaimRef, DateAnchor, DateMention, Document, Evidence, Extractor, RuleId, Segmentation,
    Span, TimexType,
};

/// Finds temporal expressions and resolves them to TIMEX3 values.
///
/// Built once from the rules under `data/` (word lists and `patterns.txt`),
/// then shared read-only (`Send + Sync`).
#[derive(Debug, Clone)]
pub struct DateExtractor {
    lex: Lexicon,
    rules: Vec<Rule>,
    /// All rules' boundary-free variants as one set, run once per sentence: a rule
    /// none of whose matches it reports cannot match (`None` if the set is too big).
    prefilter: Option<regex::RegexSet>,
    /// The same for ASCII sentences: ASCII-only classes and case folding over bytes,
    /// non-ASCII literals dropped (they cannot occur), so a superset of the rules'
    /// matches there, with a much smaller automaton.
    ascii_prefilter: Option<regex::bytes::RegexSet>,
    /// Modifier forms (normalized), longest first: `(form, mod)`.
    modifiers: Vec<(String, String)>,
    /// The tense markers, indexed.
    tense: TenseWords,
}

/// One chosen match inside a sentence.
struct Candidate {
    span: Span,
    rule: usize,
    interp: Interp,
}

impl DateExtractor {
    /// Compile the built-in rules.
    pub fn new() -> Result<DateExtractor, DatesError> {
        let lex = Lexicon::builtin()?;
        let rules = compile(&lex)?;
        let mut modifiers: Vec<(String, String)> = lex
            .modifiers
            .entries
            .iter()
            .flat_map(|(k, forms)| forms.iter().map(move |f| (normalize_form(f), k.clone())))
            .collect();
        modifiers.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        let prefilter = regex::RegexSetBuilder::new(rules.iter().map(|r| r.loose.as_str()))
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .ok();
        let ascii_prefilter = regex::bytes::RegexSetBuilder::new(rules.iter().map(|r| {
            r.loose
                .as_str()
                .chars()
                .filter(char::is_ascii)
                .collect::<String>()
        }))
        .unicode(false)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .ok();
        let tense = TenseWords::new(&lex);
        Ok(DateExtractor {
            tense,
            lex,
            rules,
            prefilter,
            ascii_prefilter,
            modifiers,
        })
    }

    /// The ids of all rules, in file order.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|r| r.id.as_str())
    }

    /// The examples of the rules: `(rule id, sentence, type, value)`, all resolved
    /// against a publication date of 2021-06-08.
    pub fn rule_examples(&self) -> impl Iterator<Item = (&str, &str, &str, &str)> {
        self.rules.iter().flat_map(|r| {
            r.examples
                .iter()
                .map(move |(s, t, v)| (r.id.as_str(), s.as_str(), t.as_str(), v.as_str()))
        })
    }

    /// Find and resolve the temporal expressions of `text`.
    ///
    /// `sentences` are sentence spans into `text` (sorted, disjoint); `dct` is the
    /// publication (document creation) date. Anchors of kind
    /// [`DateAnchor::Claim`] index the returned vector.
    pub fn extract_text(
        &self,
        text: &str,
        sentences: &[Span],
        dct: Option<NaiveDate>,
    ) -> Vec<DateMention> {
        let mut ctx = Context {
            dct,
            ..Context::default()
        };
        let mut out = Vec::new();
        for (si, s) in self.join_split_expressions(text, sentences) {
            let first = out.len();
            ctx.sentence = si;
            let sent = &text[s];
            let mut words: Option<SentenceWords> = None;
            // Mentions of this sentence placed in a year by the tense alone, with it.
            let mut yearless: Vec<(usize, Direction)> = Vec::new();
            // Clock times of this sentence that took their day from the context.
            let mut bare_clocks: Vec<usize> = Vec::new();
            for cand in self.candidates(sent) {
                if in_metadata_line(text, s.start + cand.span.start) {
                    continue;
                }
                let sw = words.get_or_insert_with(|| SentenceWords::new(sent));
                let dir = direction(&self.tense, sw, sent, cand.span.start, cand.span.end);
                let Some(r) = resolve(&ctx, &cand.interp.expr, dir) else {
                    continue;
                };
                let idx = out.len();
                if matches!(
                    cand.interp.expr,
                    Expr::Day(Day::Date { y: None, .. })
                        | Expr::Month {
                            y: None,
                            yrel: None,
                            rel: Rel::None,
                            ..
                        }
                ) && r.anchor == Anchor::Dct
                {
                    yearless.push((idx, dir));
                }
                if let Expr::Time {
                    day: Day::Context(0),
                    clock: Some(_),
                    ..
                } = cand.interp.expr
                {
                    bare_clocks.push(idx);
                }
                let rule = &self.rules[cand.rule];
                let anchor = match r.anchor {
                    Anchor::None => DateAnchor::None,
                    Anchor::Dct => DateAnchor::Publication,
                    Anchor::Mention(i) => DateAnchor::Claim(ClaimRef(i)),
                    Anchor::Unresolved => DateAnchor::Unresolved,
                };
                let derived = matches!(
                    cand.interp.expr,
                    Expr::Ago { .. } | Expr::Shift { .. } | Expr::Quarter { q: None, .. }
                );
                // `a year ago` resolved to a quarter is not the quarter under discussion.
                let shifted = matches!(cand.interp.expr, Expr::Ago { .. } | Expr::Shift { .. });
                if let (Some(p @ Point::Quarter(..)), false) = (r.point, shifted) {
                    ctx.last_quarter = Some((p, idx));
                    ctx.last_quarter_sentence = si;
                }
                if let Some(p) = r.point.filter(|_| !derived) {
                    if r.ty != TimexType::Duration {
                        if let Some(d) = p.first_day().filter(|_| p.granularity() == "day") {
                            ctx.last_day = Some((d, idx));
                            if let Expr::Time {
                                clock: Some((h, _)),
                                ..
                            } = cand.interp.expr
                            {
                                ctx.last_clock = Some((d, h));
                            }
                        }
                        ctx.last_point = Some((p, idx));
                        ctx.last_point_sentence = si;
                    }
                }
                let confidence = match (&cand.interp.expr, r.anchor) {
                    (Expr::Ref(_), _) => 0.6,
                    (_, Anchor::None) => 0.95,
                    (_, Anchor::Dct) => 0.85,
                    _ => 0.7,
                };
                out.push(DateMention {
                    evidence: Evidence {
                        span: cand.span.shift(s.start),
                        // `si` is the sentence holding the span's start.
                        sentence: si,
                        rule: RuleId::new(&rule.id),
                        confidence,
                    },
                    timex_type: r.ty,
                    value: r.value,
                    modifier: cand.interp.modifier,
                    anchor,
                    granularity: r.granularity,
                    quant: r.quant,
                    freq: r.freq,
                });
            }
            order_range(sent, s.start, &yearless, &mut out);
            day_after_aside(sent, s.start, &bare_clocks, &mut out);
            self.anchor_offsets(text, first, &mut out);
        }
        out
    }

    /// `200 days after the signing of the November 10 statement`: a duration, a
    /// preposition, a few words and a dated mention of the same sentence make a
    /// date of their own, anchored to that mention (pushed after the sentence's
    /// mentions, rule `dates/anchored/offset`).
    fn anchor_offsets(&self, text: &str, first: usize, out: &mut Vec<DateMention>) {
        let n = out.len();
        for di in first..n {
            let xi = di + 1;
            if let Some(m) = day_of(text, &out[di], di) {
                // Replaces the mention of its first words (`the day before`), if any.
                match out[first..n].iter().position(|p| {
                    p.evidence.span.start == m.evidence.span.start
                        && p.evidence.span.end < m.evidence.span.end
                }) {
                    Some(k) => out[first + k] = m,
                    None => out.push(m),
                }
            }
            let d = &out[di];
            if d.timex_type != TimexType::Duration {
                continue;
            }
            let Some((k, unit)) = parse_duration(&d.value) else {
                continue;
            };
            let made = out[..n]
                .get(xi)
                .and_then(|x| offset_from(text, d, x, xi, k, unit));
            if let Some(m) = made {
                out.push(m);
            }
        }
    }

    /// Sentence spans with their index, where a split after an abbreviation that
    /// ends an expression's first half (`6 p.m.` | `Monday`, `Sept.` | `30`) is undone:
    /// the two sentences are read as one, under the first one's index.
    fn join_split_expressions(&self, text: &str, sentences: &[Span]) -> Vec<(usize, Span)> {
        let mut out: Vec<(usize, Span)> = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            if !s.is_valid_for(text) || s.is_empty() {
                continue;
            }
            if let Some((_, prev)) = out.last_mut() {
                let gap_ok = prev.end <= s.start
                    && text[prev.end..s.start]
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}');
                let tail = text[*prev].rsplit(' ').next().unwrap_or("").to_lowercase();
                let abbrev = matches!(tail.as_str(), "a.m." | "p.m.")
                    || (tail.ends_with('.')
                        && (self.lex.months.key_of(&tail).is_some()
                            || self.lex.weekdays.key_of(&tail).is_some()));
                if gap_ok && abbrev {
                    *prev = prev.cover(*s);
                    continue;
                }
            }
            out.push((i, *s));
        }
        out
    }

    /// Matches of all rules in one sentence, interpreted, overlaps removed
    /// (longest first), modifiers attached, in text order.
    fn candidates(&self, sent: &str) -> Vec<Candidate> {
        let mut all: Vec<Candidate> = Vec::new();
        // On ASCII text the ASCII-boundary variant is the same pattern, and fast.
        let ascii = sent.is_ascii();
        let hits = match (&self.ascii_prefilter, &self.prefilter) {
            (Some(set), _) if ascii => Some(set.matches(sent.as_bytes()).into_iter().collect()),
            (_, Some(set)) => Some(set.matches(sent).into_iter().collect()),
            _ => None,
        };
        let hits: Option<Vec<usize>> = hits;
        for (ri, rule) in self.rules.iter().enumerate() {
            if hits.as_ref().is_some_and(|h| h.binary_search(&ri).is_err()) {
                continue;
            }
            let regex = if ascii { &rule.ascii } else { &rule.regex };
            let mut at = 0;
            while at <= sent.len() {
                if !ascii && !rule.loose.is_match_at(sent, at) {
                    break;
                }
                let Some(c) = regex.captures_at(sent, at) else {
                    break;
                };
                let whole = c
                    .get(0)
                    .map_or(Span::empty(at), |m| Span::new(m.start(), m.end()));
                let start = c.name("pre").map_or(whole.start, |m| m.end());
                let end = c.name("post").map_or(whole.end, |m| m.start());
                let next = if end > at { end } else { next_char(sent, at) };
                if let Some(mut interp) = interpret(&self.lex, rule, &c, sent) {
                    let start = interp.start.take().unwrap_or(start);
                    let end = interp.end.take().unwrap_or(end).max(start);
                    let span = trim_span(sent, Span::new(start, end));
                    if !span.is_empty() {
                        all.push(Candidate {
                            span,
                            rule: ri,
                            interp,
                        });
                    }
                }
                at = next;
            }
        }
        all.sort_by_key(|c| (std::cmp::Reverse(c.span.len()), c.span.start, c.rule));
        let mut chosen: Vec<Candidate> = Vec::new();
        for c in all {
            if chosen.iter().all(|k| !k.span.overlaps(c.span)) {
                chosen.push(c);
            }
        }
        chosen.sort_by_key(|c| c.span.start);
        for i in 0..chosen.len() {
            let floor = if i == 0 { 0 } else { chosen[i - 1].span.end };
            self.attach_modifier(sent, &mut chosen[i], floor);
        }
        chosen
    }

    /// Extend a span left over a modifier (`about`, `early`, `the end of`) and set `mod`.
    fn attach_modifier(&self, sent: &str, c: &mut Candidate, floor: usize) {
        let before = &sent[floor..c.span.start];
        let lower = before.to_lowercase();
        let quantity = matches!(
            c.interp.expr,
            Expr::Duration(_) | Expr::Ago { .. } | Expr::Time { clock: Some(_), .. }
        );
        let starts_with_the = sent[c.span].to_lowercase().starts_with("the ");
        for (form, m) in &self.modifiers {
            let is_edge = matches!(m.as_str(), "START" | "MID" | "END");
            if is_edge
                && matches!(
                    c.interp.expr,
                    Expr::Duration(_) | Expr::Set { .. } | Expr::Ref(_)
                )
            {
                continue;
            }
            if !is_edge && (!quantity && !matches!(c.interp.expr, Expr::Year(_))) {
                continue;
            }
            if !is_edge && starts_with_the {
                continue;
            }
            if m == "APPROX" && form == "some" && !matches!(c.interp.expr, Expr::Duration(_)) {
                continue;
            }
            let glued = form.ends_with('-');
            let trimmed = if glued {
                lower.as_str()
            } else {
                lower.trim_end()
            };
            if !glued && trimmed.len() == lower.len() {
                continue;
            }
            let Some(head) = trimmed.strip_suffix(form.as_str()) else {
                continue;
            };
            if head.ends_with(|ch: char| ch.is_alphanumeric()) {
                continue;
            }
            let new_start = floor + head.len();
            if !sent.is_char_boundary(new_start) {
                continue;
            }
            c.span = Span::new(new_start, c.span.end);
            if c.interp.modifier.is_none() {
                c.interp.modifier = Some(m.clone());
            }
            return;
        }
    }
}

/// Page furniture such as `Updated: Feb 21, 2016 - 6:52 PM` or `Copyright 2014`:
/// dates of the page, not of the story.
fn in_metadata_line(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..at].trim_start().to_lowercase();
    [
        "updated",
        "last updated",
        "posted",
        "published",
        "first published",
        "copyright",
        "©",
    ]
    .iter()
    .any(|p| {
        line.starts_with(p)
            && (matches!(*p, "copyright" | "©") || line[p.len()..].trim_start().starts_with(':'))
    })
}

/// `from January to September`, `between December 2 and January 15`: two dates
/// without a year, placed by the tense one by one, that come out in reverse order
/// are one range across a year's end. Under a future tense the end moves a year
/// on, otherwise the start a year back. Not after a verb of moving a date
/// (`moved the vote from June to May`). A start without a year before an end with
/// one (`1 January to 30 June 2026`) takes the end's year (or the one before, when
/// it would come after the end), anchored to the end's mention.
fn order_range(sent: &str, base: usize, yearless: &[(usize, Direction)], out: &mut [DateMention]) {
    for &(a, dir) in yearless {
        let b = a + 1;
        let Some(end) = out.get(b) else {
            continue;
        };
        let (sa, sb) = (out[a].evidence.span, end.evidence.span);
        let (Some(gap), Some(before)) = (
            sent.get(sa.end - base..sb.start - base),
            sent.get(..sa.start - base),
        ) else {
            continue;
        };
        let end_yearless = yearless.iter().any(|&(y, _)| y == b);
        // The words before the start, last first (`between`, a verb of moving).
        let words_before = before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let joined = match gap.trim() {
            "to" | "until" | "till" | "through" | "-" | "–" => true,
            // `between X and Y`; `in January and February` is a pair, in order, so
            // only a reversed one is placed as a range.
            "and" => {
                end_yearless
                    || words_before
                        .clone()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("between"))
            }
            "or" => end_yearless,
            _ => false,
        };
        if !joined
            || words_before
                .take(6)
                .any(|w| MOVE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
        {
            continue;
        }
        if end_yearless {
            if out[a].value <= out[b].value {
                continue;
            }
            let (k, by) = match dir {
                Direction::Future | Direction::FutureWeak => (b, 1),
                Direction::Past | Direction::Unknown => (a, -1),
            };
            if let Some(v) = shift_year(&out[k].value, by) {
                out[k].value = v;
            }
            continue;
        }
        // The end names its year (a month or a day written out).
        let end = &out[b];
        let explicit = end.anchor == DateAnchor::None && end.timex_type == TimexType::Date;
        let Some(y) = written_year(&end.value).filter(|_| explicit) else {
            continue;
        };
        let Some(in_end_year) = written_year(&out[a].value)
            .and_then(|ya| shift_year(&out[a].value, y.checked_sub(ya)?))
        else {
            continue;
        };
        let v = if in_end_year > end.value {
            shift_year(&in_end_year, -1)
        } else {
            Some(in_end_year)
        };
        if let Some(v) = v {
            out[a].value = v;
            out[a].anchor = DateAnchor::Claim(ClaimRef(b));
        }
    }
}

/// `8 p.m. local time (1800 GMT) on Sunday`, `10:35 a.m. (0735 GMT) Friday`: clock
/// times followed, past an aside in parentheses, by the day they are on take that
/// day (anchored to its mention) instead of the one from the context.
fn day_after_aside(sent: &str, base: usize, clocks: &[usize], out: &mut [DateMention]) {
    let Some(&first) = clocks.first() else {
        return;
    };
    let Some(k) = (first + 1..out.len()).find(|j| !clocks.contains(j)) else {
        return;
    };
    let day = &out[k];
    let is_day = day.timex_type == TimexType::Date
        && day.granularity.as_deref() == Some("day")
        && written_year(&day.value).is_some();
    if !is_day {
        return;
    }
    let day_value = day.value.clone();
    let day_start = day.evidence.span.start;
    // The clocks that run, one aside apart, into the day.
    let mut run: Vec<usize> = Vec::new();
    for &i in clocks.iter().filter(|&&i| i < k) {
        let from = out[i].evidence.span.end;
        let Some(gap) = sent.get(from - base..day_start - base) else {
            continue;
        };
        if aside_then_on(gap) {
            run.push(i);
        }
    }
    for i in run {
        if out[i].value.len() > 10 && out[i].value.as_bytes()[10] == b'T' {
            let v = format!("{}{}", day_value, &out[i].value[10..]);
            out[i].value = v;
            out[i].anchor = DateAnchor::Claim(ClaimRef(k));
        }
    }
}

/// `" (1800 GMT) on "`, `" (0735 GMT), "`, `") on "`: one aside in parentheses (or
/// its end), then at most a comma and `on`.
fn aside_then_on(gap: &str) -> bool {
    let g = gap.trim_start();
    // The clock opens the aside, or ends it (`0735 GMT` of `(0735 GMT) Friday`).
    let after = match g.strip_prefix('(') {
        Some(rest) => match rest.find(')') {
            Some(close) if close <= 30 && !rest[..close].contains('(') => &rest[close + 1..],
            _ => return false,
        },
        None => match g.strip_prefix(')') {
            Some(rest) => rest,
            None => return false,
        },
    };
    let tail = after.trim_start().trim_start_matches(',').trim();
    tail.is_empty() || tail.eq_ignore_ascii_case("on")
}

/// Verbs of moving a date: after them `from June to May` may run backwards.
const MOVE_VERBS: &[&str] = &[
    "move",
    "moved",
    "moves",
    "moving",
    "brought",
    "bring",
    "shift",
    "shifted",
    "changed",
    "change",
    "rescheduled",
    "advanced",
    "pushed",
    "postponed",
    "delayed",
    "put",
    "pulled",
];

/// The year of a calendar value written with one (`2021-03`, `2021-03-04`,
/// `2021-03-04T18:00`); `None` for `XXXX-…`, weeks, quarters and the like.
fn written_year(v: &str) -> Option<i32> {
    let b = v.as_bytes();
    let dated = b.len() >= 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit);
    dated.then(|| v[..4].parse().ok()).flatten()
}

/// A calendar value (see [`written_year`]) with its year moved by `by`.
fn shift_year(v: &str, by: i32) -> Option<String> {
    let y = written_year(v)?.checked_add(by)?;
    (0..=9999)
        .contains(&y)
        .then(|| format!("{y:04}{}", &v[4..]))
}

/// `the day before Christmas`, `the day after last Tuesday`, `the week of March 6`:
/// the words right before the dated mention `x` (index `xi`) make a date of their
/// own, valued from it (rule `dates/anchored/day-of`). `x` stays a mention too.
fn day_of(text: &str, x: &DateMention, xi: usize) -> Option<DateMention> {
    let before = text.get(..x.evidence.span.start)?;
    let candidates: Vec<(&str, Point)> =
        if let Ok(day) = NaiveDate::parse_from_str(&x.value, "%Y-%m-%d") {
            vec![
                ("the day before ", Point::Day(day.pred_opt()?)),
                ("the day after ", Point::Day(day.succ_opt()?)),
                ("the week of ", Point::of_unit("W", day)?),
            ]
        } else {
            // `the first week of April`: the first ISO week with most of its days in
            // April (the one holding April 4th), then the next ones; `the last week of
            // April`, the last such week (holding its fourth-to-last day).
            let first = NaiveDate::parse_from_str(&format!("{}-01", x.value), "%Y-%m-%d").ok()?;
            let last = crate::calendar::shift_day(first, "M", 1)?
                .checked_sub_days(chrono::Days::new(4))?;
            let nth = |k: u64| {
                first
                    .checked_add_days(chrono::Days::new(3 + 7 * k))
                    .and_then(|d| Point::of_unit("W", d))
            };
            vec![
                ("the first week of ", nth(0)?),
                ("the second week of ", nth(1)?),
                ("the third week of ", nth(2)?),
                ("the fourth week of ", nth(3)?),
                ("the last week of ", Point::of_unit("W", last)?),
                ("the final week of ", Point::of_unit("W", last)?),
            ]
        };
    let (phrase, p) = candidates.into_iter().find(|(ph, _)| {
        let at = before.len().saturating_sub(ph.len());
        before.len() >= ph.len()
            && before.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(ph))
            && !before[..at].ends_with(char::is_alphanumeric)
    })?;
    let span = Span::new(x.evidence.span.start - phrase.len(), x.evidence.span.end);
    Some(anchored_to(
        span,
        x.evidence.sentence,
        "dates/anchored/day-of",
        0.8,
        p,
        xi,
    ))
}

/// A DATE mention of `p`, anchored to the mention `xi` it was counted from.
fn anchored_to(
    span: Span,
    sentence: usize,
    rule: &str,
    confidence: f32,
    p: Point,
    xi: usize,
) -> DateMention {
    DateMention {
        evidence: Evidence {
            span,
            sentence,
            rule: RuleId::new(rule),
            confidence,
        },
        timex_type: TimexType::Date,
        value: p.value(),
        modifier: None,
        anchor: DateAnchor::Claim(ClaimRef(xi)),
        granularity: Some(p.granularity().into()),
        quant: None,
        freq: None,
    }
}

/// The date `d` (a duration) `after`/`before` the dated mention `x` (index `xi`).
fn offset_from(
    text: &str,
    d: &DateMention,
    x: &DateMention,
    xi: usize,
    k: i64,
    unit: &str,
) -> Option<DateMention> {
    // `eight trading days after Oct. 12` counts days the calendar does not.
    let counted = text
        .get(d.evidence.span.start..d.evidence.span.end)?
        .to_lowercase();
    if ["trading", "business", "working", "school"]
        .iter()
        .any(|w| counted.contains(w))
    {
        return None;
    }
    let between = text.get(d.evidence.span.end..x.evidence.span.start)?;
    let words: Vec<String> = between.split_whitespace().map(normalize_form).collect();
    let sign = match words.first().map(String::as_str) {
        Some("after") => 1,
        Some("before") => -1,
        _ => return None,
    };
    if words.len() > 7 || between.contains([',', ';', '.', '"', '“', '”']) {
        return None;
    }
    let day = NaiveDate::parse_from_str(&x.value, "%Y-%m-%d").ok()?;
    let p = Point::Day(day).shift(unit, k * sign)?;
    let span = Span::new(d.evidence.span.start, x.evidence.span.end);
    Some(anchored_to(
        span,
        d.evidence.sentence,
        "dates/anchored/offset",
        0.7,
        p,
        xi,
    ))
}

/// `P200D` → `(200, "D")`; whole calendar units only.
fn parse_duration(v: &str) -> Option<(i64, &'static str)> {
    let body = v.strip_prefix('P')?;
    let unit = match body.chars().last()? {
        'D' => "D",
        'W' => "W",
        'M' => "M",
        'Y' => "Y",
        _ => return None,
    };
    let n: i64 = body[..body.len() - 1].parse().ok()?;
    Some((n, unit))
}

fn next_char(s: &str, at: usize) -> usize {
    at + s[at..].chars().next().map_or(1, char::len_utf8)
}

/// Trim white space and trailing commas from a sentence-relative span.
fn trim_span(sent: &str, span: Span) -> Span {
    let s = span.trim(sent);
    let t = &sent[s];
    let kept = t.trim_end_matches([',', ';', ':', ' ']);
    Span::new(s.start, s.start + kept.len())
}

impl Extractor for DateExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, doc: &Document, seg: &Segmentation, claims: &mut Vec<Claim>) {
        let spans: Vec<Span> = if seg.sentences.is_empty() {
            doc.paragraphs.clone()
        } else {
            seg.sentences.iter().map(|s| s.span).collect()
        };
        let base = claims.len();
        for mut m in self.extract_text(&doc.text, &spans, doc.published_date()) {
            if let DateAnchor::Claim(ClaimRef(i)) = m.anchor {
                m.anchor = DateAnchor::Claim(ClaimRef(base + i));
            }
            claims.push(Claim::Date(m));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DateExtractor;

    #[test]
    fn prefilter_set_is_built_and_agrees_with_the_rules() {
        let x = DateExtractor::new().unwrap();
        let set = x
            .prefilter
            .as_ref()
            .expect("rule set within its size limit");
        // Non-ASCII text takes the Unicode-boundary path: the set must still report the rules.
        let sent = "On Monday, March 3, 2025, the café’s owner said “tomorrow” — 3 days ago.";
        let hits = set.matches(sent);
        for (ri, rule) in x.rules.iter().enumerate() {
            if rule.regex.is_match(sent) {
                assert!(
                    hits.matched(ri),
                    "{} matches but the set misses it",
                    rule.id
                );
            }
        }
        assert!(!x.candidates(sent).is_empty());
    }

    #[test]
    fn ascii_prefilter_set_is_built_and_reports_every_matching_rule() {
        let x = DateExtractor::new().unwrap();
        let set = x.ascii_prefilter.as_ref().expect("ASCII rule set builds");
        let sent =
            "On Monday, March 3, 2025 at 6 p.m., the owner's shop said 'tomorrow' - 3 days ago, \
                    in the late '90s, during Valentine's Day weekend; daily, now, Q3 1999.";
        assert!(sent.is_ascii());
        let hits = set.matches(sent.as_bytes());
        let mut any = false;
        for (ri, rule) in x.rules.iter().enumerate() {
            if rule.ascii.is_match(sent) {
                any = true;
                assert!(
                    hits.matched(ri),
                    "{} matches but the set misses it",
                    rule.id
                );
            }
        }
        assert!(any);
    }
}
