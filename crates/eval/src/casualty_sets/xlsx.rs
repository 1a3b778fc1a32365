//! A minimal Office Open XML (`.xlsx`) reader: the zip central directory,
//! `flate2` inflate, shared strings and the cells of the first sheet. Enough
//! for the IDETECT/IDMC workbooks, with no spreadsheet dependency.

use flate2::read::DeflateDecoder;
use std::collections::BTreeMap;
use std::io::Read;

/// One row: column letters (`A`, `B`, …) → cell text.
pub type Row = BTreeMap<String, String>;

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

/// The named entries of a zip archive, inflated (stored and deflated only).
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
        p += 46 + nlen + elen + clen;
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
        // `<t>` or `<t xml:space="preserve">`, not `<tabColor>`.
        let Some(gt) = after.find('>') else { break };
        if !(after.starts_with('>') || after.starts_with(' ')) {
            rest = after;
            continue;
        }
        if after[..gt].ends_with('/') {
            // An empty element such as `<v/>`.
            out.push("");
            rest = &after[gt + 1..];
            continue;
        }
        let body = &after[gt + 1..];
        let Some(end) = body.find(close) else { break };
        out.push(&body[..end]);
        rest = &body[end + close.len()..];
    }
    out
}

/// The rows of the first sheet of a workbook; `None` when the bytes are not
/// a workbook this reader understands.
pub fn first_sheet(bytes: &[u8]) -> Option<Vec<Row>> {
    let files = unzip(bytes)?;
    let strings: Vec<String> = match files.get("xl/sharedStrings.xml") {
        Some(x) => {
            let shared = String::from_utf8_lossy(x);
            between(&shared, "<si", "</si>")
                .into_iter()
                .map(|si| {
                    between(si, "<t", "</t>")
                        .into_iter()
                        .map(unescape)
                        .collect::<String>()
                })
                .collect()
        }
        None => Vec::new(),
    };
    let sheet = String::from_utf8_lossy(files.get("xl/worksheets/sheet1.xml")?).to_string();
    let mut rows = Vec::new();
    for row in between(&sheet, "<row", "</row>") {
        let mut cells = Row::new();
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
                (Some(v), _) => unescape(&v),
                (None, Some(t)) => t,
                _ => String::new(),
            };
            cells.insert(col, text);
        }
        rows.push(cells);
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_workbook() {
        assert!(first_sheet(b"").is_none());
        assert!(first_sheet(b"PK\x05\x06 not really").is_none());
    }

    #[test]
    fn tags() {
        let s = r#"<si><t>a&amp;b</t></si><si><t xml:space="preserve"> c</t></si><tabColor/>"#;
        assert_eq!(between(s, "<si", "</si>").len(), 2);
        assert_eq!(between(s, "<t", "</t>"), ["a&amp;b", " c"]);
    }
}
