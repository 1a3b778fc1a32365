//! The claims scorer's error type. Every variant names the file it is about
//! (and the line, for JSON Lines input) so that a bad gold file or a bad
//! prediction line can be found at once.

use std::path::PathBuf;

/// An error while loading gold files, reading predictions or resolving a
/// gold document's `source`.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file (or one line of a JSON Lines file) is not valid JSON.
    #[error("{}{}: invalid JSON: {source}", path.display(), line_suffix(*line))]
    Json {
        /// The file.
        path: PathBuf,
        /// 1-based line number, for JSON Lines files.
        line: Option<usize>,
        /// The parser's error.
        source: serde_json::Error,
    },
    /// Valid JSON that does not have the shape the scorer needs.
    #[error("{}{}: {message}", path.display(), line_suffix(*line))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line number, for JSON Lines files.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// A gold document's `source` field cannot be resolved to a text.
    #[error("source {source_ref:?}: {message}")]
    Source {
        /// The `source` value as written in the gold file.
        source_ref: String,
        /// What is wrong.
        message: String,
    },
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|n| format!(":{n}")).unwrap_or_default()
}

impl EvalError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        EvalError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn invalid(
        path: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        EvalError::Invalid {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}
