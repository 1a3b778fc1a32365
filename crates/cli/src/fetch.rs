//! `newsclaims fetch`, and the fetching half of `newsclaims extract URL…`: arguments →
//! [`FetchConfig`], URL sources (command line, lists, feeds, sitemaps) → one run, with a
//! progress line on a terminal and a summary at the end.

use crate::args::{FetchArgs, FetchOptions, UrlSources};
use ::fetch::{FetchConfig, Fetcher, Outcome, OutcomeKind, Summary};
use anyhow::{Context, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::time::{Duration, Instant};

/// Whether an input names a URL rather than a file.
pub fn is_url(s: &str) -> bool {
    let l = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// The fetch configuration from the options.
pub fn config(o: &FetchOptions) -> FetchConfig {
    let mut c = FetchConfig::new(&o.store);
    c.contact = o
        .contact
        .clone()
        .or_else(|| std::env::var("NEWSCLAIMS_CONTACT").ok())
        .filter(|s| !s.trim().is_empty());
    c.user_agent = o.user_agent.clone();
    c.min_interval = o.min_interval;
    c.connect_timeout = o.connect_timeout;
    c.read_timeout = o.read_timeout;
    c.total_timeout = o.timeout;
    c.max_body_bytes = o.max_body;
    c.max_redirects = o.max_redirects;
    c.max_attempts = o.max_attempts.max(1);
    c.backoff_base = o.backoff;
    c.parallel_hosts = o.parallel_hosts.max(1);
    c.obey_robots = !o.ignore_robots;
    c.refresh = o.refresh;
    c.warc_gzip = !o.no_warc_gzip;
    c
}

/// URLs from lists, feeds and sitemaps (after `first`), in order. Feed or sitemap
/// failures are reported and counted in the returned error count.
pub fn gather(
    fetcher: &mut Fetcher,
    first: Vec<String>,
    sources: &UrlSources,
) -> Result<(Vec<String>, u64)> {
    let mut urls = first;
    let mut errors = 0;
    for path in &sources.urls {
        urls.extend(read_url_list(path)?);
    }
    for feed in &sources.feed {
        match fetcher.feed_urls(feed) {
            Ok(u) => urls.extend(u),
            Err(e) => {
                errors += 1;
                eprintln!("newsclaims: feed {feed}: {e}");
            }
        }
    }
    for sm in &sources.sitemap {
        let r = fetcher.sitemap_urls(sm, |child, e| {
            eprintln!("newsclaims: sitemap {child}: {e}");
        });
        match r {
            Ok(u) => urls.extend(u),
            Err(e) => {
                errors += 1;
                eprintln!("newsclaims: sitemap {sm}: {e}");
            }
        }
    }
    Ok((urls, errors))
}

/// A file of URLs: one per line, blank lines and `#` comments skipped; `-` is stdin.
fn read_url_list(path: &std::path::Path) -> Result<Vec<String>> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(path)
            .with_context(|| format!("cannot open URL list {}", path.display()))?;
        Box::new(std::io::BufReader::new(f))
    };
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        let t = line.split('#').next().unwrap_or("").trim();
        // A CSV export: the first field that looks like a URL.
        let url = t
            .split([',', '\t', ' '])
            .map(|f| f.trim_matches('"'))
            .find(|f| is_url(f));
        if let Some(u) = url {
            out.push(u.to_string());
        }
    }
    Ok(out)
}

/// Fetch `urls` with a progress line on a terminal; returns the run's summary.
pub fn run_urls(fetcher: &mut Fetcher, urls: &[String], quiet: bool) -> Result<Summary> {
    let mut progress = Progress::new(urls.len(), quiet);
    let summary = fetcher
        .run(urls, |o| progress.update(o))
        .context("cannot write to the fetch store")?;
    progress.clear();
    Ok(summary)
}

/// Print the summary of a run.
pub fn print_summary(s: &Summary, store: &std::path::Path) {
    eprintln!(
        "newsclaims: fetched {} ({:.1} MB), {} not modified, {} already done, {} failed ({} permanent) in {:.1} s, {:.1} s of URL time spent waiting on hosts and retries → {} (log: fetch-log.jsonl)",
        s.fetched,
        s.bytes as f64 / 1e6,
        s.not_modified,
        s.skipped,
        s.failed,
        s.permanent,
        s.elapsed.as_secs_f64(),
        s.waited.as_secs_f64(),
        store.display()
    );
}

/// `newsclaims fetch`: true when no URL failed.
pub fn run(args: &FetchArgs) -> Result<bool> {
    let mut fetcher = Fetcher::new(config(&args.fetch)).context("cannot start fetching")?;
    let (urls, source_errors) = gather(&mut fetcher, args.url_args.clone(), &args.sources)?;
    let summary = run_urls(&mut fetcher, &urls, args.quiet)?;
    fetcher.finish().context("cannot close the WARC file")?;
    if !args.quiet {
        print_summary(&summary, &args.fetch.store);
    }
    Ok(summary.failed == 0 && source_errors == 0)
}

/// A one-line status on stderr when it is a terminal: done/total, bytes, errors, rate.
struct Progress {
    on: bool,
    total: usize,
    done: usize,
    failed: usize,
    bytes: u64,
    waited_ms: u64,
    started: Instant,
    last: Option<Instant>,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Progress {
        Progress {
            on: !quiet && std::io::stderr().is_terminal(),
            total,
            done: 0,
            failed: 0,
            bytes: 0,
            waited_ms: 0,
            started: Instant::now(),
            last: None,
        }
    }

    fn update(&mut self, o: &Outcome) {
        self.done += 1;
        if o.outcome == OutcomeKind::Failed {
            self.failed += 1;
        }
        if o.outcome == OutcomeKind::Fetched {
            self.bytes += o.bytes;
        }
        self.waited_ms += o.waited_ms;
        if !self.on {
            return;
        }
        let now = Instant::now();
        if self
            .last
            .is_some_and(|l| now - l < Duration::from_millis(100))
            && self.done < self.total
        {
            return;
        }
        self.last = Some(now);
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kfetch: {}/{} URLs, {:.1} MB, {} failed, {:.0} s waited on hosts, {:.1} URLs/s — {}",
            self.done,
            self.total,
            self.bytes as f64 / 1e6,
            self.failed,
            self.waited_ms as f64 / 1e3,
            self.done as f64 / secs,
            o.url.chars().take(60).collect::<String>()
        );
        let _ = err.flush();
    }

    fn clear(&self) {
        if self.on && self.done > 0 {
            eprint!("\r\x1b[K");
        }
    }
}
