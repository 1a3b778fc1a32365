//! Finding DOM text nodes in the decoded source, for the offset map.
//!
//! html5ever gives no source positions, so each emitted text node is looked up in the
//! source by a forward search: candidates are positions just after a `>` (where text runs
//! start), from a cursor that only moves forward; a candidate matches when the node's
//! text can be read off the source with character references decoded (`&amp;`, `&#8217;`,
//! `&rsquo`), `\r\n` read as `\n`, and comments or stray tags inside skipped. The result
//! is a list of anchors: node offset ↔ source offset, 1:1 between anchors.

use html5ever::data::NAMED_ENTITIES;

/// `(node byte offset, source byte offset)` pairs, ascending; bytes between two anchors
/// correspond one to one.
#[derive(Debug, Clone, Default)]
pub(crate) struct NodeAlign {
    pub anchors: Vec<(usize, usize)>,
    /// Source offset just past the node's text.
    pub end: usize,
}

impl NodeAlign {
    /// Source offset of a node offset.
    pub fn map(&self, off: usize) -> usize {
        let k = self.anchors.partition_point(|&(n, _)| n <= off);
        if k == 0 {
            return self.anchors.first().map_or(0, |a| a.1);
        }
        let (n, s) = self.anchors[k - 1];
        let next = self.anchors.get(k).map_or(self.end, |a| a.1);
        (s + (off - n)).min(next.max(s))
    }
}

/// Forward-only aligner over one source.
pub(crate) struct Aligner<'s> {
    src: &'s str,
    cursor: usize,
}

/// How far past the cursor a node is looked for before giving up (the node then maps coarsely).
const WINDOW: usize = 64 * 1024;

impl<'s> Aligner<'s> {
    pub fn new(src: &'s str) -> Aligner<'s> {
        Aligner { src, cursor: 0 }
    }

    /// Find `text` at or after the cursor.
    pub fn align(&mut self, text: &str) -> Option<NodeAlign> {
        let bytes = self.src.as_bytes();
        let limit = (self.cursor + WINDOW).min(bytes.len());
        // A node's first letters, digits and spaces (after its leading white space) are
        // almost always written as such, not as references: jump between their
        // occurrences instead of trying every `>`. A long head not found means the node
        // is not in the window (the tree builder moved it); a short one falls back to
        // scanning every `>`.
        let t = text.as_bytes();
        let lead = t.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let head_len = t[lead..]
            .iter()
            .take(32)
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b' ')
            .count();
        if head_len >= 6 && self.cursor <= limit {
            let found = self.align_by_head(text, &t[lead..lead + head_len], limit);
            if found.is_some() || head_len >= 12 {
                return found;
            }
        }
        let mut q = self.cursor;
        // The cursor itself may be a text start (right after the previous node).
        let mut first = true;
        while q <= limit {
            let cand = if first {
                first = false;
                q
            } else {
                match memchr::memchr(b'>', &bytes[q..limit]) {
                    Some(k) => q + k + 1,
                    None => return None,
                }
            };
            if let Some(a) = match_at(self.src, cand, text) {
                self.cursor = a.end;
                return Some(a);
            }
            // A `<pre>` or `<textarea>` drops one leading newline.
            if bytes.get(cand) == Some(&b'\n') {
                if let Some(a) = match_at(self.src, cand + 1, text) {
                    self.cursor = a.end;
                    return Some(a);
                }
            }
            q = cand.max(q + 1);
            if q > limit {
                break;
            }
        }
        None
    }
}

impl<'s> Aligner<'s> {
    /// [`Aligner::align`] by the node's first word bytes `head`: each occurrence after
    /// the cursor whose preceding white space starts right after a `>` (or at the
    /// cursor) is tried in order: the same candidates as the `>` scan, found faster.
    fn align_by_head(&mut self, text: &str, head: &[u8], limit: usize) -> Option<NodeAlign> {
        let bytes = self.src.as_bytes();
        let finder = memchr::memmem::Finder::new(head);
        let mut q = self.cursor;
        while q <= limit {
            let k = finder.find(&bytes[q..limit])?;
            let at = q + k;
            // The run starts after the white space before the head, right after a
            // `>` (or at the cursor); the matcher then reads that white space too.
            let mut st = at;
            while st > self.cursor && bytes[st - 1].is_ascii_whitespace() {
                st -= 1;
            }
            if st == self.cursor || bytes[st - 1] == b'>' {
                if let Some(a) = match_at(self.src, st, text) {
                    self.cursor = a.end;
                    return Some(a);
                }
                // A `<pre>` or `<textarea>` drops one leading newline.
                if bytes.get(st) == Some(&b'\n') {
                    if let Some(a) = match_at(self.src, st + 1, text) {
                        self.cursor = a.end;
                        return Some(a);
                    }
                }
            }
            q = at + 1;
        }
        None
    }
}

/// Try to read `text` from `src` at `at`.
fn match_at(src: &str, at: usize, text: &str) -> Option<NodeAlign> {
    let s = src.as_bytes();
    let t = text.as_bytes();
    // Quick reject before any allocation: the first byte must match, or be a reference,
    // a line break or markup that the matcher handles.
    match (s.get(at), t.first()) {
        (Some(a), Some(b)) if a == b || matches!(a, b'&' | b'\r' | b'<' | 0) => {}
        _ => return None,
    }
    let (mut i, mut j) = (at, 0usize);
    let mut anchors = vec![(0usize, at)];
    let mut skips = 0;
    while j < t.len() {
        // Fast path: the text up to its next `&`, `<` or `\r` (or its end) read verbatim.
        let run = memchr::memchr3(b'&', b'<', b'\r', &t[j..]).unwrap_or(t.len() - j);
        if run > 0 && s.get(i..i + run) == Some(&t[j..j + run]) {
            i += run;
            j += run;
            if j == t.len() {
                break;
            }
        }
        let c = *s.get(i)?;
        if c == t[j] && c != b'&' && c != b'\r' && c != b'<' {
            i += 1;
            j += 1;
            continue;
        }
        match c {
            b'&' => {
                if let Some((decoded, len)) = decode_ref(&src[i..]) {
                    let mut buf = [0u8; 8];
                    let mut n = 0;
                    for ch in decoded.iter().flatten() {
                        n += ch.encode_utf8(&mut buf[n..]).len();
                    }
                    if t[j..].starts_with(&buf[..n]) {
                        i += len;
                        j += n;
                        anchors.push((j, i));
                        continue;
                    }
                }
                if t[j] == b'&' {
                    i += 1;
                    j += 1;
                    continue;
                }
                return None;
            }
            b'\r' => {
                if t[j] != b'\n' {
                    return None;
                }
                i += if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                j += 1;
                anchors.push((j, i));
            }
            b'<' => {
                if t[j] == b'<'
                    && !s
                        .get(i + 1)
                        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!')
                {
                    i += 1;
                    j += 1;
                    continue;
                }
                // A comment or an ignored tag inside the text.
                skips += 1;
                if skips > 4 || j == 0 {
                    return None;
                }
                let close = if src[i..].starts_with("<!--") {
                    src[i..].find("-->").map(|k| k + 3)
                } else {
                    src[i..].find('>').map(|k| k + 1)
                }?;
                i += close;
                anchors.push((j, i));
            }
            0 => {
                i += 1;
                anchors.push((j, i));
            }
            _ => return None,
        }
    }
    Some(NodeAlign { anchors, end: i })
}

/// Windows-1252 meanings of numeric references 0x80–0x9F (as the HTML spec maps them).
const C1: [u32; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

/// Decode a character reference at the start of `s` (which starts with `&`):
/// the characters and the bytes it spans.
pub(crate) fn decode_ref(s: &str) -> Option<([Option<char>; 2], usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, start) = match b.get(2) {
            Some(b'x') | Some(b'X') => (true, 3),
            _ => (false, 2),
        };
        let digits = b[start..]
            .iter()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let num = u32::from_str_radix(&s[start..start + digits.min(8)], if hex { 16 } else { 10 })
            .unwrap_or(0xFFFD);
        let mut len = start + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        let cp = match num {
            0 => 0xFFFD,
            0x80..=0x9F => C1[(num - 0x80) as usize],
            n if n > 0x10FFFF || (0xD800..=0xDFFF).contains(&n) => 0xFFFD,
            n => n,
        };
        return Some(([char::from_u32(cp), None], len));
    }
    let name_len = b[1..]
        .iter()
        .take(40)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    // Longest match first: `name;`, then legacy names without `;` (`&copy`, `&amp`).
    if b.get(1 + name_len) == Some(&b';') {
        if let Some(&(a, c)) = NAMED_ENTITIES.get(&s[1..name_len + 2]).filter(|e| e.0 != 0) {
            return Some((chars(a, c), name_len + 2));
        }
    }
    for n in (2..=name_len.min(8)).rev() {
        if let Some(&(a, c)) = NAMED_ENTITIES.get(&s[1..1 + n]).filter(|e| e.0 != 0) {
            return Some((chars(a, c), n + 1));
        }
    }
    None
}

fn chars(a: u32, c: u32) -> [Option<char>; 2] {
    [
        char::from_u32(a),
        if c == 0 { None } else { char::from_u32(c) },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nodes_with_entities_in_order() {
        let src = "<p class=\"x\">Tom &amp; Jerry&rsquo;s</p><p>caf&eacute; &#8364;5\r\nnext</p>";
        let mut a = Aligner::new(src);
        let n1 = a.align("Tom & Jerry’s").unwrap();
        assert_eq!(n1.map(0), 13);
        assert_eq!(&src[n1.map(6)..n1.map(11)], "Jerry");
        assert_eq!(n1.end, src.find("</p>").unwrap());
        let t2 = "café €5\nnext";
        let n2 = a.align(t2).unwrap();
        let at = t2.find("next").unwrap();
        assert_eq!(&src[n2.map(at)..n2.map(at + 4)], "next");
        assert!(a.align("Tom").is_none(), "the cursor only moves forward");
    }

    #[test]
    fn references() {
        assert_eq!(decode_ref("&amp;x"), Some(([Some('&'), None], 5)));
        assert_eq!(decode_ref("&copy 2024"), Some(([Some('©'), None], 5)));
        assert_eq!(decode_ref("&#x2019;"), Some(([Some('’'), None], 8)));
        assert_eq!(decode_ref("&#150;"), Some(([Some('–'), None], 6)));
        assert_eq!(decode_ref("&nosuch;"), None);
    }
}
