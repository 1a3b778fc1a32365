//! Temporal expressions in news text, typed and valued as TimeML TIMEX3 and
//! resolved against the publication date.
//!
//! News says `on June 4`, `Tuesday night`, `last year's war`, `200 days`; a
//! reader resolves these against the publication date and the tense of the
//! clause. [`DateExtractor`] does the same with rules of its own, kept as
//! data under `data/`:
//!
//! - word lists: `months.txt`, `weekdays.txt`, `units.txt`, `seasons.txt`,
//!   `parts_of_day.txt`, `numbers.txt`, `ordinals.txt`, `modifiers.txt`,
//!   `refs.txt`, `holidays.txt`, `tense.txt`;
//! - `patterns.txt`: recognition rules (regular expressions over one sentence
//!   with `{month}`-style placeholders), each with examples that the tests run.
//!
//! Each match is interpreted into a context-free meaning, overlapping matches
//! are reduced to the longest, modifiers (`about`, `early`, `the end of`) are
//! taken into the span while prepositions stay outside, and the meaning is
//! resolved in text order: against the publication date (past or future by the
//! clause's tense), or against an earlier mention (`the next day`, `two days
//! later`). Without a publication date, relative values stay unresolved
//! (`XXXX-06-04`).
//!
//! Every claim names its rule (`dates/<kind>/<rule>`).
//!
//! ```
//! use newsclaims_dates::DateExtractor;
//! use model::{NaiveDate, Span, TimexType};
//! let x = DateExtractor::new().unwrap();
//! let text = "The war ended on November 10 after a 44-day war.";
//! let dct = NaiveDate::from_ymd_opt(2021, 6, 8);
//! let found = x.extract_text(text, &[Span::new(0, text.len())], dct);
//! assert_eq!(found[0].value, "2020-11-10");
//! assert_eq!(found[1].timex_type, TimexType::Duration);
//! assert_eq!(&text[found[1].evidence.span], "44-day");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod calendar;
mod error;
mod expr;
mod extractor;
mod lexicon;
mod numbers;
mod patterns;
mod resolve;
mod tense;

pub use error::DatesError;
pub use extractor::DateExtractor;
