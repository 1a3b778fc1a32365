//! Typed errors: [`FetchError`] for one URL, [`SetupError`] and [`StoreError`] for a run.

use std::path::PathBuf;

/// Why fetching one URL failed. [`FetchError::is_permanent`] tells whether a later run
/// should try again.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The text is not an absolute `http`/`https` URL.
    #[error("not an http(s) URL: {0}")]
    InvalidUrl(String),
    /// robots.txt forbids this path for our user agent.
    #[error("disallowed by robots.txt")]
    RobotsDisallowed,
    /// robots.txt answered 5xx or could not be reached: RFC 9309 says assume complete
    /// disallow (a later run asks again).
    #[error("robots.txt unavailable ({0}); treated as disallow")]
    RobotsUnavailable(String),
    /// The server answered with a status we do not retry (404, 410, other 4xx).
    #[error("HTTP {0}")]
    Status(u16),
    /// The server kept failing (5xx, 429) until the attempts ran out.
    #[error("HTTP {status} after {attempts} attempts")]
    Transient {
        /// The last status.
        status: u16,
        /// Attempts made.
        attempts: u32,
    },
    /// `Retry-After` asked for a wait longer than the configured maximum.
    #[error("HTTP {status}: Retry-After {seconds} s exceeds the maximum wait")]
    RetryAfterTooLong {
        /// The status (429 or 503).
        status: u16,
        /// Seconds asked for.
        seconds: u64,
    },
    /// Connecting or reading took too long.
    #[error("timeout ({0})")]
    Timeout(&'static str),
    /// More redirects than allowed, or a redirect loop.
    #[error("too many redirects (limit {0})")]
    TooManyRedirects(usize),
    /// A redirect without a usable `Location`.
    #[error("bad redirect: {0}")]
    BadRedirect(String),
    /// The body (after content decoding) is larger than allowed: a huge page or a
    /// compression bomb.
    #[error("body larger than {limit} bytes (after decoding)")]
    TooLarge {
        /// The configured cap.
        limit: u64,
    },
    /// A network error (connection refused, reset, TLS, DNS, bad encoding).
    #[error("network: {0}")]
    Network(String),
    /// A feed or sitemap could not be parsed.
    #[error("cannot parse {what}: {message}")]
    Parse {
        /// `feed` or `sitemap`.
        what: &'static str,
        /// The parser's message.
        message: String,
    },
    /// Writing the page to disk failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl FetchError {
    /// Whether retrying later cannot help (404, 410, robots-disallowed, too large, bad URL).
    /// Permanent failures are recorded in the store and skipped on resume.
    pub fn is_permanent(&self) -> bool {
        matches!(
            self,
            FetchError::InvalidUrl(_)
                | FetchError::RobotsDisallowed
                | FetchError::Status(_)
                | FetchError::TooManyRedirects(_)
                | FetchError::BadRedirect(_)
                | FetchError::TooLarge { .. }
        )
    }

    /// Whether the same request may succeed if tried again now (timeouts, network errors).
    pub(crate) fn is_retryable(&self) -> bool {
        matches!(self, FetchError::Timeout(_) | FetchError::Network(_))
    }

    /// A short machine-readable kind for logs.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::InvalidUrl(_) => "invalid-url",
            FetchError::RobotsDisallowed => "robots-disallowed",
            FetchError::RobotsUnavailable(_) => "robots-unavailable",
            FetchError::Status(_) => "status",
            FetchError::Transient { .. } => "transient",
            FetchError::RetryAfterTooLong { .. } => "retry-after-too-long",
            FetchError::Timeout(_) => "timeout",
            FetchError::TooManyRedirects(_) => "too-many-redirects",
            FetchError::BadRedirect(_) => "bad-redirect",
            FetchError::TooLarge { .. } => "too-large",
            FetchError::Network(_) => "network",
            FetchError::Parse { .. } => "parse",
            FetchError::Store(_) => "store",
        }
    }
}

/// The fetcher could not be built.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The HTTP client or the runtime could not be created.
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reading or writing the store (page cache, WARC, log) failed.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct StoreError {
    /// The file or directory.
    pub path: PathBuf,
    /// The I/O error.
    #[source]
    pub source: std::io::Error,
}

impl StoreError {
    pub(crate) fn new(path: impl Into<PathBuf>, source: std::io::Error) -> StoreError {
        StoreError {
            path: path.into(),
            source,
        }
    }
}
