//! Behaviour of the fetcher against a loopback server (no traffic leaves 127.0.0.1).

mod support;

use newsclaims_fetch::{FetchConfig, FetchError, Fetcher, Outcome, OutcomeKind};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use support::server::{Reply, Server};

fn store_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nc-fetch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// Test settings: no waits unless a test asks, fast backoff.
fn config(name: &str) -> FetchConfig {
    let mut c = FetchConfig::new(store_dir(name));
    c.min_interval = Duration::ZERO;
    c.backoff_base = Duration::from_millis(10);
    c.read_timeout = Duration::from_secs(5);
    c.contact = Some("mailto:tests@example.invalid".into());
    c
}

fn run(f: &mut Fetcher, urls: &[String]) -> Vec<Outcome> {
    let mut out = Vec::new();
    f.run(urls, |o| out.push(o.clone())).unwrap();
    out
}

fn page(title: &str) -> String {
    format!("<html><head><title>{title}</title></head><body><article><p>{title} opened on Tuesday, officials said.</p></article></body></html>")
}

fn robots_ok(path: &str) -> Option<Reply> {
    (path == "/robots.txt").then(|| Reply::status(404))
}

#[test]
fn pages_are_stored_logged_and_archived_as_warc() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            let ua = r.header("user-agent").unwrap_or("").to_string();
            Reply::html(&page(&r.path)).header("X-Seen-UA", &ua)
        })
    });
    let mut f = Fetcher::new(config("pages")).unwrap();
    let urls: Vec<String> = ["/a", "/b?x=1", "/a", "/c"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let out = run(&mut f, &urls);
    assert_eq!(out.len(), 3, "duplicates once: {out:?}");
    assert!(out
        .iter()
        .all(|o| o.outcome == OutcomeKind::Fetched && o.status == Some(200)));
    let (meta, body) = f.store().page(&urls[1]).unwrap();
    assert_eq!(String::from_utf8(body).unwrap(), page("/b?x=1"));
    assert_eq!(
        meta.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    let store = f.store().root().to_path_buf();
    let warc = f.finish().unwrap().expect("a WARC file");
    // The User-Agent names the tool and the contact.
    let log = std::fs::read_to_string(store.join("fetch-log.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 3);
    for line in log.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for k in [
            "url", "outcome", "status", "bytes", "ms", "attempts", "error",
        ] {
            assert!(v.get(k).is_some(), "{k} in {line}");
        }
    }
    // Read back with the project's WARC reader: request + response per page.
    let records: Vec<_> = warc::open(&warc).unwrap().map(|r| r.unwrap()).collect();
    let kinds: Vec<String> = records.iter().map(|r| format!("{:?}", r.kind)).collect();
    assert_eq!(
        kinds.iter().filter(|k| k.contains("Request")).count(),
        3,
        "{kinds:?}"
    );
    let pages: Vec<_> = warc::HtmlRecords::new(warc::open(&warc).unwrap())
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].payload(), page("/a").as_bytes());
    assert_eq!(pages[0].target_uri.as_deref(), Some(urls[0].as_str()));
    assert!(pages[0].date.is_some() && pages[0].id.starts_with("<urn:uuid:"));
    let ua = pages[0]
        .http
        .as_ref()
        .unwrap()
        .header("X-Seen-UA")
        .unwrap()
        .to_string();
    assert!(
        ua.starts_with("newsclaims/") && ua.contains("mailto:tests@example.invalid"),
        "{ua}"
    );
}

#[test]
fn slow_response_times_out_and_is_retried_then_reported() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| Reply {
            delay: Duration::from_millis(1500),
            ..Reply::html("late")
        })
    });
    let mut c = config("slow");
    c.read_timeout = Duration::from_millis(200);
    c.max_attempts = 2;
    let mut f = Fetcher::new(c).unwrap();
    let t = Instant::now();
    let out = run(&mut f, &[server.url("/slow")]);
    assert!(
        t.elapsed() < Duration::from_millis(1400),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(out[0].outcome, OutcomeKind::Failed);
    assert_eq!(out[0].error_kind, Some("timeout"));
    assert_eq!(out[0].attempts, 2);
    assert!(!out[0].permanent);
    assert_eq!(server.hits("/slow"), 2);
    assert!(
        f.store().meta(&server.url("/slow")).is_none(),
        "a later run tries again"
    );
}

#[test]
fn too_many_requests_waits_for_retry_after() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            if r.hit == 1 {
                Reply::status(429).header("Retry-After", "1")
            } else {
                Reply::html("ok now")
            }
        })
    });
    let mut f = Fetcher::new(config("429")).unwrap();
    let out = run(&mut f, &[server.url("/busy")]);
    assert_eq!(out[0].outcome, OutcomeKind::Fetched);
    assert_eq!(out[0].attempts, 2);
    let log = server.log();
    let times: Vec<Instant> = log
        .iter()
        .filter(|(p, _)| p == "/busy")
        .map(|x| x.1)
        .collect();
    assert!(
        times[1] - times[0] >= Duration::from_millis(990),
        "{:?}",
        times[1] - times[0]
    );
}

#[test]
fn retry_after_beyond_the_maximum_gives_up_at_once() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| Reply::status(503).header("Retry-After", "3600"))
    });
    let mut f = Fetcher::new(config("retry-long")).unwrap();
    let out = run(&mut f, &[server.url("/x")]);
    assert_eq!(out[0].error_kind, Some("retry-after-too-long"));
    assert_eq!(server.hits("/x"), 1);
}

#[test]
fn server_error_then_success_is_retried_with_backoff() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            if r.hit <= 2 {
                Reply::status(500)
            } else {
                Reply::html("fine")
            }
        })
    });
    let mut f = Fetcher::new(config("500")).unwrap();
    let out = run(&mut f, &[server.url("/flaky"), server.url("/always-500")]);
    assert_eq!(out[0].outcome, OutcomeKind::Fetched);
    assert_eq!(out[0].attempts, 3);
    let log = server.log();
    let t: Vec<Instant> = log
        .iter()
        .filter(|(p, _)| p == "/flaky")
        .map(|x| x.1)
        .collect();
    // Backoff 10 ms then 20 ms (plus jitter): the second gap is the longer base.
    assert!(t[1] - t[0] >= Duration::from_millis(10) && t[2] - t[1] >= Duration::from_millis(20));
    // /always-500 answers 500 on hits 1 and 2, then 200: so it also succeeds; a
    // persistent 500 is below.
    let persistent = Server::start(|r| robots_ok(&r.path).unwrap_or_else(|| Reply::status(502)));
    let out = run(&mut f, &[persistent.url("/down")]);
    assert_eq!(out[0].outcome, OutcomeKind::Failed);
    assert_eq!(out[0].error_kind, Some("transient"));
    assert_eq!(out[0].status, Some(502));
    assert_eq!(persistent.hits("/down"), 4, "default 4 attempts");
    assert!(!out[0].permanent);
}

#[test]
fn redirect_loop_stops_at_the_limit() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| match r.path.as_str() {
            "/loop-a" => Reply::status(302).header("Location", "/loop-b"),
            "/loop-b" => Reply::status(301).header("Location", "/loop-a"),
            "/moved" => Reply::status(308).header("Location", "/target"),
            _ => Reply::html("target"),
        })
    });
    let mut c = config("redirect");
    c.max_redirects = 5;
    let mut f = Fetcher::new(c).unwrap();
    let out = run(&mut f, &[server.url("/loop-a"), server.url("/moved")]);
    assert_eq!(out[0].error_kind, Some("too-many-redirects"));
    assert!(out[0].permanent);
    assert_eq!(server.hits("/loop-a") + server.hits("/loop-b"), 6);
    assert_eq!(out[1].outcome, OutcomeKind::Fetched);
    assert_eq!(
        out[1].final_url.as_deref(),
        Some(server.url("/target").as_str())
    );
}

#[test]
fn robots_txt_is_obeyed_and_fetched_once() {
    let server = Server::start(|r| {
        match r.path.as_str() {
        "/robots.txt" => Reply::new(
            200,
            "text/plain",
            b"User-agent: *\nDisallow: /private\n\nUser-agent: newsclaims\nDisallow: /secret\nAllow: /secret/public$\n".to_vec(),
        ),
        p => Reply::html(p),
    }
    });
    let mut f = Fetcher::new(config("robots")).unwrap();
    let urls: Vec<String> = [
        "/private/x",
        "/secret/a",
        "/secret/public",
        "/news/1",
        "/news/2",
    ]
    .iter()
    .map(|p| server.url(p))
    .collect();
    let out = run(&mut f, &urls);
    let by = |p: &str| out.iter().find(|o| o.url == server.url(p)).unwrap().clone();
    // Our group names us, so the `*` group does not apply.
    assert_eq!(by("/private/x").outcome, OutcomeKind::Fetched);
    assert_eq!(by("/secret/a").error_kind, Some("robots-disallowed"));
    assert!(by("/secret/a").permanent);
    assert_eq!(by("/secret/public").outcome, OutcomeKind::Fetched);
    assert_eq!(server.hits("/secret/a"), 0, "never requested");
    assert_eq!(server.hits("/robots.txt"), 1, "cached per host");
    // Recorded: a second run skips it without asking.
    let again = run(&mut f, &[server.url("/secret/a")]);
    assert_eq!(again[0].outcome, OutcomeKind::Skipped);
}

#[test]
fn robots_txt_server_error_disallows_and_4xx_allows() {
    let down = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::status(503),
        p => Reply::html(p),
    });
    let missing = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::status(403),
        p => Reply::html(p),
    });
    let mut c = config("robots-5xx");
    c.max_attempts = 1;
    let mut f = Fetcher::new(c).unwrap();
    let out = run(&mut f, &[down.url("/a"), missing.url("/a")]);
    let down_o = out.iter().find(|o| o.url == down.url("/a")).unwrap();
    assert_eq!(down_o.error_kind, Some("robots-unavailable"));
    assert!(!down_o.permanent, "a later run asks again");
    assert_eq!(down.hits("/a"), 0);
    let missing_o = out.iter().find(|o| o.url == missing.url("/a")).unwrap();
    assert_eq!(missing_o.outcome, OutcomeKind::Fetched);
}

#[test]
fn crawl_delay_and_min_interval_space_requests_to_one_host() {
    let server = Server::start(|r| match r.path.as_str() {
        "/robots.txt" => Reply::new(
            200,
            "text/plain",
            b"User-agent: *\nCrawl-delay: 0.3\n".to_vec(),
        ),
        p => Reply::html(p),
    });
    let mut f = Fetcher::new(config("crawl-delay")).unwrap();
    let urls: Vec<String> = (0..3).map(|i| server.url(&format!("/p{i}"))).collect();
    let out = run(&mut f, &urls);
    let log = server.log();
    for w in log.windows(2) {
        assert!(
            w[1].1 - w[0].1 >= Duration::from_millis(290),
            "{:?}",
            w[1].1 - w[0].1
        );
    }
    assert_eq!(server.max_in_flight(), 1);
    // The waits are reported (fetch-log.jsonl and the progress line): three pages
    // 300 ms apart wait at least 2 × 290 ms in all.
    let waited: u64 = out.iter().map(|o| o.waited_ms).sum();
    assert!(waited >= 580, "waited {waited} ms");
    assert!(out.iter().all(|o| o.waited_ms <= o.ms));
}

#[test]
fn hosts_are_fetched_in_parallel_each_one_at_a_time() {
    let slow = |r: &support::server::Req| {
        robots_ok(&r.path).unwrap_or_else(|| Reply {
            delay: Duration::from_millis(100),
            ..Reply::html(&r.path)
        })
    };
    let a = Server::start(slow);
    let b = Server::start(slow);
    let mut c = config("parallel");
    c.min_interval = Duration::from_millis(250);
    let mut f = Fetcher::new(c).unwrap();
    let mut urls = Vec::new();
    for i in 0..3 {
        urls.push(a.url(&format!("/{i}")));
        urls.push(b.url(&format!("/{i}")));
    }
    let out = run(&mut f, &urls);
    assert!(out.iter().all(|o| o.outcome == OutcomeKind::Fetched));
    // Per host: robots + 3 pages, 250 ms apart. The two hosts' request spans overlap:
    // they ran side by side, not one after the other.
    let span = |s: &Server| {
        let log = s.log();
        (log.first().unwrap().1, log.last().unwrap().1)
    };
    let ((a0, a1), (b0, b1)) = (span(&a), span(&b));
    assert!(a0 < b1 && b0 < a1, "hosts overlap in time");
    assert_eq!(a.max_in_flight(), 1);
    assert_eq!(b.max_in_flight(), 1);
    for s in [&a, &b] {
        let log = s.log();
        for w in log.windows(2) {
            let gap = w[1].1 - w[0].1;
            assert!(gap >= Duration::from_millis(240), "{gap:?}");
        }
    }
}

#[test]
fn huge_bodies_are_refused_with_or_without_content_length() {
    let big = vec![b'x'; 3 << 20];
    let server = Server::start(move |r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            let mut rep = Reply::new(200, "text/html", big.clone());
            rep.no_length = r.path == "/streamed";
            rep
        })
    });
    let mut c = config("huge");
    c.max_body_bytes = 1 << 20;
    let mut f = Fetcher::new(c).unwrap();
    let out = run(&mut f, &[server.url("/declared"), server.url("/streamed")]);
    for o in &out {
        assert_eq!(o.error_kind, Some("too-large"), "{o:?}");
        assert!(o.permanent);
    }
    assert_eq!(server.hits("/declared"), 1, "not retried");
}

#[test]
fn gzip_bomb_is_stopped_at_the_decoded_cap() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 200_000, "64 MiB in {} bytes", bomb.len());
    let server = Server::start(move |r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            Reply::new(200, "text/html", bomb.clone()).header("Content-Encoding", "gzip")
        })
    });
    let mut c = config("bomb");
    c.max_body_bytes = 1 << 20;
    let mut f = Fetcher::new(c).unwrap();
    let out = run(&mut f, &[server.url("/bomb")]);
    assert_eq!(out[0].error_kind, Some("too-large"), "{:?}", out[0]);
    // A small gzip page decodes normally.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(page("zipped").as_bytes()).unwrap();
    let small = gz.finish().unwrap();
    let s2 = Server::start(move |r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            Reply::new(200, "text/html", small.clone()).header("Content-Encoding", "gzip")
        })
    });
    let out = run(&mut f, &[s2.url("/z")]);
    assert_eq!(out[0].outcome, OutcomeKind::Fetched);
    assert_eq!(
        f.store().page(&s2.url("/z")).unwrap().1,
        page("zipped").as_bytes()
    );
}

#[test]
fn header_charset_is_kept_for_the_extractor() {
    // "Новости" in windows-1251, declared only in the HTTP header.
    let body: Vec<u8> = [
        &b"<html><body><p>"[..],
        &[0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8],
        b"</p></body></html>",
    ]
    .concat();
    let served = body.clone();
    let server = Server::start(move |r| {
        robots_ok(&r.path)
            .unwrap_or_else(|| Reply::new(200, "text/html; charset=windows-1251", served.clone()))
    });
    let mut f = Fetcher::new(config("cp1251")).unwrap();
    run(&mut f, &[server.url("/ru")]);
    let (meta, stored) = f.store().page(&server.url("/ru")).unwrap();
    assert_eq!(stored, body, "bytes stored as received, not re-encoded");
    assert_eq!(
        meta.content_type.as_deref(),
        Some("text/html; charset=windows-1251")
    );
    let warc = f.finish().unwrap().unwrap();
    let rec = warc::HtmlRecords::new(warc::open(&warc).unwrap())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        rec.payload_content_type(),
        Some("text/html; charset=windows-1251")
    );
    assert_eq!(rec.payload(), &body[..]);
}

#[test]
fn permanent_failures_are_recorded_not_retried() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| match r.path.as_str() {
            "/gone" => Reply::status(410),
            _ => Reply::status(404),
        })
    });
    let mut f = Fetcher::new(config("permanent")).unwrap();
    let urls = [
        server.url("/gone"),
        server.url("/missing"),
        "ftp://x/y".to_string(),
    ];
    let out = run(&mut f, &urls);
    assert!(
        out.iter()
            .all(|o| o.outcome == OutcomeKind::Failed && o.permanent),
        "{out:?}"
    );
    assert_eq!((server.hits("/gone"), server.hits("/missing")), (1, 1));
    assert_eq!(
        out.iter()
            .find(|o| o.url.ends_with("/gone"))
            .unwrap()
            .status,
        Some(410)
    );
    let again = run(&mut f, &urls[..2]);
    assert!(again.iter().all(|o| o.outcome == OutcomeKind::Skipped));
    assert_eq!((server.hits("/gone"), server.hits("/missing")), (1, 1));
}

#[test]
fn conditional_requests_revalidate_stored_pages() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            let etag_ok = r.header("if-none-match") == Some("\"v1\"");
            let lm_ok = r.header("if-modified-since") == Some("Tue, 03 Mar 2026 10:00:00 GMT");
            match r.path.as_str() {
                "/etag" if etag_ok => Reply::status(304),
                "/etag" => Reply::html("etag page").header("ETag", "\"v1\""),
                "/lm" if lm_ok => Reply::status(304),
                _ => {
                    Reply::html("lm page").header("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT")
                }
            }
        })
    });
    let urls = [server.url("/etag"), server.url("/lm")];
    let mut f = Fetcher::new(config("conditional")).unwrap();
    assert!(run(&mut f, &urls)
        .iter()
        .all(|o| o.outcome == OutcomeKind::Fetched));
    // Without refresh: skipped, no request.
    assert!(run(&mut f, &urls)
        .iter()
        .all(|o| o.outcome == OutcomeKind::Skipped));
    assert_eq!(server.hits("/etag"), 1);
    let mut c = config("conditional-again");
    c.store = f.store().root().to_path_buf();
    c.refresh = true;
    drop(f);
    let mut f = Fetcher::new(c).unwrap();
    let out = run(&mut f, &urls);
    assert!(
        out.iter().all(|o| o.outcome == OutcomeKind::NotModified),
        "{out:?}"
    );
    assert_eq!(f.store().page(&urls[0]).unwrap().1, b"etag page");
    assert_eq!(server.hits("/etag"), 2);
}

#[test]
fn feeds_and_sitemaps_give_article_urls() {
    let server = Server::start(|r| {
        robots_ok(&r.path).unwrap_or_else(|| {
            let base = format!("http://127.0.0.1:{}", r.header("host").unwrap_or("").rsplit(':').next().unwrap_or(""));
            match r.path.as_str() {
                "/rss.xml" => Reply::new(200, "application/rss+xml", format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>N</title>\
                     <item><title>One</title><link>{base}/news/1</link></item>\
                     <item><title>Two</title><link>/news/2</link></item></channel></rss>").into_bytes()),
                "/atom.xml" => Reply::new(200, "application/atom+xml", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">\
                     <entry><link rel=\"alternate\" href=\"/news/3\"/></entry></feed>".to_vec()),
                "/sitemap-index.xml" => Reply::new(200, "application/xml", format!(
                    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\
                     <sitemap><loc>{base}/sitemap-news.xml</loc></sitemap>\
                     <sitemap><loc>{base}/sitemap-missing.xml</loc></sitemap></sitemapindex>").into_bytes()),
                "/sitemap-news.xml" => Reply::new(200, "application/xml", format!(
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
                     xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\
                     <url><loc>{base}/news/4</loc><news:news><news:title>Four</news:title></news:news></url>\
                     <url><loc>{base}/news/1</loc></url></urlset>").into_bytes()),
                p if p.starts_with("/news/") => Reply::html(&page(p)),
                _ => Reply::status(404),
            }
        })
    });
    let mut f = Fetcher::new(config("feeds")).unwrap();
    let rss = f.feed_urls(&server.url("/rss.xml")).unwrap();
    assert_eq!(rss, [server.url("/news/1"), server.url("/news/2")]);
    let atom = f.feed_urls(&server.url("/atom.xml")).unwrap();
    assert_eq!(atom, [server.url("/news/3")]);
    let mut child_errors = Vec::new();
    let sm = f
        .sitemap_urls(&server.url("/sitemap-index.xml"), |u, e| {
            child_errors.push((u.to_string(), e.kind()))
        })
        .unwrap();
    assert_eq!(sm, [server.url("/news/4"), server.url("/news/1")]);
    assert_eq!(
        child_errors,
        [(server.url("/sitemap-missing.xml"), "status")]
    );
    let out = run(&mut f, &rss);
    assert!(out.iter().all(|o| o.outcome == OutcomeKind::Fetched));
    // A missing feed is an error, not an empty list.
    assert!(matches!(
        f.feed_urls(&server.url("/nofeed.xml")),
        Err(FetchError::Status(404))
    ));
}

#[test]
fn a_crashed_runs_warc_is_cut_back_to_complete_records() {
    let server =
        Server::start(|r| robots_ok(&r.path).unwrap_or_else(|| Reply::html(&page(&r.path))));
    let c = config("crash");
    let root = c.store.clone();
    let mut f = Fetcher::new(c.clone()).unwrap();
    run(&mut f, &[server.url("/1"), server.url("/2")]);
    // Simulate a crash: forget the fetcher without closing, then append half a record.
    std::mem::forget(f);
    let part = std::fs::read_dir(root.join("warc"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".part"))
        .expect("an open part");
    let mut bytes = std::fs::read(&part).unwrap();
    bytes.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0]);
    std::fs::write(&part, bytes).unwrap();
    let f = Fetcher::new(c).unwrap();
    drop(f);
    let files: Vec<PathBuf> = std::fs::read_dir(root.join("warc"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].to_string_lossy().ends_with(".warc.gz"));
    let records: Vec<_> = warc::open(&files[0]).unwrap().collect();
    assert!(
        records.iter().all(|r| r.is_ok()),
        "no broken record is left"
    );
    assert_eq!(records.len(), 5, "warcinfo + 2 × (request, response)");
}
