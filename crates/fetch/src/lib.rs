//! URL → stored page, politely and resumably: the only crate on the network.
//!
//! # What it does
//! - **HTTP** with reqwest: a descriptive `User-Agent` with a contact
//!   ([`FetchConfig::contact`]), connect, read and total timeouts, a redirect limit
//!   (redirects are followed hop by hop, so each hop obeys its host's robots.txt and
//!   rate limit), and a cap on the body *after* content decoding, which is also the
//!   guard against gzip and brotli bombs.
//! - **robots.txt** per RFC 9309 ([`Robots`]): fetched once per host and run, 4xx allows
//!   all, 5xx or no answer disallows all, only the first 500 KiB parsed, `Crawl-delay`
//!   honoured (up to [`FetchConfig::max_crawl_delay`]).
//! - **Politeness**: one request in flight per host and a minimum interval between
//!   requests to a host (default 1 s); up to [`FetchConfig::parallel_hosts`] hosts at once.
//! - **Retries**: timeouts, network errors, 429 and 5xx are retried with exponential
//!   backoff and jitter, waiting at least `Retry-After`; 404, 410, other 4xx,
//!   robots-disallowed and too-large are permanent: recorded, never retried.
//! - **Store** ([`Store`]): a page cache keyed by URL with `ETag` and `Last-Modified`
//!   (sent back as a conditional request with [`FetchConfig::refresh`]), and a WARC/1.1
//!   archive of the session's exchanges that `newsclaims extract` and any WARC tool read.
//! - **Resume**: everything is written then renamed; a URL is done when its meta file is
//!   in place, and a rerun of the same command skips what is done. A WARC left open by a
//!   crash is cut back to its last complete record.
//! - **Feeds and sitemaps**: [`feed_links`] (RSS 2.0, RSS 1.0, Atom), [`sitemap_links`]
//!   (sitemaps, news sitemaps, indexes, `.xml.gz`), and [`Fetcher::feed_urls`] /
//!   [`Fetcher::sitemap_urls`] that fetch them first.
//! - **Outcomes**: one [`Outcome`] per URL, appended as a JSON line to
//!   `STORE/fetch-log.jsonl`, and a [`Summary`] per run.
//!
//! # Core types
//! [`FetchConfig`] → [`Fetcher::new`] → [`Fetcher::run`] (blocking) → [`Outcome`]s and
//! a [`Summary`]; pages are read back with [`Store::page`] (body and [`PageMeta`], whose
//! `content_type` carries the charset for the HTML extractor).
//!
//! # Example
//! ```no_run
//! use newsclaims_fetch::{FetchConfig, Fetcher};
//! let mut config = FetchConfig::new("fetched");
//! config.contact = Some("mailto:newsdesk@example.org".into());
//! let mut fetcher = Fetcher::new(config)?;
//! let urls = fetcher.feed_urls("https://news.example/rss.xml")?;
//! let summary = fetcher.run(&urls, |o| eprintln!("{} {:?}", o.url, o.outcome))?;
//! println!("{} fetched, {} failed", summary.fetched, summary.failed);
//! if let Some((meta, html)) = fetcher.store().page(&urls[0]) {
//!     println!("{} bytes of {:?}", html.len(), meta.content_type);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Async inside, blocking outside
//! The rest of the pipeline is synchronous (rayon), so the runtime stays in here: a tokio
//! `current_thread` runtime drives all hosts' requests from the calling thread. Fetching
//! waits on sockets and timers; one thread keeps up with hundreds of hosts, and the
//! cores stay free for extraction.
//!
//! # Dependencies, chosen for build time
//! The machine and CI have two cores, so every feature costs. `reqwest` has its default
//! features off: HTTP/1.1 only (no `h2`: news sites all speak 1.1, and one request per
//! host at a time gains nothing from multiplexing), `rustls-tls` (rustls with *ring* and
//! the webpki roots: no OpenSSL to find on the system, and no `aws-lc` C/CMake build),
//! and the `gzip`, `brotli` and `deflate` decoders; no `charset` (bytes are stored as
//! received, the HTML extractor decodes them with the header charset), no cookies, no
//! proxies from the system. `tokio` with `rt`, `time` and `sync` only (no macros, no
//! multi-thread scheduler). `roxmltree` (no dependencies) parses feeds and sitemaps.
//! Random jitter comes from a hash, not the `rand` crate; UUIDs for WARC records too.
//!
//! # Limits
//! One process per store at a time (two runs on one store would mix their WARC parts).
//! WARC records carry no `WARC-Block-Digest` (no SHA-1 dependency); readers do not
//! need it. A `304` writes no `revisit` record.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod config;
mod discover;
mod error;
mod feeds;
mod fetcher;
mod hosts;
mod http;
mod outcome;
mod retry;
mod robots;
mod store;
pub mod warc_writer;

pub use config::{FetchConfig, ROBOTS_TOKEN};
pub use error::{FetchError, SetupError, StoreError};
pub use feeds::{feed_links, sitemap_links, SitemapLinks};
pub use fetcher::Fetcher;
pub use outcome::{Outcome, OutcomeKind, Summary};
pub use retry::parse_retry_after;
pub use robots::{Robots, MAX_ROBOTS_BYTES};
pub use store::{url_key, PageMeta, Store};
