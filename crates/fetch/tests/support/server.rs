//! A loopback HTTP/1.1 test server on `std::net`: one thread per connection, a routing
//! closure, and per-path hit counts. Only ever binds 127.0.0.1.
//!
//! Shared by the fetch crate's tests and the CLI's (`#[path]` include).
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A request as the handler sees it.
#[derive(Debug, Clone)]
pub struct Req {
    pub path: String,
    pub headers: Vec<(String, String)>,
    /// Hits on this path so far, this one included (1 for the first).
    pub hit: usize,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A reply: status, headers, body, and an optional pause before the head is sent.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
    /// Send no `Content-Length` (the body ends when the connection closes).
    pub no_length: bool,
}

impl Reply {
    pub fn html(body: &str) -> Reply {
        Reply::new(200, "text/html; charset=utf-8", body.as_bytes().to_vec())
    }
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
            ..Reply::default()
        }
    }
    pub fn status(status: u16) -> Reply {
        Reply::new(
            status,
            "text/plain",
            format!("status {status}").into_bytes(),
        )
    }
    pub fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.into(), v.into()));
        self
    }
}

type Handler = dyn Fn(&Req) -> Reply + Send + Sync;

/// A running server; stops accepting when dropped.
pub struct Server {
    pub port: u16,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    /// (path, time received) in order.
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    in_flight: Arc<AtomicUsize>,
    max_in_flight: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Server {
    pub fn start(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().unwrap().port();
        let handler: Arc<Handler> = Arc::new(handler);
        let server = Server {
            port,
            hits: Arc::default(),
            log: Arc::default(),
            in_flight: Arc::default(),
            max_in_flight: Arc::default(),
            stop: Arc::default(),
        };
        let (hits, log, inf, maxf, stop) = (
            server.hits.clone(),
            server.log.clone(),
            server.in_flight.clone(),
            server.max_in_flight.clone(),
            server.stop.clone(),
        );
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (handler, hits, log, inf, maxf) = (
                    handler.clone(),
                    hits.clone(),
                    log.clone(),
                    inf.clone(),
                    maxf.clone(),
                );
                std::thread::spawn(move || serve(conn, &*handler, &hits, &log, &inf, &maxf));
            }
        });
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Hits on a path (path and query).
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    /// Hits on all paths.
    pub fn all_hits(&self) -> HashMap<String, usize> {
        self.hits.lock().unwrap().clone()
    }

    /// Paths with the time each request arrived, in order.
    pub fn log(&self) -> Vec<(String, Instant)> {
        self.log.lock().unwrap().clone()
    }

    /// The most requests ever handled at once.
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(
    conn: TcpStream,
    handler: &Handler,
    hits: &Mutex<HashMap<String, usize>>,
    log: &Mutex<Vec<(String, Instant)>>,
    in_flight: &AtomicUsize,
    max_in_flight: &AtomicUsize,
) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match conn.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 {
            break;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    max_in_flight.fetch_max(now, Ordering::SeqCst);
    let hit = {
        let mut h = hits.lock().unwrap();
        let n = h.entry(path.clone()).or_insert(0);
        *n += 1;
        *n
    };
    log.lock().unwrap().push((path.clone(), Instant::now()));
    let reply = handler(&Req { path, headers, hit });
    if !reply.delay.is_zero() {
        std::thread::sleep(reply.delay);
    }
    let mut out = conn;
    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !reply.no_length {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    let _ = out.write_all(head.as_bytes());
    for chunk in reply.body.chunks(64 * 1024) {
        if out.write_all(chunk).is_err() {
            break;
        }
    }
    let _ = out.flush();
    in_flight.fetch_sub(1, Ordering::SeqCst);
}
