//! Errors of building a [`DateExtractor`](crate::DateExtractor).

use thiserror::Error;

/// What can go wrong when the rules are compiled. Extraction itself never fails.
#[derive(Debug, Error)]
pub enum DatesError {
    /// A data file line is malformed.
    #[error("{file}:{line}: {message}")]
    Data {
        /// Data file name.
        file: &'static str,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A rule's pattern does not compile.
    #[error("patterns.txt:{line}: rule {rule}: {source}")]
    Pattern {
        /// 1-based line.
        line: usize,
        /// Rule id.
        rule: String,
        /// The regex error.
        source: Box<regex::Error>,
    },
}
