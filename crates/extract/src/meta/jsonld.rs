//! Schema.org JSON-LD: the article object (`NewsArticle`, `Article`, `BlogPosting`, …)
//! found at the top level, in an array, or in an `@graph`.

use serde_json::Value;

/// Fields read from the article object.
#[derive(Debug, Default, Clone)]
pub(crate) struct LdArticle {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub date_modified: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub body: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
];

fn type_rank(v: &Value) -> Option<usize> {
    let types: Vec<String> = match v.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => return None,
    };
    types
        .iter()
        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
        .min()
        .map(|p| if p == 0 { 0 } else { 1 })
        .or_else(|| {
            types
                .iter()
                .any(|t| t == "webpage" || t == "itempage")
                .then_some(2)
        })
}

fn collect<'v>(v: &'v Value, out: &mut Vec<(usize, &'v Value)>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, depth + 1)),
        Value::Object(o) => {
            if let Some(r) = type_rank(v) {
                out.push((r, v));
            }
            if let Some(g) = o.get("@graph") {
                collect(g, out, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                collect(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Text of a field that may be a string, an object with `name`/`@value`, or an array.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").or_else(|| o.get("@value")).and_then(text_of),
        Value::Array(a) => a.iter().find_map(text_of),
        _ => None,
    }
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.trim().to_string()),
        Value::Object(o) => {
            // Organisations are publishers, not authors.
            let org = o.get("@type").and_then(Value::as_str).is_some_and(|t| {
                t.eq_ignore_ascii_case("Organization")
                    || t.eq_ignore_ascii_case("NewsMediaOrganization")
            });
            if let Some(n) = o.get("name").and_then(text_of).filter(|_| !org) {
                out.push(n);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| names(x, out)),
        _ => {}
    }
}

/// The best article object among the JSON-LD scripts of a page.
pub(crate) fn article(scripts: &[&str]) -> Option<LdArticle> {
    let values: Vec<Value> = scripts
        .iter()
        .filter_map(|s| {
            let s = s
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            serde_json::from_str::<Value>(s).ok()
        })
        .collect();
    let mut found = Vec::new();
    for v in &values {
        collect(v, &mut found, 0);
    }
    found.sort_by_key(|(r, _)| *r);
    let (_, best) = found.first()?;
    let get = |k: &str| best.get(k).and_then(text_of);
    let mut a = LdArticle {
        headline: get("headline").or_else(|| get("name")),
        date_published: get("datePublished").or_else(|| get("dateCreated")),
        date_modified: get("dateModified"),
        publisher: best.get("publisher").and_then(text_of),
        language: get("inLanguage"),
        url: get("url").or_else(|| {
            best.get("mainEntityOfPage")
                .and_then(|m| m.get("@id").and_then(text_of).or_else(|| text_of(m)))
        }),
        body: get("articleBody"),
        ..LdArticle::default()
    };
    if let Some(au) = best.get("author").or_else(|| best.get("creator")) {
        names(au, &mut a.authors);
    }
    // A WebPage ranked best may lack dates that an article object elsewhere has.
    for (_, other) in found.iter().skip(1) {
        if a.date_published.is_none() {
            a.date_published = other.get("datePublished").and_then(text_of);
        }
        if a.authors.is_empty() {
            if let Some(au) = other.get("author") {
                names(au, &mut a.authors);
            }
        }
    }
    Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_in_a_graph() {
        let s = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
          {"@type":["NewsArticle"],"headline":"H","datePublished":"2023-01-02T03:04:05Z",
           "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chan"}],"publisher":{"name":"The Paper"}}]}"#;
        let a = article(&[s]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("H"));
        assert_eq!(a.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(a.publisher.as_deref(), Some("The Paper"));
        assert!(article(&["not json"]).is_none());
    }
}
