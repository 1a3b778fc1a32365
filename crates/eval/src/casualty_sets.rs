//! Casualty evaluation sets: the claims gold (`gold/dev`, casualties only),
//! the Gun Violence Archive articles (`corpora/casualties/gva`) and the
//! IDETECT/IDMC displacement excerpts
//! (`corpora/casualties/idetect-idmc-displacement`).
//!
//! Every function takes the extractor as `&dyn Extractor`, so this module
//! needs no dependency on the casualties crate. Texts are read at run time
//! from `shared/`; nothing from it is copied into the project.
//!
//! [`run`] gives one [`CasualtyReport`] (`Serialize` for CI floors, `Display`
//! for people): `gva.killed.rate`, `gva.injured.rate`, `displacement.rate`,
//! `displacement.in_spec.rate`, `displacement.idmc.rate`.
//!
//! ```no_run
//! # use std::path::Path;
//! # fn demo(extractor: &dyn model::Extractor) -> Result<(), newsclaims_eval::casualty_sets::SetError> {
//! let report = newsclaims_eval::casualty_sets::run(Path::new("../shared"), extractor, usize::MAX)?;
//! println!("{report}");
//! assert!(report.displacement.idetect.rate > 0.5);
//! # Ok(()) }
//! ```

mod devgold;
mod displacement;
mod gva;
mod xlsx;

pub use devgold::{claims_gold, score_items, ArticleResult, Score};
pub use displacement::{displacement, states, DisplacementReport, DisplacementSet, Miss};
pub use gva::{gva, Disagreement, GvaReport};

use model::{Claim, Document, Extractor, HarmCategory};
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Errors of the casualty sets; each names the file it is about.
#[derive(Debug, thiserror::Error)]
pub enum SetError {
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A workbook this reader does not understand.
    #[error("{}: not a readable .xlsx workbook", .0.display())]
    Workbook(PathBuf),
    /// A gold file or source could not be loaded.
    #[error(transparent)]
    Claims(#[from] crate::claims::EvalError),
}

impl SetError {
    fn io(path: &Path, source: std::io::Error) -> SetError {
        SetError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

fn read(path: &Path) -> Result<String, SetError> {
    std::fs::read_to_string(path).map_err(|e| SetError::io(path, e))
}

/// One casualty item, gold or system.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Evidence text.
    pub text: String,
    /// `killed`, `injured`, …
    pub category: String,
    /// Lower bound.
    pub min: Option<u64>,
    /// Upper bound.
    pub max: Option<u64>,
}

/// The spec name of a category.
pub fn category_name(c: HarmCategory) -> &'static str {
    match c {
        HarmCategory::Killed => "killed",
        HarmCategory::Injured => "injured",
        HarmCategory::KilledOrInjured => "killed_or_injured",
        HarmCategory::Shot => "shot",
        HarmCategory::Missing => "missing",
        HarmCategory::Abducted => "abducted",
        HarmCategory::Arrested => "arrested",
        HarmCategory::Displaced => "displaced",
    }
}

/// Run an extractor over a text (segmented with the `segment` crate) and
/// return its casualty items.
pub fn items(extractor: &dyn Extractor, id: &str, text: &str) -> Vec<Item> {
    let doc = Document::from_text(id, text);
    let seg = segment::Segmenter::new().segment(&doc);
    let mut claims = Vec::new();
    extractor.extract(&doc, &seg, &mut claims);
    claims
        .iter()
        .filter_map(|c| match c {
            Claim::Casualty(c) if c.evidence.span.is_valid_for(&doc.text) => Some(Item {
                text: doc.text[c.evidence.span].to_string(),
                category: category_name(c.category).into(),
                min: c.min,
                max: c.max,
            }),
            _ => None,
        })
        .collect()
}

/// How many of a set of cases were found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Agreement {
    /// Cases asked for.
    pub incidents: usize,
    /// Cases found.
    pub found: usize,
    /// `found / incidents` (0 when nothing was asked).
    pub rate: f64,
}

impl Agreement {
    /// Count one case.
    pub fn add(&mut self, found: bool) {
        self.incidents += 1;
        self.found += usize::from(found);
        self.rate = Agreement::ratio(self.found, self.incidents);
    }

    fn ratio(found: usize, total: usize) -> f64 {
        if total == 0 {
            0.0
        } else {
            found as f64 / total as f64
        }
    }
}

impl fmt::Display for Agreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{} = {:.3}", self.found, self.incidents, self.rate)
    }
}

/// Both casualty corpora in one report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CasualtyReport {
    /// Gun Violence Archive agreement.
    pub gva: GvaReport,
    /// Displacement figures.
    pub displacement: DisplacementReport,
    /// Wall-clock seconds of the GVA run.
    pub gva_seconds: f64,
}

impl fmt::Display for CasualtyReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.gva)?;
        writeln!(f, "  ({:.1} s)", self.gva_seconds)?;
        write!(f, "{}", self.displacement)
    }
}

/// GVA agreement (the first `gva_limit` articles; `usize::MAX` for all) and
/// the displacement sets, read from `shared`.
pub fn run(
    shared: &Path,
    extractor: &dyn Extractor,
    gva_limit: usize,
) -> Result<CasualtyReport, SetError> {
    let t = Instant::now();
    let gva = gva(shared, extractor, gva_limit)?;
    let gva_seconds = t.elapsed().as_secs_f64();
    Ok(CasualtyReport {
        gva,
        displacement: displacement(shared, extractor)?,
        gva_seconds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON paths CI floors name stay where they are.
    #[test]
    fn floor_paths() {
        let rep = CasualtyReport {
            gva: GvaReport::default(),
            displacement: DisplacementReport::default(),
            gva_seconds: 0.0,
        };
        let v = serde_json::to_value(&rep).expect("serialize");
        for path in [
            "gva.killed.rate",
            "gva.injured.rate",
            "gva.overall.rate",
            "displacement.rate",
            "displacement.in_spec.rate",
            "displacement.idmc.rate",
        ] {
            let found = path.split('.').try_fold(&v, |v, k| v.get(k));
            assert!(found.is_some_and(|x| x.is_f64()), "{path} missing");
        }
        assert!(rep.to_string().contains("GVA: 0 articles"));
    }
}
