//! [`Config`]: everything a run needs to know, validated once.

use chrono::NaiveDate;

/// Run configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Publication date for documents that give none (`--published`).
    pub published_fallback: Option<NaiveDate>,
    /// Documents processed per parallel batch: bounds memory, keeps output in input order.
    pub batch_size: usize,
    /// Which claim families to run.
    pub families: Families,
}

/// Claim families to extract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Families {
    /// Quotes.
    pub quotes: bool,
    /// Casualty figures.
    pub casualties: bool,
    /// Dates.
    pub dates: bool,
}

impl Default for Families {
    fn default() -> Self {
        Families {
            quotes: true,
            casualties: true,
            dates: true,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            published_fallback: None,
            batch_size: 256,
            families: Families::default(),
        }
    }
}
