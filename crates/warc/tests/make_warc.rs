//! Reads a WARC built by the shared `tools/make_warc.py` from shared pages (skipped
//! with a message when `../shared` or `python3` is absent).

use newsclaims_warc::{HtmlRecords, WarcReader};
use std::path::PathBuf;
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    p.join("tools/make_warc.py").exists().then_some(p)
}

#[test]
fn reads_a_common_crawl_style_archive_from_make_warc() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found (set NEWSCLAIMS_SHARED)");
        return;
    };
    let dir = shared.join("corpora/extract/article-extraction-benchmark/html");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    pages.truncate(5);
    let out = std::env::temp_dir().join(format!(
        "newsclaims-warc-test-{}.warc.gz",
        std::process::id()
    ));
    let res = Command::new("python3")
        .arg(shared.join("tools/make_warc.py"))
        .arg(&out)
        .args(&pages)
        .output();
    let Ok(res) = res else {
        eprintln!("skipped: python3 not available");
        return;
    };
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let ids: Vec<String> = String::from_utf8(res.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let mut html = HtmlRecords::new(newsclaims_warc::open(&out).unwrap());
    let recs: Vec<_> = html.by_ref().map(|r| r.unwrap()).collect();
    std::fs::remove_file(&out).ok();
    assert_eq!(recs.iter().map(|r| r.id.clone()).collect::<Vec<_>>(), ids);
    for (rec, page) in recs.iter().zip(&pages) {
        let mut want = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(std::fs::File::open(page).unwrap()),
            &mut want,
        )
        .unwrap();
        assert_eq!(rec.payload(), &want[..]);
        assert!(rec.offset > 0);
    }
    let c = html.counts();
    assert_eq!((c.html, c.not_response, c.not_html, c.errors), (5, 6, 1, 0));
    // Offsets allow a range read of one member.
    let _ = WarcReader::new(&b""[..]).unwrap();
}
