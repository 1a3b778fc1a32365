//! The dateline that opens many wire and newspaper stories:
//! `WASHINGTON, June 8, 2021 — …`, `VELIKA RUDNA, 14 October 2023 — …`,
//! `MILLBROOK, Ore., Tuesday, April 6, 2021 (AP) — …`.
//!
//! A text without a header often carries its date only there; relative dates
//! (`on Saturday`) can only be resolved once it is read. Only a full date with a
//! year counts: `KYIV, Oct 3 (Reuters) -` gives no year and is left alone.

use chrono::NaiveDate;
use model::calendar::{is_weekday, month_number};

/// Separators between a dateline and the story.
const DASHES: [&str; 5] = [" — ", " – ", " -- ", " - ", "—"];

/// The date of a dateline at the start of `text`, if it has one.
///
/// ```
/// use newsclaims_ingest::dateline_date;
/// let d = dateline_date("WASHINGTON, June 8, 2021 — The Senate voted…").unwrap();
/// assert_eq!(d.to_string(), "2021-06-08");
/// assert!(dateline_date("On June 8, 2021 — a Tuesday — the Senate voted.").is_none());
/// ```
pub fn dateline_date(text: &str) -> Option<NaiveDate> {
    let head = text.trim_start();
    // A dateline is short: the dash comes within the first 100 bytes.
    let (cut, _) = DASHES
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .filter(|&(i, _)| i <= 100)
        .min()?;
    let line = head[..cut].trim();
    // Drop a trailing agency tag: `(AP)`, `(Reuters)`.
    let line = match line.rfind(" (") {
        Some(i) if line.ends_with(')') => line[..i].trim_end(),
        _ => line,
    };
    let mut parts = line.split(',').map(str::trim);
    let place = parts.next()?;
    if !is_place_in_capitals(place) {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    // The date is the last one or two comma-separated parts: `14 October 2023`, or
    // `June 8` + `2021`; before it, a region (`Ore.`) or a weekday may stand.
    let n = rest.len();
    if n >= 2 {
        if let Some(d) = month_day_year(rest[n - 2], rest[n - 1]) {
            return Some(d);
        }
    }
    let last = *rest.last()?;
    day_month_year(last).or_else(|| {
        // `June 8 2021` without the comma.
        let (md, y) = last.rsplit_once(' ')?;
        month_day_year(md, y)
    })
}

/// `VELIKA RUDNA`, `ST. PAUL`, `N'DJAMENA`: upper-case letters, spaces, `.`, `'`, `-`.
fn is_place_in_capitals(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
}

fn year(s: &str) -> Option<i32> {
    let s = s.trim();
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn day(s: &str) -> Option<u32> {
    let s = s.trim();
    let s = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suf| s.strip_suffix(suf))
        .unwrap_or(s);
    (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `June 8` + `2021`, `Sept. 8` + `2021` (a weekday before the month is allowed).
fn month_day_year(md: &str, y: &str) -> Option<NaiveDate> {
    let y = year(y)?;
    let mut words = md.split_whitespace();
    let mut m = words.next()?;
    if is_weekday(&m.to_lowercase()) {
        m = words.next()?;
    }
    let m = month_number(&m.to_lowercase())?;
    let d = day(words.next()?)?;
    if words.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `14 October 2023`.
fn day_month_year(s: &str) -> Option<NaiveDate> {
    let w: Vec<&str> = s.split_whitespace().collect();
    let [d, m, y] = w.as_slice() else {
        return None;
    };
    NaiveDate::from_ymd_opt(year(y)?, month_number(&m.to_lowercase())?, day(d)?)
}

#[cfg(test)]
mod tests {
    use super::dateline_date;

    fn d(s: &str) -> Option<String> {
        dateline_date(s).map(|d| d.to_string())
    }

    #[test]
    fn datelines() {
        assert_eq!(
            d("VELIKA RUDNA, 14 October 2023 — Rescue teams…").as_deref(),
            Some("2023-10-14")
        );
        assert_eq!(
            d("MILLBROOK, Ore., Tuesday, April 6, 2021 (AP) — A fire…").as_deref(),
            Some("2021-04-06")
        );
        assert_eq!(
            d("ST. PAUL, Minn., Sept. 3, 2020 - Officials…").as_deref(),
            Some("2020-09-03")
        );
        assert_eq!(
            d("BAKU, June 8 2021 -- The ministry…").as_deref(),
            Some("2021-06-08")
        );
        assert_eq!(
            d("  ÉVORA, 2 March 2022—Farmers…").as_deref(),
            Some("2022-03-02")
        );
    }

    #[test]
    fn not_datelines() {
        // No year.
        assert_eq!(d("KYIV, Oct 3 (Reuters) - Ukraine said…"), None);
        // Not a place in capitals.
        assert_eq!(d("Washington, June 8, 2021 — The Senate…"), None);
        // No dash near the start.
        assert_eq!(d("THE MINISTRY said on June 8, 2021 that roads were closed, and later — after talks — reopened them."), None);
        // Impossible date.
        assert_eq!(d("BAKU, 31 February 2021 — x"), None);
        assert_eq!(d(""), None);
        assert_eq!(d("—"), None);
    }
}
