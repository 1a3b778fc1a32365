//! Cutting what the extractor never reads out of the HTML before parsing.
//!
//! html5ever reads every byte character by character, and a news page is mostly bytes
//! we drop: inline scripts and style sheets (AEB: 28% and 26% of the bytes), and in
//! what is left, start tags (72%), most of it attributes no rule looks at (`data-*`,
//! `srcset`, SVG path data, event handlers). Two cuts, one pass:
//!
//! - **Script and style bodies** are emptied; the elements stay. JSON scripts (`type`
//!   containing `json`) keep their bodies: the metadata reads JSON-LD.
//! - **Attributes** not in [`KEEP`] are removed from start tags. [`KEEP`] holds every
//!   attribute the extractor reads (a test checks the sources against it) and those that
//!   steer html5ever's tree building (`type` of `<input>`, `encoding`, `<font>`'s).
//!
//! Nothing maps through the pruned text: the offset map aligns text nodes with the
//! decoded source itself (see `align`), and neither cut touches a text node.
//!
//! The scan follows the tokenizer where it matters. Comments (`<!-- … -->`), CDATA
//! sections and bogus comments (`<!…>`, `<?…>`) are skipped whole. A start tag's
//! attributes are read as the tokenizer reads them (quoted and unquoted values, `/`, no
//! white space between). The text of RCDATA and raw-text elements (`<title>`,
//! `<textarea>`, `<noscript>`, `<iframe>`, `<xmp>`, `<noembed>`, `<noframes>`) is left
//! alone up to the element's end tag, and everything after `<plaintext>`. A script
//! body holding `<!--` is kept, since the tokenizer's escaped states can carry it past
//! its apparent end tag. Where the scan is unsure (a tag or body with no end), it stops
//! cutting and keeps the rest as it is: the cuts only ever remove what the parse would
//! have dropped.

use std::borrow::Cow;

/// Attributes kept in start tags (lower case): every one the extractor reads, and those
/// html5ever's tree builder reads (`type`, `encoding`, `color`, `face`, `size`).
///
/// One effect of the cut on the tree is not excluded: the tree builder's "Noah's ark"
/// clause drops the earliest of four open formatting elements with the same tag and
/// attributes, and formatting elements that differed only in cut attributes now match.
/// It changes which inline wrappers are reopened, never a text node.
pub(crate) const KEEP: &[&str] = &[
    "aria-hidden",
    "charset",
    "class",
    "color",
    "content",
    "datetime",
    "encoding",
    "face",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "lang",
    "name",
    "property",
    "pubdate",
    "rel",
    "role",
    "size",
    "style",
    "type",
    "xml:lang",
];

/// Elements whose content the tokenizer reads as text up to their end tag (besides
/// `<script>` and `<style>`, handled apart, and `<plaintext>`, which never ends).
const RAW_TEXT: &[&[u8]] = &[
    b"title",
    b"textarea",
    b"noscript",
    b"iframe",
    b"xmp",
    b"noembed",
    b"noframes",
];

/// Parse `html` (decoded) after pruning it.
pub(crate) fn parse(html: &str) -> scraper::Html {
    scraper::Html::parse_document(&prune(html))
}

/// The bytes of `html` kept so far, with the cuts applied.
struct Out<'a> {
    html: &'a str,
    buf: Option<String>,
    /// `html[..copied]` is in `buf` (or, while `buf` is `None`, unchanged so far).
    copied: usize,
}

impl Out<'_> {
    /// Leave out `html[from..to]`; cuts come in order and do not overlap.
    fn cut(&mut self, from: usize, to: usize) {
        if to <= from {
            return;
        }
        let html = self.html;
        let o = self
            .buf
            .get_or_insert_with(|| String::with_capacity(html.len() / 2));
        o.push_str(&html[self.copied..from]);
        self.copied = to;
    }
}

/// `html` without script and style bodies (JSON kept) and without the attributes that
/// are not in [`KEEP`].
pub(crate) fn prune(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = Out {
        html,
        buf: None,
        copied: 0,
    };
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[i..]) {
        let at = i + lt;
        let rest = &b[at..];
        let next = rest.get(1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            let end = if rest.starts_with(b"<!--") {
                memchr::memmem::find(&rest[4..], b"-->").map(|e| at + 4 + e + 3)
            } else if rest.starts_with(b"<![CDATA[") {
                memchr::memmem::find(&rest[9..], b"]]>").map(|e| at + 9 + e + 3)
            } else {
                memchr::memchr(b'>', &rest[2..]).map(|e| at + 2 + e + 1)
            };
            match end {
                Some(e) => i = e,
                None => break,
            }
            continue;
        }
        if !next.is_ascii_alphabetic() {
            // An end tag or a stray `<`.
            i = at + 1;
            continue;
        }
        let name_end = b[at + 1..]
            .iter()
            .position(|&c| is_space(c) || c == b'/' || c == b'>')
            .map_or(b.len(), |k| at + 1 + k);
        cuts.clear();
        let Some(tag_end) = attributes(b, name_end, &mut cuts) else {
            break;
        };
        for &(from, to) in &cuts {
            out.cut(from, to);
        }
        let name = &b[at + 1..name_end];
        i = tag_end + 1;
        if name.eq_ignore_ascii_case(b"script") || name.eq_ignore_ascii_case(b"style") {
            let Some(body_end) = end_tag(b, i, name) else {
                break;
            };
            // A script body with `<!--` may hold an escaped `<script>…</script>` that
            // does not end it (the script-data-escaped states): left to the tokenizer.
            let keep = name.eq_ignore_ascii_case(b"script")
                && (is_json(&html[at..tag_end])
                    || memchr::memmem::find(&b[i..body_end], b"<!--").is_some());
            if !keep {
                out.cut(i, body_end);
            }
            i = body_end;
        } else if name.eq_ignore_ascii_case(b"plaintext") {
            break;
        } else if RAW_TEXT.iter().any(|r| name.eq_ignore_ascii_case(r)) {
            match end_tag(b, i, name) {
                Some(e) => i = e,
                None => break,
            }
        }
    }
    match out.buf {
        Some(mut o) => {
            o.push_str(&html[out.copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(html),
    }
}

/// HTML white space.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Read the attributes of a start tag from `j` (just after its name), as the tokenizer
/// does; push the byte range of each one to cut (with the white space before it) to
/// `cuts`, and return the offset of the `>` that ends the tag (`None`: no end).
fn attributes(b: &[u8], mut j: usize, cuts: &mut Vec<(usize, usize)>) -> Option<usize> {
    loop {
        let gap = j;
        while j < b.len() && (is_space(b[j]) || b[j] == b'/') {
            j += 1;
        }
        if *b.get(j)? == b'>' {
            return Some(j);
        }
        // The name: its first character may be `=`.
        let name_start = j;
        j += 1;
        while j < b.len() && !(is_space(b[j]) || matches!(b[j], b'/' | b'>' | b'=')) {
            j += 1;
        }
        let name = &b[name_start..j];
        let mut k = j;
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < b.len() && is_space(b[k]) {
                k += 1;
            }
            match *b.get(k)? {
                q @ (b'"' | b'\'') => k += 1 + memchr::memchr(q, &b[k + 1..])? + 1,
                b'>' => {}
                _ => {
                    while k < b.len() && !is_space(b[k]) && b[k] != b'>' {
                        k += 1;
                    }
                }
            }
            j = k;
        }
        if !kept(name) {
            cuts.push((gap, j));
        }
    }
}

/// Whether an attribute name (any case) is in [`KEEP`].
fn kept(name: &[u8]) -> bool {
    let mut lower = [0u8; 16];
    if name.len() > lower.len() {
        return false;
    }
    for (l, c) in lower.iter_mut().zip(name) {
        *l = c.to_ascii_lowercase();
    }
    let lower = &lower[..name.len()];
    KEEP.iter().any(|k| k.as_bytes() == lower)
}

/// Offset of the `</name` that ends a raw-text body starting at `from`.
fn end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memchr(b'<', b.get(i..)?) {
        let at = i + k;
        i = at + 1;
        if b.get(at + 1) != Some(&b'/') {
            continue;
        }
        let rest = &b[at + 2..];
        if rest.len() > name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name)
            && (is_space(rest[name.len()]) || matches!(rest[name.len()], b'/' | b'>'))
        {
            return Some(at);
        }
    }
    None
}

/// A `type` attribute naming JSON (`application/ld+json`, `application/json`).
fn is_json(start_tag: &str) -> bool {
    start_tag.to_ascii_lowercase().contains("json")
}

#[cfg(test)]
mod tests {
    use super::{prune, KEEP};

    #[test]
    fn bodies_go_elements_and_text_stay() {
        let h = "<p>a</p><script>var x = '<p>no</p>';</script><STYLE media=x>p{}</STYLE ><p>b</p>";
        assert_eq!(
            prune(h),
            "<p>a</p><script></script><STYLE></STYLE ><p>b</p>"
        );
    }

    #[test]
    fn json_ld_is_kept_and_quotes_in_attributes_are_skipped() {
        let h = r#"<script type="application/ld+json">{"a":1}</script><script data-x="a>b">x()</script>"#;
        assert_eq!(
            prune(h),
            r#"<script type="application/ld+json">{"a":1}</script><script></script>"#
        );
    }

    #[test]
    fn attributes_read_nowhere_are_cut() {
        let h = concat!(
            r#"<div class="story" data-track='{"a":">"}' ID=main onclick=go()>"#,
            r#"<img src="a.jpg" srcset="a.jpg 2x"/><a href="/x"data-y="1">x</a>"#,
            r#"<meta property="og:title" content="T"><time datetime="2021-06-08">"#,
            r#"<p hidden aria-hidden="true" style="display:none" =odd>t</p></div>"#,
        );
        assert_eq!(
            prune(h),
            concat!(
                r#"<div class="story" ID=main>"#,
                r#"<img/><a href="/x">x</a>"#,
                r#"<meta property="og:title" content="T"><time datetime="2021-06-08">"#,
                r#"<p hidden aria-hidden="true" style="display:none">t</p></div>"#,
            )
        );
    }

    #[test]
    fn text_of_raw_and_rcdata_elements_is_left_alone() {
        for h in [
            r#"<title>a <b data-x="1"> c</title>"#,
            r#"<textarea><p data-x="1"></textarea>"#,
            r#"<noscript><img src="x.png"></noscript>"#,
            r#"<plaintext><p data-x="1"><script>x</script>"#,
            r#"<![CDATA[ <p data-x="1"> ]]>"#,
            r#"<!doctype html><? xml data-x="1" ?>"#,
        ] {
            assert_eq!(prune(h), h, "{h}");
        }
        assert_eq!(
            prune(r#"<title>a <b data-x="1"></title><p data-x="2">t</p>"#),
            r#"<title>a <b data-x="1"></title><p>t</p>"#
        );
    }

    #[test]
    fn unfinished_tags_stop_the_cuts() {
        for h in [r#"<p data-x="1"#, r#"<p data-x=1"#, "<p data-x", "<p"] {
            assert_eq!(prune(h), h, "{h}");
        }
        // What came before an unfinished tag is still cut.
        assert_eq!(prune(r#"<p data-a=1>t<p data-x="1"#), r#"<p>t<p data-x="1"#);
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
            "a < b > c",
            "€ <style>€</style>",
        ] {
            let out = prune(h);
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
        assert_eq!(prune(h), h);
        let h = "<style><!-- p{} --></style>";
        assert_eq!(prune(h), "<style></style>");
    }

    #[test]
    fn end_tag_needs_a_delimiter() {
        let h = "<script>a</scripts>b</script><p>c</p>";
        assert_eq!(prune(h), "<script></script><p>c</p>");
    }

    /// Every attribute name the extractor's sources read (`attr("…")`, `ln!("…")`,
    /// `local_name!("…")`) is in `KEEP`: a new rule reading a new attribute fails here
    /// instead of silently reading nothing.
    #[test]
    fn keep_holds_every_attribute_read() {
        fn sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    sources(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push((
                        p.display().to_string(),
                        std::fs::read_to_string(&p).unwrap(),
                    ));
                }
            }
        }
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut seen = 0;
        for (path, text) in files.iter().filter(|(p, _)| !p.ends_with("prune.rs")) {
            for call in ["attr(\"", "ln!(\"", "local_name!(\""] {
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let name = &rest[..rest.find('"').unwrap()];
                    assert!(
                        KEEP.contains(&name),
                        "{path} reads `{name}`, cut by prune::KEEP"
                    );
                    seen += 1;
                }
            }
        }
        assert!(
            seen > 20,
            "found only {seen} attribute reads: has the code moved?"
        );
    }
}
