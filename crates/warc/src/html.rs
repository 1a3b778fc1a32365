//! [`HtmlRecords`]: only the HTML pages of an archive, with counts of what was skipped.

use crate::{Record, RecordType, WarcError, WarcReader};
use std::io::Read;

/// What [`HtmlRecords`] passed over.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SkipCounts {
    /// Records read in all (good ones).
    pub records: u64,
    /// HTML pages yielded.
    pub html: u64,
    /// `warcinfo`, `request`, `metadata`, `revisit`… records.
    pub not_response: u64,
    /// Responses whose HTTP status is not 2xx.
    pub not_ok: u64,
    /// 2xx responses or resources that are not HTML (images, PDFs, feeds).
    pub not_html: u64,
    /// Errors met (each also yielded).
    pub errors: u64,
}

/// Iterator adapter over a [`WarcReader`] that yields HTML `response`/`resource` records and
/// errors, and counts the rest in [`SkipCounts`].
///
/// ```
/// use newsclaims_warc::{HtmlRecords, WarcReader};
/// let warc = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x:1>\r\n\
/// Content-Type: text/html\r\nContent-Length: 13\r\n\r\n<p>Hello.</p>\r\n\r\n";
/// let mut pages = HtmlRecords::new(WarcReader::new(&warc[..]).unwrap());
/// let page = pages.next().unwrap().unwrap();
/// assert_eq!(page.payload(), b"<p>Hello.</p>");
/// assert!(pages.next().is_none());
/// assert_eq!(pages.counts().html, 1);
/// ```
pub struct HtmlRecords<R> {
    inner: WarcReader<R>,
    counts: SkipCounts,
}

impl<R: Read> HtmlRecords<R> {
    /// Wrap a reader.
    pub fn new(inner: WarcReader<R>) -> HtmlRecords<R> {
        HtmlRecords {
            inner,
            counts: SkipCounts::default(),
        }
    }

    /// Counts so far.
    pub fn counts(&self) -> SkipCounts {
        self.counts
    }
}

impl<R: Read> Iterator for HtmlRecords<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.inner.next()? {
                Err(e) => {
                    self.counts.errors += 1;
                    return Some(Err(e));
                }
                Ok(r) => {
                    self.counts.records += 1;
                    let ok_status = r
                        .http
                        .as_ref()
                        .is_none_or(|h| (200..300).contains(&h.status));
                    match r.kind {
                        RecordType::Response | RecordType::Resource => {}
                        _ => {
                            self.counts.not_response += 1;
                            continue;
                        }
                    }
                    if r.kind == RecordType::Response && (r.http.is_none() || !ok_status) {
                        self.counts.not_ok += 1;
                        continue;
                    }
                    if !r.is_html() {
                        self.counts.not_html += 1;
                        continue;
                    }
                    self.counts.html += 1;
                    return Some(Ok(r));
                }
            }
        }
    }
}
