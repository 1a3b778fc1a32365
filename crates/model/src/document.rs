//! [`Document`]: one article's normalized text with its metadata and provenance.

use crate::Span;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Where a publication date was found. Kept so a user can judge how far to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// JSON-LD (`NewsArticle.datePublished`).
    JsonLd,
    /// A `<meta>` tag (Open Graph `article:published_time` and others).
    MetaTag,
    /// A `<time>` element.
    TimeElement,
    /// The URL path (`/2021/06/08/`).
    Url,
    /// The byline or a `date … By …` header line of a text file.
    Header,
    /// A dateline opening the text (`WASHINGTON, June 8, 2021 — …`).
    Dateline,
    /// A field of the input record (JSONL `published`, `dct`, `date`; TimeML DCT).
    Record,
    /// The WARC record's `WARC-Date` (crawl time, a last resort).
    WarcDate,
    /// The caller's `--published` fallback.
    Caller,
}

/// A publication date, with the time of day when known and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// Calendar date (in the publisher's time zone when known).
    pub date: NaiveDate,
    /// Local date and time, when the source gives a time.
    pub datetime: Option<NaiveDateTime>,
    /// Where the date was found.
    pub source: DateSource,
}

impl Published {
    /// A date-only publication date.
    pub fn date(date: NaiveDate, source: DateSource) -> Published {
        Published {
            date,
            datetime: None,
            source,
        }
    }
}

/// Where a document came from, so every claim can be traced to bytes on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Input path (file, archive) or URL as the user gave it; `-` for stdin.
    pub input: String,
    /// 1-based line number within a JSONL input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// Byte offset of the record within an archive (WARC), as stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_offset: Option<u64>,
    /// `WARC-Record-ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
    /// `WARC-Date` or fetch time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
    /// What kind of input the text was read from.
    pub format: InputFormat,
}

/// The format of an input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Plain text (optionally with a `date … By …` header).
    #[default]
    Text,
    /// One JSON Lines record.
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC response record holding HTML.
    Warc,
    /// A TimeML document (evaluation).
    TimeMl,
}

/// A map from document text bytes back to byte ranges of the raw input.
///
/// Stored as runs: each entry says that text bytes `[text_start, next.text_start)`
/// came from raw bytes starting at `raw_start` (`raw_len` bytes in all for that
/// run). A run whose text was copied verbatim maps byte for byte; a run that was
/// produced by a transformation (an entity `&amp;` → `&`, folded white space)
/// maps as a whole to its raw range.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    runs: Vec<OffsetRun>,
}

/// One run of an [`OffsetMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetRun {
    /// First text byte of the run.
    pub text_start: usize,
    /// Number of text bytes in the run.
    pub text_len: usize,
    /// First raw byte of the run.
    pub raw_start: usize,
    /// Number of raw bytes in the run.
    pub raw_len: usize,
}

impl OffsetMap {
    /// The identity map over a text of `len` bytes starting at raw byte `raw_start`.
    pub fn identity(len: usize, raw_start: usize) -> OffsetMap {
        OffsetMap {
            runs: vec![OffsetRun {
                text_start: 0,
                text_len: len,
                raw_start,
                raw_len: len,
            }],
        }
    }

    /// Append a run; runs must be pushed in text order without gaps.
    pub fn push(&mut self, run: OffsetRun) {
        debug_assert!(self
            .runs
            .last()
            .is_none_or(|r| r.text_start + r.text_len == run.text_start));
        self.runs.push(run);
    }

    /// The runs, in text order.
    pub fn runs(&self) -> &[OffsetRun] {
        &self.runs
    }

    fn raw_at(&self, text_byte: usize, is_end: bool) -> Option<usize> {
        let k = self
            .runs
            .partition_point(|r| r.text_start + r.text_len < text_byte + usize::from(!is_end));
        let r = self.runs.get(k)?;
        if r.text_len == r.raw_len {
            Some(r.raw_start + (text_byte - r.text_start).min(r.raw_len))
        } else if is_end {
            Some(r.raw_start + r.raw_len)
        } else {
            Some(r.raw_start)
        }
    }

    /// The raw byte range that a text span came from.
    pub fn to_raw(&self, span: Span) -> Option<Span> {
        let start = self.raw_at(span.start, false)?;
        let end = if span.is_empty() {
            start
        } else {
            self.raw_at(span.end, true)?
        };
        Some(Span::new(start, end.max(start)))
    }
}

/// One article: normalized text plus metadata. Built by `ingest`/`extract`,
/// read-only afterwards.
///
/// `text` is what every [`Span`] indexes. `paragraphs` holds the paragraph
/// structure that the source gave (blank lines, `<p>` elements); segmentation
/// may refine it but never crosses it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier (JSONL `doc_id`/`id`, file stem, WARC record id).
    pub id: String,
    /// Canonical or source URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Author names, in byline order (never the site name).
    pub authors: Vec<String>,
    /// Publisher or site name.
    pub publisher: Option<String>,
    /// Publication date, with its source.
    pub published: Option<Published>,
    /// Last modification date, where given.
    pub modified: Option<NaiveDate>,
    /// Language tag (`en`), where known.
    pub language: Option<String>,
    /// The article text that all spans index.
    pub text: String,
    /// Paragraph spans given by the source, sorted, non-overlapping, trimmed.
    pub paragraphs: Vec<Span>,
    /// Where the document came from.
    pub origin: Origin,
    /// Map from `text` bytes back to raw input bytes, where the input was transformed.
    pub offset_map: Option<OffsetMap>,
}

impl Document {
    /// A document with only an id and a text; paragraphs are split at blank lines.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let paragraphs = paragraphs_by_blank_lines(&text, 0);
        Document {
            id: id.into(),
            text,
            paragraphs,
            ..Document::default()
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span]
    }

    /// The publication date, if any.
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published.map(|p| p.date)
    }
}

/// Paragraph spans of `text` split at lines that are empty or white space only,
/// each trimmed, empty ones dropped, shifted by `offset`.
///
/// ```
/// use newsclaims_model::{paragraphs_by_blank_lines, Span};
/// let t = "One.\nStill one.\n\n  Two.\n";
/// let p = paragraphs_by_blank_lines(t, 0);
/// assert_eq!(p.iter().map(|s| &t[*s]).collect::<Vec<_>>(), ["One.\nStill one.", "Two."]);
/// ```
pub fn paragraphs_by_blank_lines(text: &str, offset: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut pos = 0usize;
    let push = |from: usize, to: usize, out: &mut Vec<Span>| {
        let s = Span::new(from, to).trim(text);
        if !s.is_empty() {
            out.push(s.shift(offset));
        }
    };
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            push(start, pos, &mut out);
            start = pos + line.len();
        }
        pos += line.len();
    }
    push(start, text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_map_verbatim_and_transformed_runs() {
        // text "a&b" from raw "<p>a&amp;b</p>": 'a' verbatim at raw 3, '&' from "&amp;" at 4..9, 'b' at 9.
        let mut m = OffsetMap::default();
        m.push(OffsetRun {
            text_start: 0,
            text_len: 1,
            raw_start: 3,
            raw_len: 1,
        });
        m.push(OffsetRun {
            text_start: 1,
            text_len: 1,
            raw_start: 4,
            raw_len: 5,
        });
        m.push(OffsetRun {
            text_start: 2,
            text_len: 1,
            raw_start: 9,
            raw_len: 1,
        });
        assert_eq!(m.to_raw(Span::new(0, 3)), Some(Span::new(3, 10)));
        assert_eq!(m.to_raw(Span::new(1, 2)), Some(Span::new(4, 9)));
        assert_eq!(m.to_raw(Span::new(2, 3)), Some(Span::new(9, 10)));
        assert_eq!(
            OffsetMap::identity(5, 10).to_raw(Span::new(1, 4)),
            Some(Span::new(11, 14))
        );
    }

    #[test]
    fn blank_line_paragraphs_with_crlf_and_unicode_space() {
        let t = "A b.\r\n\r\n\u{a0}\nC “d”.";
        let p = paragraphs_by_blank_lines(t, 0);
        assert_eq!(p.len(), 2);
        assert_eq!(&t[p[1]], "C “d”.");
    }
}
