//! [`WarcReader`]: the record parser over a [`Source`].

use crate::record::{parse_header_fields, Record};
use crate::source::{Source, SourceError};
use crate::WarcError;
use std::io::Read;

/// Longest WARC header accepted before the record is declared bad.
const MAX_HEADER: usize = 64 * 1024;
/// Bytes read from the source per refill.
const CHUNK: usize = 256 * 1024;

/// Streaming reader of `.warc` and `.warc.gz` files (one or many gzip members).
///
/// An iterator of `Result<Record, WarcError>`. Memory stays bounded by the largest record
/// accepted ([`WarcReader::max_record_bytes`], 64 MiB by default): larger records are
/// skipped unread with [`WarcError::TooLarge`]. After an error the reader looks for the
/// next `WARC/` version line (in a new gzip member for gzip errors) and goes on;
/// after an I/O error or a truncated last record it ends.
pub struct WarcReader<R> {
    src: Source<R>,
    buf: Vec<u8>,
    /// First unconsumed byte in `buf`.
    start: usize,
    /// Decompressed position of `buf[0]`.
    base: u64,
    eof: bool,
    done: bool,
    /// Looking for the next `WARC/` line after an error.
    resync: bool,
    /// Bytes still to drop from the stream (an oversized record).
    skip: u64,
    max_record: usize,
}

enum Step {
    NeedMore,
    /// The record is complete once this many bytes past `start` are buffered.
    NeedBytes(usize),
    End,
    Record(Record, usize),
    /// An error, then skip `usize` bytes and resync (or not).
    Error(WarcError, usize, bool),
    /// Oversized block: the header is consumed; drop this many more bytes.
    Skip(WarcError, usize, u64),
}

impl<R: Read> WarcReader<R> {
    /// A reader over a file or any byte stream; gzip is detected from the first bytes.
    pub fn new(reader: R) -> Result<WarcReader<R>, WarcError> {
        let src = Source::new(reader).map_err(|source| WarcError::Io { offset: 0, source })?;
        Ok(WarcReader {
            src,
            buf: Vec::with_capacity(CHUNK),
            start: 0,
            base: 0,
            eof: false,
            done: false,
            resync: false,
            skip: 0,
            max_record: 64 * 1024 * 1024,
        })
    }

    /// Set the largest record block kept in memory (default 64 MiB).
    pub fn max_record_bytes(mut self, limit: usize) -> WarcReader<R> {
        self.max_record = limit;
        self
    }

    /// Whether the input is gzip-compressed.
    pub fn is_gzip(&self) -> bool {
        self.src.is_gzip()
    }

    fn pos(&self) -> u64 {
        self.base + self.start as u64
    }

    /// Read more bytes into `buf`. `Err` carries a gzip/I/O problem.
    fn fill(&mut self) -> Result<(), WarcError> {
        if self.start > 0
            && (self.start >= self.buf.len() / 2 || self.buf.len() + CHUNK > self.buf.capacity())
        {
            self.buf.drain(..self.start);
            self.base += self.start as u64;
            self.start = 0;
            self.src.forget_before(self.base);
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        match self.src.read(&mut self.buf[old..]) {
            Ok(n) => {
                self.buf.truncate(old + n);
                if n == 0 {
                    self.eof = true;
                }
                Ok(())
            }
            Err(e) => {
                self.buf.truncate(old);
                Err(match e {
                    SourceError::Io(offset, source) => {
                        self.done = true;
                        WarcError::Io { offset, source }
                    }
                    SourceError::Gzip(offset, message) => {
                        // The record in progress lies (partly) in the bad member: drop it.
                        self.base += self.buf.len() as u64;
                        self.buf.clear();
                        self.start = 0;
                        self.resync = true;
                        WarcError::Gzip { offset, message }
                    }
                })
            }
        }
    }

    /// Drop bytes up to the next line starting with `WARC/`. Returns false at end of input.
    fn resync_step(&mut self) -> Result<bool, WarcError> {
        loop {
            let hay = &self.buf[self.start..];
            let at_line_start = self.start == 0 || self.buf[self.start - 1] == b'\n';
            if at_line_start && hay.starts_with(b"WARC/") {
                self.resync = false;
                return Ok(true);
            }
            if let Some(i) = find(hay, b"\nWARC/") {
                self.start += i + 1;
                self.resync = false;
                return Ok(true);
            }
            if self.eof {
                self.start = self.buf.len();
                return Ok(false);
            }
            // Keep a tail that may hold the start of the pattern.
            let keep = hay.len().min(5);
            self.start = self.buf.len() - keep;
            self.fill()?;
        }
    }

    fn step(&self) -> Step {
        let hay = &self.buf[self.start..];
        let lead = hay
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        let rec = &hay[lead..];
        if rec.is_empty() {
            return if self.eof { Step::End } else { Step::NeedMore };
        }
        let dpos = self.pos() + lead as u64;
        let offset = self.src.file_offset(dpos);
        if rec.len() < 5 && !self.eof && b"WARC/".starts_with(rec) {
            return Step::NeedMore;
        }
        if !rec.starts_with(b"WARC/") {
            return Step::Error(WarcError::NotWarc { offset }, lead + 1, true);
        }
        let Some((head_len, body_at)) = header_end(rec) else {
            if rec.len() > MAX_HEADER {
                let e = WarcError::BadHeader {
                    offset,
                    message: "header longer than 64 KiB".into(),
                };
                return Step::Error(e, lead + 1, true);
            }
            if self.eof {
                let e = WarcError::Truncated {
                    offset,
                    message: "end of input inside the header".into(),
                };
                return Step::Error(e, hay.len(), false);
            }
            return Step::NeedMore;
        };
        let fields = match parse_header_fields(&rec[..head_len]) {
            Ok(f) => f,
            Err(message) => {
                return Step::Error(WarcError::BadHeader { offset, message }, lead + 1, true)
            }
        };
        let declared = fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .map(|(_, v)| v.trim().parse::<u64>());
        let length = match declared {
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                let e = WarcError::BadHeader {
                    offset,
                    message: "Content-Length is not a number".into(),
                };
                return Step::Error(e, lead + body_at, true);
            }
            None => {
                let e = WarcError::BadHeader {
                    offset,
                    message: "no Content-Length".into(),
                };
                return Step::Error(e, lead + body_at, true);
            }
        };
        if length > self.max_record as u64 {
            let e = WarcError::TooLarge {
                offset,
                length,
                limit: self.max_record as u64,
            };
            return Step::Skip(e, lead + body_at, length);
        }
        let len = length as usize;
        let need = body_at + len + 4;
        if rec.len() < need {
            if !self.eof {
                return Step::NeedBytes(lead + need);
            }
            if rec.len() >= body_at + len {
                // Only the closing separator is missing at end of input: keep the record.
                let block = rec[body_at..body_at + len].to_vec();
                return Step::Record(Record::new(fields, block, offset), hay.len());
            }
            let message = format!("block has {} of {} bytes", rec.len() - body_at, len);
            return Step::Error(WarcError::Truncated { offset, message }, hay.len(), false);
        }
        if &rec[body_at + len..need] != b"\r\n\r\n" {
            return Step::Error(
                WarcError::LengthMismatch {
                    offset,
                    declared: length,
                },
                lead + body_at,
                true,
            );
        }
        let block = rec[body_at..body_at + len].to_vec();
        Step::Record(Record::new(fields, block, offset), lead + need)
    }
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            while self.skip > 0 {
                let avail = (self.buf.len() - self.start) as u64;
                let n = avail.min(self.skip);
                self.start += n as usize;
                self.skip -= n;
                if self.skip > 0 {
                    if self.eof {
                        self.skip = 0;
                        break;
                    }
                    self.start = self.buf.len();
                    if let Err(e) = self.fill() {
                        self.skip = 0;
                        return Some(Err(e));
                    }
                }
            }
            if self.resync {
                match self.resync_step() {
                    Ok(true) => {}
                    Ok(false) => {
                        self.done = true;
                        return None;
                    }
                    Err(e) => return Some(Err(e)),
                }
            }
            match self.step() {
                Step::NeedMore => {
                    if let Err(e) = self.fill() {
                        return Some(Err(e));
                    }
                }
                Step::NeedBytes(n) => {
                    // Make room once, then read until the record is in.
                    if self.start > 0 {
                        self.buf.drain(..self.start);
                        self.base += self.start as u64;
                        self.start = 0;
                        self.src.forget_before(self.base);
                    }
                    self.buf.reserve(n.saturating_sub(self.buf.len()) + CHUNK);
                    while self.buf.len() < n && !self.eof {
                        if let Err(e) = self.fill() {
                            return Some(Err(e));
                        }
                    }
                }
                Step::End => {
                    self.done = true;
                    return None;
                }
                Step::Record(r, used) => {
                    self.start += used;
                    return Some(Ok(r));
                }
                Step::Error(e, used, resync) => {
                    self.start = (self.start + used).min(self.buf.len());
                    self.resync = resync;
                    if !resync {
                        self.done = true;
                    }
                    return Some(Err(e));
                }
                Step::Skip(e, used, length) => {
                    self.start += used;
                    // The block plus its separator.
                    self.skip = length + 4;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// `(header length without the blank line, offset of the block)`.
fn header_end(rec: &[u8]) -> Option<(usize, usize)> {
    let rec = &rec[..rec.len().min(MAX_HEADER + 4)];
    let crlf = find(rec, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = find(&rec[..crlf.map_or(rec.len(), |c| c.0)], b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}
