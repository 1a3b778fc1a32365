//! [`Span`]: the one offset type of newsclaims.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `[start, end)` into a [`Document`](crate::Document)'s text.
///
/// Every span of every stage is relative to the *document* text, never to a
/// sentence or a token list: a stage that works on a slice shifts its spans
/// back before returning them ([`Span::shift`]). Character offsets are
/// computed only at the output edge ([`CharIndex`](crate::CharIndex)).
///
/// ```
/// use newsclaims_model::Span;
/// let text = "Leyla said “no”.";
/// let s = Span::new(0, 5);
/// assert_eq!(&text[s], "Leyla");
/// assert_eq!(s.len(), 5);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A new span; panics when `start > end` (a programming error, never input-driven).
    #[inline]
    #[track_caller]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span: start {start} > end {end}");
        Span { start, end }
    }

    /// The empty span at `at`.
    #[inline]
    pub fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span moved right by `offset` bytes (from slice-relative to document-relative).
    #[inline]
    pub fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the byte offset lies inside the span.
    #[inline]
    pub fn contains_offset(self, at: usize) -> bool {
        self.start <= at && at < self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span with ASCII and Unicode white space removed at both ends of `text[self]`.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self];
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }

    /// True when both ends fall on UTF-8 character boundaries of `text` and inside it.
    pub fn is_valid_for(self, text: &str) -> bool {
        self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The range form, for APIs that want one.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_index_multibyte() {
        let text = "  “€ 5”  ";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[s], "“€ 5”");
        assert!(s.is_valid_for(text));
        assert!(!Span::new(3, 4).is_valid_for(text));
    }

    #[test]
    #[should_panic(expected = "invalid span")]
    fn reversed_span_panics() {
        let _ = Span::new(3, 2);
    }

    #[test]
    fn cover_overlap_shift() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert_eq!(a.shift(10), Span::new(12, 15));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 3)));
    }
}
