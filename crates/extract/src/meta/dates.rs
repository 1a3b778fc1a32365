//! Date strings as pages write them → calendar date and, when given, local date-time.
//! The date is the one written (the publisher's local date), not converted to UTC.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use once_cell::sync::Lazy;
use regex::Regex;

static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?",
    )
    .unwrap()
});
static MONTH_FIRST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})(?:[^0-9]|$)").unwrap()
});
static DAY_FIRST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)([0-9]{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+([0-9]{4})(?:[^0-9]|$)").unwrap()
});
static TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?\s*([ap]\.?m\.?)?").unwrap()
});
static NUMERIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})(?-u:\b)").unwrap()
});
/// An ISO date inside text (`posted on 2023-12-19 23:30`).
static ISO_IN_TEXT: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?-u:\b)(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?-u:\b)").unwrap());
/// `12/18/23`: a two-digit year (month first with slashes, day first with dots).
static NUMERIC_SHORT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})([/.])([0-9]{1,2})[/.]([0-9]{2})(?-u:\b)").unwrap()
});
static URL_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)",
    )
    .unwrap()
});

fn month(s: &str) -> Option<u32> {
    let m = s.get(..3)?.to_ascii_lowercase();
    Some(match m.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn plausible(d: NaiveDate) -> bool {
    (1990..=2100).contains(&chrono::Datelike::year(&d))
}

/// A parsed date: the calendar date and, when a time was given, the local date-time.
pub(crate) type Parsed = (NaiveDate, Option<NaiveDateTime>);

/// Parse a machine-readable or human date (`2023-12-17T10:00:00+01:00`,
/// `Sun, 17 Dec 2023 10:00:00 GMT`, `December 17, 2023 5:04 PM`, `17.12.2023`).
pub(crate) fn parse(s: &str) -> Option<Parsed> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    // Unix epoch seconds or milliseconds.
    if s.len() >= 9 && s.len() <= 13 && s.bytes().all(|b| b.is_ascii_digit()) {
        let v: i64 = s.parse().ok()?;
        let secs = if s.len() == 13 { v / 1000 } else { v };
        let dt = chrono::DateTime::from_timestamp(secs, 0)?.naive_utc();
        return plausible(dt.date()).then_some((dt.date(), Some(dt)));
    }
    if let Some(c) = ISO.captures(s) {
        let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let date = NaiveDate::from_ymd_opt(n(1)? as i32, n(2)?, n(3)?).filter(|d| plausible(*d))?;
        let time = match (n(4), n(5)) {
            (Some(h), Some(m)) => {
                NaiveTime::from_hms_opt(h, m, n(6).unwrap_or(0)).map(|t| date.and_time(t))
            }
            _ => None,
        };
        return Some((date, time));
    }
    let date = if let Some(c) = MONTH_FIRST.captures(s) {
        NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)
    } else if let Some(c) = DAY_FIRST.captures(s) {
        NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?)
    } else if let Some(c) = NUMERIC.captures(s) {
        // Ambiguous day/month: only accept when one reading is impossible, else day first
        // for dots (European), month first for slashes (US).
        let (a, b, y): (u32, u32, i32) =
            (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        let dots = s[c.get(0)?.range()].contains('.');
        let (d, m) = if a > 12 {
            (a, b)
        } else if b > 12 || !dots {
            (b, a)
        } else {
            (a, b)
        };
        NaiveDate::from_ymd_opt(y, m, d)
    } else {
        None
    }
    .filter(|d| plausible(*d))?;
    let time = TIME.captures(s).and_then(|c| {
        let mut h: u32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        if let Some(ap) = c.get(4) {
            let pm = ap.as_str().to_ascii_lowercase().starts_with('p');
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        NaiveTime::from_hms_opt(
            h,
            m,
            c.get(3).and_then(|x| x.as_str().parse().ok()).unwrap_or(0),
        )
        .map(|t| date.and_time(t))
    });
    Some((date, time))
}

/// A date in a URL path (`/2023/12/17/`, `/20231217/`).
pub(crate) fn from_url(url: &str) -> Option<NaiveDate> {
    let c = URL_DATE.captures(url)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// A date in running text (a byline line): the first human-written date.
pub(crate) fn in_text(s: &str) -> Option<Parsed> {
    if let Some(m) = MONTH_FIRST.find(s).or_else(|| DAY_FIRST.find(s)) {
        let tail = &s[m.start()..s.len().min(m.end() + 20)];
        return parse(tail);
    }
    None
}

/// Every human-written date in a text (month names, or numeric with a four-digit year),
/// in order, with its byte range; each parsed with the time that follows it.
pub(crate) fn all_in_text(s: &str) -> Vec<(std::ops::Range<usize>, Parsed)> {
    let mut found: Vec<std::ops::Range<usize>> = MONTH_FIRST
        .find_iter(s)
        .chain(DAY_FIRST.find_iter(s))
        .chain(NUMERIC.find_iter(s))
        .chain(ISO_IN_TEXT.find_iter(s))
        .map(|m| m.range())
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<(std::ops::Range<usize>, Parsed)> = Vec::new();
    for r in found {
        if out.last().is_some_and(|(last, _)| r.start < last.end) {
            continue;
        }
        let mut end = (r.end + 24).min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        // The time after this date, not a later date in the same window.
        let mut tail = &s[r.start..end];
        let rest = &tail[r.end - r.start..];
        if let Some(k) = rest.find(|c: char| c.is_ascii_alphabetic() && !"apmAPM.".contains(c)) {
            tail = &tail[..r.end - r.start + k];
        }
        if let Some(p) = parse(tail) {
            out.push((r, p));
        }
    }
    for c in NUMERIC_SHORT.captures_iter(s) {
        let Some(m) = c.get(0) else { continue };
        if out
            .iter()
            .any(|(r, _)| r.start < m.end() && m.start() < r.end)
        {
            continue;
        }
        let n = |i: usize| c[i].parse::<u32>().ok();
        let (Some(a), Some(b), Some(y)) = (n(1), n(3), n(4)) else {
            continue;
        };
        let (d, mo) = if &c[2] == "." { (a, b) } else { (b, a) };
        if let Some(date) = NaiveDate::from_ymd_opt(2000 + y as i32, mo, d) {
            out.push((m.range(), (date, None)));
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse(s).map(|p| p.0.to_string())
    }

    #[test]
    fn formats() {
        assert_eq!(
            d("2023-12-17T23:30:00-05:00").as_deref(),
            Some("2023-12-17")
        );
        assert_eq!(d("2023-12-17").as_deref(), Some("2023-12-17"));
        assert_eq!(
            d("Sun, 17 Dec 2023 10:00:00 GMT").as_deref(),
            Some("2023-12-17")
        );
        assert_eq!(
            d("Updated December 7, 2023 at 5:04 p.m.").as_deref(),
            Some("2023-12-07")
        );
        assert_eq!(d("Sept. 3, 2022").as_deref(), Some("2022-09-03"));
        assert_eq!(d("17.12.2023").as_deref(), Some("2023-12-17"));
        assert_eq!(d("12/17/2023").as_deref(), Some("2023-12-17"));
        assert_eq!(d("1702800000").as_deref(), Some("2023-12-17"));
        assert_eq!(d("next week"), None);
        let (_, t) = parse("December 7, 2023 5:04 PM").unwrap();
        assert_eq!(t.unwrap().to_string(), "2023-12-07 17:04:00");
    }

    #[test]
    fn urls() {
        assert_eq!(
            from_url("https://x.example/2021/06/08/story")
                .unwrap()
                .to_string(),
            "2021-06-08"
        );
        assert_eq!(
            from_url("https://x.example/news/20210608-story")
                .unwrap()
                .to_string(),
            "2021-06-08"
        );
        assert_eq!(from_url("https://x.example/news/123456"), None);
    }
}
