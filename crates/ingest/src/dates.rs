//! Publication dates as they appear in input records and headers.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Parse a publication date: `2021-06-08`, `2021/06/08`, `20210608`, RFC 3339
/// (`2021-06-08T10:00:00+04:00`), `2021-06-08 10:00:00`, or a leading date followed by anything.
/// Returns the calendar date and, when given, the local date-time.
///
/// ```
/// use newsclaims_ingest::parse_published;
/// let (d, t) = parse_published("2021-06-08T10:30:00+04:00").unwrap();
/// assert_eq!(d.to_string(), "2021-06-08");
/// assert_eq!(t.unwrap().to_string(), "2021-06-08 10:30:00");
/// assert!(parse_published("next Tuesday").is_none());
/// ```
pub fn parse_published(s: &str) -> Option<(NaiveDate, Option<NaiveDateTime>)> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        let local = dt.naive_local();
        return Some((local.date(), Some(local)));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some((dt.date(), Some(dt)));
        }
    }
    // A leading calendar date, possibly followed by other text.
    let head: String = s.chars().take(10).collect();
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(&head, fmt) {
            return Some((d, None));
        }
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s, "%Y%m%d")
            .ok()
            .map(|d| (d, None));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        for s in [
            "2021-06-08",
            "2021/06/08",
            "20210608",
            "2021-06-08 09:00:00",
            "2021-06-08T09:00:00Z",
            "2021-06-08T09:00",
        ] {
            assert_eq!(
                parse_published(s).unwrap().0,
                NaiveDate::from_ymd_opt(2021, 6, 8).unwrap(),
                "{s}"
            );
        }
        assert!(parse_published("2021-13-40").is_none());
        assert!(parse_published("").is_none());
    }
}
