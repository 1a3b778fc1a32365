//! [`Record`]: one WARC record, its named header fields, and the HTTP response inside.

use std::fmt;

/// `WARC-Type` values (WARC 1.1 §6).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordType {
    /// `warcinfo`
    Warcinfo,
    /// `response`: an HTTP response with headers.
    Response,
    /// `resource`: a resource without protocol headers.
    Resource,
    /// `request`
    Request,
    /// `metadata`
    Metadata,
    /// `revisit`
    Revisit,
    /// `conversion`
    Conversion,
    /// `continuation`
    Continuation,
    /// Anything else, as written.
    Other(String),
}

impl RecordType {
    fn parse(s: &str) -> RecordType {
        match s.trim().to_ascii_lowercase().as_str() {
            "warcinfo" => RecordType::Warcinfo,
            "response" => RecordType::Response,
            "resource" => RecordType::Resource,
            "request" => RecordType::Request,
            "metadata" => RecordType::Metadata,
            "revisit" => RecordType::Revisit,
            "conversion" => RecordType::Conversion,
            "continuation" => RecordType::Continuation,
            _ => RecordType::Other(s.trim().to_string()),
        }
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            RecordType::Warcinfo => "warcinfo",
            RecordType::Response => "response",
            RecordType::Resource => "resource",
            RecordType::Request => "request",
            RecordType::Metadata => "metadata",
            RecordType::Revisit => "revisit",
            RecordType::Conversion => "conversion",
            RecordType::Continuation => "continuation",
            RecordType::Other(s) => s,
        };
        f.write_str(s)
    }
}

/// Status line and headers of an HTTP response record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code (`200`).
    pub status: u16,
    /// Header fields in order, names as written.
    pub headers: Vec<(String, String)>,
}

impl HttpResponse {
    /// The first header named `name` (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// `WARC-Type`.
    pub kind: RecordType,
    /// `WARC-Record-ID` (with its angle brackets, as written), empty when absent.
    pub id: String,
    /// `WARC-Target-URI`.
    pub target_uri: Option<String>,
    /// `WARC-Date` (RFC 3339 as written).
    pub date: Option<String>,
    /// The record's `Content-Type` (`application/http; msgtype=response`).
    pub content_type: Option<String>,
    /// File offset of the record: its gzip member's start for `.warc.gz`.
    pub offset: u64,
    /// All WARC header fields in order.
    pub headers: Vec<(String, String)>,
    /// Status and headers for a `response` record holding HTTP.
    pub http: Option<HttpResponse>,
    /// The record block (for `response`: HTTP head and payload).
    pub block: Vec<u8>,
    /// Where the payload starts in `block`.
    payload_start: usize,
    /// The payload after removing chunked transfer coding, when the block used it.
    decoded: Option<Vec<u8>>,
}

impl Record {
    pub(crate) fn new(headers: Vec<(String, String)>, block: Vec<u8>, offset: u64) -> Record {
        let get = |n: &str| header(&headers, n).map(|s| s.trim().to_string());
        let kind =
            get("WARC-Type").map_or(RecordType::Other(String::new()), |t| RecordType::parse(&t));
        let id = get("WARC-Record-ID").unwrap_or_default();
        let target_uri =
            get("WARC-Target-URI").map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string());
        let date = get("WARC-Date");
        let content_type = get("Content-Type");
        let mut rec = Record {
            kind,
            id,
            target_uri,
            date,
            content_type,
            offset,
            headers,
            http: None,
            block,
            payload_start: 0,
            decoded: None,
        };
        let is_http = matches!(rec.kind, RecordType::Response | RecordType::Revisit)
            && rec.block.starts_with(b"HTTP/");
        if is_http {
            if let Some((http, at)) = parse_http(&rec.block) {
                let chunked = http
                    .header("Transfer-Encoding")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
                rec.payload_start = at;
                rec.http = Some(http);
                if chunked {
                    rec.decoded = dechunk(&rec.block[at..]);
                }
            }
        }
        rec
    }

    /// A WARC header field by name (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }

    /// The payload: the HTTP body for `response` records, the whole block otherwise.
    pub fn payload(&self) -> &[u8] {
        match &self.decoded {
            Some(d) => d,
            None => &self.block[self.payload_start.min(self.block.len())..],
        }
    }

    /// The payload's media type with parameters: the HTTP `Content-Type` of a response,
    /// the record's `Content-Type` (or `WARC-Identified-Payload-Type`) otherwise.
    pub fn payload_content_type(&self) -> Option<&str> {
        match &self.http {
            Some(h) => h.header("Content-Type"),
            None => self
                .header("WARC-Identified-Payload-Type")
                .or(self.content_type.as_deref()),
        }
    }

    /// Whether this is a successful (2xx) `response` or a `resource` record whose payload is HTML
    /// (by media type, or by sniffing the first bytes when no type is given).
    pub fn is_html(&self) -> bool {
        match (&self.kind, &self.http) {
            (RecordType::Response, Some(h)) if (200..300).contains(&h.status) => {}
            (RecordType::Resource, _) => {}
            _ => return false,
        }
        match self.payload_content_type() {
            Some(ct) => {
                let ct = ct.to_ascii_lowercase();
                ct.contains("text/html") || ct.contains("application/xhtml")
            }
            None => sniff_html(self.payload()),
        }
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn sniff_html(payload: &[u8]) -> bool {
    let head = &payload[..payload.len().min(512)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    t.starts_with("<!doctype html")
        || t.starts_with("<html")
        || t.contains("<head")
        || t.contains("<body")
}

/// Parse `Name: value` lines (continuation lines folded) after the version line.
pub(crate) fn parse_header_fields(head: &[u8]) -> Result<Vec<(String, String)>, String> {
    let text = String::from_utf8_lossy(head);
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in text.lines().skip(1) {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            match fields.last_mut() {
                Some((_, v)) => {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                None => return Err("continuation line before any field".into()),
            }
            continue;
        }
        match line.split_once(':') {
            Some((k, v)) if !k.trim().is_empty() => {
                fields.push((k.trim().to_string(), v.trim().to_string()))
            }
            _ => return Err(format!("not a header field: {:?}", truncate(line, 60))),
        }
    }
    Ok(fields)
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Status line and headers of an HTTP response; returns the payload start.
fn parse_http(block: &[u8]) -> Option<(HttpResponse, usize)> {
    let limit = block.len().min(256 * 1024);
    let head = &block[..limit];
    let (end, at) = match (
        crate::reader::find(head, b"\r\n\r\n"),
        crate::reader::find(head, b"\n\n"),
    ) {
        (Some(a), Some(b)) if b < a => (b, b + 2),
        (Some(a), _) => (a, a + 4),
        (None, Some(b)) => (b, b + 2),
        (None, None) => (block.len(), block.len()),
    };
    let text = String::from_utf8_lossy(&block[..end]);
    let mut lines = text.lines();
    let status_line = lines.next()?;
    let status = status_line.split_whitespace().nth(1)?.parse::<u16>().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some((HttpResponse { status, headers }, at))
}

/// Undo chunked transfer coding; `None` when the body is not well-formed chunks.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let nl = body.iter().position(|&b| b == b'\n')?;
        let line = std::str::from_utf8(&body[..nl]).ok()?;
        let size_text = line.trim().split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if body.len() < size {
            return None;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks_a_chunked_body() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").as_deref(),
            Some(&b"abcde"[..])
        );
        assert_eq!(dechunk(b"zz\r\nabc"), None);
    }

    #[test]
    fn folds_continuation_lines() {
        let f = parse_header_fields(b"WARC/1.0\r\nA: 1\r\n  more\r\nB: 2").unwrap();
        assert_eq!(
            f,
            vec![("A".into(), "1 more".into()), ("B".into(), "2".into())]
        );
        assert!(parse_header_fields(b"WARC/1.0\r\nno colon here").is_err());
    }
}
