//! List items inside one paragraph: "1) The first item 2) The second item",
//! "a. First b. Second", "• 9. First • 10. Second".
//!
//! A paragraph that opens with a marker (`1.`, `1)`, `1.)`, `(1)`, `a.`, `a)`,
//! `(a)`, optionally after a bullet) is scanned for the *next* marker of the same
//! style and value (2, 3, … or b, c, …); each one found starts a new item. Only
//! the expected successor counts, so "he scored 2) in" inside prose is left alone.

use crate::words::{char_before, is_bullet};

/// The style of a list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
    /// `(1)`
    Enclosed,
}

/// The value of a marker: a number or a lowercase letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Num(u32),
    Letter(u8),
}

impl Value {
    fn succ(self) -> Option<Value> {
        match self {
            Value::Num(n) => Some(Value::Num(n.checked_add(1)?)),
            Value::Letter(c) if c < b'z' => Some(Value::Letter(c + 1)),
            Value::Letter(_) => None,
        }
    }

    fn render(self, style: Style) -> String {
        let v = match self {
            Value::Num(n) => n.to_string(),
            Value::Letter(c) => (c as char).to_string(),
        };
        match style {
            Style::Dot => format!("{v}."),
            Style::Paren => format!("{v})"),
            Style::DotParen => format!("{v}.)"),
            Style::Enclosed => format!("({v})"),
        }
    }
}

/// Parse a marker at the start of `s`: its value, style and length.
fn parse_marker(s: &str) -> Option<(Value, Style, usize)> {
    let b = s.as_bytes();
    let (inner, enclosed) = if b.first() == Some(&b'(') {
        (&s[1..], true)
    } else {
        (s, false)
    };
    let ib = inner.as_bytes();
    let digits = ib.iter().take_while(|c| c.is_ascii_digit()).count();
    let (value, vlen) = if (1..=3).contains(&digits) {
        (Value::Num(inner[..digits].parse().ok()?), digits)
    } else if digits == 0
        && ib.first().is_some_and(u8::is_ascii_lowercase)
        && !ib.get(1).is_some_and(u8::is_ascii_alphanumeric)
    {
        (Value::Letter(ib[0]), 1)
    } else {
        return None;
    };
    let rest = &inner[vlen..];
    let (style, slen) = if enclosed {
        if !rest.starts_with(')') {
            return None;
        }
        (Style::Enclosed, 1)
    } else if rest.starts_with(".)") {
        (Style::DotParen, 2)
    } else if rest.starts_with(')') {
        (Style::Paren, 1)
    } else if rest.starts_with('.') {
        (Style::Dot, 1)
    } else {
        return None;
    };
    let len = usize::from(enclosed) + vlen + slen;
    // A marker stands alone: white space follows.
    if !s[len..].starts_with(char::is_whitespace) {
        return None;
    }
    Some((value, style, len))
}

/// True when `line` (trimmed) opens a list item: a bullet, `*`, `-`, or a marker.
pub(crate) fn starts_with_marker(line: &str) -> bool {
    let mut cs = line.chars();
    match cs.next() {
        Some(c) if is_bullet(c) => true,
        Some('*' | '-' | '–' | '—') => cs.next().is_some_and(char::is_whitespace),
        Some(c) if c.is_ascii_alphanumeric() || c == '(' => parse_marker(line).is_some(),
        Some(_) => false,
        None => false,
    }
}

/// Finds the item starts of a paragraph that is a run-in list.
pub(crate) struct ListScan<'t> {
    text: &'t str,
}

impl<'t> ListScan<'t> {
    pub(crate) fn new(text: &'t str) -> ListScan<'t> {
        ListScan { text }
    }

    /// Byte offsets where the second and later items start (empty when the text
    /// does not open with a marker). A bullet right before a marker is included.
    pub(crate) fn item_starts(&self) -> Vec<usize> {
        let text = self.text;
        let head = text.trim_start();
        let mut pos = text.len() - head.len();
        // Skip one leading bullet.
        if let Some(c) = head.chars().next().filter(|c| is_bullet(*c)) {
            pos += c.len_utf8();
            pos += text[pos..].len() - text[pos..].trim_start().len();
        }
        let Some((first, style, len)) = parse_marker(&text[pos..]) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut expect = first.succ();
        pos += len;
        while let Some(v) = expect {
            let pat = v.render(style);
            let mut found = None;
            let mut from = pos;
            while let Some(k) = text[from..].find(&pat) {
                let at = from + k;
                let after = at + pat.len();
                let before_ok =
                    char_before(text, at).is_some_and(|c| c.is_whitespace() || is_bullet(c));
                let after_ok = text[after..].starts_with(char::is_whitespace);
                if before_ok && after_ok {
                    found = Some(at);
                    break;
                }
                from = after;
            }
            let Some(at) = found else { break };
            // Include a bullet (and the space after it) right before the marker.
            let lead = text[..at].trim_end();
            let start = match lead.chars().next_back() {
                Some(c) if is_bullet(c) => lead.len() - c.len_utf8(),
                _ => at,
            };
            out.push(start);
            pos = at + pat.len();
            expect = v.succ();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(t: &str) -> Vec<&str> {
        let starts = ListScan::new(t).item_starts();
        starts.iter().map(|&s| &t[s..]).collect()
    }

    #[test]
    fn markers_and_items() {
        assert!(
            starts_with_marker("1. apples")
                && starts_with_marker("(a) x")
                && starts_with_marker("• x")
        );
        assert!(
            starts_with_marker("* x")
                && !starts_with_marker("*x")
                && !starts_with_marker("A. Smith")
        );
        assert_eq!(items("1) The first 2) The second"), ["2) The second"]);
        assert_eq!(
            items("a. One b. Two c. Three"),
            ["b. Two c. Three", "c. Three"]
        );
        assert_eq!(items("• 9. One • 10. Two"), ["• 10. Two"]);
        assert!(items("He scored 2) goals 3) times").is_empty());
        assert!(items("1. Only one item, then 3. nothing").is_empty());
    }
}
