//! The [`Extractor`] trait that claim crates implement, and the [`ClaimSink`] trait of outputs.

use crate::{Claim, Document, ProcessedDocument, Segmentation};

/// A claim family's extractor: built once (rules compiled), then shared read-only
/// across threads.
///
/// `claims` is the document's claim buffer, owned by the caller. It already holds
/// the claims of the extractors that ran before this one (the pipeline runs dates,
/// then quotes, then casualties), so an extractor may point to them with
/// [`ClaimRef`](crate::ClaimRef) (a casualty figure to its quote and event date)
/// without depending on another extractor's crate. An extractor only appends.
pub trait Extractor: Send + Sync {
    /// Short family name (`quotes`, `casualties`, `dates`).
    fn name(&self) -> &'static str;

    /// Append this family's claims for `doc` to `claims`.
    fn extract(&self, doc: &Document, seg: &Segmentation, claims: &mut Vec<Claim>);
}

/// Where processed documents go: JSON Lines, and later Parquet, SQLite, a review page.
pub trait ClaimSink: Send {
    /// Write one document's records.
    fn write(&mut self, doc: &ProcessedDocument) -> std::io::Result<()>;
    /// Flush and close; called once at the end of a run.
    fn finish(&mut self) -> std::io::Result<()>;
}
