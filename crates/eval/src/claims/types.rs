//! The three claim types that are scored and the attributes checked for each.

use serde_json::{Map, Value};

use super::matching::speaker_ok;
use super::pyvalue::{py_eq_opt, py_str, truthy};

/// A scored claim type: the `type` field of an output record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimType {
    /// `"quote"`, gold key `quotes`.
    Quote,
    /// `"casualty"`, gold key `casualties`.
    Casualty,
    /// `"date"`, gold key `dates`.
    Date,
}

impl ClaimType {
    /// All types, in report order.
    pub const ALL: [ClaimType; 3] = [ClaimType::Quote, ClaimType::Casualty, ClaimType::Date];

    /// The `type` value of an output record.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimType::Quote => "quote",
            ClaimType::Casualty => "casualty",
            ClaimType::Date => "date",
        }
    }

    /// Parses an output record's `type` value.
    pub fn parse(s: &str) -> Option<ClaimType> {
        ClaimType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The list's key in a gold file.
    pub fn gold_key(self) -> &'static str {
        match self {
            ClaimType::Quote => "quotes",
            ClaimType::Casualty => "casualties",
            ClaimType::Date => "dates",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Whether a text inside the other matches below the similarity threshold.
    pub fn loose(self) -> bool {
        !matches!(self, ClaimType::Quote)
    }

    /// The attributes checked on matched pairs, in report order.
    pub fn attributes(self) -> &'static [&'static str] {
        match self {
            ClaimType::Quote => &["speaker"],
            ClaimType::Casualty => &["category", "count"],
            ClaimType::Date => &["value", "type"],
        }
    }

    /// The attributes that must be right for an end-to-end match.
    pub fn headline(self) -> &'static [&'static str] {
        match self {
            ClaimType::Quote => &["speaker"],
            ClaimType::Casualty => &["category", "count"],
            ClaimType::Date => &["value"],
        }
    }

    /// Checks one attribute of a matched pair (gold item, predicted
    /// attributes), as the lambdas of `TYPES` in `score_claims.py` do.
    pub fn check(
        self,
        attribute: &str,
        gold: &Map<String, Value>,
        pred: &Map<String, Value>,
    ) -> bool {
        match (self, attribute) {
            (ClaimType::Quote, "speaker") => {
                speaker_check(gold.get("speaker"), pred.get("speaker"))
            }
            (ClaimType::Casualty, "category") => {
                py_eq_opt(gold.get("category"), pred.get("category"))
            }
            (ClaimType::Casualty, "count") => {
                py_eq_opt(gold.get("min"), pred.get("min"))
                    && py_eq_opt(gold.get("max"), pred.get("max"))
            }
            (ClaimType::Date, "value") => py_str(gold.get("value")) == py_str(pred.get("value")),
            (ClaimType::Date, "type") => py_eq_opt(gold.get("type"), pred.get("type")),
            _ => false,
        }
    }
}

/// `speaker_ok` on JSON values. A truthy speaker that is not a string makes
/// Python raise; here it simply fails the check.
fn speaker_check(gold: Option<&Value>, pred: Option<&Value>) -> bool {
    match (speaker_text(gold), speaker_text(pred)) {
        (Ok(g), Ok(p)) => speaker_ok(g, p),
        _ => false,
    }
}

/// A falsy speaker reads as `None`; a truthy one must be a string.
fn speaker_text(v: Option<&Value>) -> Result<Option<&str>, ()> {
    if !truthy(v) {
        return Ok(None);
    }
    match v {
        Some(Value::String(s)) => Ok(Some(s)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn attribute_checks() {
        let t = ClaimType::Casualty;
        let g = obj(json!({"category": "injured", "min": 4, "max": 4}));
        assert!(t.check("count", &g, &obj(json!({"min": 4.0, "max": 4}))));
        assert!(!t.check("count", &g, &obj(json!({"min": 4}))));
        assert!(t.check("category", &g, &obj(json!({"category": "injured"}))));
        let open = obj(json!({"min": 5, "max": null}));
        assert!(t.check("count", &open, &obj(json!({"min": 5}))));

        let t = ClaimType::Date;
        let g = obj(json!({"value": "2021", "type": "DATE"}));
        assert!(t.check("value", &g, &obj(json!({"value": 2021}))));
        assert!(!t.check("value", &g, &obj(json!({"value": 2021.0}))));
        assert!(!t.check("type", &g, &obj(json!({"type": "date"}))));
        let none = obj(json!({"value": "None"}));
        assert!(t.check("value", &none, &obj(json!({}))));

        let t = ClaimType::Quote;
        assert!(t.check(
            "speaker",
            &obj(json!({"speaker": null})),
            &obj(json!({"speaker": ""}))
        ));
        assert!(!t.check(
            "speaker",
            &obj(json!({"speaker": null})),
            &obj(json!({"speaker": "X"}))
        ));
        assert!(!t.check(
            "speaker",
            &obj(json!({"speaker": "X"})),
            &obj(json!({"speaker": ["X"]}))
        ));
        assert!(!t.check("nonsense", &obj(json!({})), &obj(json!({}))));
    }
}
