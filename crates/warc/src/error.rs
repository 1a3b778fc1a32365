//! Typed errors; each names the byte offset in the file where the problem starts.

use thiserror::Error;

/// A problem with one record (or one gzip member) of a WARC file.
///
/// `offset` is a byte offset in the file as stored: the start of the gzip member
/// holding the record for `.warc.gz`, the record's first byte for plain `.warc`.
/// After any error but [`WarcError::Io`] the reader resynchronizes on the next record,
/// so one bad record never loses the others.
#[derive(Debug, Error)]
pub enum WarcError {
    /// Reading the underlying file failed; the reader stops.
    #[error("I/O error at offset {offset}: {source}")]
    Io {
        /// Offset reached when the error happened.
        offset: u64,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A gzip member could not be decoded; the reader skips to the next member.
    #[error("corrupt gzip member at offset {offset}: {message}")]
    Gzip {
        /// Start of the bad member.
        offset: u64,
        /// The decoder's message.
        message: String,
    },
    /// The record does not start with a `WARC/` version line.
    #[error("no WARC version line at offset {offset}")]
    NotWarc {
        /// Where a record was expected.
        offset: u64,
    },
    /// The record's header is malformed (too long, bad line, missing `Content-Length`).
    #[error("bad WARC header at offset {offset}: {message}")]
    BadHeader {
        /// Start of the record.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// The file ended inside a record.
    #[error("truncated record at offset {offset}: {message}")]
    Truncated {
        /// Start of the record.
        offset: u64,
        /// What was missing.
        message: String,
    },
    /// `Content-Length` does not match the record block: the block is not followed by
    /// the `\r\n\r\n` record separator.
    #[error("Content-Length {declared} of record at offset {offset} does not match its block")]
    LengthMismatch {
        /// Start of the record.
        offset: u64,
        /// The declared `Content-Length`.
        declared: u64,
    },
    /// The record block is larger than the reader's limit; it was skipped unread.
    #[error("record at offset {offset} is {length} bytes, over the limit of {limit}")]
    TooLarge {
        /// Start of the record.
        offset: u64,
        /// Its `Content-Length`.
        length: u64,
        /// The configured limit.
        limit: u64,
    },
}

impl WarcError {
    /// The file offset the error refers to.
    pub fn offset(&self) -> u64 {
        match self {
            WarcError::Io { offset, .. }
            | WarcError::Gzip { offset, .. }
            | WarcError::NotWarc { offset }
            | WarcError::BadHeader { offset, .. }
            | WarcError::Truncated { offset, .. }
            | WarcError::LengthMismatch { offset, .. }
            | WarcError::TooLarge { offset, .. } => *offset,
        }
    }

    /// Whether reading stops after this error (I/O failures and truncation at end of file).
    pub fn is_fatal(&self) -> bool {
        matches!(self, WarcError::Io { .. } | WarcError::Truncated { .. })
    }
}
