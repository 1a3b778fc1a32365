//! One HTTP exchange with every limit enforced: read timeout per chunk, total timeout,
//! body cap after content decoding (the compression-bomb guard).

use crate::{FetchConfig, FetchError};
use chrono::{DateTime, Utc};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use std::time::Duration;
use tokio::time::{timeout, Instant};
use url::Url;

/// A response read in full.
#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    pub url: Url,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub request_head: String,
    pub date: DateTime<Utc>,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Build the client: no automatic redirects (each hop is checked against robots.txt and
/// the host's rate limit), content decoding on, our User-Agent.
pub(crate) fn client(config: &FetchConfig) -> Result<reqwest::Client, FetchError> {
    reqwest::Client::builder()
        .user_agent(config.user_agent_header())
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(config.connect_timeout)
        .gzip(true)
        .brotli(true)
        .deflate(true)
        .build()
        .map_err(|e| FetchError::Network(e.to_string()))
}

/// Send one GET and read the body under the limits.
pub(crate) async fn exchange(
    client: &reqwest::Client,
    config: &FetchConfig,
    url: &Url,
    extra: &[(&'static str, String)],
    max_body: u64,
    truncate: bool,
) -> Result<Exchange, FetchError> {
    let deadline = Instant::now() + config.total_timeout;
    let date = Utc::now();
    let mut headers = HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT,
        HeaderValue::from_static("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
    );
    for (k, v) in extra {
        if let Ok(v) = HeaderValue::from_str(v) {
            headers.insert(HeaderName::from_static(k), v);
        }
    }
    let mut request_head = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: {}\r\nAccept-Encoding: gzip, br, deflate\r\n",
        path_and_query(url),
        host_port(url),
        config.user_agent_header()
    );
    for (k, v) in &headers {
        request_head.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap_or("")));
    }
    request_head.push_str("\r\n");
    let send = client.get(url.clone()).headers(headers).send();
    let wait = config.read_timeout.min(remaining(deadline));
    let mut resp = match timeout(wait, send).await {
        Err(_) => return Err(FetchError::Timeout("waiting for the response")),
        Ok(Err(e)) => return Err(map_reqwest(e)),
        Ok(Ok(r)) => r,
    };
    let status = resp.status().as_u16();
    let resp_headers: Vec<(String, String)> = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let declared = resp
        .headers()
        .get(reqwest::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let encoded = resp
        .headers()
        .contains_key(reqwest::header::CONTENT_ENCODING);
    if !truncate && !encoded && declared.is_some_and(|n| n > max_body) {
        return Err(FetchError::TooLarge { limit: max_body });
    }
    let mut body = Vec::new();
    loop {
        let wait = config.read_timeout.min(remaining(deadline));
        match timeout(wait, resp.chunk()).await {
            Err(_) => return Err(FetchError::Timeout("reading the body")),
            Ok(Err(e)) => return Err(map_reqwest(e)),
            Ok(Ok(None)) => break,
            Ok(Ok(Some(chunk))) => {
                if body.len() as u64 + chunk.len() as u64 > max_body {
                    if truncate {
                        let room = (max_body as usize).saturating_sub(body.len());
                        body.extend_from_slice(&chunk[..room.min(chunk.len())]);
                        break;
                    }
                    return Err(FetchError::TooLarge { limit: max_body });
                }
                body.extend_from_slice(&chunk);
            }
        }
    }
    Ok(Exchange {
        url: url.clone(),
        status,
        headers: resp_headers,
        body,
        request_head,
        date,
    })
}

fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

fn map_reqwest(e: reqwest::Error) -> FetchError {
    if e.is_timeout() {
        return FetchError::Timeout(if e.is_connect() {
            "connecting"
        } else {
            "reading"
        });
    }
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    FetchError::Network(msg)
}

/// `/path?query` as sent in the request line.
pub(crate) fn path_and_query(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

/// `host[:port]` as in the `Host` header.
pub(crate) fn host_port(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    }
}
