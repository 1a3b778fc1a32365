//! Author strings → names: bylines split, `By` removed, and never the site name, a
//! staff or desk label, a URL or a sentence.

/// Words that make an author string a label rather than a person.
const NOT_A_PERSON: &[&str] = &[
    "staff",
    "desk",
    "editorial",
    "editors",
    "newsroom",
    "team",
    "admin",
    "contributor",
    "correspondent",
    "reporter",
    "news service",
    "wire",
];

/// Clean and split author strings; `publisher` is never returned as an author.
pub(crate) fn clean(raw: &[String], publisher: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let pub_norm = publisher.map(norm);
    for r in raw {
        let r = crate::dom::squash(r);
        let r = strip_by(&r);
        for part in split(r) {
            let name = part
                .trim()
                .trim_matches(|c: char| c == ',' || c == '.' || c == '|' || c == ':' || c == '-')
                .trim();
            let name = strip_affiliation(strip_by(name).trim());
            if !plausible(name) || is_credential(name) {
                continue;
            }
            let n = norm(name);
            if pub_norm
                .as_ref()
                .is_some_and(|p| !p.is_empty() && (n == *p || p.contains(&n) && n.len() > 6))
            {
                continue;
            }
            let lower = name.to_lowercase();
            if NOT_A_PERSON.iter().any(|w| {
                lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w)
                    || (w.contains(' ') && lower.contains(w))
            }) {
                continue;
            }
            if !out.iter().any(|o| norm(o) == n) {
                out.push(name.to_string());
            }
        }
    }
    out
}

fn strip_by(s: &str) -> &str {
    let t = s.trim();
    for p in [
        "written by ",
        "reporting by ",
        "story by ",
        "words by ",
        "posted by ",
        "by: ",
        "by ",
    ] {
        if t.len() > p.len() && t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)) {
            return t[p.len()..].trim();
        }
    }
    t
}

/// Wire-service names around a person's name: `Associated Press Ann Lee`, `Ann Lee The Associated Press`.
fn strip_affiliation(name: &str) -> &str {
    let mut t = name.trim();
    for a in ["The Associated Press", "Associated Press", "Reuters", "AFP"] {
        if let Some(rest) = t.strip_prefix(a).filter(|r| r.starts_with(' ')) {
            t = rest.trim();
        }
        if let Some(rest) = t.strip_suffix(a).filter(|r| r.ends_with(' ')) {
            t = rest.trim();
        }
    }
    // Trailing credentials: `Lauren Manaker MS`.
    while let Some((head, last)) = t.rsplit_once(' ') {
        if head.contains(' ') || head.len() > 2 {
            // Only after a mixed-case name: in `JOHN DOE` the last word is a name.
            if is_credential(last)
                && head.split_whitespace().count() >= 2
                && head.chars().any(|c| c.is_lowercase())
            {
                t = head.trim();
                continue;
            }
        }
        break;
    }
    t
}

/// `MS`, `RDN`, `PhD`, `MD`: a degree or credential, not a name.
fn is_credential(s: &str) -> bool {
    let s = s.trim_matches('.');
    matches!(s, "PhD" | "MD" | "MPH" | "MBA" | "Jr" | "Sr" | "II" | "III")
        || (s.len() <= 4 && s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase()))
}

fn split(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in [" and ", " And ", " AND ", " & ", ";", "|", ","] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
}

fn plausible(name: &str) -> bool {
    let words = name.split_whitespace().count();
    !name.is_empty()
        && (1..=5).contains(&words)
        && name.len() <= 60
        && !name.contains("://")
        && !name.contains('@')
        && !name.starts_with("www.")
        && name.chars().next().is_some_and(|c| c.is_alphabetic())
        && !name.chars().any(|c| c.is_ascii_digit())
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_split_and_filtered() {
        let raw = vec!["By Ann Lee and Bo Chan, The Daily Example".to_string()];
        assert_eq!(
            clean(&raw, Some("The Daily Example")),
            ["Ann Lee", "Bo Chan"]
        );
        assert!(clean(&["Staff".into()], None).is_empty());
        assert!(clean(&["Daily Example Staff".into()], None).is_empty());
        assert!(clean(&["https://www.facebook.com/x".into()], None).is_empty());
        assert_eq!(
            clean(&["RALPH D. RUSSO, BOB FERRANTE".into()], None),
            ["RALPH D. RUSSO", "BOB FERRANTE"]
        );
    }
}
