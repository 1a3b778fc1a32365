//! Links from RSS 2.0 and Atom feeds, news sitemaps and sitemap indexes (roxmltree:
//! a small DOM parser without dependencies; feeds and sitemaps are small documents).

use crate::FetchError;
use std::io::Read;
use url::Url;

/// What a sitemap document lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SitemapLinks {
    /// Page URLs (`<urlset><url><loc>`).
    pub pages: Vec<String>,
    /// Child sitemaps (`<sitemapindex><sitemap><loc>`).
    pub sitemaps: Vec<String>,
}

/// Article links of an RSS 2.0 (`<item><link>`, or a permalink `<guid>`), RSS 1.0 or
/// Atom (`<entry><link rel="alternate" href>`) feed, resolved against `base`, in order,
/// without duplicates.
///
/// ```
/// let rss = br#"<rss version="2.0"><channel><link>https://news.example/</link>
/// <item><title>A</title><link>https://news.example/a</link></item>
/// <item><guid isPermaLink="true">https://news.example/b</guid></item></channel></rss>"#;
/// let links = newsclaims_fetch::feed_links(rss, "https://news.example/feed").unwrap();
/// assert_eq!(links, ["https://news.example/a", "https://news.example/b"]);
/// ```
pub fn feed_links(body: &[u8], base: &str) -> Result<Vec<String>, FetchError> {
    let text = xml_text(body, "feed")?;
    let doc = roxmltree::Document::parse_with_options(&text, options())
        .map_err(|e| parse_err("feed", e))?;
    let base = Url::parse(base).ok();
    let mut out = Vec::new();
    for item in doc
        .descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "item" | "entry"))
    {
        let mut link: Option<String> = None;
        for c in item.children().filter(|c| c.is_element()) {
            match c.tag_name().name() {
                "link" => {
                    if let Some(href) = c.attribute("href") {
                        // Atom: the alternate link (rel absent means alternate).
                        let rel = c.attribute("rel").unwrap_or("alternate");
                        if rel == "alternate" && link.is_none() {
                            link = Some(href.to_string());
                        }
                    } else if let Some(t) = c.text().map(str::trim).filter(|t| !t.is_empty()) {
                        link.get_or_insert_with(|| t.to_string());
                    }
                }
                "guid" | "id" if link.is_none() => {
                    let permalink = c.attribute("isPermaLink") != Some("false");
                    let t = c.text().unwrap_or("").trim();
                    if permalink && (t.starts_with("http://") || t.starts_with("https://")) {
                        link = Some(t.to_string());
                    }
                }
                _ => {}
            }
        }
        if link.is_none() {
            // RSS 1.0: <item rdf:about="URL">.
            link = item
                .attributes()
                .find(|a| a.name() == "about")
                .map(|a| a.value().to_string());
        }
        if let Some(l) = link.and_then(|l| resolve(base.as_ref(), &l)) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    Ok(out)
}

/// The `<loc>`s of a sitemap (`urlset`, news sitemaps included) or a sitemap index.
/// A gzip-compressed sitemap (`.xml.gz`) is inflated first, up to `max_bytes`.
///
/// ```
/// let xml = br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
///   xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
/// <url><loc>https://news.example/a</loc><news:news><news:title>A</news:title></news:news></url>
/// </urlset>"#;
/// let links = newsclaims_fetch::sitemap_links(xml, 1 << 20).unwrap();
/// assert_eq!(links.pages, ["https://news.example/a"]);
/// ```
pub fn sitemap_links(body: &[u8], max_bytes: u64) -> Result<SitemapLinks, FetchError> {
    let inflated;
    let body = if body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(body)
            .take(max_bytes + 1)
            .read_to_end(&mut out)
            .map_err(|e| parse_err("sitemap", e))?;
        if out.len() as u64 > max_bytes {
            return Err(FetchError::TooLarge { limit: max_bytes });
        }
        inflated = out;
        &inflated[..]
    } else {
        body
    };
    let text = xml_text(body, "sitemap")?;
    let doc = roxmltree::Document::parse_with_options(&text, options())
        .map_err(|e| parse_err("sitemap", e))?;
    let mut links = SitemapLinks::default();
    let root = doc.root_element().tag_name().name();
    for n in doc
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "loc")
    {
        let parent = n.parent().map(|p| p.tag_name().name()).unwrap_or("");
        let Some(t) = n.text().map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        match (root, parent) {
            ("sitemapindex", "sitemap") => links.sitemaps.push(t.to_string()),
            (_, "url") => links.pages.push(t.to_string()),
            _ => {}
        }
    }
    Ok(links)
}

fn options() -> roxmltree::ParsingOptions {
    roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    }
}

fn xml_text(body: &[u8], what: &'static str) -> Result<String, FetchError> {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        // Feeds are UTF-8 in practice; a stray byte should not lose the whole feed.
        Err(_) if !body.is_empty() => Ok(String::from_utf8_lossy(body).into_owned()),
        Err(e) => Err(parse_err(what, e)),
    }
}

fn parse_err(what: &'static str, e: impl std::fmt::Display) -> FetchError {
    FetchError::Parse {
        what,
        message: e.to_string(),
    }
}

fn resolve(base: Option<&Url>, link: &str) -> Option<String> {
    let u = match base {
        Some(b) => b.join(link).ok()?,
        None => Url::parse(link).ok()?,
    };
    matches!(u.scheme(), "http" | "https").then(|| u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_alternate_links_resolved() {
        let atom = br#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><link rel="self" href="/self/1"/><link href="/news/1"/><id>tag:x,2024:1</id></entry>
<entry><link rel="alternate" type="text/html" href="https://other.example/2"/></entry>
<entry><link href="/news/1"/></entry></feed>"#;
        let links = feed_links(atom, "https://news.example/atom.xml").unwrap();
        assert_eq!(
            links,
            ["https://news.example/news/1", "https://other.example/2"]
        );
    }

    #[test]
    fn sitemap_index_and_gzip() {
        let idx = br#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://n.example/s1.xml</loc></sitemap><sitemap><loc> https://n.example/s2.xml.gz </loc></sitemap></sitemapindex>"#;
        let l = sitemap_links(idx, 1 << 20).unwrap();
        assert_eq!(
            l.sitemaps,
            ["https://n.example/s1.xml", "https://n.example/s2.xml.gz"]
        );
        assert!(l.pages.is_empty());
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(
            &mut gz,
            b"<urlset><url><loc>https://n.example/a</loc></url></urlset>",
        )
        .unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            sitemap_links(&gz, 1 << 20).unwrap().pages,
            ["https://n.example/a"]
        );
        assert!(matches!(
            sitemap_links(&gz, 10),
            Err(FetchError::TooLarge { .. })
        ));
    }

    #[test]
    fn broken_xml_is_an_error_not_a_panic() {
        for bad in [&b""[..], b"<rss>", b"\xff\xfe<x", b"<urlset><url><loc>"] {
            let _ = feed_links(bad, "https://n.example/");
            let _ = sitemap_links(bad, 100);
        }
        assert!(feed_links(b"<rss><channel>", "x").is_err());
    }
}
