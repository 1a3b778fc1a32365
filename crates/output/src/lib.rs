//! Sinks: where processed documents go. Formats live here and only here.
//!
//! - [`JsonlSink`] writes one [`JsonClaim`] per line (and one [`JsonDocument`]
//!   per document with `--documents`). The record layout is documented, with a
//!   full example, on [`JsonClaim`].
//! - [`AtomicFile`] gives outputs that appear only when complete.
//!
//! Parquet, SQLite and the review page are later sinks over the same records.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod atomic;
mod document;
mod jsonl;
mod record;

pub use atomic::{AtomicFile, Destination};
pub use document::{JsonDocument, JsonSentence};
pub use jsonl::JsonlSink;
pub use record::{JsonCasualty, JsonClaim, JsonDate, JsonQuote, JsonSpan, RecordView};
