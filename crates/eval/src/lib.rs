//! Scorers for the shared evaluation sets. Each module reads its set from
//! `../shared/` (the caller passes the path) and returns a report struct that
//! the CLI prints and CI checks against floors.
#![forbid(unsafe_code)]

pub mod claims;
pub mod sentences;
