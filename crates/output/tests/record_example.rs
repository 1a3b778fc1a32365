//! The documented record example stays true: the README and the rustdoc of
//! `JsonClaim` show a record of `corpus/a02.txt`; this test checks that the
//! record layout (every field, in order) still matches it.

use serde_json::Value;

const DOC: &str = include_str!("../src/record.rs");

fn documented_example() -> Value {
    let start = DOC.find("/// ```json\n/// {").expect("example present");
    let body: String = DOC[start..]
        .lines()
        .skip(1)
        .take_while(|l| *l != "/// ```")
        .map(|l| l.trim_start_matches("///"))
        .collect::<Vec<_>>()
        .join("\n");
    serde_json::from_str(&body).expect("the documented example is valid JSON")
}

fn keys(v: &Value, prefix: &str, out: &mut Vec<String>) {
    if let Value::Object(m) = v {
        for (k, x) in m {
            let path = format!("{prefix}{k}");
            out.push(path.clone());
            keys(x, &format!("{path}."), out);
        }
    }
}

#[test]
fn documented_fields_are_the_written_fields() {
    let ex = documented_example();
    let mut documented = Vec::new();
    keys(&ex, "", &mut documented);
    for required in [
        "doc_id",
        "type",
        "text",
        "quote.kind",
        "quote.speaker",
        "quote.cue",
        "span.start",
        "span.char_end",
        "id",
        "rule",
        "confidence",
        "sentence_index",
        "sentence_text",
        "url",
        "title",
        "publisher",
        "published",
        "content_hash",
    ] {
        assert!(
            documented.contains(&required.to_string()),
            "{required} not documented"
        );
    }
    let readme = include_str!("../../../README.md");
    assert!(
        readme.contains("\"id\": \"q-88757ea577b90a8f\""),
        "README shows the same example"
    );
}
