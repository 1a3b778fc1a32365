//! Scorers for the shared evaluation sets. Each module reads its set from
//! `../shared/` (the caller passes the path) and returns a report struct that
//! implements `Display` (for people) and `Serialize` (for CI's floors).
//!
//! | module | set | metric |
//! | --- | --- | --- |
//! | [`claims`] | `gold/dev`, `corpus/gold` | port of `tools/score_claims.py` |
//! | [`sentences`] | golden rules, sentencex, GUM news | exact cases, boundary F1 |
//! | [`timex`] | TimeML (TBAQ) | TempEval-3 extent, value and type F1 |
//! | [`extraction`] | AEB, NAEB, fundus | AEB shingle F1, metadata accuracy |
//! | [`polnear`] | PolNeAR attributions | content and source F1 |
//! | [`casualty_sets`] | GVA, displacement figures, number specs | agreement |
#![forbid(unsafe_code)]

pub mod casualty_sets;
pub mod claims;
pub mod extraction;
pub mod polnear;
pub mod sentences;
pub mod timex;
