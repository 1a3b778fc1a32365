//! IDETECT / IDMC displacement excerpts
//! (`shared/corpora/casualties/idetect-idmc-displacement/data/*.xlsx`), read at
//! run time: for each annotated excerpt, is a `displaced` figure with the
//! annotated quantity found? Reported overall and per reporting term.
//!
//! `cargo test -p newsclaims-casualties --test casualty_displacement -- --nocapture`
//!
//! The workbooks are read by a minimal Office Open XML reader below (zip central
//! directory + `flate2` inflate + shared strings + sheet cells): enough for
//! these two sheets, no new dependency.

use flate2::read::DeflateDecoder;
use model::HarmCategory;
use newsclaims_casualties::CasualtyExtractor;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}
fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

/// The named entries of a zip archive, inflated.
fn unzip(b: &[u8]) -> Option<BTreeMap<String, Vec<u8>>> {
    let eocd = (0..b.len().saturating_sub(21))
        .rev()
        .find(|&i| b[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    let count = u16_at(b, eocd + 10)?;
    let mut p = u32_at(b, eocd + 16)?;
    let mut out = BTreeMap::new();
    for _ in 0..count {
        if b.get(p..p + 4)? != [0x50, 0x4b, 0x01, 0x02] {
            return None;
        }
        let method = u16_at(b, p + 10)?;
        let csize = u32_at(b, p + 20)?;
        let (nlen, elen, clen) = (u16_at(b, p + 28)?, u16_at(b, p + 30)?, u16_at(b, p + 32)?);
        let local = u32_at(b, p + 42)?;
        let name = String::from_utf8_lossy(b.get(p + 46..p + 46 + nlen)?).to_string();
        let data_at = local + 30 + u16_at(b, local + 26)? + u16_at(b, local + 28)?;
        let raw = b.get(data_at..data_at + csize)?;
        let data = match method {
            0 => raw.to_vec(),
            8 => {
                let mut v = Vec::new();
                DeflateDecoder::new(raw).read_to_end(&mut v).ok()?;
                v
            }
            _ => continue,
        };
        out.insert(name, data);
        p += 46 + nlen + elen + clen;
    }
    Some(out)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Texts between `<open…>` and `</close>` tags, in order.
fn between<'a>(s: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(open) {
        let after = &rest[i + open.len()..];
        // `<t>` or `<t xml:space="preserve">`.
        let Some(gt) = after.find('>') else { break };
        if !(after.starts_with('>') || after.starts_with(' ')) {
            rest = after;
            continue;
        }
        let body = &after[gt + 1..];
        let Some(end) = body.find(close) else { break };
        out.push(&body[..end]);
        rest = &body[end + close.len()..];
    }
    out
}

/// Rows of the first sheet as column-letter → text.
fn sheet_rows(path: &PathBuf) -> Option<Vec<BTreeMap<String, String>>> {
    let bytes = std::fs::read(path).ok()?;
    let files = unzip(&bytes)?;
    let shared = String::from_utf8_lossy(files.get("xl/sharedStrings.xml")?).to_string();
    let strings: Vec<String> = between(&shared, "<si", "</si>")
        .into_iter()
        .map(|si| {
            between(si, "<t", "</t>")
                .into_iter()
                .map(unescape)
                .collect::<String>()
        })
        .collect();
    let sheet = String::from_utf8_lossy(files.get("xl/worksheets/sheet1.xml")?).to_string();
    let mut rows = Vec::new();
    for row in between(&sheet, "<row", "</row>") {
        let mut cells = BTreeMap::new();
        for cell in row.split("<c ").skip(1) {
            let r = cell
                .split("r=\"")
                .nth(1)
                .and_then(|x| x.split('"').next())
                .unwrap_or("");
            let col: String = r.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            let is_shared = cell.contains("t=\"s\"");
            let v = between(cell, "<v", "</v>").first().map(|s| s.to_string());
            let inline = between(cell, "<t", "</t>").first().map(|s| unescape(s));
            let text = match (v, inline) {
                (Some(v), _) if is_shared => v
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| strings.get(i).cloned())
                    .unwrap_or_default(),
                (Some(v), _) => v,
                (None, Some(t)) => t,
                _ => String::new(),
            };
            cells.insert(col, text);
        }
        rows.push(cells);
    }
    Some(rows)
}

fn data_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let d = shared.join("corpora/casualties/idetect-idmc-displacement/data");
    d.is_dir().then_some(d)
}

#[test]
fn idetect_displacement_figures() {
    let Some(dir) = data_dir() else {
        eprintln!("SKIP: idetect-idmc-displacement not found (set NEWSCLAIMS_SHARED)");
        return;
    };
    let Some(rows) = sheet_rows(&dir.join("IDETECT_test_dataset - NLP.csv.xlsx")) else {
        panic!("cannot read the IDETECT workbook");
    };
    let ex = CasualtyExtractor::new();
    let verbose = std::env::var_os("CASUALTY_VERBOSE").is_some();
    let mut per_term: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut found, mut total) = (0, 0);
    for row in rows.iter().skip(1) {
        let (Some(excerpt), Some(q)) = (
            row.get("B"),
            row.get("C").and_then(|q| q.parse::<f64>().ok()),
        ) else {
            continue;
        };
        let term = row.get("D").cloned().unwrap_or_default();
        let q = q.round() as u64;
        let figs = ex.figures_in(excerpt);
        // The figure is found when the annotated quantity is the number the
        // text states: inside the bounds, or one off an open bound
        // (`more than 15,000` → min 15001 states 15,000).
        let hit = figs.iter().any(|(_, c)| {
            let lo = c.min.map(|m| m.saturating_sub(1));
            let hi = c.max.map(|m| m + 1);
            c.category == HarmCategory::Displaced
                && (lo.is_some() || hi.is_some())
                && lo.is_none_or(|m| m <= q)
                && hi.is_none_or(|m| m >= q)
                && (c.max.is_some() || c.min.is_some_and(|m| m.abs_diff(q) <= 1))
                && (c.min.is_some() || c.max.is_some_and(|m| m.abs_diff(q) <= 1))
        });
        total += 1;
        let e = per_term.entry(term.clone()).or_default();
        e.1 += 1;
        if hit {
            found += 1;
            e.0 += 1;
        } else if verbose {
            let got: Vec<String> = figs
                .iter()
                .map(|(s, c)| {
                    format!(
                        "{:?} {:?}-{:?} {:?}",
                        c.category, c.min, c.max, &excerpt[*s]
                    )
                })
                .collect();
            println!(
                "MISS {term} {q}: {:?}\n   got {got:?}",
                excerpt.chars().take(300).collect::<String>()
            );
        }
    }
    let rate = found as f64 / total.max(1) as f64;
    println!("IDETECT displacement: figure and category found for {found}/{total} = {rate:.3}");
    for (t, (f, n)) in &per_term {
        println!("  {t}: {f}/{n}");
    }
    assert!(total > 0);
    assert!(rate >= 0.70, "IDETECT floor: {rate:.3}");
}
