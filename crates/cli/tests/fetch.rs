//! `newsclaims fetch` and `newsclaims extract URL` against a loopback server
//! (no traffic leaves 127.0.0.1).

#[path = "../../fetch/tests/support/server.rs"]
mod server;

use serde_json::Value;
use server::{Reply, Server};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsclaims-fetch-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    let _ = std::fs::remove_dir_all(&p);
    let _ = std::fs::remove_file(&p);
    p
}

fn newsclaims(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsclaims"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run newsclaims")
}

/// `newsclaims ARGS --store STORE --min-interval 0ms`: a run against the loopback
/// server, with no wait between requests.
fn newsclaims_store(store: &Path, args: &[&str]) -> Output {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--store", store.to_str().unwrap(), "--min-interval", "0ms"]);
    newsclaims(&all)
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("fixtures/fetch").join(name)).unwrap()
}

fn no_robots(path: &str) -> Option<Reply> {
    (path == "/robots.txt").then(|| Reply::status(404))
}

/// Claims without what names their source (ids, URLs, references to other claims by
/// id), to compare two inputs.
fn comparable(mut v: Value) -> Value {
    fn is_claim_ref(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() == 18 && b[1] == b'-' && s[2..].bytes().all(|c| c.is_ascii_hexdigit())
    }
    fn strip(v: &mut Value) {
        match v {
            Value::String(s) if is_claim_ref(s) => *s = format!("{}-ref", &s[..1]),
            Value::Object(m) => {
                m.retain(|k, _| {
                    !(k == "id" || k.ends_with("_id") || k.ends_with("_ids") || k == "url")
                });
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

#[test]
fn extract_from_a_url_gives_the_claims_of_the_same_page_on_disk() {
    let html = fixture("article.html");
    let served = html.clone();
    let server = Server::start(move |r| {
        no_robots(&r.path)
            .unwrap_or_else(|| Reply::new(200, "text/html; charset=utf-8", served.clone()))
    });
    let store = tmp("equal-store");
    let from_url = tmp("equal-url.jsonl");
    let from_disk = tmp("equal-disk.jsonl");
    let url = server.url("/2025/04/bridge");
    let o = newsclaims_store(
        &store,
        &["extract", &url, "-o", from_url.to_str().unwrap(), "-q"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = newsclaims(&[
        "extract",
        "fixtures/fetch/article.html",
        "-o",
        from_disk.to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a: Vec<Value> = jsonl(&from_url).into_iter().map(comparable).collect();
    let b: Vec<Value> = jsonl(&from_disk).into_iter().map(comparable).collect();
    assert!(
        a.len() >= 3,
        "quotes, casualties and dates expected: {a:#?}"
    );
    assert_eq!(a, b);
    let url_claims = jsonl(&from_url);
    assert_eq!(
        url_claims[0]["doc_id"],
        url.as_str(),
        "the URL names the document"
    );
}

#[test]
fn a_charset_given_only_in_the_http_header_decodes_right() {
    let utf8 = String::from_utf8(fixture("cyrillic.html")).unwrap();
    let cp1251 = to_windows_1251(&utf8);
    let server = Server::start(move |r| {
        no_robots(&r.path)
            .unwrap_or_else(|| Reply::new(200, "text/html; charset=windows-1251", cp1251.clone()))
    });
    let store = tmp("cp1251-store");
    let docs = tmp("cp1251-docs.jsonl");
    let o = newsclaims_store(
        &store,
        &[
            "extract",
            &server.url("/ru/flood"),
            "-o",
            tmp("cp1251-claims.jsonl").to_str().unwrap(),
            "--documents",
            docs.to_str().unwrap(),
            "-q",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let d = jsonl(&docs);
    let text = d[0]["text"].as_str().unwrap();
    assert!(
        text.contains("около двухсот домов оказались под водой"),
        "{text}"
    );
}

/// Windows-1251 for the Russian letters and ASCII (enough for the fixture).
fn to_windows_1251(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => c as u8,
            'А'..='я' => (c as u32 - 'А' as u32 + 0xC0) as u8,
            'ё' => 0xB8,
            'Ё' => 0xA8,
            _ => b'?',
        })
        .collect()
}

#[test]
fn fetching_a_feed_stores_its_articles_and_logs_each_url() {
    let article = fixture("article.html");
    let server = Server::start(move |r| {
        no_robots(&r.path).unwrap_or_else(|| match r.path.as_str() {
            "/feed.xml" => Reply::new(
                200,
                "application/rss+xml",
                b"<rss version=\"2.0\"><channel><title>Ledger</title>\
                  <item><title>A</title><link>/news/a</link></item>\
                  <item><title>B</title><link>/news/b</link></item>\
                  <item><title>Gone</title><link>/news/gone</link></item></channel></rss>"
                    .to_vec(),
            ),
            "/news/gone" => Reply::status(404),
            _ => Reply::new(200, "text/html", article.clone()),
        })
    });
    let store = tmp("feed-store");
    let o = newsclaims_store(&store, &["fetch", "--feed", &server.url("/feed.xml")]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "one article is gone: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("fetched 2") && stderr.contains("1 failed (1 permanent)"),
        "{stderr}"
    );
    let log = jsonl(&store.join("fetch-log.jsonl"));
    let outcomes: Vec<(String, String)> = log
        .iter()
        .map(|l| {
            (
                l["url"].as_str().unwrap().to_string(),
                l["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        outcomes.contains(&(server.url("/news/a"), "fetched".into())),
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&(server.url("/news/gone"), "failed".into())));
    // The store is a WARC archive `extract` reads.
    let claims = tmp("feed-claims.jsonl");
    let o = newsclaims(&[
        "extract",
        store.join("warc").to_str().unwrap(),
        "-o",
        claims.to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs: std::collections::BTreeSet<String> = jsonl(&claims)
        .iter()
        .map(|c| c["url"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        docs.contains(&server.url("/news/a")) && docs.contains(&server.url("/news/b")),
        "{docs:?}"
    );
}

#[test]
fn a_killed_run_resumes_and_fetches_every_page_exactly_once() {
    const PAGES: usize = 8;
    let article = fixture("article.html");
    let server = Server::start(move |r| {
        no_robots(&r.path).unwrap_or_else(|| Reply::new(200, "text/html", article.clone()))
    });
    let list = tmp("resume-urls.txt");
    let urls: Vec<String> = (0..PAGES).map(|i| server.url(&format!("/p/{i}"))).collect();
    std::fs::write(&list, format!("# test list\n{}\n", urls.join("\n"))).unwrap();
    let store = tmp("resume-store");
    let args = [
        "fetch",
        "--urls",
        list.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
        "--min-interval",
        "300ms",
        "-q",
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclaims"))
        .args(args)
        .current_dir(repo())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let page_hits = |s: &Server| {
        (0..PAGES)
            .map(|i| s.hits(&format!("/p/{i}")))
            .sum::<usize>()
    };
    let t = Instant::now();
    while page_hits(&server) < 3 && t.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    // Between two requests (300 ms apart): the last page has been stored.
    std::thread::sleep(Duration::from_millis(120));
    child.kill().unwrap();
    child.wait().unwrap();
    let before = page_hits(&server);
    assert!(
        (3..PAGES).contains(&before),
        "killed midway, after {before} pages"
    );
    let o = newsclaims(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for i in 0..PAGES {
        assert_eq!(
            server.hits(&format!("/p/{i}")),
            1,
            "page {i} fetched exactly once"
        );
    }
    // The archive holds each page once, and no broken record.
    let mut pages = Vec::new();
    for e in std::fs::read_dir(store.join("warc")).unwrap() {
        let p = e.unwrap().path();
        assert!(
            p.to_string_lossy().ends_with(".warc.gz"),
            "no part left: {}",
            p.display()
        );
        for r in warc::HtmlRecords::new(warc::open(&p).unwrap()) {
            pages.push(r.expect("complete records").target_uri.unwrap());
        }
    }
    pages.sort();
    let mut want = urls.clone();
    want.sort();
    assert_eq!(pages, want);
    let log = jsonl(&store.join("fetch-log.jsonl"));
    let skipped = log.iter().filter(|l| l["outcome"] == "skipped").count();
    assert_eq!(
        skipped, before,
        "the rerun skipped what the first run finished"
    );
}

#[test]
fn url_lists_accept_comments_and_csv_and_bad_lines_are_reported() {
    let server = Server::start(|r| no_robots(&r.path).unwrap_or_else(|| Reply::html("<p>x</p>")));
    let list = tmp("list.csv");
    std::fs::write(
        &list,
        format!(
            "id,url\n1,{}\n# skipped\n\n2,\"{}\"\n",
            server.url("/one"),
            server.url("/two")
        ),
    )
    .unwrap();
    let store = tmp("list-store");
    let o = newsclaims_store(&store, &["fetch", "--urls", list.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!((server.hits("/one"), server.hits("/two")), (1, 1));
    let o = newsclaims(&["fetch", "--min-interval", "soon", "http://127.0.0.1:9/"]);
    assert_eq!(o.status.code(), Some(2));
}
