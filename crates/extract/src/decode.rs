//! Bytes → text: the character encoding from the BOM, the HTTP `Content-Type` charset,
//! or `<meta charset>` / `<meta http-equiv>` in the first 1024 bytes (the HTML spec's
//! prescan, simplified), else UTF-8 with a windows-1252 fallback when the bytes are not
//! UTF-8. Invalid sequences become U+FFFD; nothing panics.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// Decoded text and how to get back to raw bytes.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    /// Raw bytes skipped before `text` (a BOM).
    pub bom_len: usize,
    /// For non-UTF-8 input: `(text byte, raw byte)` checkpoints, ascending.
    pub checkpoints: Option<Vec<(usize, usize)>>,
}

impl Decoded<'_> {
    /// The raw byte offset of a byte offset in `text` (exact for UTF-8 input; for other
    /// encodings, the raw offset of the nearest checkpoint at or before it).
    pub fn raw_offset(&self, text_off: usize) -> usize {
        match &self.checkpoints {
            None => text_off + self.bom_len,
            Some(cps) => {
                let k = cps.partition_point(|&(t, _)| t <= text_off);
                if k == 0 {
                    self.bom_len
                } else {
                    let (t, r) = cps[k - 1];
                    // Single-byte encodings: one raw byte per char; ASCII stays exact.
                    r + self.text[t..text_off.min(self.text.len())]
                        .chars()
                        .count()
                        .min(CHECK_EVERY)
                        * usize::from(self.single_byte())
                }
            }
        }
    }

    fn single_byte(&self) -> bool {
        self.encoding.is_single_byte()
    }
}

const CHECK_EVERY: usize = 64;

/// The label of a `charset=` parameter in a `Content-Type` value.
pub(crate) fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset=")?;
    let v = content_type[at + 8..].trim_start_matches(['"', '\'', ' ']);
    let end = v
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(v.len());
    Encoding::for_label(&v.as_bytes()[..end])
}

/// Prescan of the first 1024 bytes for `<meta charset=…>` or `content="…charset=…"`.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = text[from..].find("<meta") {
        let start = from + i;
        let end = text[start..].find('>').map_or(text.len(), |e| start + e);
        let tag = &text[start..end];
        if let Some(enc) = charset_param(tag) {
            return Some(enc);
        }
        from = end.max(start + 5);
        if from >= text.len() {
            break;
        }
    }
    None
}

/// Decode `bytes` as HTML.
pub(crate) fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    let (bom_enc, bom_len) = match Encoding::for_bom(bytes) {
        Some((e, n)) => (Some(e), n),
        None => (None, 0),
    };
    let mut enc = bom_enc
        .or_else(|| content_type.and_then(charset_param))
        .or_else(|| meta_charset(bytes))
        .unwrap_or(UTF_8);
    // UTF-16 declared in a meta tag is a lie (the spec says so): the prescan read ASCII.
    if bom_enc.is_none() && (enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE) {
        enc = UTF_8;
    }
    // x-user-defined and replacement encodings are not useful for news text.
    if enc == encoding_rs::REPLACEMENT || enc == encoding_rs::X_USER_DEFINED {
        enc = UTF_8;
    }
    let body = &bytes[bom_len..];
    if enc == UTF_8 {
        match std::str::from_utf8(body) {
            Ok(s) => {
                return Decoded {
                    text: Cow::Borrowed(s),
                    encoding: UTF_8,
                    bom_len,
                    checkpoints: None,
                }
            }
            Err(e) => {
                // Mostly UTF-8 with a few bad bytes stays UTF-8; otherwise it is probably
                // an undeclared windows-1252 page.
                let _ = e;
                let declared = bom_enc.is_some()
                    || content_type.and_then(charset_param).is_some()
                    || meta_charset(bytes).is_some();
                let invalid = count_invalid_utf8(body);
                let non_ascii = body.iter().filter(|&&b| b >= 0x80).count();
                let looks_legacy = !declared && invalid * 4 >= non_ascii;
                if !looks_legacy {
                    return decode_with(body, UTF_8, bom_len);
                }
                enc = WINDOWS_1252;
            }
        }
    }
    decode_with(body, enc, bom_len)
}

fn count_invalid_utf8(mut b: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(b) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(1);
                b = &b[skip.min(b.len())..];
            }
        }
    }
}

/// Decode chunk by chunk, keeping `(text offset, raw offset)` checkpoints.
fn decode_with<'a>(body: &'a [u8], enc: &'static Encoding, bom_len: usize) -> Decoded<'a> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(body.len() + body.len() / 2 + 16);
    let mut cps = Vec::with_capacity(body.len() / CHECK_EVERY + 1);
    let mut raw = 0usize;
    while raw < body.len() {
        let end = (raw + CHECK_EVERY).min(body.len());
        cps.push((text.len(), raw + bom_len));
        let chunk = &body[raw..end];
        let last = end == body.len();
        let need = decoder
            .max_utf8_buffer_length(chunk.len())
            .unwrap_or(chunk.len() * 4 + 16);
        text.reserve(need);
        let (_, read, _) = decoder.decode_to_string(chunk, &mut text, last);
        raw += read.max(1).min(chunk.len());
    }
    if body.is_empty() {
        let _ = decoder.decode_to_string(b"", &mut text, true);
    }
    Decoded {
        text: Cow::Owned(text),
        encoding: enc,
        bom_len,
        checkpoints: Some(cps),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_of_the_encoding() {
        let latin = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
        assert!(decode(latin, None).text.contains("café"));
        let header = b"<p>caf\xe9</p>";
        assert!(decode(header, Some("text/html; charset=windows-1252"))
            .text
            .contains("café"));
        let bom = b"\xef\xbb\xbf<p>caf\xc3\xa9</p>";
        let d = decode(bom, Some("text/html; charset=iso-8859-1"));
        assert!(d.text.starts_with("<p>café"));
        assert_eq!(d.raw_offset(3), 6);
        let sjis = decode(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b</p>", None);
        assert!(sjis.text.contains("日本"), "{}", sjis.text);
        // Undeclared legacy bytes: windows-1252 guess.
        assert!(decode(b"<p>na\xefve caf\xe9 \x93q\x94</p>", None)
            .text
            .contains("café “q”"));
        // One stray bad byte in a UTF-8 page stays UTF-8.
        let mostly = "<p>€ “x” ".repeat(50) + "\u{0}";
        let mut b = mostly.into_bytes();
        b.push(0xff);
        assert!(decode(&b, None).text.contains("€ “x”"));
    }

    #[test]
    fn single_byte_offsets_are_exact() {
        let raw = b"<p>caf\xe9 au lait</p>";
        let d = decode(raw, Some("charset=latin1"));
        let at = d.text.find("au").unwrap();
        assert_eq!(d.raw_offset(at), 8);
    }
}
