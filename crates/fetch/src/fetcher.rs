//! [`Fetcher`]: a blocking front over an async core. A run groups URLs by host, fetches
//! up to [`FetchConfig::parallel_hosts`] hosts at once (each host's URLs in order, one at
//! a time), and commits each result (page cache, WARC, log) on the calling thread as it
//! arrives.

use crate::hosts::Hosts;
use crate::http::{exchange, path_and_query, Exchange};
use crate::retry::{backoff, is_retryable_status, parse_retry_after, splitmix64};
use crate::store::{PageMeta, Store};
use crate::warc_writer::{recover_parts, warc_date, ExchangeRecord, WarcWriter};
use crate::{FetchConfig, FetchError, Outcome, OutcomeKind, SetupError, StoreError, Summary};
use chrono::Utc;
use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

struct Shared {
    client: reqwest::Client,
    config: FetchConfig,
    hosts: Hosts,
}

/// Fetches URLs politely into a [`Store`]; see the crate docs for the behaviour.
///
/// Built once per process; the robots.txt files and per-host timings it learns are kept
/// across calls to [`Fetcher::run`]. Dropping it (or [`Fetcher::finish`]) closes the WARC
/// file of the session.
pub struct Fetcher {
    shared: Arc<Shared>,
    /// Taken out while a run drives it (the run borrows the fetcher mutably).
    runtime: Option<tokio::runtime::Runtime>,
    store: Store,
    warc: Option<WarcWriter>,
    warc_name: String,
    log: File,
}

/// One URL's job.
struct Job {
    url: String,
    parsed: Url,
    prior: Option<PageMeta>,
}

/// One URL's result, sent from a host task to the committing loop.
struct Done {
    job: Job,
    result: Result<Exchange, FetchError>,
    attempts: u32,
    ms: u64,
    /// Time spent waiting for the host's turn and for retry backoffs.
    waited_ms: u64,
}

impl Fetcher {
    /// Build the client and runtime, open the store, and recover WARC parts a crashed
    /// run left behind.
    pub fn new(config: FetchConfig) -> Result<Fetcher, SetupError> {
        let store = Store::open(&config.store)?;
        recover_parts(store.root())?;
        let client = crate::http::client(&config).map_err(|e| SetupError::Client(e.to_string()))?;
        let runtime = new_runtime().map_err(|e| SetupError::Client(e.to_string()))?;
        let log_path = store.log_path();
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| StoreError::new(&log_path, e))?;
        let warc_name = format!(
            "newsclaims-{}-{}",
            Utc::now().format("%Y%m%dT%H%M%S"),
            std::process::id()
        );
        Ok(Fetcher {
            shared: Arc::new(Shared {
                client,
                config,
                hosts: Hosts::default(),
            }),
            runtime: Some(runtime),
            store,
            warc: None,
            warc_name,
            log,
        })
    }

    /// The store pages are written to.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The configuration.
    pub fn config(&self) -> &FetchConfig {
        &self.shared.config
    }

    /// Fetch `urls` (duplicates once), calling `on_outcome` as each one ends. URLs an
    /// earlier run finished are skipped unless [`FetchConfig::refresh`] is set. Only a
    /// store error (disk full, permissions) stops the run.
    pub fn run<S: AsRef<str>>(
        &mut self,
        urls: &[S],
        mut on_outcome: impl FnMut(&Outcome),
    ) -> Result<Summary, StoreError> {
        let refresh = self.shared.config.refresh;
        self.run_inner(urls, refresh, |o, _| on_outcome(o))
    }

    /// Fetch one document now (a feed or sitemap), revalidating a stored copy with a
    /// conditional request, and return its body.
    pub fn fetch_document(&mut self, url: &str) -> Result<Vec<u8>, FetchError> {
        let mut error = None;
        self.run_inner(&[url], true, |o, e| {
            if o.outcome == OutcomeKind::Failed {
                error = Some(e.map_or_else(
                    || FetchError::Network(o.error.clone().unwrap_or_default()),
                    clone_error,
                ));
            }
        })?;
        if let Some(e) = error {
            return Err(e);
        }
        match self.store.page(url) {
            Some((_, body)) => Ok(body),
            None => Err(FetchError::Network("no stored copy".into())),
        }
    }

    /// Close the WARC file of the session (also done on drop).
    pub fn finish(mut self) -> Result<Option<std::path::PathBuf>, StoreError> {
        match self.warc.take() {
            Some(w) => w.finish().map(Some),
            None => Ok(None),
        }
    }

    fn run_inner<S: AsRef<str>>(
        &mut self,
        urls: &[S],
        refresh: bool,
        mut on_outcome: impl FnMut(&Outcome, Option<&FetchError>),
    ) -> Result<Summary, StoreError> {
        let started = Instant::now();
        let mut summary = Summary::default();
        let mut seen = HashSet::new();
        let mut groups: Vec<(String, Vec<Job>)> = Vec::new();
        let mut group_of: HashMap<String, usize> = HashMap::new();
        for u in urls {
            let url = u.as_ref().trim().to_string();
            if url.is_empty() || !seen.insert(url.clone()) {
                continue;
            }
            let parsed = match Url::parse(&url) {
                Ok(p) if matches!(p.scheme(), "http" | "https") && p.host_str().is_some() => p,
                _ => {
                    let e = FetchError::InvalidUrl(url.clone());
                    let o = failure(&url, None, &e, 0, 0);
                    self.finish_outcome(&o, Some(&e), &mut summary, &mut on_outcome)?;
                    continue;
                }
            };
            let prior = self.store.meta(&url);
            if let (Some(p), false) = (&prior, refresh) {
                let o = Outcome {
                    url: url.clone(),
                    outcome: OutcomeKind::Skipped,
                    status: Some(p.status),
                    final_url: Some(p.final_url.clone()),
                    bytes: p.bytes,
                    ms: 0,
                    waited_ms: 0,
                    attempts: 0,
                    error: p.error.clone(),
                    error_kind: None,
                    permanent: p.error.is_some(),
                    time: warc_date(Utc::now()),
                };
                self.finish_outcome(&o, None, &mut summary, &mut on_outcome)?;
                continue;
            }
            let key = parsed.origin().ascii_serialization();
            let i = *group_of.entry(key.clone()).or_insert_with(|| {
                groups.push((key, Vec::new()));
                groups.len() - 1
            });
            groups[i].1.push(Job { url, parsed, prior });
        }
        let shared = self.shared.clone();
        let runtime = match self.runtime.take() {
            Some(r) => r,
            None => new_runtime().map_err(|e| StoreError::new(self.store.root(), e))?,
        };
        let result = runtime.block_on(async {
            let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Done>();
            let permits = Arc::new(tokio::sync::Semaphore::new(
                shared.config.parallel_hosts.max(1),
            ));
            for (_, jobs) in groups {
                let tx = tx.clone();
                let shared = shared.clone();
                let permits = permits.clone();
                tokio::spawn(async move {
                    let Ok(_permit) = permits.acquire_owned().await else {
                        return;
                    };
                    for job in jobs {
                        let done = fetch_with_retries(&shared, job).await;
                        if tx.send(done).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(tx);
            while let Some(done) = rx.recv().await {
                let (o, e) = self.commit(done)?;
                self.finish_outcome(&o, e.as_ref(), &mut summary, &mut on_outcome)?;
            }
            Ok::<(), StoreError>(())
        });
        self.runtime = Some(runtime);
        result?;
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    fn finish_outcome(
        &mut self,
        o: &Outcome,
        e: Option<&FetchError>,
        summary: &mut Summary,
        on_outcome: &mut impl FnMut(&Outcome, Option<&FetchError>),
    ) -> Result<(), StoreError> {
        let mut line = serde_json::to_vec(o).unwrap_or_default();
        line.push(b'\n');
        let path = self.store.log_path();
        self.log
            .write_all(&line)
            .and_then(|_| self.log.flush())
            .map_err(|e| StoreError::new(path, e))?;
        summary.add(o);
        on_outcome(o, e);
        Ok(())
    }

    /// Store a result: WARC first, then the page, then the meta that marks it done.
    fn commit(&mut self, done: Done) -> Result<(Outcome, Option<FetchError>), StoreError> {
        let Done {
            job,
            result,
            attempts,
            ms,
            waited_ms,
        } = done;
        let ex = match result {
            Ok(ex) => ex,
            Err(e) => {
                if e.is_permanent() {
                    self.store.put_meta(&PageMeta {
                        url: job.url.clone(),
                        final_url: job.url.clone(),
                        status: 0,
                        content_type: None,
                        etag: None,
                        last_modified: None,
                        fetched_at: warc_date(Utc::now()),
                        bytes: 0,
                        warc: None,
                        error: Some(e.to_string()),
                    })?;
                }
                let mut o = failure(&job.url, None, &e, attempts, ms);
                o.waited_ms = waited_ms;
                return Ok((o, Some(e)));
            }
        };
        let final_url = ex.url.to_string();
        if ex.status == 304 {
            if let Some(mut prior) = job.prior.filter(PageMeta::is_page) {
                prior.fetched_at = warc_date(ex.date);
                self.store.put_meta(&prior)?;
                let o = Outcome {
                    url: job.url,
                    outcome: OutcomeKind::NotModified,
                    status: Some(304),
                    final_url: Some(final_url),
                    bytes: prior.bytes,
                    ms,
                    waited_ms,
                    attempts,
                    error: None,
                    error_kind: None,
                    permanent: false,
                    time: warc_date(Utc::now()),
                };
                return Ok((o, None));
            }
        }
        let ok = (200..300).contains(&ex.status);
        let error = if ok {
            None
        } else {
            Some(FetchError::Status(ex.status))
        };
        let warc = self.warc_writer()?;
        warc.write_exchange(&ExchangeRecord {
            url: &final_url,
            request_head: ex.request_head.clone(),
            status: ex.status,
            headers: &ex.headers,
            body: &ex.body,
            date: ex.date,
        })?;
        let warc_file = warc.file_name().to_string();
        let meta = PageMeta {
            url: job.url.clone(),
            final_url: final_url.clone(),
            status: ex.status,
            content_type: ex.header("content-type").map(str::to_string),
            etag: ex.header("etag").map(str::to_string),
            last_modified: ex.header("last-modified").map(str::to_string),
            fetched_at: warc_date(ex.date),
            bytes: ex.body.len() as u64,
            warc: Some(warc_file),
            error: error.as_ref().map(|e| e.to_string()),
        };
        if ok {
            self.store.put_page(&meta, &ex.body)?;
        } else {
            self.store.put_meta(&meta)?;
        }
        let o = match &error {
            None => Outcome {
                url: job.url,
                outcome: OutcomeKind::Fetched,
                status: Some(ex.status),
                final_url: Some(final_url),
                bytes: ex.body.len() as u64,
                ms,
                waited_ms: 0,
                attempts,
                error: None,
                error_kind: None,
                permanent: false,
                time: warc_date(Utc::now()),
            },
            Some(e) => failure(&job.url, Some((ex.status, final_url)), e, attempts, ms),
        };
        Ok((Outcome { waited_ms, ..o }, error))
    }

    fn warc_writer(&mut self) -> Result<&mut WarcWriter, StoreError> {
        if self.warc.is_none() {
            let software = format!("newsclaims-fetch/{}", env!("CARGO_PKG_VERSION"));
            self.warc = Some(WarcWriter::create(
                self.store.root(),
                &self.warc_name,
                self.shared.config.warc_gzip,
                &software,
            )?);
        }
        // Just set above when it was missing.
        self.warc
            .as_mut()
            .ok_or_else(|| StoreError::new(self.store.root(), std::io::ErrorKind::Other.into()))
    }
}

impl Drop for Fetcher {
    fn drop(&mut self) {
        if let Some(w) = self.warc.take() {
            let _ = w.finish();
        }
    }
}

/// One thread is plenty: the work is waiting on sockets and timers, and the machine's
/// cores are better left to extraction.
fn new_runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

fn failure(
    url: &str,
    response: Option<(u16, String)>,
    e: &FetchError,
    attempts: u32,
    ms: u64,
) -> Outcome {
    let status = match e {
        FetchError::Status(s) | FetchError::Transient { status: s, .. } => Some(*s),
        FetchError::RetryAfterTooLong { status, .. } => Some(*status),
        _ => response.as_ref().map(|r| r.0),
    };
    Outcome {
        url: url.to_string(),
        outcome: OutcomeKind::Failed,
        status,
        final_url: response.map(|r| r.1),
        bytes: 0,
        ms,
        waited_ms: 0,
        attempts,
        error: Some(e.to_string()),
        error_kind: Some(e.kind()),
        permanent: e.is_permanent(),
        time: warc_date(Utc::now()),
    }
}

fn clone_error(e: &FetchError) -> FetchError {
    match e {
        FetchError::Status(s) => FetchError::Status(*s),
        FetchError::RobotsDisallowed => FetchError::RobotsDisallowed,
        FetchError::TooLarge { limit } => FetchError::TooLarge { limit: *limit },
        FetchError::Timeout(w) => FetchError::Timeout(w),
        other => FetchError::Network(other.to_string()),
    }
}

/// Fetch one URL with retries: timeouts, network errors, 429 and 5xx are tried again after
/// an exponential backoff with jitter, or after `Retry-After` when the server gives one.
async fn fetch_with_retries(shared: &Shared, job: Job) -> Done {
    let config = &shared.config;
    let started = Instant::now();
    let mut conditional: Vec<(&'static str, String)> = Vec::new();
    if let Some(p) = job.prior.as_ref().filter(|p| p.is_page()) {
        if let Some(e) = &p.etag {
            conditional.push(("if-none-match", e.clone()));
        }
        if let Some(l) = &p.last_modified {
            conditional.push(("if-modified-since", l.clone()));
        }
    }
    let seed = splitmix64(
        blake3::hash(job.url.as_bytes()).as_bytes()[0] as u64
            ^ Utc::now().timestamp_nanos_opt().unwrap_or_default() as u64,
    );
    let mut attempts = 0;
    let mut waited = Duration::ZERO;
    let result = loop {
        attempts += 1;
        let r = fetch_following(shared, &job.parsed, &conditional, &mut waited).await;
        let wait = match &r {
            Ok(ex) if is_retryable_status(ex.status) => {
                let asked = ex
                    .header("retry-after")
                    .and_then(|v| parse_retry_after(v, None));
                if let Some(s) = asked {
                    if Duration::from_secs(s) > config.max_retry_wait {
                        break Err(FetchError::RetryAfterTooLong {
                            status: ex.status,
                            seconds: s,
                        });
                    }
                }
                let b = backoff(config.backoff_base, attempts, seed ^ attempts as u64);
                Some((
                    b.max(Duration::from_secs(asked.unwrap_or(0))),
                    Some(ex.status),
                ))
            }
            Err(e) if e.is_retryable() => Some((
                backoff(config.backoff_base, attempts, seed ^ attempts as u64),
                None,
            )),
            _ => None,
        };
        match wait {
            None => break r,
            Some((w, status)) => {
                if attempts >= config.max_attempts.max(1) {
                    break match status {
                        Some(status) => Err(FetchError::Transient { status, attempts }),
                        None => r,
                    };
                }
                tokio::time::sleep(w).await;
                waited += w;
            }
        }
    };
    Done {
        job,
        result,
        attempts,
        ms: started.elapsed().as_millis() as u64,
        waited_ms: waited.as_millis() as u64,
    }
}

/// One attempt: follow redirects hop by hop, each hop checked against its host's
/// robots.txt and waiting its host's turn.
async fn fetch_following(
    shared: &Shared,
    url: &Url,
    conditional: &[(&'static str, String)],
    waited: &mut Duration,
) -> Result<Exchange, FetchError> {
    let config = &shared.config;
    let mut current = url.clone();
    let mut hops = 0usize;
    loop {
        let slot = shared.hosts.slot(&current);
        let queued = Instant::now();
        let mut host = slot.lock().await;
        *waited += queued.elapsed();
        host.ensure_robots(&shared.client, config, &current).await;
        let allowed = host
            .robots
            .as_ref()
            .is_none_or(|r| r.allowed(&path_and_query(&current)));
        if !allowed {
            return Err(match &host.robots_error {
                Some(e) => FetchError::RobotsUnavailable(e.clone()),
                None => FetchError::RobotsDisallowed,
            });
        }
        let turn = Instant::now();
        host.wait_turn(config).await;
        *waited += turn.elapsed();
        let extra = if hops == 0 { conditional } else { &[] };
        let ex = exchange(
            &shared.client,
            config,
            &current,
            extra,
            config.max_body_bytes,
            false,
        )
        .await;
        drop(host);
        let ex = ex?;
        if matches!(ex.status, 301 | 302 | 303 | 307 | 308) {
            hops += 1;
            if hops > config.max_redirects {
                return Err(FetchError::TooManyRedirects(config.max_redirects));
            }
            let location = ex.header("location").ok_or_else(|| {
                FetchError::BadRedirect(format!("{} without Location", ex.status))
            })?;
            let next = current
                .join(location)
                .map_err(|e| FetchError::BadRedirect(format!("{location:?}: {e}")))?;
            if !matches!(next.scheme(), "http" | "https") {
                return Err(FetchError::BadRedirect(next.to_string()));
            }
            current = next;
            continue;
        }
        return Ok(ex);
    }
}
