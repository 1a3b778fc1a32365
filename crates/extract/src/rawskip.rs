//! Emptying `<script>` and `<style>` bodies before parsing.
//!
//! On news pages about half of the HTML bytes are inline scripts and style sheets
//! (AEB: 28% script, 26% style). html5ever reads them character by character in its
//! raw-text states, only for us to drop them. Their bodies are cut out before the
//! parse; the elements stay, empty. JSON-LD scripts (`type` containing `json`) keep their
//! bodies: the metadata reads them.
//!
//! Nothing maps through the cut text: the offset map aligns text nodes with the
//! decoded source itself (see `align`), and script or style bodies give no text nodes.
//!
//! The scan follows the tokenizer where it matters: comments (`<!-- … -->`) are skipped
//! whole, a start tag ends at the first `>` outside quotes, and a body ends at the first
//! `</script` or `</style` followed by white space, `/` or `>` (case-insensitive). A body
//! with no end is kept as it is, and so is a script body holding `<!--`, where the
//! tokenizer's escaped states can carry the script past that end tag.

use std::borrow::Cow;

/// `html` with the bodies of `<script>` (non-JSON) and `<style>` elements removed.
pub(crate) fn strip_raw_bodies(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    // Bytes of `html` up to here are copied (or, without `out`, unchanged so far).
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[i..]) {
        let at = i + lt;
        let rest = &b[at..];
        if rest.starts_with(b"<!--") {
            i = match memchr::memmem::find(&rest[4..], b"-->") {
                Some(e) => at + 4 + e + 3,
                None => return finish(html, out, copied),
            };
            continue;
        }
        let name = if starts_with_tag(rest, b"script") {
            "script"
        } else if starts_with_tag(rest, b"style") {
            "style"
        } else {
            i = at + 1;
            continue;
        };
        let Some(tag_end) = start_tag_end(b, at + 1 + name.len()) else {
            return finish(html, out, copied);
        };
        let body_start = tag_end + 1;
        let Some(body_end) = end_tag(b, body_start, name.as_bytes()) else {
            return finish(html, out, copied);
        };
        // A script body with `<!--` may hold an escaped `<script>…</script>` that does not
        // end it (the tokenizer's script-data-escaped states): left to the tokenizer.
        let keep = name == "script"
            && (is_json(&html[at..tag_end])
                || memchr::memmem::find(&b[body_start..body_end], b"<!--").is_some());
        if !keep && body_end > body_start {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
            o.push_str(&html[copied..body_start]);
            copied = body_end;
        }
        i = body_end;
    }
    finish(html, out, copied)
}

fn finish<'a>(html: &'a str, out: Option<String>, copied: usize) -> Cow<'a, str> {
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(html),
    }
}

/// `<script` / `<style` (any case) followed by white space, `/` or `>`.
fn starts_with_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len() + 1
        && rest[1..=name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len() + 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
        )
}

/// The `>` closing a start tag whose attributes begin at `from` (quoted values skipped).
fn start_tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut prev_eq = false;
    for (k, &c) in b.get(from..)?.iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' if prev_eq => quote = Some(c),
                b'>' => return Some(from + k),
                _ => {}
            },
        }
        if quote.is_none() && !c.is_ascii_whitespace() {
            prev_eq = c == b'=';
        }
    }
    None
}

/// Offset of the `</name` that ends a raw-text body starting at `from`.
fn end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memmem::find(b.get(i..)?, b"</") {
        let at = i + k;
        let rest = &b[at + 2..];
        if rest.len() > name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name)
            && matches!(
                rest[name.len()],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
            )
        {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

/// A `type` attribute naming JSON (`application/ld+json`, `application/json`).
fn is_json(start_tag: &str) -> bool {
    start_tag.to_ascii_lowercase().contains("json")
}

#[cfg(test)]
mod tests {
    use super::strip_raw_bodies;

    #[test]
    fn bodies_go_elements_and_text_stay() {
        let h = "<p>a</p><script>var x = '<p>no</p>';</script><STYLE media=x>p{}</STYLE ><p>b</p>";
        assert_eq!(
            strip_raw_bodies(h),
            "<p>a</p><script></script><STYLE media=x></STYLE ><p>b</p>"
        );
    }

    #[test]
    fn json_ld_is_kept_and_quotes_in_attributes_are_skipped() {
        let h = r#"<script type="application/ld+json">{"a":1}</script><script data-x="a>b">x()</script>"#;
        assert_eq!(
            strip_raw_bodies(h),
            r#"<script type="application/ld+json">{"a":1}</script><script data-x="a>b"></script>"#
        );
    }

    #[test]
    fn comments_and_lookalikes_are_left_alone() {
        for h in [
            "<!-- <script> --><p>x</p><!-- </script> -->",
            "<scripts>x</scripts><styled>y</styled>",
            "<p>no end <script>var a = 1;",
            "<script",
            "<!-- unterminated <script>x</script>",
            "",
            "€ <style>€</style>",
        ] {
            let out = strip_raw_bodies(h);
            if h.starts_with('€') {
                assert_eq!(out, "€ <style></style>");
            } else {
                assert_eq!(out, h, "{h}");
            }
        }
    }

    #[test]
    fn scripts_with_comment_openers_are_left_to_the_tokenizer() {
        let h = "<script><!-- document.write('<script>x()</script>'); --></script><p>a</p>";
        assert_eq!(strip_raw_bodies(h), h);
        let h = "<style><!-- p{} --></style>";
        assert_eq!(strip_raw_bodies(h), "<style></style>");
    }

    #[test]
    fn end_tag_needs_a_delimiter() {
        let h = "<script>a</scripts>b</script><p>c</p>";
        assert_eq!(strip_raw_bodies(h), "<script></script><p>c</p>");
    }
}
