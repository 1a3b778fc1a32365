//! WARC reading throughput in compressed bytes per second, over a multi-member
//! `.warc.gz` built in memory from the shared AEB pages (or synthetic pages when
//! `../shared` is absent). `cargo bench -p newsclaims-warc`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use flate2::write::GzEncoder;
use flate2::Compression;
use newsclaims_warc::HtmlRecords;
use newsclaims_warc::WarcReader;
use std::io::{Read, Write};
use std::path::PathBuf;

fn pages() -> Vec<Vec<u8>> {
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let dir = shared.join("corpora/extract/article-extraction-benchmark/html");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let mut v = Vec::new();
            if flate2::read::GzDecoder::new(std::fs::File::open(e.path()).unwrap())
                .read_to_end(&mut v)
                .is_ok()
            {
                out.push(v);
            }
        }
    }
    if out.is_empty() {
        eprintln!("../shared not found: synthetic pages");
        for i in 0..100 {
            out.push(
                format!(
                    "<html><body>{}</body></html>",
                    format!("<p>Paragraph {i} of a story.</p>").repeat(400)
                )
                .into_bytes(),
            );
        }
    }
    out
}

fn archive(pages: &[Vec<u8>]) -> Vec<u8> {
    let mut file = Vec::new();
    for (i, body) in pages.iter().enumerate() {
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        block.extend_from_slice(body);
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i}>\r\nWARC-Target-URI: https://news.example/{i}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        rec.extend_from_slice(&block);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(&rec).unwrap();
        file.extend_from_slice(&e.finish().unwrap());
    }
    file
}

fn bench(c: &mut Criterion) {
    let file = archive(&pages());
    let mut g = c.benchmark_group("warc");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(file.len() as u64));
    g.bench_function("read_html_records_gz", |b| {
        b.iter(|| {
            HtmlRecords::new(WarcReader::new(&file[..]).unwrap())
                .filter(|r| r.is_ok())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
