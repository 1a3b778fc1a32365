//! Core data types of newsclaims. Pure data, no I/O.
//!
//! Data flows one way through the pipeline:
//! inputs → [`Document`] → [`Segmentation`] → [`Claim`]s (by [`Extractor`]s)
//! → [`ClaimRecord`]s with [`Provenance`] → a [`ClaimSink`].
//!
//! - [`Span`] is the one offset type: a half-open byte range into `Document::text`.
//! - [`CharIndex`] turns byte offsets into character offsets at the output edge.
//! - Every [`Claim`] carries [`Evidence`]: span, sentence, the [`RuleId`] of the rule
//!   that fired, and a confidence.
//!
//! Types derive `serde` traits so sinks can write them; the record layout
//! itself (which fields, in which order) belongs to the `output` crate.
//!
//! ```
//! use newsclaims_model::{Document, Span};
//! let doc = Document::from_text("a", "First paragraph.\n\nSecond “one”.");
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.slice(doc.paragraphs[1]), "Second “one”.");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod calendar;
mod charindex;
mod claim;
mod document;
mod extractor;
mod record;
mod span;
mod text;

pub use charindex::CharIndex;
pub use claim::{
    Casualty, CasualtyScope, Claim, ClaimRef, Cue, DateAnchor, DateMention, Evidence, HarmCategory,
    Quote, QuoteKind, RuleId, Speaker, SpeakerKind, TimexType,
};
pub use document::{
    paragraphs_by_blank_lines, DateSource, Document, InputFormat, OffsetMap, OffsetRun, Origin,
    Published,
};
pub use extractor::{ClaimSink, Extractor};
pub use record::{ClaimRecord, ProcessedDocument, Provenance};
pub use span::Span;
pub use text::{Paragraph, Segmentation, Sentence, Token, TokenKind};

/// Re-exported so stage crates agree on one date type.
pub use chrono::{NaiveDate, NaiveDateTime};
