//! Predicted claims: the scored subset of a system's JSON Lines output.

use std::collections::HashSet;
use std::io::BufRead;
use std::path::Path;

use serde_json::{Map, Value};

use super::error::EvalError;
use super::pyvalue::truthy;
use super::types::ClaimType;

/// One claim of a system's output, as the scorer sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PredClaim {
    /// The article the claim is about.
    pub doc_id: String,
    /// The claim's type.
    pub kind: ClaimType,
    /// The claim's text (`text` of the record).
    pub text: String,
    /// The type's object of the record (`quote`, `casualty` or `date`):
    /// speaker, category, min, max, value, type.
    pub attrs: Map<String, Value>,
}

impl PredClaim {
    /// A claim with no attributes; add them with [`PredClaim::with`].
    pub fn new(doc_id: impl Into<String>, kind: ClaimType, text: impl Into<String>) -> PredClaim {
        PredClaim {
            doc_id: doc_id.into(),
            kind,
            text: text.into(),
            attrs: Map::new(),
        }
    }

    /// Sets one attribute.
    ///
    /// ```
    /// use newsclaims_eval::claims::{ClaimType, PredClaim};
    /// let c = PredClaim::new("doc", ClaimType::Casualty, "four were injured")
    ///     .with("category", "injured")
    ///     .with("min", 4)
    ///     .with("max", 4);
    /// assert_eq!(c.attrs["min"], 4);
    /// ```
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> PredClaim {
        self.attrs.insert(key.to_string(), value.into());
        self
    }

    /// Reads one output record (a parsed JSON Lines line). `Ok(None)` for a
    /// record the scorer ignores (another `type`, or a `doc_id` that is not a
    /// string); `Err` for a record that makes `score_claims.py` fail.
    pub fn from_record(rec: &Value) -> Result<Option<PredClaim>, String> {
        match record_head(rec)? {
            Some((kind, doc_id)) => record_body(rec, kind, doc_id).map(Some),
            None => Ok(None),
        }
    }
}

/// The type and doc id of a scored record, checked as Python checks them
/// before looking at the gold.
fn record_head(rec: &Value) -> Result<Option<(ClaimType, &str)>, String> {
    let obj = rec
        .as_object()
        .ok_or("a claim record must be a JSON object")?;
    let kind = match obj.get("type") {
        Some(Value::String(s)) => ClaimType::parse(s),
        Some(Value::Array(_) | Value::Object(_)) => {
            return Err("`type` must not be a list or object".into())
        }
        _ => None,
    };
    let Some(kind) = kind else { return Ok(None) };
    match obj.get("doc_id") {
        Some(Value::String(s)) => Ok(Some((kind, s.as_str()))),
        Some(Value::Array(_) | Value::Object(_)) => {
            Err("`doc_id` must not be a list or object".into())
        }
        _ => Ok(None),
    }
}

/// The text and attributes of a scored record (`rec.get(kind) or {}`,
/// `rec.get("text") or ""`).
fn record_body(rec: &Value, kind: ClaimType, doc_id: &str) -> Result<PredClaim, String> {
    let attrs = match rec.get(kind.as_str()) {
        Some(Value::Object(m)) => m.clone(),
        v if !truthy(v) => Map::new(),
        _ => return Err(format!("`{}` must be an object", kind.as_str())),
    };
    let text = match rec.get("text") {
        Some(Value::String(s)) => s.clone(),
        v if !truthy(v) => String::new(),
        _ => return Err("`text` must be a string".into()),
    };
    Ok(PredClaim {
        doc_id: doc_id.to_string(),
        kind,
        text,
        attrs,
    })
}

/// Python's `str.isspace()` on one character.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Reads the scored claims of a JSON Lines file: records of a scored type
/// whose `doc_id` is in `gold_ids`. Lines are split as Python's text mode
/// does (`\n`, `\r\n` and `\r`); blank lines are skipped. Errors name the file
/// and the 1-based line.
pub fn read_claims(path: &Path, gold_ids: &HashSet<&str>) -> Result<Vec<PredClaim>, EvalError> {
    let file = std::fs::File::open(path).map_err(|e| EvalError::io(path, e))?;
    let mut reader = std::io::BufReader::new(file);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| EvalError::io(path, e))?;
        if n == 0 {
            break;
        }
        let mut chunk = buf.as_slice();
        chunk = chunk.strip_suffix(b"\n").unwrap_or(chunk);
        chunk = chunk.strip_suffix(b"\r").unwrap_or(chunk);
        for line in chunk.split(|b| *b == b'\r') {
            line_no += 1;
            let at = Some(line_no);
            let line = std::str::from_utf8(line)
                .map_err(|e| EvalError::invalid(path, at, format!("not UTF-8: {e}")))?;
            if line.chars().all(py_isspace) {
                continue;
            }
            let rec: Value = serde_json::from_str(line).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: at,
                source,
            })?;
            let head = record_head(&rec).map_err(|m| EvalError::invalid(path, at, m))?;
            let Some((kind, doc_id)) = head else { continue };
            if !gold_ids.contains(doc_id) {
                continue;
            }
            let claim =
                record_body(&rec, kind, doc_id).map_err(|m| EvalError::invalid(path, at, m))?;
            out.push(claim);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_are_read_as_python_reads_them() {
        let rec = json!({"doc_id": "d", "type": "quote", "text": "hi", "quote": {"speaker": "X"}});
        let c = PredClaim::from_record(&rec).unwrap().unwrap();
        assert_eq!(
            (c.doc_id.as_str(), c.kind, c.text.as_str()),
            ("d", ClaimType::Quote, "hi")
        );
        assert_eq!(c.attrs["speaker"], "X");

        let no_attrs = json!({"doc_id": "d", "type": "date", "text": null, "date": null});
        let c = PredClaim::from_record(&no_attrs).unwrap().unwrap();
        assert!(c.text.is_empty() && c.attrs.is_empty());

        for ignored in [
            json!({"doc_id": "d", "type": "event", "text": "x"}),
            json!({"doc_id": 5, "type": "date"}),
            json!({"type": "date"}),
            json!({"doc_id": "d", "type": 3}),
        ] {
            assert_eq!(PredClaim::from_record(&ignored), Ok(None), "{ignored}");
        }
        for bad in [
            json!([1]),
            json!({"doc_id": "d", "type": ["date"]}),
            json!({"doc_id": ["d"], "type": "date"}),
            json!({"doc_id": "d", "type": "date", "text": 5}),
            json!({"doc_id": "d", "type": "date", "date": "2021"}),
        ] {
            assert!(PredClaim::from_record(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn python_whitespace() {
        assert!("\u{1c}\u{a0}\u{3000} \t".chars().all(py_isspace));
        assert!(!py_isspace('\u{200b}'));
    }
}
