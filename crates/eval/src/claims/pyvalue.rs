//! Python semantics for JSON values, as `score_claims.py` sees them after
//! `json.loads`: truthiness (`x or ""`), equality (`==`, where `1 == 1.0 ==
//! True`) and `str()` (the date check compares `str(gold) == str(pred)`, so
//! `"2021"` equals `2021` but not `2021.0`).
//!
//! Known gaps: `serde_json` reads integers beyond 64 bits as floats (Python
//! keeps them exact), and `str()` of a list or object holding non-ASCII
//! strings treats every non-ASCII character but the C1 controls and the line
//! and paragraph separators as printable (Python consults its Unicode
//! database). Neither occurs in sane gold or output.

use serde_json::{Number, Value};

/// Python's truthiness of an optional value (`None` for a missing key).
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => match PyNum::of(n) {
            PyNum::Int(i) => i != 0,
            PyNum::Float(f) => f != 0.0,
        },
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

#[derive(Clone, Copy)]
enum PyNum {
    Int(i128),
    Float(f64),
}

impl PyNum {
    fn of(n: &Number) -> PyNum {
        if let Some(i) = n.as_i64() {
            PyNum::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            PyNum::Int(i128::from(u))
        } else {
            PyNum::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    fn of_value(v: &Value) -> Option<PyNum> {
        match v {
            Value::Bool(b) => Some(PyNum::Int(i128::from(*b))),
            Value::Number(n) => Some(PyNum::of(n)),
            _ => None,
        }
    }

    fn eq(self, other: PyNum) -> bool {
        match (self, other) {
            (PyNum::Int(a), PyNum::Int(b)) => a == b,
            (PyNum::Float(a), PyNum::Float(b)) => a == b,
            (PyNum::Int(i), PyNum::Float(f)) | (PyNum::Float(f), PyNum::Int(i)) => {
                // Python compares int and float exactly.
                f.is_finite() && f.fract() == 0.0 && f.abs() < 1.0e38 && f as i128 == i
            }
        }
    }
}

/// Python's `==` between two JSON-decoded values.
pub fn py_eq(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (PyNum::of_value(a), PyNum::of_value(b)) {
        return x.eq(y);
    }
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        _ => false,
    }
}

/// `py_eq` of two optional values, a missing key reading as `None`
/// (`dict.get`).
pub fn py_eq_opt(a: Option<&Value>, b: Option<&Value>) -> bool {
    py_eq(a.unwrap_or(&Value::Null), b.unwrap_or(&Value::Null))
}

/// Python's `str()` of a JSON-decoded value (`None` for a missing key).
pub fn py_str(v: Option<&Value>) -> String {
    match v {
        None => "None".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            let mut out = String::new();
            push_repr(other, &mut out);
            out
        }
    }
}

fn push_repr(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Number(n) => match PyNum::of(n) {
            PyNum::Int(i) => out.push_str(&i.to_string()),
            PyNum::Float(f) => out.push_str(&float_repr(f)),
        },
        Value::String(s) => push_str_repr(s, out),
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                push_repr(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (n, (k, item)) in map.iter().enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                push_str_repr(k, out);
                out.push_str(": ");
                push_repr(item, out);
            }
            out.push('}');
        }
    }
}

/// Python's `repr(float)`: the shortest round-trip digits, in positional
/// notation when the decimal exponent is in `[-4, 16)`, else `1e+16` style.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` gives the same shortest digits: "-1.2345e-5".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    let point = exp + 1; // digits before the decimal point
    let body = if point <= 0 {
        format!("0.{}{}", "0".repeat(point.unsigned_abs() as usize), digits)
    } else {
        let point = point as usize;
        if digits.len() <= point {
            format!("{}{}.0", digits, "0".repeat(point - digits.len()))
        } else {
            format!("{}.{}", &digits[..point], &digits[point..])
        }
    };
    format!("{sign}{body}")
}

fn push_str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn truthiness() {
        for v in [
            json!(null),
            json!(false),
            json!(0),
            json!(0.0),
            json!(""),
            json!([]),
            json!({}),
        ] {
            assert!(!truthy(Some(&v)), "{v}");
        }
        for v in [
            json!(true),
            json!(-1),
            json!(0.5),
            json!(" "),
            json!([0]),
            json!({"a": null}),
        ] {
            assert!(truthy(Some(&v)), "{v}");
        }
        assert!(!truthy(None));
    }

    #[test]
    fn equality_crosses_numeric_types() {
        assert!(py_eq(&json!(4), &json!(4.0)));
        assert!(py_eq(&json!(1), &json!(true)));
        assert!(py_eq(&json!(0.0), &json!(false)));
        assert!(!py_eq(&json!(4), &json!("4")));
        assert!(!py_eq(&json!(null), &json!(0)));
        assert!(py_eq(&json!([1, {"a": 2.0}]), &json!([1.0, {"a": 2}])));
        assert!(!py_eq(
            &json!(9007199254740993u64),
            &json!(9007199254740992.0)
        ));
        assert!(py_eq_opt(None, Some(&json!(null))));
    }

    #[test]
    fn str_matches_python() {
        let cases = [
            (json!("2021-06-04"), "2021-06-04"),
            (json!(2021), "2021"),
            (json!(2021.0), "2021.0"),
            (json!(null), "None"),
            (json!(true), "True"),
            (json!(0.1), "0.1"),
            (json!(1e16), "1e+16"),
            (json!(123456789012345.6), "123456789012345.6"),
            (json!(0.0001), "0.0001"),
            (json!(0.00001), "1e-05"),
            (json!(-2.5e-7), "-2.5e-07"),
            (json!(1.5e300), "1.5e+300"),
            (json!(["a", 1, null, "it's"]), "['a', 1, None, \"it's\"]"),
            (json!({"k": "a\"b'c\\"}), "{'k': 'a\"b\\'c\\\\'}"),
        ];
        for (v, want) in cases {
            assert_eq!(py_str(Some(&v)), want, "{v}");
        }
        assert_eq!(py_str(None), "None");
    }
}
