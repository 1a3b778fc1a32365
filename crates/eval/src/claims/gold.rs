//! Gold files (`spec/claims-gold.md`): one `<doc_id>.json` per article.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::error::EvalError;
use super::pyvalue::truthy;
use super::types::ClaimType;

/// One annotated item (a quote, casualty or date) of a gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldItem {
    /// The item's `text` (`null` reads as empty, as in Python's `text or ""`).
    pub text: String,
    /// The whole item object, `text` included (speaker, category, min, max,
    /// value, type and any extra fields).
    pub attrs: Map<String, Value>,
}

/// One gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    /// The article's id (the `doc_id` field).
    pub doc_id: String,
    /// The file it was read from.
    pub path: PathBuf,
    /// Where the article's text is, relative to `shared/` (see
    /// [`resolve_source`](super::resolve_source)).
    pub source: Option<String>,
    /// The date relative dates are resolved against.
    pub published: Option<String>,
    /// `quotes`, `casualties` and `dates`, indexed by [`ClaimType`].
    items: [Vec<GoldItem>; 3],
    /// The whole file.
    pub raw: Value,
}

impl GoldDoc {
    /// Parses one gold file's JSON; `path` is only used in errors.
    pub fn from_value(raw: Value, path: &Path) -> Result<GoldDoc, EvalError> {
        let invalid = |msg: String| EvalError::invalid(path, None, msg);
        let obj = raw
            .as_object()
            .ok_or_else(|| invalid("a gold file must hold a JSON object".into()))?;
        let doc_id = match obj.get("doc_id") {
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(invalid("`doc_id` must be a string".into())),
            None => return Err(invalid("missing `doc_id`".into())),
        };
        let opt_str = |key: &str| obj.get(key).and_then(Value::as_str).map(str::to_string);
        let mut items: [Vec<GoldItem>; 3] = Default::default();
        for kind in ClaimType::ALL {
            let key = kind.gold_key();
            let list = match obj.get(key) {
                None => continue,
                Some(Value::Array(list)) => list,
                Some(_) => return Err(invalid(format!("`{key}` must be a list"))),
            };
            for (n, item) in list.iter().enumerate() {
                let item =
                    parse_item(kind, item).map_err(|msg| invalid(format!("{key}[{n}]: {msg}")))?;
                items[kind.index()].push(item);
            }
        }
        Ok(GoldDoc {
            doc_id,
            path: path.to_path_buf(),
            source: opt_str("source"),
            published: opt_str("published"),
            items,
            raw,
        })
    }

    /// The gold items of one type.
    pub fn items(&self, kind: ClaimType) -> &[GoldItem] {
        &self.items[kind.index()]
    }
}

fn parse_item(kind: ClaimType, item: &Value) -> Result<GoldItem, String> {
    let attrs = item.as_object().ok_or("an item must be a JSON object")?;
    let text = match attrs.get("text") {
        None => return Err("missing `text`".into()),
        Some(Value::String(s)) => s.clone(),
        Some(v) if !truthy(Some(v)) => String::new(),
        Some(_) => return Err("`text` must be a string".into()),
    };
    if kind == ClaimType::Quote {
        let speaker = attrs.get("speaker");
        if truthy(speaker) && !matches!(speaker, Some(Value::String(_))) {
            return Err("`speaker` must be a string or null".into());
        }
    }
    Ok(GoldItem {
        text,
        attrs: attrs.clone(),
    })
}

/// Reads every `*.json` file of `dir`, in file name order (Python's
/// `sorted(Path(dir).glob("*.json"))`). A later file with an already seen
/// `doc_id` replaces the earlier one in its place, as Python's dict does.
///
/// Errors name the file: unreadable, not JSON, or not a gold object (no
/// string `doc_id`; a type key that is not a list; an item that is not an
/// object, has no `text`, or has a non-string `text`/quote `speaker`).
pub fn load_gold(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EvalError::io(dir, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| EvalError::io(dir, e))?;
        if entry.file_name().as_encoded_bytes().ends_with(b".json") {
            paths.push(entry.path());
        }
    }
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    let mut docs: Vec<GoldDoc> = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?;
        let raw: Value = serde_json::from_str(&text).map_err(|source| EvalError::Json {
            path: path.clone(),
            line: None,
            source,
        })?;
        let doc = GoldDoc::from_value(raw, &path)?;
        match docs.iter_mut().find(|d| d.doc_id == doc.doc_id) {
            Some(slot) => *slot = doc,
            None => docs.push(doc),
        }
    }
    Ok(docs)
}
