//! Resolving a gold document's `source` (`spec/claims-gold.md`) to the
//! article's text, so that a runner can feed our pipeline exactly the text
//! the gold spans were copied from.
//!
//! `source` is a path relative to `shared/`: a text file, or `FILE#KEY` for
//! one record of a JSON file (the object under KEY, its `articleBody`) or of a
//! JSON Lines file (the record whose `doc_id` is KEY, its `content`).
//! [`GoldSources`] caches parsed JSON files and, for JSON Lines files, an
//! index from `doc_id` to the record's byte range, built in one streaming
//! pass, so that many gold documents pointing into one large corpus cost one
//! read of it.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::error::EvalError;

/// What kind of file a source text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A whole (UTF-8) text file.
    TextFile,
    /// The `articleBody` of one object of a JSON file.
    JsonRecord,
    /// The `content` of one record of a JSON Lines file.
    JsonlRecord,
}

/// A resolved source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceText {
    /// The article's text, unchanged.
    pub text: String,
    /// The file it came from.
    pub path: PathBuf,
    /// How it was taken from that file.
    pub kind: SourceKind,
    /// The whole record (for JSON and JSON Lines sources), so that the caller
    /// can take url, title or date from it.
    pub record: Option<Value>,
}

/// Resolves one `source` against the `shared/` directory, with no cache
/// (see [`GoldSources`] for many).
pub fn resolve_source(shared: &Path, source: &str) -> Result<SourceText, EvalError> {
    GoldSources::new(shared).resolve(source)
}

/// Resolves `source` fields with a cache of the files they point into.
///
/// ```no_run
/// use newsclaims_eval::claims::{load_gold, GoldSources};
/// # fn main() -> Result<(), newsclaims_eval::claims::EvalError> {
/// let shared = std::path::Path::new("../shared");
/// let mut sources = GoldSources::new(shared);
/// for doc in load_gold(&shared.join("gold/dev"))? {
///     let Some(source) = doc.source.as_deref() else { continue };
///     let article = sources.resolve(source)?;
///     let title = article.record.as_ref().and_then(|r| r.get("title"));
///     println!("{} {:?}: {} bytes", doc.doc_id, title, article.text.len());
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct GoldSources {
    shared: PathBuf,
    json: HashMap<PathBuf, Arc<Map<String, Value>>>,
    jsonl: HashMap<PathBuf, Arc<JsonlIndex>>,
}

/// `doc_id` → byte offset and length of its line in a JSON Lines file.
type JsonlIndex = HashMap<String, (u64, usize)>;

/// Just the `doc_id` of a JSON Lines record; serde skips the rest.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    doc_id: Option<Value>,
}

impl GoldSources {
    /// A resolver for sources relative to `shared`.
    pub fn new(shared: impl Into<PathBuf>) -> GoldSources {
        GoldSources {
            shared: shared.into(),
            json: HashMap::new(),
            jsonl: HashMap::new(),
        }
    }

    /// Resolves one `source` value.
    ///
    /// The whole value is a file when such a file exists; otherwise it is
    /// split at its last `#` into a `.json` or `.jsonl` file and a key.
    pub fn resolve(&mut self, source: &str) -> Result<SourceText, EvalError> {
        let err = |message: String| EvalError::Source {
            source_ref: source.to_string(),
            message,
        };
        let whole = self.path_of(source).map_err(err)?;
        if whole.is_file() {
            let text = std::fs::read_to_string(&whole).map_err(|e| EvalError::io(&whole, e))?;
            return Ok(SourceText {
                text,
                path: whole,
                kind: SourceKind::TextFile,
                record: None,
            });
        }
        let Some((file, key)) = source.rsplit_once('#') else {
            return Err(err(format!("no file {}", whole.display())));
        };
        let path = self.path_of(file).map_err(err)?;
        let (kind, field, record) = match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => (
                SourceKind::JsonlRecord,
                "content",
                self.jsonl_record(&path, key)?,
            ),
            Some("json") => (
                SourceKind::JsonRecord,
                "articleBody",
                self.json_record(&path, key)?,
            ),
            _ => {
                return Err(err(format!(
                    "{file}: a keyed source must be a .json or .jsonl file"
                )))
            }
        };
        let Some(record) = record else {
            return Err(err(format!("no record {key:?} in {}", path.display())));
        };
        let Some(text) = record.get(field).and_then(Value::as_str) else {
            return Err(err(format!(
                "record {key:?} of {} has no string `{field}`",
                path.display()
            )));
        };
        Ok(SourceText {
            text: text.to_string(),
            path,
            kind,
            record: Some(record.clone()),
        })
    }

    /// `shared/<rel>`, refusing paths that would leave `shared/`.
    fn path_of(&self, rel: &str) -> Result<PathBuf, String> {
        let rel_path = Path::new(rel);
        if rel.is_empty()
            || !rel_path
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        {
            return Err("a source must be a relative path inside shared/".into());
        }
        Ok(self.shared.join(rel_path))
    }

    fn json_record(&mut self, path: &Path, key: &str) -> Result<Option<Value>, EvalError> {
        if !self.json.contains_key(path) {
            let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
            let value: Value = serde_json::from_str(&text).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: None,
                source,
            })?;
            let Value::Object(map) = value else {
                return Err(EvalError::invalid(
                    path,
                    None,
                    "a keyed JSON source must hold an object",
                ));
            };
            self.json.insert(path.to_path_buf(), Arc::new(map));
        }
        Ok(self.json.get(path).and_then(|m| m.get(key)).cloned())
    }

    fn jsonl_record(&mut self, path: &Path, key: &str) -> Result<Option<Value>, EvalError> {
        let index = match self.jsonl.get(path) {
            Some(index) => Arc::clone(index),
            None => {
                let index = Arc::new(index_jsonl(path)?);
                self.jsonl.insert(path.to_path_buf(), Arc::clone(&index));
                index
            }
        };
        let Some(&(offset, len)) = index.get(key) else {
            return Ok(None);
        };
        let mut file = File::open(path).map_err(|e| EvalError::io(path, e))?;
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| EvalError::io(path, e))?;
        let mut buf = vec![0u8; len];
        file.read_exact(&mut buf)
            .map_err(|e| EvalError::io(path, e))?;
        let record = serde_json::from_slice(&buf).map_err(|source| EvalError::Json {
            path: path.to_path_buf(),
            line: None,
            source,
        })?;
        Ok(Some(record))
    }
}

/// One streaming pass over a JSON Lines file: `doc_id` (a string, or a
/// number written as its decimal) → byte offset and length of its line. The
/// first record of a repeated id wins.
fn index_jsonl(path: &Path) -> Result<JsonlIndex, EvalError> {
    let file = File::open(path).map_err(|e| EvalError::io(path, e))?;
    let mut reader = BufReader::new(file);
    let mut index = HashMap::new();
    let mut buf = Vec::new();
    let mut offset = 0u64;
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| EvalError::io(path, e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = buf.trim_ascii();
        if !line.is_empty() {
            let head: IdOnly = serde_json::from_slice(line).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: Some(line_no),
                source,
            })?;
            let id = match head.doc_id {
                Some(Value::String(s)) => Some(s),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            if let Some(id) = id {
                let start = offset + (line.as_ptr() as usize - buf.as_ptr() as usize) as u64;
                index.entry(id).or_insert((start, line.len()));
            }
        }
        offset += n as u64;
    }
    Ok(index)
}
