//! The standard stage set: HTML extraction and the three claim families, in order.

use crate::{Config, Pipeline};
use model::{DateSource, Published};

/// A stage could not be built (a rule file failed to compile: a bug caught by tests).
#[derive(Debug, thiserror::Error)]
#[error("cannot build the {stage} stage: {message}")]
pub struct BuildError {
    /// Which stage.
    pub stage: &'static str,
    /// Why.
    pub message: String,
}

impl Pipeline {
    /// The pipeline with every stage: HTML → document, then dates, quotes and
    /// casualties (casualty figures link to the dates and quotes found before them).
    pub fn standard(config: Config) -> Result<Pipeline, BuildError> {
        let families = config.families;
        let html = extract::HtmlExtractor::new();
        let mut p = Pipeline::new(config).with_html_stage(Box::new(move |page| {
            let hints = extract::PageHints {
                id: page.id.clone(),
                url: page.url.clone(),
                content_type: page.content_type.clone(),
                origin: page.origin.clone(),
            };
            let mut doc = html
                .extract(&page.bytes, &hints)
                .map_err(|e| e.to_string())?;
            // The crawl date is the last resort for a publication date.
            if doc.published.is_none() && page.published.is_none() {
                let crawled = page
                    .origin
                    .retrieved
                    .as_deref()
                    .and_then(ingest::parse_published);
                doc.published = crawled.map(|(d, _)| Published::date(d, DateSource::WarcDate));
            }
            Ok(doc)
        }));
        if families.dates {
            let d = dates::DateExtractor::new().map_err(|e| BuildError {
                stage: "dates",
                message: e.to_string(),
            })?;
            p = p.with_extractor(Box::new(d));
        }
        if families.quotes {
            p = p.with_extractor(Box::new(quotes::QuoteExtractor::new()));
        }
        if families.casualties {
            p = p.with_extractor(Box::new(casualties::CasualtyExtractor::new()));
        }
        Ok(p)
    }
}
