//! Loading the three extraction sets from `../shared/corpora/extract/`.

use super::ExtractionError;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One page with its gold.
pub struct Page {
    pub id: String,
    pub html: Vec<u8>,
    pub url: Option<String>,
    pub body: String,
    /// Gold paragraphs (fundus only).
    pub paragraphs: Vec<String>,
    pub title: Option<String>,
    pub authors: Option<Vec<String>>,
    pub date: Option<String>,
}

fn read_json(path: &Path) -> Result<Value, ExtractionError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| ExtractionError::Io(path.to_path_buf(), e))?;
    serde_json::from_str(&text)
        .map_err(|e| ExtractionError::Json(path.to_path_buf(), e.to_string()))
}

fn read_gz(path: &Path) -> Result<Vec<u8>, ExtractionError> {
    let f = std::fs::File::open(path).map_err(|e| ExtractionError::Io(path.to_path_buf(), e))?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(f)
        .read_to_end(&mut out)
        .map_err(|e| ExtractionError::Io(path.to_path_buf(), e))?;
    Ok(out)
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

/// AEB: `ground-truth.json` {id: {articleBody, url}} and `html/<id>.html.gz`.
pub fn aeb(root: &Path) -> Result<Vec<Page>, ExtractionError> {
    let dir = root.join("article-extraction-benchmark");
    let gt = read_json(&dir.join("ground-truth.json"))?;
    let mut out = Vec::new();
    for (id, g) in gt.as_object().into_iter().flatten() {
        let html = read_gz(&dir.join("html").join(format!("{id}.html.gz")))?;
        out.push(Page {
            id: id.clone(),
            html,
            url: s(g, "url"),
            body: s(g, "articleBody").unwrap_or_default(),
            paragraphs: Vec::new(),
            title: None,
            authors: None,
            date: None,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// NAEB: `articles.json` {hash: {title, authors, date, articleBody, url}}; pages whose
/// HTML is absent from the snapshot are skipped.
pub fn naeb(root: &Path) -> Result<Vec<Page>, ExtractionError> {
    let dir = root.join("naeb");
    let gt = read_json(&dir.join("articles.json"))?;
    let mut out = Vec::new();
    for (id, g) in gt.as_object().into_iter().flatten() {
        let path: PathBuf = dir.join("html").join(format!("{id}.html.gz"));
        if !path.exists() {
            continue;
        }
        let authors = s(g, "authors").map(|a| {
            a.split(',')
                .map(|x| x.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|x| !x.is_empty())
                .collect()
        });
        out.push(Page {
            id: id.clone(),
            html: read_gz(&path)?,
            url: s(g, "url"),
            body: s(g, "articleBody").unwrap_or_default(),
            paragraphs: Vec::new(),
            title: s(g, "title"),
            authors,
            // Two gold dates are `NaT` (pandas' "no date"): no gold date, not scored.
            date: s(g, "date").filter(|d| {
                d.get(..10)
                    .is_some_and(|x| model::NaiveDate::parse_from_str(x, "%Y-%m-%d").is_ok())
            }),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// fundus: `dataset/ground_truth.json` {file: {body: [paragraphs], url}}.
pub fn fundus(root: &Path) -> Result<Vec<Page>, ExtractionError> {
    let dir = root.join("fundus-evaluation/dataset");
    let gt = read_json(&dir.join("ground_truth.json"))?;
    let mut out = Vec::new();
    for (file, g) in gt.as_object().into_iter().flatten() {
        let paragraphs: Vec<String> = match g.get("body") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let name = if file.ends_with(".gz") {
            file.clone()
        } else {
            format!("{file}.gz")
        };
        out.push(Page {
            id: file
                .trim_end_matches(".gz")
                .trim_end_matches(".html")
                .to_string(),
            html: read_gz(&dir.join("html").join(name))?,
            url: s(g, "url"),
            body: paragraphs.join("\n\n"),
            paragraphs,
            title: None,
            authors: None,
            date: None,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}
