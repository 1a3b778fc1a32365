//! Errors of building an extractor from rule texts.

/// A rule file line that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct RuleError {
    /// Rule file name (`cues.txt`).
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: &'static str,
}

impl RuleError {
    pub(crate) fn new(file: &'static str, line: usize, message: &'static str) -> RuleError {
        RuleError {
            file,
            line,
            message,
        }
    }
}
