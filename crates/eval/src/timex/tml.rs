//! A small TimeML reader: DCT, plain TEXT and the TIMEX3 extents in it.
//!
//! TimeML files are simple XML: inline `<EVENT>`, `<TIMEX3>`, `<SIGNAL>` tags in
//! the `TEXT` element. A full XML parser is not needed to strip them; entities
//! are decoded while the offsets of the plain text are kept.

use model::{NaiveDate, Span};

/// A gold TIMEX3 of the TEXT element.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTimex {
    /// Byte span in [`TmlDocument::text`].
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION`, `SET`.
    pub timex_type: String,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod, if any.
    pub modifier: Option<String>,
}

/// One TimeML document.
#[derive(Debug, Clone, PartialEq)]
pub struct TmlDocument {
    /// `DOCID`, else empty.
    pub id: String,
    /// The document creation date.
    pub dct: Option<NaiveDate>,
    /// Plain text of the TEXT element.
    pub text: String,
    /// Gold expressions in the text.
    pub timexes: Vec<GoldTimex>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(decode(&tag[i..j]))
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Parse a TimeML document.
pub fn parse_tml(raw: &str) -> Result<TmlDocument, String> {
    let id = raw
        .find("<DOCID>")
        .and_then(|i| {
            raw[i + 7..]
                .find("</DOCID>")
                .map(|j| raw[i + 7..i + 7 + j].trim().to_string())
        })
        .unwrap_or_default();
    let dct = raw.find("CREATION_TIME").and_then(|i| {
        let open = raw[..i].rfind('<')?;
        let close = raw[i..].find('>')? + i;
        let v = attr(&raw[open..close], "value")?;
        NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
    });
    let start = raw.find("<TEXT>").ok_or("no <TEXT> element")? + "<TEXT>".len();
    let end = raw[start..].find("</TEXT>").ok_or("no </TEXT>")? + start;
    let body = &raw[start..end];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let close = rest.find('>').ok_or("unclosed tag")?;
            let tag = &rest[..=close];
            if tag.starts_with("<TIMEX3") {
                open = Some((text.len(), tag.to_string()));
            } else if tag.starts_with("</TIMEX3") {
                let (s, t) = open.take().ok_or("</TIMEX3> without <TIMEX3>")?;
                timexes.push(GoldTimex {
                    span: Span::new(s, text.len()).trim(&text),
                    timex_type: attr(&t, "type").unwrap_or_default(),
                    value: attr(&t, "value").unwrap_or_default(),
                    modifier: attr(&t, "mod"),
                });
            }
            rest = &rest[close + 1..];
        } else if rest.starts_with('&') {
            let semi = rest.find(';').filter(|&k| k < 8);
            match semi {
                Some(k) => {
                    text.push_str(&decode(&rest[..=k]));
                    rest = &rest[k + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            let k = rest.find(['<', '&']).unwrap_or(rest.len());
            text.push_str(&rest[..k]);
            rest = &rest[k..];
        }
    }
    Ok(TmlDocument {
        id,
        dct,
        text,
        timexes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_keeps_extents() {
        let raw = r#"<DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>A &amp; B <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>"#;
        let d = parse_tml(raw).unwrap();
        assert_eq!(d.id, "d1");
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(1998, 1, 8));
        assert_eq!(d.text, "A & B fell yesterday.");
        assert_eq!(&d.text[d.timexes[0].span], "yesterday");
        assert_eq!(d.timexes[0].value, "1998-01-07");
    }
}
