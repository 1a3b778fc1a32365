//! [`Store`]: the page cache on disk, keyed by URL, and the outcome log.
//!
//! Layout under the store directory:
//! - `pages/<key>.body`: the body as received (content coding undone), `<key>` a hash of
//!   the URL;
//! - `pages/<key>.json`: its [`PageMeta`] (status, `Content-Type`, `ETag`,
//!   `Last-Modified`, fetch time, WARC file). Written last: its presence means done;
//! - `warc/*.warc.gz`: the archive of the run (see [`crate::warc_writer`]);
//! - `fetch-log.jsonl`: one [`Outcome`](crate::Outcome) per line, appended.
//!
//! Every file is written to a temporary name and renamed into place, so a crash
//! leaves either the old state or the new one, never half a page read back as complete.

use crate::StoreError;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What is stored about one URL: a page (2xx) or a permanent failure (404, 410,
/// robots-disallowed…), which a later run skips too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMeta {
    /// The URL as asked for.
    pub url: String,
    /// The URL after redirects.
    pub final_url: String,
    /// HTTP status of the final response (0 when no response, e.g. robots-disallowed).
    pub status: u16,
    /// `Content-Type` header (with its charset parameter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// `ETag` header, sent back as `If-None-Match`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// `Last-Modified` header, sent back as `If-Modified-Since`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When it was fetched (RFC 3339, UTC).
    pub fetched_at: String,
    /// Body bytes (after content decoding).
    pub bytes: u64,
    /// The WARC file holding the exchange, relative to the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warc: Option<String>,
    /// Why the URL failed permanently; `None` for a stored page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl PageMeta {
    /// Whether a page body is stored (not a permanent failure).
    pub fn is_page(&self) -> bool {
        self.error.is_none() && (200..300).contains(&self.status)
    }
}

/// The page cache and log of a store directory.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// The cache key of a URL: 32 hex digits of its BLAKE3 hash.
pub fn url_key(url: &str) -> String {
    blake3::hash(url.as_bytes()).to_hex()[..32].to_string()
}

impl Store {
    /// Open (and create) a store directory.
    pub fn open(root: impl Into<PathBuf>) -> Result<Store, StoreError> {
        let root = root.into();
        for d in [root.join("pages"), root.join("warc")] {
            fs::create_dir_all(&d).map_err(|e| StoreError::new(&d, e))?;
        }
        Ok(Store { root })
    }

    /// The store directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the outcome log is appended.
    pub fn log_path(&self) -> PathBuf {
        self.root.join("fetch-log.jsonl")
    }

    fn meta_path(&self, url: &str) -> PathBuf {
        self.root
            .join("pages")
            .join(format!("{}.json", url_key(url)))
    }

    /// Path of the stored body of `url`.
    pub fn body_path(&self, url: &str) -> PathBuf {
        self.root
            .join("pages")
            .join(format!("{}.body", url_key(url)))
    }

    /// What is stored for `url`, if anything (a meta file that does not parse counts as
    /// nothing: the URL is fetched again).
    pub fn meta(&self, url: &str) -> Option<PageMeta> {
        let bytes = fs::read(self.meta_path(url)).ok()?;
        serde_json::from_slice::<PageMeta>(&bytes)
            .ok()
            .filter(|m| m.url == url)
    }

    /// The stored body of `url` with its meta, when a page is stored.
    pub fn page(&self, url: &str) -> Option<(PageMeta, Vec<u8>)> {
        let meta = self.meta(url).filter(PageMeta::is_page)?;
        let body = fs::read(self.body_path(url)).ok()?;
        Some((meta, body))
    }

    /// Store a page: body first, then the meta that marks it complete.
    pub fn put_page(&self, meta: &PageMeta, body: &[u8]) -> Result<(), StoreError> {
        write_atomic(&self.body_path(&meta.url), body)?;
        self.put_meta(meta)
    }

    /// Store a meta alone (a permanent failure, or a `304` that refreshed the fetch time).
    pub fn put_meta(&self, meta: &PageMeta) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(meta).unwrap_or_default();
        write_atomic(&self.meta_path(&meta.url), &json)
    }
}

/// Write to `path.tmp`, then rename over `path`.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let write = || -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.flush()?;
        drop(f);
        fs::rename(&tmp, path)
    };
    write().map_err(|e| StoreError::new(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_round_trip_and_failure_marker() {
        let dir = std::env::temp_dir().join(format!("nc-store-{}", std::process::id()));
        let store = Store::open(&dir).unwrap();
        let url = "http://127.0.0.1:1/a?b=€";
        assert!(store.meta(url).is_none());
        let meta = PageMeta {
            url: url.into(),
            final_url: url.into(),
            status: 200,
            content_type: Some("text/html; charset=windows-1251".into()),
            etag: Some("\"x\"".into()),
            last_modified: None,
            fetched_at: "2026-01-01T00:00:00Z".into(),
            bytes: 3,
            warc: None,
            error: None,
        };
        store.put_page(&meta, b"abc").unwrap();
        assert_eq!(store.page(url).unwrap(), (meta.clone(), b"abc".to_vec()));
        let gone = PageMeta {
            url: "http://127.0.0.1:1/gone".into(),
            status: 410,
            error: Some("HTTP 410".into()),
            ..meta
        };
        store.put_meta(&gone).unwrap();
        assert!(store.meta(&gone.url).is_some());
        assert!(store.page(&gone.url).is_none());
        let _ = fs::remove_dir_all(&dir);
    }
}
