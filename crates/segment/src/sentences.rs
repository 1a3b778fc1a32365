//! Sentence boundaries inside one paragraph.
//!
//! One left-to-right byte scan stops only at bytes that can end a sentence
//! (`.`, `!`, `?`, `…`, CJK full stops, line breaks, bullets); everything else is
//! skipped through a 256-entry table. At each stop a rule decides from the words
//! around it (see [`crate::lexicon`] and `data/*.txt`):
//!
//! - a *terminal cluster* is read first: `?!`, `...`, `. . .`, then closing
//!   quotes, brackets and citation marks (`."`, `?”`, `!)`, `.[1]`);
//! - the word before a period is classified (abbreviation kind, initial,
//!   initialism such as `U.S.`, number, ordinary word) and the first word after
//!   the cluster (lowercase, capitalized, digit, continuing punctuation);
//! - a table of the two decides ([`Splitter::period_breaks`]).
//!
//! Line breaks inside a paragraph are handled in [`crate::lines`], list items
//! (`1.)`, `a)`, `•`) in [`crate::lists`].

use crate::lexicon::{AbbrevKind, Lexicon};
use crate::lines;
use crate::lists::ListScan;
use crate::quotes;
use crate::words::{
    char_at, char_before, is_alnum, is_alpha, is_bullet, is_closer, is_number, is_opener, is_roman,
    skip_space, word_at,
};
use unicode_categories::UnicodeCategories;

/// Bytes at which the scan stops: `. ! ? \n` and lead bytes of `…`, `•`, `。`, `！`, U+2028.
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The first index at or after `i` whose byte is in [`STOP`], or `b.len()`.
/// Blocks of 16 bytes are tested with branch-free compares (vectorized by the
/// compiler); `>= 0xE2` over-approximates the multibyte stop leads, and the
/// table decides inside a block that may hold a stop.
#[inline]
fn next_stop(b: &[u8], mut i: usize) -> usize {
    while i + 16 <= b.len() {
        let block = &b[i..i + 16];
        let any = block.iter().fold(false, |acc, &c| {
            acc | (c == b'.') | (c == b'!') | (c == b'?') | (c == b'\n') | (c >= 0xE2)
        });
        if any {
            if let Some(k) = block.iter().position(|&c| STOP[c as usize]) {
                return i + k;
            }
        }
        i += 16;
    }
    while i < b.len() && !STOP[b[i] as usize] {
        i += 1;
    }
    i
}

/// Index of the first `'` or `` ` `` byte of `b`: 16-byte blocks tested
/// branch-free first (vectorized), as in [`next_stop`].
fn find_mark(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i + 16 <= b.len() {
        let block = &b[i..i + 16];
        if block
            .iter()
            .fold(false, |acc, &c| acc | (c == b'\'') | (c == b'`'))
        {
            break;
        }
        i += 16;
    }
    b[i..]
        .iter()
        .position(|&c| c == b'\'' || c == b'`')
        .map(|k| i + k)
}

/// What follows a terminal cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Only white space follows: the paragraph ends.
    End,
    /// A word starting with a lowercase letter.
    Lower,
    /// A word starting with a capital (after optional opening quotes/brackets).
    Upper,
    /// A digit (after optional opening punctuation or a currency sign).
    Digit,
    /// A bullet or similar list opener.
    Bullet,
    /// Continuing punctuation (`,` `;` `-`) or nothing word-like.
    Other,
}

/// The word before a period, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// No word: punctuation or a symbol precedes the period (`)`, `%`, `"`).
    Empty,
    /// A single capital letter (`E.` in "Jonas E. Smith").
    Initial,
    /// A single lowercase letter not in the lists.
    Letter,
    /// Letters with inner periods, each part one or two letters (`U.S`, `E.U`).
    Initialism,
    /// Digits with optional separators (`100.00`, `1,000`).
    Number,
    /// A listed abbreviation.
    Abbrev(crate::lexicon::Kinds),
    /// Any other word.
    Word,
}

/// Buffers of [`Splitter::split_with`], reused across paragraphs.
#[derive(Default)]
pub(crate) struct Scratch {
    cuts: Vec<usize>,
}

/// Splits one paragraph. Reusable: holds only borrowed lists.
pub(crate) struct Splitter<'a> {
    lex: &'a Lexicon,
}

/// Per-call state of a scan over one text.
struct Scan<'t> {
    text: &'t str,
    /// Sentence start positions found so far (sorted, may repeat).
    cuts: Vec<usize>,
    /// Start of the current sentence (last cut, or 0).
    sent_start: usize,
    /// List item starts found by the list pre-scan, sorted.
    items: Vec<usize>,
    /// Start of the current line.
    line_start: usize,
    /// Longest line of the text in bytes, computed on first need.
    longest_line: Option<usize>,
    /// First `'` or `` ` `` byte at or after the last [`Scan::mark_in`] start.
    next_mark: Option<usize>,
}

impl<'a> Splitter<'a> {
    pub(crate) fn new(lex: &'a Lexicon) -> Splitter<'a> {
        Splitter { lex }
    }

    /// Appends the trimmed sentence spans of `text` (relative to `text`,
    /// then shifted by `offset`) to `out`, as `(start, end)` pairs.
    pub(crate) fn split_with(
        &self,
        text: &str,
        offset: usize,
        out: &mut Vec<(usize, usize)>,
        scratch: &mut Scratch,
    ) {
        let items = ListScan::new(text).item_starts();
        let mut cuts = std::mem::take(&mut scratch.cuts);
        cuts.clear();
        let mut s = Scan {
            text,
            cuts,
            sent_start: 0,
            items,
            line_start: 0,
            longest_line: None,
            next_mark: None,
        };
        let b = text.as_bytes();
        let mut i = 0;
        let mut item_k = 0;
        while i < b.len() {
            if !STOP[b[i] as usize] {
                i = next_stop(b, i + 1);
                continue;
            }
            while item_k < s.items.len() && s.items[item_k] <= i {
                s.sent_start = s.sent_start.max(s.items[item_k]);
                item_k += 1;
            }
            i = match b[i] {
                b'.' | b'!' | b'?' => self.terminal(&mut s, i),
                b'\n' => self.newline(&mut s, i),
                _ => self.multibyte(&mut s, i),
            };
        }
        // Merge list item starts and boundary cuts, then emit trimmed spans.
        let mut cuts = std::mem::take(&mut s.cuts);
        cuts.extend_from_slice(&s.items);
        cuts.sort_unstable();
        let mut from = 0;
        for &c in cuts.iter().chain(std::iter::once(&text.len())) {
            if c <= from {
                continue;
            }
            push_trimmed(text, from, c, offset, out);
            from = c;
        }
        scratch.cuts = cuts;
    }

    /// A non-ASCII stop byte: `…`, CJK stops, bullets, line/paragraph separators.
    fn multibyte(&self, s: &mut Scan<'_>, i: usize) -> usize {
        let Some(c) = char_at(s.text, i) else {
            return i + 1;
        };
        match c {
            '…' | '。' | '！' | '？' => self.terminal(s, i),
            '\u{2028}' | '\u{2029}' => {
                self.newline(s, i);
                i + c.len_utf8()
            }
            c if is_bullet(c) => {
                // A bullet after other text starts a new item.
                let before = &s.text[s.sent_start..i];
                if !before.trim().is_empty()
                    && char_before(s.text, i).is_some_and(char::is_whitespace)
                {
                    s.cut(i);
                }
                i + c.len_utf8()
            }
            c => i + c.len_utf8(),
        }
    }

    /// A line break inside the paragraph.
    fn newline(&self, s: &mut Scan<'_>, i: usize) -> usize {
        let line = s.text[s.line_start..i].trim();
        let brk = c_len(s.text, i);
        let next_start = i + brk;
        s.line_start = next_start;
        if line.is_empty() {
            return next_start;
        }
        let rest = &s.text[next_start..];
        let next_line = rest[..rest.find('\n').unwrap_or(rest.len())].trim();
        if next_line.is_empty() {
            return next_start;
        }
        let longest = *s.longest_line.get_or_insert_with(|| longest_line(s.text));
        if lines::breaks_after(self.lex, line, next_line, longest) {
            s.cut(i);
        }
        next_start
    }

    /// A terminal char at `i`: read the cluster, decide, return where to go on.
    fn terminal(&self, s: &mut Scan<'_>, i: usize) -> usize {
        let text = s.text;
        let b = text.as_bytes();
        let (mut j, cl) = cluster(text, i);
        // "[...]", "(...)": an omission mark inside brackets, not an end.
        if matches!(char_before(text, i), Some('[' | '(')) {
            return j;
        }
        if cl.cjk {
            let (end, _) = closers(text, j);
            s.cut(end);
            return end;
        }
        // A single period glued to the next word: "world.Today", "example.com", "3.5".
        if cl.dots == 1 && cl.marks == 0 && j < b.len() {
            if let Some(c) = char_at(text, j) {
                if is_alnum(c) {
                    if self.glued_breaks(text, s.sent_start, i, j) {
                        s.cut(j);
                    }
                    return j;
                }
            }
        }
        let (end, closed) = closers(text, j);
        j = end;
        // Something other than white space right after: no boundary ("Jr.'s", ".,").
        if j < b.len() && !char_at(text, j).is_some_and(char::is_whitespace) {
            return j.max(i + 1);
        }
        let (next, word_start) = next_class(text, j);
        if next == Next::End {
            return b.len();
        }
        let next_word = word_start.map_or("", |k| word_at(text, k));
        let brk = if cl.ellipsis() {
            // 4-dot form "word. . . . Next": the first period ends the sentence and the
            // spaced ellipsis opens the next one.
            if next == Next::Upper && next_word != "I" {
                if cl.dots >= 4
                    && cl.marks == 0
                    && cl.first_glued
                    && b.get(i + 1) == Some(&b' ')
                    && !closed
                {
                    s.cut(i + 1);
                    return j;
                }
                true
            } else {
                next == Next::Bullet
            }
        } else if cl.marks > 0 {
            matches!(next, Next::Upper | Next::Digit | Next::Bullet)
        } else {
            self.period_breaks(s, i, next, next_word)
        };
        // Inside a quotation in straight single quotes that closes later: go on.
        if brk {
            let open = match s.mark_in(s.sent_start, j) {
                true => quotes::open_at(text, s.sent_start, j),
                false => None,
            };
            let open = match open {
                Some((quotes::Form::Open, _)) => true,
                Some((quotes::Form::Detached, p)) => text[s.sent_start..p].trim().is_empty(),
                _ => false,
            };
            if open && quotes::closes_later(text, j, (j + 1000).min(b.len())) {
                return j;
            }
        }
        if brk {
            s.cut(j);
        }
        j
    }

    /// Decide a single period at `i` followed (after closers and space) by `next`.
    fn period_breaks(&self, s: &Scan<'_>, i: usize, next: Next, next_word: &str) -> bool {
        match next {
            Next::End | Next::Bullet => return true,
            Next::Lower | Next::Other => return false,
            Next::Upper | Next::Digit => {}
        }
        let upper = next == Next::Upper;
        let starter = upper && self.lex.is_starter(next_word);
        let (prev, wstart) = self.prev_word(s.text, s.sent_start, i);
        match prev {
            Prev::Word => upper || !in_brackets(&s.text[s.sent_start..i]),
            Prev::Number => {
                // "1. The first item": a short number alone at the start of a sentence is a list marker.
                let at_start = s.text[s.sent_start..wstart]
                    .chars()
                    .all(|c| c.is_whitespace() || is_bullet(c) || c == '-' || c == '*');
                if at_start && i - wstart <= 3 {
                    return false;
                }
                upper || !in_brackets(&s.text[s.sent_start..i])
            }
            Prev::Empty => upper,
            Prev::Letter => false,
            Prev::Initial => {
                // "you and I. Did": an initial after a lowercase word, before a starter.
                let letter = &s.text[wstart..i];
                upper && (letter == "I" || starter) && prev_word_is_lower(s.text, wstart)
            }
            Prev::Initialism => starter || (upper && line_break_after(s.text, i)),
            Prev::Abbrev(k) => {
                let after_number = number_before(s.text, wstart, i);
                // A capital on the next line after an abbreviation (caption, list line).
                if upper && line_break_after(s.text, i) && !k.has(AbbrevKind::Title) {
                    return true;
                }
                if k.has(AbbrevKind::Time) {
                    !upper || starter || !self.fronted(s, wstart)
                } else if k.has(AbbrevKind::Era) {
                    upper && (starter || !self.fronted(s, wstart))
                } else if k.has(AbbrevKind::Unit) && !after_number && k.only(AbbrevKind::Unit) {
                    // "Come in. Sit down.": a unit word without a number is a word.
                    upper || !in_brackets(&s.text[s.sent_start..i])
                } else if k.has(AbbrevKind::Unit) && after_number {
                    upper
                } else if k.has(AbbrevKind::Title) || k.has(AbbrevKind::Inner) {
                    false
                } else if k.has(AbbrevKind::Degree)
                    || k.has(AbbrevKind::Direction)
                    || k.has(AbbrevKind::Final)
                {
                    upper
                } else if k.has(AbbrevKind::Numeric) {
                    upper && starter && !is_roman(next_word)
                } else {
                    starter
                }
            }
        }
    }

    /// A period glued to a following letter or digit: a boundary only in
    /// "word.Next" / "1,000.That" shapes, never in URLs, e-mails or numbers.
    fn glued_breaks(&self, text: &str, lo: usize, i: usize, j: usize) -> bool {
        let next = word_at(text, j);
        let mut nc = next.chars();
        let (Some(n0), Some(n1)) = (nc.next(), nc.next()) else {
            return false;
        };
        if !(n0.is_uppercase() && n1.is_lowercase()) {
            return false;
        }
        // The glued word must end there ("Today." or "Today " etc.), not run on as a domain.
        let after = j + next.len();
        if char_at(text, after).is_some_and(|c| {
            is_alnum(c)
                || c == '.' && char_at(text, after + 1).is_some_and(is_alnum)
                || c == '@'
                || c == '/'
        }) {
            return false;
        }
        let (prev, wstart) = self.prev_word(text, lo, i);
        // Part of a URL or e-mail address?
        let chunk_start = text[..wstart]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let chunk = &text[chunk_start..i];
        if chunk.contains('@')
            || chunk.contains("://")
            || chunk.contains("www")
            || chunk.contains('/')
        {
            return false;
        }
        match prev {
            Prev::Word => {
                text[wstart..i]
                    .chars()
                    .last()
                    .is_some_and(char::is_lowercase)
                    && i - wstart >= 2
            }
            Prev::Number => true,
            _ => false,
        }
    }

    /// The word ending at the period `i` (one space between them is allowed, as in
    /// tokenized text "filming ."), classified, with its start.
    fn prev_word(&self, text: &str, lo: usize, i: usize) -> (Prev, usize) {
        let b = text.as_bytes();
        let mut e = i;
        if e > lo && b[e - 1] == b' ' {
            e -= 1;
        }
        // Back over letters, digits, inner periods and digit separators.
        let mut st = e;
        while st > lo {
            let k = st - 1;
            let c = b[k];
            if c < 0x80 {
                let digit_sep = c == b','
                    && k > lo
                    && b[k - 1].is_ascii_digit()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit);
                if c.is_ascii_alphanumeric() || (c == b'.' && k + 1 < e && k > lo) || digit_sep {
                    st = k;
                } else {
                    break;
                }
            } else {
                match char_before(text, st) {
                    Some(ch) if is_alnum(ch) => st -= ch.len_utf8(),
                    _ => break,
                }
            }
        }
        let w = text[st..e].trim_start_matches('.');
        let st = e - w.len();
        if w.is_empty() {
            return (Prev::Empty, st);
        }
        // "a. m." written with a space.
        if (w == "m" || w == "M")
            && st >= 3
            && matches!(text.get(st - 3..st), Some("a. " | "p. " | "A. " | "P. "))
        {
            return (Prev::Abbrev(self.lex.abbrev("a. m")), st - 3);
        }
        let kinds = self.lex.abbrev(w);
        if !kinds.is_empty() {
            return (Prev::Abbrev(kinds), st);
        }
        // "7a.m", "6p.m": digits glued to a listed marker.
        let alpha = w.trim_start_matches(|c: char| c.is_ascii_digit());
        if alpha.len() < w.len() && !alpha.is_empty() {
            let k = self.lex.abbrev(alpha);
            if k.has(AbbrevKind::Time) {
                return (Prev::Abbrev(k), st);
            }
        }
        if is_number(w) {
            return (Prev::Number, st);
        }
        let mut cs = w.chars();
        let first = cs.next().unwrap_or(' ');
        if cs.next().is_none() {
            return if first.is_uppercase() {
                (Prev::Initial, st)
            } else {
                (Prev::Letter, st)
            };
        }
        if w.contains('.') {
            let initialism = w
                .split('.')
                .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(is_alpha));
            return if initialism {
                (Prev::Initialism, st)
            } else {
                (Prev::Word, st)
            };
        }
        (Prev::Word, st)
    }

    /// True when every word of the clause before the marker starting at `wstart`
    /// reads as a fronted adverbial ("On Monday at 6", "In 44").
    fn fronted(&self, s: &Scan<'_>, wstart: usize) -> bool {
        let text = s.text;
        let mut from = s.sent_start;
        // A clause restarts after "; " or ": " (not inside "11:40").
        if let Some(k) = text[from..wstart]
            .rfind(": ")
            .max(text[from..wstart].rfind("; "))
        {
            from += k + 1;
        }
        let clause = &text[from..wstart];
        let mut in_quote = false;
        let mut any = false;
        for tok in clause.split(|c: char| c.is_whitespace() || c == ',') {
            if tok.is_empty() {
                continue;
            }
            let quotes = tok.matches('"').count();
            let quoted = in_quote || tok.starts_with('"');
            if quotes % 2 == 1 {
                in_quote = !in_quote;
            }
            if quoted {
                continue;
            }
            let w = tok.trim_matches(|c: char| !is_alnum(c));
            if w.is_empty()
                || w.bytes()
                    .all(|c| c.is_ascii_digit() || c == b':' || c == b'.')
            {
                continue;
            }
            any = true;
            let bare = w.trim_end_matches('.');
            if !self.lex.is_fronting(bare) && self.lex.abbrev(bare).is_empty() {
                return false;
            }
        }
        any || clause.trim().is_empty()
            || clause
                .trim()
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b':' || c == b' ')
    }
}

impl Scan<'_> {
    /// Is there a `'` or `` ` `` byte in `from..to`? `from` never decreases
    /// between calls, so the text is searched once (no mark: no quote to classify).
    fn mark_in(&mut self, from: usize, to: usize) -> bool {
        if self.next_mark.is_none_or(|m| m < from) {
            let b = &self.text.as_bytes()[from.min(self.text.len())..];
            let k = find_mark(b);
            self.next_mark = Some(k.map_or(self.text.len(), |k| from + k));
        }
        self.next_mark.is_some_and(|m| m < to)
    }

    fn cut(&mut self, at: usize) {
        self.cuts.push(at);
        self.sent_start = self.sent_start.max(at);
    }
}

/// A run of terminal characters.
#[derive(Debug, Default)]
struct Cluster {
    dots: usize,
    marks: usize,
    ellipsis_char: bool,
    cjk: bool,
    /// The first period touches the word before it ("that....", "compounds. . . .").
    first_glued: bool,
}

impl Cluster {
    fn ellipsis(&self) -> bool {
        self.dots >= 3 || self.ellipsis_char
    }
}

/// Reads the terminal cluster starting at `i`: `.`, `!`, `?`, `…`, CJK stops, and
/// spaced forms (`. . .`, `! ! !`). Returns its end.
fn cluster(text: &str, i: usize) -> (usize, Cluster) {
    let b = text.as_bytes();
    let mut cl = Cluster {
        first_glued: char_before(text, i).is_some_and(|c| !c.is_whitespace()),
        ..Cluster::default()
    };
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'.' => {
                cl.dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                cl.marks += 1;
                j += 1;
            }
            b' ' if j > i && matches!(b.get(j + 1), Some(b'.' | b'!' | b'?')) => {
                // Spaced ellipsis or marks; but " .5" is a number.
                if b.get(j + 2).is_some_and(u8::is_ascii_digit) {
                    break;
                }
                j += 1;
            }
            0xE2 | 0xE3 | 0xEF => match char_at(text, j) {
                Some('…') => {
                    cl.ellipsis_char = true;
                    j += 3;
                }
                Some('。' | '！' | '？') => {
                    cl.cjk = true;
                    j += 3;
                }
                _ => break,
            },
            _ => break,
        }
    }
    (j, cl)
}

/// Reads closing quotes, brackets, citation marks and repeated terminals after a
/// cluster ending at `j`. Returns the new end and whether anything was consumed.
fn closers(text: &str, mut j: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let start = j;
    while let Some(c) = char_at(text, j) {
        if c == '[' {
            if let Some(n) = citation(text, j) {
                j = n;
                continue;
            }
            break;
        }
        if is_closer(c) {
            // An apostrophe before a letter is not a closing quote ("Jr.'s").
            if matches!(c, '\'' | '’' | '`')
                && char_at(text, j + c.len_utf8()).is_some_and(is_alnum)
            {
                break;
            }
            j += c.len_utf8();
            continue;
        }
        if matches!(c, '.' | '!' | '?') && j > start {
            j += 1;
            continue;
        }
        if c == ' ' {
            // Detached closing quote or citation: "singer . '' Next", "gas. [1] It".
            let k = j + b[j..].iter().take(2).take_while(|&&x| x == b' ').count();
            // Neither can start with another ASCII byte (the usual next word).
            if b.get(k)
                .is_none_or(|&x| x < 0x80 && !matches!(x, b'[' | b'\'' | b'"' | b'`'))
            {
                break;
            }
            if let Some(n) = citation(text, k) {
                j = n;
                continue;
            }
            if let Some(n) = detached_quote(text, k) {
                if quote_closes(text, k, &text[k..n]) {
                    j = n;
                    continue;
                }
            }
        }
        break;
    }
    (j, j > start)
}

/// A citation mark `[12]`, `[a]`, `[2–11]` at `k`: its end.
fn citation(text: &str, k: usize) -> Option<usize> {
    let rest = text.get(k..)?;
    let inner = rest.strip_prefix('[')?;
    let close = inner.find(']')?;
    let body = &inner[..close];
    let ok = !body.is_empty()
        && body.len() <= 8
        && body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '–' | ' '))
        && body.chars().any(|c| c.is_ascii_digit())
        || body.len() == 1 && body.chars().all(|c| c.is_ascii_lowercase());
    ok.then_some(k + 1 + close + 1)
}

/// A quote token standing alone between spaces at `k`: its end.
fn detached_quote(text: &str, k: usize) -> Option<usize> {
    let rest = text.get(k..)?;
    let len = if rest.starts_with("''") || rest.starts_with("``") {
        2
    } else if rest.starts_with(['\'', '"']) {
        1
    } else if rest.starts_with(['”', '’']) {
        3
    } else {
        return None;
    };
    let end = k + len;
    match char_at(text, end) {
        None => Some(end),
        Some(c) if c.is_whitespace() => Some(end),
        _ => None,
    }
}

/// Does the detached quote `q` at `k` close a quotation? Curly ones say so. A
/// straight double quote closes when an odd number of them precede it. A single
/// one closes when a quotation is open (see [`crate::quotes`]).
fn quote_closes(text: &str, k: usize, q: &str) -> bool {
    if q == "”" || q == "’" {
        return true;
    }
    let from = k.saturating_sub(4096);
    let from = (from..k).find(|&x| text.is_char_boundary(x)).unwrap_or(k);
    if q == "\"" {
        return text.as_bytes()[from..k]
            .iter()
            .filter(|&&c| c == b'"')
            .count()
            % 2
            == 1;
    }
    if quotes::open_at(text, from, k).is_some() {
        return true;
    }
    // Balanced marks before: this one opens. None before (the text may start
    // inside a quotation): it closes, unless a partner follows closely.
    if quotes::any_mark(text, from, k) {
        return false;
    }
    let after = k + q.len();
    !quotes::closes_later(text, after, (after + 60).min(text.len()))
}

/// Classify what starts after the white space at `j`.
fn next_class(text: &str, j: usize) -> (Next, Option<usize>) {
    let k = skip_space(text, j);
    if k >= text.len() {
        return (Next::End, None);
    }
    // "* Be kind." / "- item" on a new line: a list item.
    if text[j..k].contains('\n') && crate::lists::starts_with_marker(&text[k..]) {
        return (Next::Bullet, None);
    }
    let mut m = k;
    let mut opened = false;
    while let Some(c) = char_at(text, m) {
        if is_bullet(c) {
            return (Next::Bullet, None);
        }
        if is_opener(c) || matches!(c, '$' | '€' | '£' | '¥' | '#') || (opened && c == ' ') {
            opened = true;
            m += c.len_utf8();
            continue;
        }
        if c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()) {
            return (Next::Upper, Some(m));
        }
        if c.is_lowercase() {
            return (Next::Lower, Some(m));
        }
        if c.is_numeric() {
            return (Next::Digit, Some(m));
        }
        if c.is_symbol_other() {
            // An emoji or pictograph opens a new sentence like a bullet does.
            return (Next::Bullet, None);
        }
        break;
    }
    (Next::Other, None)
}

/// True when the white space (and closers) after the period at `i` holds a line break.
fn line_break_after(text: &str, i: usize) -> bool {
    let rest = &text[i + 1..];
    let tail = rest.trim_start_matches(|c: char| c.is_whitespace() || is_closer(c));
    rest[..rest.len() - tail.len()].contains('\n')
}

/// True when `s` has more opening than closing brackets.
fn in_brackets(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.bytes() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// True when the word before the one starting at `wstart` starts with a lowercase letter.
fn prev_word_is_lower(text: &str, wstart: usize) -> bool {
    let before = text[..wstart].trim_end();
    let w = before.rsplit(|c: char| !is_alpha(c)).next().unwrap_or("");
    w.chars().next().is_some_and(char::is_lowercase)
}

/// True when a number stands right before the abbreviation at `wstart..i` ("5 lb.", "5lb.").
fn number_before(text: &str, wstart: usize, i: usize) -> bool {
    if text[wstart..i].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let before = text[..wstart].trim_end();
    // "5 ft. 6 in.", "2 lb. 4 oz.", "12 sq. ft.", "6 fl. oz."
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    last.ends_with(|c: char| c.is_ascii_digit())
        || matches!(last, "sq." | "fl." | "cu." | "sq" | "fl" | "cu")
        || [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "several", "few",
        ]
        .iter()
        .any(|n| last.eq_ignore_ascii_case(n))
}

/// Length in bytes of the line break char at `i` (`\n` or U+2028/9).
fn c_len(text: &str, i: usize) -> usize {
    char_at(text, i).map_or(1, char::len_utf8)
}

/// Length in bytes of the longest line of `text` (trimmed).
fn longest_line(text: &str) -> usize {
    text.split(['\n', '\u{2028}', '\u{2029}'])
        .map(|l| l.trim().len())
        .max()
        .unwrap_or(0)
}

/// Push `text[from..to]` trimmed (shifted by `offset`) when not empty.
fn push_trimmed(text: &str, from: usize, to: usize, offset: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[from..to];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.is_empty() {
        out.push((offset + from + lead, offset + from + lead + t.len()));
    }
}
