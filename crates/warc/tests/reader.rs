//! Archive edge cases: multi-member gzip with offsets, truncated record, bad gzip member,
//! wrong Content-Length, non-HTML records, arbitrary bytes.

use flate2::write::GzEncoder;
use flate2::Compression;
use newsclaims_warc::{HtmlRecords, RecordType, WarcError, WarcReader};
use std::io::Write;

fn record(kind: &str, id: u32, http_type: &str, body: &[u8]) -> Vec<u8> {
    let mut block = Vec::new();
    if kind == "response" {
        block.extend_from_slice(
            format!("HTTP/1.1 200 OK\r\nContent-Type: {http_type}\r\n\r\n").as_bytes(),
        );
    }
    block.extend_from_slice(body);
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: https://news.example/{id}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(&block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn page(i: u32) -> Vec<u8> {
    format!("<html><body><p>Story {i}: café “quoted” €5.</p></body></html>").into_bytes()
}

/// warcinfo, then per page a request and a response, then a PNG response.
fn records() -> Vec<Vec<u8>> {
    let mut v = vec![record("warcinfo", 0, "", b"software: test\r\n")];
    for i in 1..=3 {
        v.push(record("request", 100 + i, "", b"GET / HTTP/1.1\r\n\r\n"));
        v.push(record("response", i, "text/html; charset=utf-8", &page(i)));
    }
    v.push(record("response", 9, "image/png", b"\x89PNG\r\n\x1a\n"));
    v
}

#[test]
fn multi_member_gzip_reads_every_record_with_member_offsets() {
    let mut file = Vec::new();
    let mut offsets = Vec::new();
    for r in records() {
        offsets.push(file.len() as u64);
        file.extend_from_slice(&gz(&r));
    }
    let reader = WarcReader::new(&file[..]).unwrap();
    assert!(reader.is_gzip());
    let recs: Vec<_> = reader.map(|r| r.unwrap()).collect();
    assert_eq!(
        recs.len(),
        8,
        "a single-member decoder would stop after one"
    );
    assert_eq!(recs.iter().map(|r| r.offset).collect::<Vec<_>>(), offsets);
    assert_eq!(recs[2].kind, RecordType::Response);
    assert_eq!(recs[2].id, "<urn:uuid:1>");
    assert_eq!(
        recs[2].target_uri.as_deref(),
        Some("https://news.example/1")
    );
    assert_eq!(recs[2].date.as_deref(), Some("2024-01-02T03:04:05Z"));
    assert_eq!(recs[2].payload(), &page(1)[..]);
    assert_eq!(
        recs[2].http.as_ref().unwrap().header("content-type"),
        Some("text/html; charset=utf-8")
    );

    let mut html = HtmlRecords::new(WarcReader::new(&file[..]).unwrap());
    let ids: Vec<_> = html.by_ref().map(|r| r.unwrap().id).collect();
    assert_eq!(ids, ["<urn:uuid:1>", "<urn:uuid:2>", "<urn:uuid:3>"]);
    let c = html.counts();
    assert_eq!(
        (c.records, c.html, c.not_response, c.not_html, c.errors),
        (8, 3, 4, 1, 0)
    );
}

#[test]
fn plain_warc_offsets_are_record_starts() {
    let mut file = Vec::new();
    let mut offsets = Vec::new();
    for r in records() {
        offsets.push(file.len() as u64);
        file.extend_from_slice(&r);
    }
    let recs: Vec<_> = WarcReader::new(&file[..])
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(recs.iter().map(|r| r.offset).collect::<Vec<_>>(), offsets);
}

#[test]
fn one_gzip_member_holding_all_records() {
    let all: Vec<u8> = records().concat();
    let recs: Vec<_> = WarcReader::new(&gz(&all)[..])
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(recs.len(), 8);
    assert!(recs.iter().all(|r| r.offset == 0));
}

#[test]
fn bad_gzip_member_is_reported_and_the_rest_is_read() {
    let recs = records();
    let mut file = Vec::new();
    let mut bad_at = 0;
    for (i, r) in recs.iter().enumerate() {
        let mut m = gz(r);
        if i == 2 {
            bad_at = file.len() as u64;
            let mid = m.len() / 2;
            for b in &mut m[12..mid] {
                *b ^= 0x5a;
            }
        }
        file.extend_from_slice(&m);
    }
    let out: Vec<_> = WarcReader::new(&file[..]).unwrap().collect();
    let errs: Vec<_> = out.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(matches!(errs[0], WarcError::Gzip { .. }));
    assert_eq!(errs[0].offset(), bad_at);
    let ids: Vec<_> = out
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(ids.len(), 7);
    assert!(!ids.contains(&"<urn:uuid:1>".to_string()));
    assert!(ids.contains(&"<urn:uuid:2>".to_string()));
}

#[test]
fn wrong_content_length_is_an_error_and_the_next_record_survives() {
    for delta in [-7i64, 9] {
        let recs = records();
        let bad = String::from_utf8_lossy(&recs[2]).into_owned();
        let len: i64 = bad
            .split("Content-Length: ")
            .nth(1)
            .unwrap()
            .split("\r\n")
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let bad = bad.replacen(
            &format!("Content-Length: {len}"),
            &format!("Content-Length: {}", len + delta),
            1,
        );
        let mut file = Vec::new();
        for (i, r) in recs.iter().enumerate() {
            file.extend_from_slice(if i == 2 { bad.as_bytes() } else { r });
        }
        for input in [
            file.clone(),
            recs.iter()
                .enumerate()
                .flat_map(|(i, r)| gz(if i == 2 { bad.as_bytes() } else { r }))
                .collect(),
        ] {
            let out: Vec<_> = WarcReader::new(&input[..]).unwrap().collect();
            let errs: Vec<_> = out.iter().filter_map(|r| r.as_ref().err()).collect();
            assert_eq!(errs.len(), 1, "delta {delta}: {errs:?}");
            assert!(
                matches!(errs[0], WarcError::LengthMismatch { .. }),
                "{errs:?}"
            );
            let ok: Vec<_> = out.iter().filter_map(|r| r.as_ref().ok()).collect();
            assert_eq!(ok.len(), 7, "delta {delta}");
            assert_eq!(ok[2].id, "<urn:uuid:102>");
        }
    }
}

#[test]
fn truncated_last_record_is_an_error_after_the_good_ones() {
    let all: Vec<u8> = records().concat();
    let cut = &all[..all.len() - 10];
    let out: Vec<_> = WarcReader::new(cut).unwrap().collect();
    assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 7);
    assert!(matches!(out.last(), Some(Err(WarcError::Truncated { .. }))));

    // A gzip file cut inside its last member.
    let gzfile: Vec<u8> = records().iter().flat_map(|r| gz(r)).collect();
    let last = gz(records().last().unwrap()).len();
    let out: Vec<_> = WarcReader::new(&gzfile[..gzfile.len() - last / 2])
        .unwrap()
        .collect();
    assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 7);
    assert!(out.last().unwrap().is_err());
}

#[test]
fn oversized_record_is_skipped_with_an_error() {
    let all: Vec<u8> = records().concat();
    let out: Vec<_> = WarcReader::new(&all[..])
        .unwrap()
        .max_record_bytes(80)
        .collect();
    let too_large = out
        .iter()
        .filter(|r| matches!(r, Err(WarcError::TooLarge { .. })))
        .count();
    assert_eq!(too_large, 3, "the three HTML responses are over 80 bytes");
    assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 5);
}

#[test]
fn garbage_before_a_record_is_reported_then_skipped() {
    let mut file = b"junk line\r\n".to_vec();
    file.extend_from_slice(&records().concat());
    let out: Vec<_> = WarcReader::new(&file[..]).unwrap().collect();
    assert!(matches!(out[0], Err(WarcError::NotWarc { offset: 0 })));
    assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 8);
}

mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn arbitrary_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = WarcReader::new(&data[..]).unwrap().take(1000).count();
            let mut gzdata = vec![0x1f, 0x8b];
            gzdata.extend_from_slice(&data);
            let _ = WarcReader::new(&gzdata[..]).unwrap().take(1000).count();
        }

        #[test]
        fn mangled_archives_never_panic(cut in 0usize..2000, flip in 0usize..2000, gzip in any::<bool>()) {
            let mut file: Vec<u8> = if gzip { records().iter().flat_map(|r| gz(r)).collect() } else { records().concat() };
            if flip < file.len() { file[flip] ^= 0xff; }
            file.truncate(cut.max(1).min(file.len()));
            let _ = WarcReader::new(&file[..]).unwrap().take(1000).count();
        }
    }
}

#[test]
fn non_utf8_page_passes_through_byte_exact_between_good_records() {
    // windows-1252 quotes and euro sign, and bytes that are valid in no encoding's UTF-8.
    let body: &[u8] =
        b"<html><body><p>\x93Caf\xe9\x94 costs \x805, \xff\xfe said.</p></body></html>";
    let mut recs = records();
    recs.insert(
        3,
        record("response", 42, "text/html; charset=windows-1252", body),
    );
    for input in [recs.concat(), recs.iter().flat_map(|r| gz(r)).collect()] {
        let mut pages = HtmlRecords::new(WarcReader::new(&input[..]).unwrap());
        let got: Vec<_> = pages.by_ref().map(|r| r.unwrap()).collect();
        assert_eq!(got.len(), 4, "3 UTF-8 pages and the windows-1252 one");
        let p = got.iter().find(|r| r.id == "<urn:uuid:42>").unwrap();
        assert_eq!(p.payload(), body, "payload bytes untouched");
        assert_eq!(
            p.payload_content_type(),
            Some("text/html; charset=windows-1252")
        );
        assert_eq!(pages.counts().errors, 0);
        assert_eq!(pages.counts().not_html, 1, "the PNG");
    }
}
