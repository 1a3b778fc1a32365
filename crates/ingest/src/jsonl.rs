//! JSON Lines records: one article per line.
//!
//! Fields (first one present wins): id `doc_id`, `id`; text `text`, `content`,
//! `articleBody` (or raw HTML under `html`); `url`, `uri`; `published`, `dct`,
//! `date`, `datePublished`; `publisher`; `title`; `authors` (list) or `author`.

use crate::{parse_published, ErrorKind, HtmlPage, Input};
use model::{paragraphs_by_blank_lines, DateSource, Document, InputFormat, Origin, Published};
use serde_json::{Map, Value};

fn first_str<'a>(obj: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .find_map(|k| obj.get(*k).and_then(Value::as_str))
        .filter(|s| !s.trim().is_empty())
}

fn first_id(obj: &Map<String, Value>) -> Option<String> {
    ["doc_id", "id"].iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

fn authors(obj: &Map<String, Value>) -> Vec<String> {
    match obj.get("authors").or_else(|| obj.get("author")) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    }
}

/// Parse one JSONL line into an input. `fallback_id` names records without an id
/// (`<stem>:<line>`).
pub fn parse_record(line: &str, fallback_id: String, origin: Origin) -> Result<Input, ErrorKind> {
    let value: Value = serde_json::from_str(line).map_err(|e| ErrorKind::Json(e.to_string()))?;
    let Value::Object(obj) = value else {
        return Err(ErrorKind::Json("a record must be a JSON object".into()));
    };
    let id = first_id(&obj).unwrap_or(fallback_id);
    let published = match first_str(&obj, &["published", "dct", "date", "datePublished"]) {
        Some(s) => {
            let (date, datetime) =
                parse_published(s).ok_or_else(|| ErrorKind::Date(s.to_string()))?;
            Some(Published {
                date,
                datetime,
                source: DateSource::Record,
            })
        }
        None => None,
    };
    let url = first_str(&obj, &["url", "uri"]).map(str::to_string);
    let title = first_str(&obj, &["title"]).map(str::to_string);
    let publisher = first_str(&obj, &["publisher"]).map(str::to_string);
    if let Some(text) = first_str(&obj, &["text", "content", "articleBody"]) {
        let text = text.to_string();
        let published = published.or_else(|| {
            crate::dateline_date(&text).map(|d| Published::date(d, DateSource::Dateline))
        });
        return Ok(Input::Document(Document {
            id,
            url,
            title,
            authors: authors(&obj),
            publisher,
            published,
            paragraphs: paragraphs_by_blank_lines(&text, 0),
            text,
            origin: Origin {
                format: InputFormat::Jsonl,
                ..origin
            },
            ..Document::default()
        }));
    }
    if let Some(html) = first_str(&obj, &["html"]) {
        return Ok(Input::Html(HtmlPage {
            id,
            bytes: html.as_bytes().to_vec(),
            url,
            content_type: Some("text/html; charset=utf-8".into()),
            published,
            origin: Origin {
                format: InputFormat::Jsonl,
                ..origin
            },
        }));
    }
    Err(ErrorKind::NoText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_fallbacks() {
        let line = r#"{"id": 7, "content": "A.\n\nB.", "uri": "http://x", "dct": "2014-01-28", "author": "Jo"}"#;
        let Input::Document(d) = parse_record(line, "f:1".into(), Origin::default()).unwrap()
        else {
            panic!()
        };
        assert_eq!(d.id, "7");
        assert_eq!(d.url.as_deref(), Some("http://x"));
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.authors, ["Jo"]);
        assert_eq!(d.published.unwrap().date.to_string(), "2014-01-28");
    }

    #[test]
    fn errors() {
        assert!(matches!(
            parse_record("{", "x".into(), Origin::default()),
            Err(ErrorKind::Json(_))
        ));
        assert!(matches!(
            parse_record("[1]", "x".into(), Origin::default()),
            Err(ErrorKind::Json(_))
        ));
        assert!(matches!(
            parse_record(r#"{"doc_id":"a"}"#, "x".into(), Origin::default()),
            Err(ErrorKind::NoText)
        ));
        assert!(matches!(
            parse_record(
                r#"{"text":"t","date":"soon"}"#,
                "x".into(),
                Origin::default()
            ),
            Err(ErrorKind::Date(_))
        ));
    }
}
