//! Plain text articles, optionally with a `date … By …` header.
//!
//! The header style is the one of news exports such as
//!
//! ```text
//!  date 2021-06-08 By Azernews
//!
//! By Vafa Ismayilova
//!
//! First paragraph …
//! ```
//!
//! The first non-blank line gives the publication date and publisher, an
//! optional `By …` line the authors. Neither is part of the article text: the
//! document text starts after them, and its offset map points back into the file.

use crate::dateline::dateline_date;
use crate::dates::parse_published;
use model::{paragraphs_by_blank_lines, DateSource, Document, OffsetMap, Origin, Published};

/// Metadata read from a text header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextHeader {
    /// Publication date and time.
    pub published: Option<Published>,
    /// Publisher from `date … By Publisher`.
    pub publisher: Option<String>,
    /// Authors from a `By A and B` line.
    pub authors: Vec<String>,
    /// Byte offset where the article text begins.
    pub body_start: usize,
}

/// Lines of `text` with their byte offsets, line terminators excluded.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |l| {
        let at = pos;
        pos += l.len();
        (at, l.trim_end_matches(['\n', '\r']))
    })
}

/// `date 2021-06-08 By Azernews` → (date text, publisher).
fn date_line(line: &str) -> Option<(&str, Option<&str>)> {
    let l = line.trim();
    let rest = l
        .strip_prefix("date ")
        .or_else(|| l.strip_prefix("Date: "))
        .or_else(|| l.strip_prefix("Date "))?;
    let rest = rest.trim_start();
    match rest.find(" By ") {
        Some(i) => Some((
            rest[..i].trim(),
            Some(rest[i + 4..].trim()).filter(|p| !p.is_empty()),
        )),
        None => Some((rest.trim(), None)),
    }
}

/// `By Vafa Ismayilova` / `By A, B and C` → author names; `None` for a line that is not a byline.
fn byline(line: &str) -> Option<Vec<String>> {
    let l = line.trim();
    let rest = l
        .strip_prefix("By ")
        .or_else(|| l.strip_prefix("BY "))?
        .trim();
    // A byline is short and does not read like a sentence.
    if rest.is_empty() || rest.len() > 120 || rest.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let names: Vec<String> = rest
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let looks_like_names = names.iter().all(|n| {
        n.split_whitespace().count() <= 5 && n.chars().next().is_some_and(|c| c.is_uppercase())
    });
    (looks_like_names && !names.is_empty()).then_some(names)
}

/// Parse the header of a text article. Without a header, `body_start` is 0.
///
/// ```
/// use newsclaims_ingest::parse_text_header;
/// let t = " date 2021-06-08 By Azernews\n\n\nBy Vafa Ismayilova\n\nText.";
/// let h = parse_text_header(t);
/// assert_eq!(h.publisher.as_deref(), Some("Azernews"));
/// assert_eq!(h.authors, ["Vafa Ismayilova"]);
/// assert_eq!(&t[h.body_start..], "Text.");
/// ```
pub fn parse_text_header(text: &str) -> TextHeader {
    let mut header = TextHeader::default();
    let mut lines = lines_with_offsets(text)
        .filter(|(_, l)| !l.trim().is_empty())
        .peekable();
    let Some(&(first_at, first)) = lines.peek() else {
        return header;
    };
    let mut consumed_until = None;
    if let Some((date, publisher)) = date_line(first) {
        if let Some((d, dt)) = parse_published(date) {
            header.published = Some(Published {
                date: d,
                datetime: dt,
                source: DateSource::Header,
            });
            header.publisher = publisher.map(str::to_string);
            consumed_until = Some(first_at + first.len());
            lines.next();
        }
    }
    if let Some(&(at, line)) = lines.peek() {
        if let Some(names) = byline(line) {
            header.authors = names;
            consumed_until = Some(at + line.len());
        }
    }
    if let Some(end) = consumed_until {
        // Skip the rest of that line and the blank lines after it.
        let rest = &text[end..];
        let skip = rest.len() - rest.trim_start().len();
        header.body_start = end + skip;
    }
    header
}

/// Build a [`Document`] from a text article (header parsed and removed).
pub fn text_document(id: String, text: &str, origin: Origin) -> Document {
    let (text, bom) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 3),
        None => (text, 0),
    };
    let header = parse_text_header(text);
    let body = &text[header.body_start..];
    // Without a header date, a dateline (`WASHINGTON, June 8, 2021 — …`) gives it.
    let published = header
        .published
        .or_else(|| dateline_date(body).map(|d| Published::date(d, DateSource::Dateline)));
    Document {
        id,
        authors: header.authors,
        publisher: header.publisher,
        published,
        paragraphs: paragraphs_by_blank_lines(body, 0),
        offset_map: Some(OffsetMap::identity(body.len(), bom + header.body_start)),
        text: body.to_string(),
        origin,
        ..Document::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_header_keeps_everything() {
        let t = "By the river, people gathered.\n\nThey said no.";
        let h = parse_text_header(t);
        assert_eq!(h.body_start, 0);
        assert!(h.authors.is_empty());
    }

    #[test]
    fn byline_without_date() {
        let t = "By Jane Roe and John Doe\n\nText here.";
        let h = parse_text_header(t);
        assert_eq!(h.authors, ["Jane Roe", "John Doe"]);
        assert_eq!(&t[h.body_start..], "Text here.");
        assert!(h.published.is_none());
    }

    #[test]
    fn date_without_publisher_and_crlf() {
        let t = "date 2020-01-02\r\n\r\nBody “x”.\r\n";
        let d = text_document("x".into(), t, Origin::default());
        assert_eq!(d.published.unwrap().date.to_string(), "2020-01-02");
        assert_eq!(d.text, "Body “x”.\r\n");
        assert_eq!(d.publisher, None);
    }

    #[test]
    fn dateline_gives_the_date_when_there_is_no_header() {
        let t = "LAKEVIEW, 3 May 2022 — Two bridges closed on Monday.\n\nMore text.";
        let d = text_document("x".into(), t, Origin::default());
        let p = d.published.unwrap();
        assert_eq!(p.date.to_string(), "2022-05-03");
        assert_eq!(p.source, DateSource::Dateline);
        // The dateline stays part of the text.
        assert_eq!(d.text, t);
        // A header date wins over the dateline.
        let t = "date 2022-05-04\n\nLAKEVIEW, 3 May 2022 — Text.";
        let d = text_document("x".into(), t, Origin::default());
        assert_eq!(d.published.unwrap().source, DateSource::Header);
    }

    #[test]
    fn bad_date_is_not_a_header() {
        let t = "date night ideas By Mail\n\nText.";
        let h = parse_text_header(t);
        assert_eq!(h.body_start, 0);
    }
}
