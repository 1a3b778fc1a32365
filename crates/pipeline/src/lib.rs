//! The pipeline: the only crate that knows the order of the stages.
//!
//! ```text
//! Input ──► Document (extract for HTML; --published fallback)
//!       ──► Segmentation ──► dates ──► quotes ──► casualties (each sees earlier claims)
//!       ──► ClaimRecords (stable ids, char offsets, provenance) ──► ClaimSink
//! ```
//!
//! Documents are processed in parallel with rayon, in batches of
//! [`Config::batch_size`], so memory stays bounded however long the input
//! stream is, and output keeps the input order (runs are reproducible).
//!
//! ```
//! use newsclaims_pipeline::{Config, Pipeline};
//! use model::Document;
//! let p = Pipeline::standard(Config::default()).expect("built-in rules compile");
//! let doc = p.process_document(Document::from_text("d1", "The mayor said on Monday that 3 people were hurt."));
//! assert!(doc.records.iter().all(|r| r.provenance.doc_id == "d1"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod config;
mod ids;
mod run;
mod standard;

pub use config::{Config, Families};
pub use ids::{claim_id, content_hash};
pub use run::{DocumentError, HtmlStage, Pipeline, RunStats};
pub use standard::BuildError;
