//! Count the records of WARC files and time the read: `cargo run --release -p newsclaims-warc --example count -- FILE...`

use newsclaims_warc::HtmlRecords;
use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let t = Instant::now();
        let mut pages = HtmlRecords::new(newsclaims_warc::open(path.as_ref()).expect("open"));
        let mut bytes = 0usize;
        for r in pages.by_ref() {
            match r {
                Ok(r) => bytes += r.payload().len(),
                Err(e) => eprintln!("{path}: {e}"),
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!(
            "{path}: {:?}, {bytes} payload bytes, {:.1} MB/s compressed",
            pages.counts(),
            size as f64 / 1e6 / s
        );
    }
}
