//! Straight single-style quotation marks (`'`, `''`, `` ` ``, ``` `` ```): is a
//! quotation open at a point, and does one close later?
//!
//! Text that quotes with straight single marks (fiction) keeps a quoted passage
//! in one sentence when the opening mark is attached to its first word
//! ("`We can drive over now. But in a week ...'") or opens the sentence
//! ("' It's great! The lad told me. '"). Other detached marks (tokenized text,
//! "as '' Wrong Turn 5 '' )") are too ambiguous for that and only toggle. Double quotes and curly quotes are *not* treated so:
//! news splits the sentences of a long quotation like any others.
//!
//! A mark is classified by its neighbours: between letters it is an apostrophe
//! (`don't`); after white space and before a word it opens (`'Gosh`), except
//! tokenized clitics (`'s`, `'ll`, `n't`); after a word and before white space or
//! punctuation it closes (`it.'`); with white space on both sides it toggles.

use crate::words::{char_at, char_before, is_alnum, is_opener};

/// How a quotation mark stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Open,
    Close,
    Detached,
}

/// The single-style mark at `p`, if any: its length and form.
pub(crate) fn mark_at(text: &str, p: usize) -> Option<(usize, Form)> {
    let rest = text.get(p..)?;
    let len = if rest.starts_with("''") || rest.starts_with("``") {
        2
    } else if rest.starts_with(['\'', '`']) {
        1
    } else {
        return None;
    };
    let before = char_before(text, p);
    let after = char_at(text, p + len);
    let space_before =
        before.is_none_or(|c| c.is_whitespace() || (is_opener(c) && c != '\'' && c != '`'));
    let space_after = after.is_none_or(char::is_whitespace);
    let alnum_before = before.is_some_and(is_alnum);
    let alnum_after = after.is_some_and(is_alnum);
    if len == 1 && alnum_before && alnum_after {
        return None;
    }
    if space_before && space_after {
        return Some((len, Form::Detached));
    }
    if space_before {
        if len == 1 && is_clitic(&rest[1..]) {
            return None;
        }
        return Some((len, Form::Open));
    }
    if space_after || after.is_some_and(|c| !is_alnum(c)) {
        return Some((len, Form::Close));
    }
    None
}

/// `s`, `ll`, `re`, `ve`, `d`, `m`, `t` followed by a non-letter (tokenized "Walter 's").
fn is_clitic(s: &str) -> bool {
    [
        "s", "ll", "re", "ve", "d", "m", "t", "S", "LL", "RE", "VE", "D", "M", "T",
    ]
    .iter()
    .any(|c| s.strip_prefix(c).is_some_and(|r| !r.starts_with(is_alnum)))
}

/// Is a single-style quotation open at `to`, scanning from `from`? Returns the
/// form of the mark that opened it (`Open` or `Detached`) and its position,
/// `None` when closed.
pub(crate) fn open_at(text: &str, from: usize, to: usize) -> Option<(Form, usize)> {
    let b = text.as_bytes();
    let mut open = None;
    let mut p = from;
    while p < to {
        if b[p] == b'\'' || b[p] == b'`' {
            if let Some((len, form)) = mark_at(text, p) {
                open = match (form, open) {
                    (Form::Open, _) => Some((Form::Open, p)),
                    (Form::Close, _) => None,
                    (Form::Detached, None) => Some((Form::Detached, p)),
                    (Form::Detached, Some(_)) => None,
                };
                p += len;
                continue;
            }
        }
        p += 1;
    }
    open
}

/// Is there any single-style mark in `text[from..to]`?
pub(crate) fn any_mark(text: &str, from: usize, to: usize) -> bool {
    let b = text.as_bytes();
    (from..to).any(|p| (b[p] == b'\'' || b[p] == b'`') && mark_at(text, p).is_some())
}

/// Is there a closing or detached single-style mark in `text[from..to]`?
pub(crate) fn closes_later(text: &str, from: usize, to: usize) -> bool {
    let b = text.as_bytes();
    let mut p = from;
    while p < to {
        if b[p] == b'\'' || b[p] == b'`' {
            if let Some((len, form)) = mark_at(text, p) {
                if form != Form::Open {
                    return true;
                }
                p += len;
                continue;
            }
        }
        p += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(mark_at("don't", 3), None);
        assert_eq!(mark_at("say 'Gosh", 4), Some((1, Form::Open)));
        assert_eq!(mark_at("it.' He", 3), Some((1, Form::Close)));
        assert_eq!(mark_at("a '' b", 2), Some((2, Form::Detached)));
        assert_eq!(mark_at("Walter 's brother", 7), None);
        let t = "' No, they'll not catch you again. If they try.'";
        assert_eq!(open_at(t, 0, 34), Some((Form::Detached, 0)));
        assert!(closes_later(t, 34, t.len()));
        assert_eq!(open_at("'Gosh!' Jed", 0, 7), None);
        assert_eq!(
            open_at("he said 'that is. Fact", 0, 17),
            Some((Form::Open, 8))
        );
        assert!(any_mark("a 'b' c", 0, 7) && !any_mark("don't", 0, 5));
    }
}
