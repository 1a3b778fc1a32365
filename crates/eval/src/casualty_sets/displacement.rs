//! Displacement figures (`corpora/casualties/idetect-idmc-displacement`):
//! for each annotated excerpt, does the extractor give a `displaced` figure
//! that states the annotated quantity?
//!
//! Two workbooks: the IDETECT test set (312 excerpts: excerpt, quantity,
//! reporting term, unit) is the headline; the IDMC fully labelled set (133
//! excerpts from other reports and news) is read the same way and reported
//! beside it, as a check that rules written against the first generalize.
//!
//! Faithful to the annotation: the quantity is the number the text states,
//! in the annotated unit (people or households), so a figure of families or
//! households counts when its number is the annotated one. A figure states
//! `q` when `q` lies within its bounds, or one off an open bound (`more than
//! 15,000` has min 15001 and states 15,000); an open bound must be `q` (±1),
//! so `hundreds` (min 200) does not state 175,500.
//!
//! The sets also annotate housing destroyed or damaged (`Destroyed Housing`,
//! `Partially Destroyed Housing`): IDMC counts those homes, but
//! `spec/claims-gold.md` rules harm to property out, so the extractor gives
//! no figure there by design. `rate` counts every excerpt; `in_spec` leaves
//! those two terms out.

use super::{items, xlsx, Agreement, Item, SetError};
use model::Extractor;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Reporting terms that count houses, not people (out of the spec's scope).
const PROPERTY_TERMS: &[&str] = &["Destroyed Housing", "Partially Destroyed Housing"];

/// An excerpt whose quantity no figure states.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    /// Reporting term of the annotation.
    pub term: String,
    /// Annotated quantity.
    pub quantity: u64,
    /// The excerpt.
    pub excerpt: String,
    /// Every figure the extractor gave (`category:min-max "text"`).
    pub figures: Vec<String>,
}

/// The figures of one workbook.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DisplacementSet {
    /// Workbook file name.
    pub set: String,
    /// Excerpts with a quantity.
    pub excerpts: usize,
    /// Excerpts where a `displaced` figure states the quantity.
    pub found: usize,
    /// `found / excerpts`.
    pub rate: f64,
    /// The same, leaving out the property terms the spec excludes.
    pub in_spec: Agreement,
    /// Per reporting term.
    pub per_term: BTreeMap<String, Agreement>,
    /// The misses, in file order (not serialized).
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// The displacement report: the IDETECT test set (its fields at the top
/// level: `displacement.rate`, `displacement.in_spec.rate`) and the IDMC
/// labelled set (`displacement.idmc.rate`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DisplacementReport {
    /// IDETECT test set.
    #[serde(flatten)]
    pub idetect: DisplacementSet,
    /// IDMC fully labelled set.
    pub idmc: DisplacementSet,
}

impl fmt::Display for DisplacementSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: figure and category found {}/{} = {:.3}; in spec (no property terms) {}",
            self.set, self.found, self.excerpts, self.rate, self.in_spec
        )?;
        for (term, a) in &self.per_term {
            writeln!(f, "  {term:<28} {a}")?;
        }
        Ok(())
    }
}

impl fmt::Display for DisplacementReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.idetect, self.idmc)
    }
}

/// Whether some `displaced` item states `q`.
pub fn states(items: &[Item], q: u64) -> bool {
    items.iter().any(|c| {
        let lo = c.min.map(|m| m.saturating_sub(1));
        let hi = c.max.map(|m| m.saturating_add(1));
        c.category == "displaced"
            && (lo.is_some() || hi.is_some())
            && lo.is_none_or(|m| m <= q)
            && hi.is_none_or(|m| m >= q)
            && (c.max.is_some() || c.min.is_some_and(|m| m.abs_diff(q) <= 1))
            && (c.min.is_some() || c.max.is_some_and(|m| m.abs_diff(q) <= 1))
    })
}

/// Score one workbook; `cols` are the excerpt, quantity and term columns.
fn score_book(
    path: &Path,
    cols: (&str, &str, &str),
    extractor: &dyn Extractor,
) -> Result<DisplacementSet, SetError> {
    let bytes = std::fs::read(path).map_err(|e| SetError::io(path, e))?;
    let rows = xlsx::first_sheet(&bytes).ok_or_else(|| SetError::Workbook(path.into()))?;
    let mut set = DisplacementSet {
        set: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Default::default()
    };
    for row in rows.iter().skip(1) {
        let (Some(excerpt), Some(q)) = (
            row.get(cols.0),
            row.get(cols.1).and_then(|q| q.trim().parse::<f64>().ok()),
        ) else {
            continue;
        };
        if !(q.is_finite() && q >= 0.0) {
            continue;
        }
        let q = q.round() as u64;
        let term = row.get(cols.2).cloned().unwrap_or_default();
        let figs = items(extractor, "excerpt", excerpt);
        let hit = states(&figs, q);
        set.excerpts += 1;
        set.found += usize::from(hit);
        set.per_term.entry(term.clone()).or_default().add(hit);
        if !PROPERTY_TERMS.contains(&term.as_str()) {
            set.in_spec.add(hit);
        }
        if !hit {
            set.misses.push(Miss {
                term,
                quantity: q,
                excerpt: excerpt.clone(),
                figures: figs
                    .iter()
                    .map(|x| format!("{}:{:?}-{:?} {:?}", x.category, x.min, x.max, x.text))
                    .collect(),
            });
        }
    }
    set.rate = Agreement::ratio(set.found, set.excerpts);
    Ok(set)
}

/// Score both workbooks.
pub fn displacement(
    shared: &Path,
    extractor: &dyn Extractor,
) -> Result<DisplacementReport, SetError> {
    let dir = shared.join("corpora/casualties/idetect-idmc-displacement/data");
    Ok(DisplacementReport {
        idetect: score_book(
            &dir.join("IDETECT_test_dataset - NLP.csv.xlsx"),
            ("B", "C", "D"),
            extractor,
        )?,
        idmc: score_book(
            &dir.join("IDMC_fully_labelled.csv.xlsx"),
            ("D", "F", "G"),
            extractor,
        )?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(cat: &str, min: Option<u64>, max: Option<u64>) -> Item {
        Item {
            text: String::new(),
            category: cat.into(),
            min,
            max,
        }
    }

    #[test]
    fn stated_quantities() {
        // `more than 15,000`.
        assert!(states(&[item("displaced", Some(15001), None)], 15000));
        // `nearly 500` → max 499.
        assert!(states(&[item("displaced", None, Some(499))], 500));
        assert!(states(&[item("displaced", Some(10), Some(15))], 12));
        // `hundreds` does not state 175,500; another category never does.
        assert!(!states(&[item("displaced", Some(200), None)], 175_500));
        assert!(!states(&[item("killed", Some(7), Some(7))], 7));
    }
}
