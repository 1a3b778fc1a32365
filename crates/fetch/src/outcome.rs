//! [`Outcome`]: what happened to one URL, one JSON line of the log; [`Summary`]: a run.

use serde::Serialize;
use std::time::Duration;

/// How a URL ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// Fetched and stored now.
    Fetched,
    /// Asked again with a conditional request; the stored page is current (`304`).
    NotModified,
    /// Already stored (or permanently failed) by an earlier run: not asked.
    Skipped,
    /// Failed; see [`Outcome::permanent`].
    Failed,
}

/// What happened to one URL: one line of `fetch-log.jsonl`.
///
/// ```json
/// {"url":"https://news.example/a","outcome":"fetched","status":200,"final_url":"https://news.example/a","bytes":53211,"ms":412,"waited_ms":0,"attempts":1,"error":null,"error_kind":null,"permanent":false,"time":"2026-11-26T09:00:00Z"}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The URL as given.
    pub url: String,
    /// How it ended.
    pub outcome: OutcomeKind,
    /// HTTP status of the last response, if any.
    pub status: Option<u16>,
    /// The URL after redirects, when a response came.
    pub final_url: Option<String>,
    /// Body bytes stored (after content decoding).
    pub bytes: u64,
    /// Time spent on the URL, waits and retries included.
    pub ms: u64,
    /// Of `ms`, the time spent waiting: for the host's turn (one request in flight,
    /// minimum interval, crawl-delay) and for retry backoffs.
    pub waited_ms: u64,
    /// Requests made for it (retries included; redirect hops not counted).
    pub attempts: u32,
    /// The error, for failures.
    pub error: Option<String>,
    /// A machine-readable error kind (`timeout`, `robots-disallowed`, `status`, …).
    pub error_kind: Option<&'static str>,
    /// A failure that a later run will not retry.
    pub permanent: bool,
    /// When it ended (RFC 3339, UTC).
    pub time: String,
}

/// Counts for a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// URLs fetched and stored.
    pub fetched: u64,
    /// URLs revalidated with `304 Not Modified`.
    pub not_modified: u64,
    /// URLs skipped because an earlier run finished them.
    pub skipped: u64,
    /// URLs that failed (permanent ones included).
    pub failed: u64,
    /// Failures that will not be retried.
    pub permanent: u64,
    /// Body bytes fetched.
    pub bytes: u64,
    /// Time URLs spent waiting for their host's turn or a retry (summed over URLs).
    pub waited: Duration,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

impl Summary {
    pub(crate) fn add(&mut self, o: &Outcome) {
        match o.outcome {
            OutcomeKind::Fetched => self.fetched += 1,
            OutcomeKind::NotModified => self.not_modified += 1,
            OutcomeKind::Skipped => self.skipped += 1,
            OutcomeKind::Failed => {
                self.failed += 1;
                if o.permanent {
                    self.permanent += 1;
                }
            }
        }
        if o.outcome == OutcomeKind::Fetched {
            self.bytes += o.bytes;
        }
        self.waited += Duration::from_millis(o.waited_ms);
    }
}
