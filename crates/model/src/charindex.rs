//! Byte → character offset conversion, done once per document at the output edge.

use crate::Span;

/// Converts UTF-8 byte offsets of one text into Unicode scalar (character)
/// offsets and UTF-16 code unit offsets.
///
/// Built in one pass; each lookup is a binary search over the positions of
/// non-ASCII characters, so an ASCII text costs almost nothing.
///
/// ```
/// use newsclaims_model::{CharIndex, Span};
/// let text = "€5 and “x”";
/// let idx = CharIndex::new(text);
/// assert_eq!(idx.char_offset(3), 1);
/// assert_eq!(idx.char_span(Span::new(0, 4)), (0, 2));
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `(byte offset just after a multi-byte char, extra bytes so far, extra utf16 units so far)`.
    marks: Vec<(usize, usize, usize)>,
}

impl CharIndex {
    /// Index `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut marks = Vec::new();
        let (mut extra, mut extra16) = (0usize, 0usize);
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                extra16 += c.len_utf16() - 1;
                marks.push((i + n, extra, extra16));
            }
        }
        CharIndex { marks }
    }

    fn extra_before(&self, byte: usize) -> (usize, usize) {
        // Marks whose "after" offset is <= byte are fully before it.
        let k = self.marks.partition_point(|&(after, _, _)| after <= byte);
        if k == 0 {
            (0, 0)
        } else {
            (self.marks[k - 1].1, self.marks[k - 1].2)
        }
    }

    /// Character offset of a byte offset that lies on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        byte - self.extra_before(byte).0
    }

    /// UTF-16 code unit offset (for browsers) of a byte offset on a character boundary.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        let (extra, extra16) = self.extra_before(byte);
        byte - extra + extra16
    }

    /// `(char_start, char_end)` of a span.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn matches_naive_count(text in "\\PC{0,60}") {
            let idx = CharIndex::new(&text);
            for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
                prop_assert_eq!(idx.char_offset(b), text[..b].chars().count());
                prop_assert_eq!(idx.utf16_offset(b), text[..b].encode_utf16().count());
            }
        }
    }
}
