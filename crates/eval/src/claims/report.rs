//! The report of `score_claims.py`: its `--json` structure (via `Serialize`)
//! and its text output (via `Display`).

use std::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::types::ClaimType;

/// Python's `round(x, 4)`: round half to even on the exact binary value.
/// Rust's fixed-precision formatting rounds the same way, and parsing the
/// result back gives the nearest double, as CPython does.
pub fn py_round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Precision, recall and F1 (`f1` of `score_claims.py`), unrounded.
pub fn prf(tp: usize, n_gold: usize, n_pred: usize) -> (f64, f64, f64) {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// The whole report, field for field the JSON that `score_claims.py --json`
/// prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimsReport {
    /// Gold files (distinct `doc_id`s).
    pub documents: usize,
    /// Gold documents with at least one scored predicted claim.
    pub documents_with_claims: usize,
    /// Quote figures.
    pub quote: TypeReport,
    /// Casualty figures.
    pub casualty: TypeReport,
    /// Date figures.
    pub date: TypeReport,
}

/// The figures of one claim type; ratios are rounded to 4 places as in Python.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeReport {
    /// Gold items.
    pub gold: usize,
    /// Predicted claims (of gold documents).
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Detection precision.
    pub precision: f64,
    /// Detection recall.
    pub recall: f64,
    /// Detection F1.
    pub f1: f64,
    /// Share of matched pairs whose attribute is right, per attribute, in
    /// the order of [`ClaimType::attributes`].
    pub attribute_accuracy: AttributeAccuracy,
    /// Figures counting only matches whose headline attributes are right.
    pub end_to_end: EndToEnd,
}

/// End-to-end precision, recall and F1 (the headline figure is `f1`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EndToEnd {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

/// Attribute name → accuracy, kept in report order (serialized as a JSON
/// object).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeAccuracy(pub Vec<(&'static str, f64)>);

impl AttributeAccuracy {
    /// The accuracy of one attribute.
    pub fn get(&self, attribute: &str) -> Option<f64> {
        self.0
            .iter()
            .find(|(a, _)| *a == attribute)
            .map(|(_, v)| *v)
    }
}

impl Serialize for AttributeAccuracy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl ClaimsReport {
    /// The figures of one type.
    pub fn get(&self, kind: ClaimType) -> &TypeReport {
        match kind {
            ClaimType::Quote => &self.quote,
            ClaimType::Casualty => &self.casualty,
            ClaimType::Date => &self.date,
        }
    }

    /// Exactly what `score_claims.py --json` prints (`json.dumps(report,
    /// indent=2)` and a newline).
    pub fn to_json_pretty(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// Exactly what `score_claims.py` prints without `--json`, final newline
/// included.
impl fmt::Display for ClaimsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "documents: {} (with claims: {})",
            self.documents, self.documents_with_claims
        )?;
        for kind in ClaimType::ALL {
            let r = self.get(kind);
            let attrs = r
                .attribute_accuracy
                .0
                .iter()
                .map(|(a, v)| format!("{a} {v:.3}"))
                .collect::<Vec<_>>()
                .join(", ");
            writeln!(
                f,
                "{:<9} gold {:>5} pred {:>5}  detect P {:.3} R {:.3} F1 {:.3}  | {} | end-to-end F1 {:.3}",
                kind.as_str(),
                r.gold,
                r.predicted,
                r.precision,
                r.recall,
                r.f1,
                attrs,
                r.end_to_end.f1
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_even_on_the_binary_value() {
        assert_eq!(py_round4(1.0 / 32.0), 0.0312); // exact tie: to even
        assert_eq!(py_round4(3.0 / 32.0), 0.0938);
        assert_eq!(py_round4(2.0 / 3.0), 0.6667);
        assert_eq!(py_round4(0.00005), 0.0001); // 5e-05 is above the tie in binary
        assert_eq!(py_round4(0.0), 0.0);
    }

    #[test]
    fn f1_handles_zeros() {
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
        assert_eq!(prf(1, 2, 1), (1.0, 0.5, 2.0 * 0.5 / 1.5));
    }
}
