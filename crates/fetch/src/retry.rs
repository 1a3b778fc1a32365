//! Retry policy: which answers are worth another try, how long to wait before it
//! (exponential backoff with jitter, or the server's `Retry-After`).

use std::time::Duration;

/// Statuses retried: request timeout, too many requests, and server errors that are
/// usually temporary.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 425 | 429 | 500 | 502 | 503 | 504)
}

/// The wait before attempt `attempt + 1` (`attempt` ≥ 1): `base · 2^(attempt-1)` plus up
/// to 50 % jitter, so many clients that failed together do not come back together.
pub(crate) fn backoff(base: Duration, attempt: u32, seed: u64) -> Duration {
    let exp = base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
    let jitter = (splitmix64(seed) % 1000) as f64 / 2000.0; // 0 ..< 0.5
    exp + exp.mul_f64(jitter)
}

/// `Retry-After` as seconds: either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
///
/// ```
/// # use newsclaims_fetch::parse_retry_after;
/// assert_eq!(parse_retry_after("120", None), Some(120));
/// let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z").unwrap().to_utc();
/// assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", Some(now)), Some(30));
/// assert_eq!(parse_retry_after("soon", Some(now)), None);
/// ```
pub fn parse_retry_after(value: &str, now: Option<chrono::DateTime<chrono::Utc>>) -> Option<u64> {
    let v = value.trim();
    if let Ok(s) = v.parse::<u64>() {
        return Some(s);
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?.to_utc();
    let now = now.unwrap_or_else(chrono::Utc::now);
    Some((when - now).num_seconds().max(0) as u64)
}

/// A small mixing function for jitter; no need for a random-number crate.
pub(crate) fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_bounded_jitter() {
        let base = Duration::from_millis(100);
        for seed in 0..50 {
            for attempt in 1..5 {
                let w = backoff(base, attempt, seed);
                let exp = base * (1 << (attempt - 1));
                assert!(w >= exp && w < exp + exp / 2, "{w:?} for attempt {attempt}");
            }
        }
        let a: Vec<_> = (0..8).map(|s| backoff(base, 1, s)).collect();
        assert!(a.windows(2).any(|w| w[0] != w[1]), "jitter varies");
    }

    #[test]
    fn retryable_statuses() {
        assert!(is_retryable_status(429) && is_retryable_status(503));
        assert!(
            !is_retryable_status(404) && !is_retryable_status(410) && !is_retryable_status(200)
        );
    }
}
