//! [`ClaimRecord`] and [`Provenance`]: what sinks write.

use crate::{Claim, Document, Segmentation};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Where a claim's document came from, shared by all the document's records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// Document id.
    pub doc_id: String,
    /// Source URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher or site.
    pub publisher: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Hex digest of the document text (BLAKE3, 128 bits): same text, same hash.
    pub content_hash: String,
    /// `newsclaims x.y.z`: which code produced the records.
    pub extractor_version: String,
}

/// One claim ready for a sink: the claim, its stable id, its character offsets, its provenance.
///
/// The JSON Lines form (written by the `output` crate) is documented there with a full example.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRecord {
    /// Stable id: the same input and version give the same id.
    pub id: String,
    /// The claim.
    pub claim: Claim,
    /// `(char_start, char_end)` of the evidence span, in Unicode scalar values.
    pub char_span: (usize, usize),
    /// The document's provenance.
    pub provenance: Arc<Provenance>,
}

/// A fully processed document: what the pipeline hands to sinks, one call per document.
#[derive(Debug, Clone)]
pub struct ProcessedDocument {
    /// The document.
    pub document: Document,
    /// Its segmentation.
    pub segmentation: Segmentation,
    /// Its provenance.
    pub provenance: Arc<Provenance>,
    /// Its claims, in the order extractors produced them (`ClaimRef` indexes this).
    pub records: Vec<ClaimRecord>,
}

impl ProcessedDocument {
    /// The record id that a [`ClaimRef`](crate::ClaimRef) points to.
    pub fn ref_id(&self, r: crate::ClaimRef) -> Option<&str> {
        self.records.get(r.0).map(|rec| rec.id.as_str())
    }
}
