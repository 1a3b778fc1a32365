//! [`WarcWriter`]: the run's archive, as standard WARC/1.1 `request` and `response`
//! records (one gzip member per record when compressed, as Common Crawl writes them).
//!
//! The body is archived as received after content decoding (reqwest undoes gzip, brotli
//! and deflate while enforcing the size cap), so the archived HTTP head says what the
//! block holds: `Content-Encoding`, `Transfer-Encoding` and `Content-Length` of the
//! original response are kept as `X-Crawler-…` headers and a `Content-Length` of the
//! decoded body is written, the convention of warcio and wget-lua's archives. Any WARC
//! reader, and `newsclaims extract`, reads the pages back.
//!
//! Crash safety: a run writes `NAME.warc[.gz].part` and records, in
//! `NAME.warc[.gz].part.ok`, the length up to the last complete record (updated by
//! rename after each page). [`recover_parts`] truncates a part left by a crash to that
//! length and renames it into place; a finished run renames its part itself.

use crate::store::write_atomic;
use crate::StoreError;
use chrono::{DateTime, SecondsFormat, Utc};
use flate2::write::GzEncoder;
use flate2::Compression;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// One HTTP exchange to archive.
#[derive(Debug, Clone)]
pub struct ExchangeRecord<'a> {
    /// The URL fetched (this exchange's, after any redirect hops before it).
    pub url: &'a str,
    /// The request line and headers as sent.
    pub request_head: String,
    /// Status code.
    pub status: u16,
    /// Response headers in order.
    pub headers: &'a [(String, String)],
    /// The decoded body.
    pub body: &'a [u8],
    /// When the request was sent.
    pub date: DateTime<Utc>,
}

/// Appends records to one WARC file of a run.
pub struct WarcWriter {
    part: PathBuf,
    done: PathBuf,
    file: File,
    len: u64,
    gzip: bool,
    counter: u64,
    name: String,
}

impl WarcWriter {
    /// Start `warc/NAME.warc[.gz].part` under the store, with a `warcinfo` record.
    pub fn create(
        store: &Path,
        name: &str,
        gzip: bool,
        software: &str,
    ) -> Result<WarcWriter, StoreError> {
        let file_name = format!("{name}.warc{}", if gzip { ".gz" } else { "" });
        let done = store.join("warc").join(&file_name);
        let part = PathBuf::from(format!("{}.part", done.display()));
        let file = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .open(&part)
            .map_err(|e| StoreError::new(&part, e))?;
        let mut w = WarcWriter {
            part,
            done,
            file,
            len: 0,
            gzip,
            counter: 0,
            name: file_name,
        };
        let info = format!("software: {software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        let id = w.record_id("warcinfo");
        let head = format!(
            "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: {id}\r\nWARC-Date: {}\r\nWARC-Filename: {}\r\nContent-Type: application/warc-fields\r\nContent-Length: {}\r\n\r\n",
            warc_date(Utc::now()),
            w.name,
            info.len()
        );
        w.append(&[head.into_bytes(), info.into_bytes()].concat())?;
        w.commit()?;
        Ok(w)
    }

    /// The file name the archive will have once finished (relative to `warc/`).
    pub fn file_name(&self) -> &str {
        &self.name
    }

    /// Append the request and response records of one exchange and mark them complete.
    pub fn write_exchange(&mut self, ex: &ExchangeRecord<'_>) -> Result<(), StoreError> {
        let date = warc_date(ex.date);
        let resp_id = self.record_id(ex.url);
        let req_id = self.record_id(ex.url);
        let mut http = format!("HTTP/1.1 {} {}\r\n", ex.status, reason(ex.status));
        for (k, v) in ex.headers {
            let lower = k.to_ascii_lowercase();
            match lower.as_str() {
                "content-encoding" | "transfer-encoding" | "content-length" => {
                    http.push_str(&format!("X-Crawler-{k}: {v}\r\n"))
                }
                _ => http.push_str(&format!("{k}: {}\r\n", v.replace(['\r', '\n'], " "))),
            }
        }
        http.push_str(&format!("Content-Length: {}\r\n\r\n", ex.body.len()));
        let mut block = http.into_bytes();
        block.extend_from_slice(ex.body);
        let uri = ex.url.replace(['\r', '\n', ' '], "");
        let resp_head = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: {resp_id}\r\nWARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nWARC-Concurrent-To: {req_id}\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        );
        let req_block = ex.request_head.as_bytes();
        let req_head = format!(
            "WARC/1.1\r\nWARC-Type: request\r\nWARC-Record-ID: {req_id}\r\nWARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nWARC-Concurrent-To: {resp_id}\r\nContent-Type: application/http;msgtype=request\r\nContent-Length: {}\r\n\r\n",
            req_block.len()
        );
        self.append(&[req_head.as_bytes(), req_block].concat())?;
        let mut resp = resp_head.into_bytes();
        resp.extend_from_slice(&block);
        self.append(&resp)?;
        self.commit()
    }

    fn append(&mut self, record: &[u8]) -> Result<(), StoreError> {
        let mut bytes = record.to_vec();
        bytes.extend_from_slice(b"\r\n\r\n");
        let bytes = if self.gzip {
            let mut gz = GzEncoder::new(Vec::new(), Compression::default());
            gz.write_all(&bytes)
                .and_then(|_| gz.finish())
                .map_err(|e| StoreError::new(&self.part, e))?
        } else {
            bytes
        };
        self.file
            .write_all(&bytes)
            .and_then(|_| self.file.flush())
            .map_err(|e| StoreError::new(&self.part, e))?;
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Record the length of complete records (what survives a crash).
    fn commit(&self) -> Result<(), StoreError> {
        write_atomic(&ok_path(&self.part), self.len.to_string().as_bytes())
    }

    /// Close the archive: rename the part into place.
    pub fn finish(self) -> Result<PathBuf, StoreError> {
        drop(self.file);
        fs::rename(&self.part, &self.done).map_err(|e| StoreError::new(&self.done, e))?;
        let _ = fs::remove_file(ok_path(&self.part));
        Ok(self.done)
    }

    fn record_id(&mut self, salt: &str) -> String {
        self.counter += 1;
        let mut h = blake3::Hasher::new();
        h.update(self.part.as_os_str().as_encoded_bytes());
        h.update(&self.counter.to_le_bytes());
        h.update(salt.as_bytes());
        h.update(
            &Utc::now()
                .timestamp_nanos_opt()
                .unwrap_or_default()
                .to_le_bytes(),
        );
        let b = h.finalize();
        let b = b.as_bytes();
        let hex = |r: std::ops::Range<usize>| -> String {
            b[r].iter().map(|x| format!("{x:02x}")).collect()
        };
        // A version-4-shaped UUID from the hash.
        format!(
            "<urn:uuid:{}-{}-4{}-{}{}-{}>",
            hex(0..4),
            hex(4..6),
            &hex(6..8)[1..],
            ["8", "9", "a", "b"][(b[8] & 3) as usize],
            &hex(8..10)[1..],
            hex(10..16)
        )
    }
}

fn ok_path(part: &Path) -> PathBuf {
    PathBuf::from(format!("{}.ok", part.display()))
}

/// Finish the parts a crashed run left: truncate each to its last complete record and
/// rename it into place. Returns the archives recovered.
pub fn recover_parts(store: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let dir = store.join("warc");
    let mut out = Vec::new();
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(_) => return Ok(out),
    };
    for e in entries.flatten() {
        let part = e.path();
        let name = part.to_string_lossy().to_string();
        let Some(done) = name.strip_suffix(".part") else {
            continue;
        };
        let ok = fs::read_to_string(ok_path(&part))
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(0);
        if ok == 0 {
            let _ = fs::remove_file(&part);
        } else {
            let f = OpenOptions::new()
                .write(true)
                .open(&part)
                .map_err(|e| StoreError::new(&part, e))?;
            f.set_len(ok).map_err(|e| StoreError::new(&part, e))?;
            drop(f);
            fs::rename(&part, done).map_err(|e| StoreError::new(done, e))?;
            out.push(PathBuf::from(done));
        }
        let _ = fs::remove_file(ok_path(&part));
    }
    Ok(out)
}

/// `WARC-Date`: RFC 3339 UTC with seconds.
pub fn warc_date(d: DateTime<Utc>) -> String {
    d.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn reason(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}
