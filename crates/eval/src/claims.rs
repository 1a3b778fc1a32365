//! Claims scorer: an exact port of `shared/tools/score_claims.py`, and the
//! resolution of gold documents' `source` fields.
//!
//! Gold files (`spec/claims-gold.md`, one `<doc_id>.json` per article) are
//! read with [`load_gold`]; a system's claims are [`PredClaim`]s, read from
//! JSON Lines by [`score_files`] or built by the caller; [`score`] matches
//! them per article and type, greedily by token similarity, and returns a
//! [`ClaimsReport`] whose `Serialize` form is the Python `--json` output and
//! whose `Display` form is its text output, byte for byte.
//!
//! Normalization follows Python to the character: NFKC, quote marks unified,
//! `str.casefold()`, then `\w+` tokens with Python's definition of `\w`
//! ([`normalize`]). Attribute checks follow Python's `==` and `str()` on JSON
//! values (`4 == 4.0`; date value `"2021"` equals `2021`) ([`pyvalue`]).
//! Ratios are rounded with Python's `round(x, 4)`.
//!
//! ```
//! use newsclaims_eval::claims::{score, ClaimType, GoldDoc, PredClaim};
//! use serde_json::json;
//!
//! let gold = GoldDoc::from_value(
//!     json!({"doc_id": "a", "casualties": [
//!         {"text": "four were injured", "category": "injured", "min": 4, "max": 4}]}),
//!     "a.json".as_ref(),
//! )
//! .unwrap();
//! let claims = vec![
//!     PredClaim::new("a", ClaimType::Casualty, "Four were injured.")
//!         .with("category", "injured").with("min", 4).with("max", 4),
//!     PredClaim::new("a", ClaimType::Quote, "nothing like it"),
//! ];
//! let report = score(&[gold], claims.into_iter());
//! assert_eq!(report.casualty.end_to_end.f1, 1.0);
//! assert_eq!(report.quote.precision, 0.0);
//! assert!(report.to_string().starts_with("documents: 1 (with claims: 1)\n"));
//! ```
//!
//! Python's Unicode behaviour is pinned with tables generated from the Python
//! that runs `score_claims.py` (`data/claims/`, checked by
//! `tests/claims_unicode_tables.rs`); `tests/claims_unicode_fuzz.rs` compares
//! `norm_tokens` with Python's on random text from the whole code space, and
//! `tests/claims_equivalence.rs` compares whole reports.
//!
//! Known gaps against Python (none occurs in sane gold or output): JSON that
//! only Python reads (`NaN`, `Infinity`, lone surrogate escapes) is an error;
//! integers beyond 64 bits are compared as floats; a truthy type attribute
//! that is not an object is an error (Python's `dict()` would take a list of
//! pairs); a truthy speaker that is not a string fails the speaker check
//! where Python raises; `str()` of a list or object date value treats most
//! non-ASCII characters as printable.

mod error;
mod gold;
pub mod matching;
pub mod normalize;
mod pred;
pub mod pyvalue;
mod report;
mod score;
mod source;
mod types;

pub use error::EvalError;
pub use gold::{load_gold, GoldDoc, GoldItem};
pub use pred::{read_claims, PredClaim};
pub use report::{py_round4, AttributeAccuracy, ClaimsReport, EndToEnd, TypeReport};
pub use score::{score, score_files};
pub use source::{resolve_source, GoldSources, SourceKind, SourceText};
pub use types::ClaimType;
