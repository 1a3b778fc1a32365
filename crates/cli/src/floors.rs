//! Quality floors: CI fails when a figure of a JSON report drops below its minimum.

use serde_json::Value;

/// Look up a dotted path (`quote.end_to_end.f1`) in a JSON value.
pub fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| match v {
        Value::Object(m) => m.get(key),
        Value::Array(a) => a.get(key.parse::<usize>().ok()?),
        _ => None,
    })
}

/// Check every floor; returns one message per failure (a missing path is a failure).
pub fn check(report: &Value, floors: &[(String, f64)]) -> Vec<String> {
    floors
        .iter()
        .filter_map(
            |(path, min)| match lookup(report, path).and_then(Value::as_f64) {
                Some(x) if x >= *min => None,
                Some(x) => Some(format!("{path} = {x} is below its floor {min}")),
                None => Some(format!("{path}: no such figure in the report")),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors() {
        let v: Value = serde_json::json!({"quote": {"f1": 0.5, "sets": [{"n": 3}]}});
        assert!(check(&v, &[("quote.f1".into(), 0.5)]).is_empty());
        assert_eq!(check(&v, &[("quote.f1".into(), 0.6)]).len(), 1);
        assert_eq!(check(&v, &[("quote.nope".into(), 0.0)]).len(), 1);
        assert!(check(&v, &[("quote.sets.0.n".into(), 3.0)]).is_empty());
    }
}
