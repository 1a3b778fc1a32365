//! Finding article URLs: a feed's items, a sitemap's pages (following sitemap indexes).

use crate::{feed_links, sitemap_links, FetchError, Fetcher};
use std::collections::HashSet;

/// Sitemap index levels followed (an index of indexes is allowed; deeper is a loop or abuse).
const MAX_SITEMAP_DEPTH: usize = 3;
/// Sitemap documents fetched per call at most.
const MAX_SITEMAPS: usize = 1000;

impl Fetcher {
    /// Fetch a feed (RSS or Atom; revalidated when stored) and return its article links.
    pub fn feed_urls(&mut self, url: &str) -> Result<Vec<String>, FetchError> {
        let body = self.fetch_document(url)?;
        feed_links(&body, url)
    }

    /// Fetch a sitemap and return its page URLs, following sitemap indexes
    /// (up to 3 levels and 1000 sitemaps). A child sitemap that fails is reported
    /// through `on_error` and skipped.
    pub fn sitemap_urls(
        &mut self,
        url: &str,
        mut on_error: impl FnMut(&str, &FetchError),
    ) -> Result<Vec<String>, FetchError> {
        let max = self.config().max_body_bytes;
        let mut pages = Vec::new();
        let mut seen_pages = HashSet::new();
        let mut seen = HashSet::new();
        let mut level = vec![url.to_string()];
        seen.insert(url.to_string());
        for depth in 0..=MAX_SITEMAP_DEPTH {
            let mut next = Vec::new();
            for sm in level {
                let links = self
                    .fetch_document(&sm)
                    .and_then(|body| sitemap_links(&body, max));
                let links = match links {
                    Ok(l) => l,
                    Err(e) if depth == 0 => return Err(e),
                    Err(e) => {
                        on_error(&sm, &e);
                        continue;
                    }
                };
                for p in links.pages {
                    if seen_pages.insert(p.clone()) {
                        pages.push(p);
                    }
                }
                for s in links.sitemaps {
                    if seen.len() < MAX_SITEMAPS && seen.insert(s.clone()) {
                        next.push(s);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        Ok(pages)
    }
}
