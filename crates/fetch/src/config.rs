//! [`FetchConfig`]: every knob of a run, with polite defaults.

use std::path::PathBuf;
use std::time::Duration;

/// The product token robots.txt groups are matched against (RFC 9309 §2.2.1).
pub const ROBOTS_TOKEN: &str = "newsclaims";

/// How a run fetches and where it stores what it fetched.
///
/// The defaults are those of a careful crawler: robots.txt obeyed, one request in flight
/// and at least one second between requests per host, three retries with backoff.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Directory for the page cache, the WARC files and the outcome log.
    pub store: PathBuf,
    /// A way to reach whoever runs the crawl (a URL or an e-mail address), put in the
    /// `User-Agent` so site owners can complain to a person rather than block a range.
    pub contact: Option<String>,
    /// The whole `User-Agent`, when the default (`newsclaims/VERSION (+CONTACT)`) will not do.
    pub user_agent: Option<String>,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Longest silence while waiting for the response head or the next body chunk.
    pub read_timeout: Duration,
    /// Longest time for one request, head and body.
    pub total_timeout: Duration,
    /// Cap on a body after content decoding (so also the gzip/brotli bomb guard).
    pub max_body_bytes: u64,
    /// Redirects followed per URL; a loop runs into this limit.
    pub max_redirects: usize,
    /// Minimum time between the starts of two requests to one host.
    pub min_interval: Duration,
    /// A robots.txt `Crawl-delay` is honoured up to this long (larger ones are clipped).
    pub max_crawl_delay: Duration,
    /// Attempts per URL for timeouts, network errors, 429 and 5xx (1 = no retry).
    pub max_attempts: u32,
    /// First backoff wait; doubled each retry, with up to 50 % random jitter added.
    pub backoff_base: Duration,
    /// A `Retry-After` longer than this gives up on the URL for this run.
    pub max_retry_wait: Duration,
    /// Obey robots.txt (on by default; switch off only for your own sites).
    pub obey_robots: bool,
    /// Hosts fetched at the same time.
    pub parallel_hosts: usize,
    /// Compress WARC records (one gzip member per record, as `.warc.gz`).
    pub warc_gzip: bool,
    /// Ask again for pages already stored, with `If-None-Match`/`If-Modified-Since`
    /// (a `304` keeps the stored page). Off: stored pages are skipped (resume).
    pub refresh: bool,
}

impl FetchConfig {
    /// Polite defaults, storing under `store`.
    pub fn new(store: impl Into<PathBuf>) -> FetchConfig {
        FetchConfig {
            store: store.into(),
            contact: None,
            user_agent: None,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            total_timeout: Duration::from_secs(120),
            max_body_bytes: 20 << 20,
            max_redirects: 10,
            min_interval: Duration::from_secs(1),
            max_crawl_delay: Duration::from_secs(30),
            max_attempts: 4,
            backoff_base: Duration::from_millis(500),
            max_retry_wait: Duration::from_secs(120),
            obey_robots: true,
            parallel_hosts: 16,
            warc_gzip: true,
            refresh: false,
        }
    }

    /// The `User-Agent` header sent with every request.
    ///
    /// ```
    /// let mut c = newsclaims_fetch::FetchConfig::new("store");
    /// c.contact = Some("mailto:news@example.org".into());
    /// assert!(c.user_agent_header().starts_with("newsclaims/"));
    /// assert!(c.user_agent_header().ends_with("(+mailto:news@example.org)"));
    /// ```
    pub fn user_agent_header(&self) -> String {
        if let Some(ua) = &self.user_agent {
            return ua.clone();
        }
        let base = format!(
            "{ROBOTS_TOKEN}/{} (news claim extraction; robots.txt obeyed)",
            env!("CARGO_PKG_VERSION")
        );
        match &self.contact {
            Some(c) => format!("{base} (+{c})"),
            None => base,
        }
    }
}
