//! [`IngestError`]: every error names its input and, where it has one, the position.

use std::fmt;

/// What went wrong with one input.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The file or stream could not be read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// A JSON Lines record is not valid JSON or not an object.
    #[error("invalid JSON record: {0}")]
    Json(String),
    /// A record has no article text under any known field.
    #[error("record has no text field (looked for text, content, articleBody, html)")]
    NoText,
    /// A date field could not be parsed.
    #[error("unparseable date {0:?}")]
    Date(String),
    /// The bytes are not valid UTF-8 where UTF-8 was required.
    #[error("not valid UTF-8 at byte {0}")]
    Utf8(usize),
    /// Anything else about the input's format.
    #[error("{0}")]
    Format(String),
}

/// An error about one input: the input's name, an optional line or byte position, the cause.
///
/// Displays as `path:line: message`, like compilers do, so editors can jump to it.
#[derive(Debug)]
pub struct IngestError {
    /// The input as the user named it (`-` for stdin).
    pub input: String,
    /// 1-based line (JSONL) or byte offset (archives), when known.
    pub position: Option<Position>,
    /// The cause.
    pub kind: ErrorKind,
}

/// Where in an input an error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// 1-based line number.
    Line(u64),
    /// Byte offset.
    Byte(u64),
}

impl IngestError {
    /// An error for `input` at an optional position.
    pub fn new(input: impl Into<String>, position: Option<Position>, kind: ErrorKind) -> Self {
        IngestError {
            input: input.into(),
            position,
            kind,
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(Position::Line(l)) => write!(f, "{}:{}: {}", self.input, l, self.kind),
            Some(Position::Byte(b)) => write!(f, "{}: at byte {}: {}", self.input, b, self.kind),
            None => write!(f, "{}: {}", self.input, self.kind),
        }
    }
}

impl std::error::Error for IngestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.kind)
    }
}
