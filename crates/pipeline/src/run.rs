//! [`Pipeline`]: the stages in order, documents in parallel, output in input order.

use crate::{content_hash, Config};
use ingest::{IngestError, Input};
use model::{
    CharIndex, Claim, ClaimRecord, ClaimSink, DateSource, Document, Extractor, ProcessedDocument,
    Provenance, Published, RuleId,
};
use rayon::prelude::*;
use segment::Segmenter;
use std::collections::HashMap;
use std::sync::Arc;

/// Turns an HTML page into a document (the `extract` stage), supplied by the builder.
pub type HtmlStage = Box<dyn Fn(&ingest::HtmlPage) -> Result<Document, String> + Send + Sync>;

/// Why one document failed. The run goes on with the others.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// Reading the input failed.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// Main-text extraction from HTML failed.
    #[error("{input}: {message}")]
    Extract {
        /// The input and document.
        input: String,
        /// What went wrong.
        message: String,
    },
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Documents processed.
    pub documents: u64,
    /// Claims written, per type (`quote`, `casualty`, `date`).
    pub claims: std::collections::BTreeMap<&'static str, u64>,
    /// Inputs or documents that failed.
    pub errors: u64,
    /// Bytes of document text processed.
    pub text_bytes: u64,
}

/// The stages, built once and shared read-only by all worker threads.
pub struct Pipeline {
    config: Config,
    segmenter: Segmenter,
    extractors: Vec<Box<dyn Extractor>>,
    html: Option<HtmlStage>,
    version: String,
}

impl Pipeline {
    /// A pipeline with no claim extractors yet; add them in run order with [`Pipeline::with_extractor`].
    pub fn new(config: Config) -> Pipeline {
        Pipeline {
            config,
            segmenter: Segmenter::new(),
            extractors: Vec::new(),
            html: None,
            version: format!("newsclaims {}", env!("CARGO_PKG_VERSION")),
        }
    }

    /// Append an extractor; extractors run in the order added and see earlier claims.
    pub fn with_extractor(mut self, e: Box<dyn Extractor>) -> Pipeline {
        self.extractors.push(e);
        self
    }

    /// Set the HTML → document stage.
    pub fn with_html_stage(mut self, f: HtmlStage) -> Pipeline {
        self.html = Some(f);
        self
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The segmenter.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Turn an input into a document (extraction for HTML, publication-date fallback).
    pub fn document(&self, input: Input) -> Result<Document, DocumentError> {
        let mut doc = match input {
            Input::Document(d) => d,
            Input::Html(page) => {
                let Some(stage) = &self.html else {
                    return Err(DocumentError::Extract {
                        input: page.origin.input.clone(),
                        message: "HTML input is not supported by this build".into(),
                    });
                };
                let mut d = stage(&page).map_err(|message| DocumentError::Extract {
                    input: format!("{} ({})", page.origin.input, page.id),
                    message,
                })?;
                if d.published.is_none() {
                    d.published = page.published;
                }
                d
            }
        };
        if doc.published.is_none() {
            if let Some(date) = self.config.published_fallback {
                doc.published = Some(Published::date(date, DateSource::Caller));
            }
        }
        Ok(doc)
    }

    /// Segment a document and run every extractor on it.
    pub fn process_document(&self, document: Document) -> ProcessedDocument {
        let segmentation = self.segmenter.segment(&document);
        let mut claims: Vec<Claim> = Vec::new();
        for e in &self.extractors {
            e.extract(&document, &segmentation, &mut claims);
        }
        let hash = content_hash(&document.text);
        let provenance = Arc::new(Provenance {
            doc_id: document.id.clone(),
            url: document.url.clone(),
            title: document.title.clone(),
            publisher: document.publisher.clone(),
            published: document.published_date(),
            content_hash: hash,
            extractor_version: self.version.clone(),
        });
        let chars = CharIndex::new(&document.text);
        let mut seen: HashMap<(&'static str, usize, usize, RuleId), usize> = HashMap::new();
        let records = claims
            .into_iter()
            .map(|claim| {
                let ev = claim.evidence();
                let key = (
                    claim.type_name(),
                    ev.span.start,
                    ev.span.end,
                    ev.rule.clone(),
                );
                let n = seen.entry(key).or_insert(0);
                let id = crate::claim_id(&provenance.doc_id, &provenance.content_hash, &claim, *n);
                *n += 1;
                ClaimRecord {
                    id,
                    char_span: chars.char_span(ev.span),
                    claim,
                    provenance: provenance.clone(),
                }
            })
            .collect();
        ProcessedDocument {
            document,
            segmentation,
            provenance,
            records,
        }
    }

    /// Process one input end to end.
    pub fn process(&self, input: Input) -> Result<ProcessedDocument, DocumentError> {
        Ok(self.process_document(self.document(input)?))
    }

    /// Run over a stream of inputs: batches processed in parallel (rayon), written
    /// to `sink` in input order. Failed inputs go to `on_error` and the run goes on;
    /// only a sink error stops it.
    pub fn run<I>(
        &self,
        inputs: I,
        sink: &mut dyn ClaimSink,
        mut on_error: impl FnMut(&DocumentError),
    ) -> std::io::Result<RunStats>
    where
        I: Iterator<Item = Result<Input, IngestError>>,
    {
        let mut stats = RunStats::default();
        let mut inputs = inputs.peekable();
        let batch_size = self.config.batch_size.max(1);
        while inputs.peek().is_some() {
            let batch: Vec<_> = inputs.by_ref().take(batch_size).collect();
            let results: Vec<Result<ProcessedDocument, DocumentError>> = batch
                .into_par_iter()
                .map(|item| {
                    item.map_err(DocumentError::from)
                        .and_then(|input| self.process(input))
                })
                .collect();
            for r in results {
                match r {
                    Ok(doc) => {
                        stats.documents += 1;
                        stats.text_bytes += doc.document.text.len() as u64;
                        for rec in &doc.records {
                            *stats.claims.entry(rec.claim.type_name()).or_default() += 1;
                        }
                        sink.write(&doc)?;
                    }
                    Err(e) => {
                        stats.errors += 1;
                        on_error(&e);
                    }
                }
            }
        }
        sink.finish()?;
        Ok(stats)
    }
}
