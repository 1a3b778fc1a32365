//! `newsclaims extract`: inputs → claim records.

use crate::args::ExtractArgs;
use crate::fetch::is_url;
use anyhow::{Context, Result};
use ingest::{ErrorKind, HtmlPage, IngestError, Input, Inputs};
use model::{InputFormat, Origin};
use output::{Destination, JsonlSink};
use pipeline::{Config, Families, Pipeline};
use std::time::Instant;

/// Build the pipeline configuration from the arguments.
pub fn config(args: &ExtractArgs) -> Result<Config> {
    let mut families = Families::default();
    if !args.only.is_empty() {
        families = Families {
            quotes: false,
            casualties: false,
            dates: false,
        };
        for f in &args.only {
            match f.as_str() {
                "quotes" | "quote" => families.quotes = true,
                "casualties" | "casualty" => families.casualties = true,
                "dates" | "date" => families.dates = true,
                other => anyhow::bail!(
                    "unknown claim family {other:?} (expected quotes, casualties, dates)"
                ),
            }
        }
    }
    Ok(Config {
        published_fallback: args.published,
        families,
        ..Config::default()
    })
}

/// Run the extraction; returns true when every input succeeded.
pub fn run(args: &ExtractArgs) -> Result<bool> {
    if let Some(n) = args.threads {
        rayon_threads(n)?;
    }
    let pipeline = Pipeline::standard(config(args)?)?;
    let open = |p: Option<&std::path::Path>| {
        Destination::open(p).with_context(|| {
            format!(
                "cannot create {}",
                p.map(|p| p.display().to_string()).unwrap_or_default()
            )
        })
    };
    let claims_out = open(args.output.as_deref())?;
    let docs_out = match &args.documents {
        Some(p) => Some(open(Some(p))?),
        None => None,
    };
    let mut sink = JsonlSink::new(claims_out, docs_out);
    let started = Instant::now();
    let (inputs, fetch_errors) = inputs(args)?;
    let stats = pipeline
        .run(inputs, &mut sink, |e| eprintln!("newsclaims: error: {e}"))
        .context("writing output failed")?;
    // Outputs become visible only now, complete (write then rename).
    let (claims_out, docs_out) = sink.into_inner().context("writing output failed")?;
    claims_out
        .commit()
        .context("cannot move the claims output into place")?;
    if let Some(d) = docs_out {
        d.commit()
            .context("cannot move the documents output into place")?;
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        let total: u64 = stats.claims.values().sum();
        let per_type: Vec<String> = stats
            .claims
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        eprintln!(
            "newsclaims: {} documents, {} claims ({}), {} errors in {:.2} s ({:.1} MB/s of text){}",
            stats.documents,
            total,
            if per_type.is_empty() {
                "none".to_string()
            } else {
                per_type.join(", ")
            },
            stats.errors,
            secs,
            stats.text_bytes as f64 / 1e6 / secs.max(1e-9),
            args.output
                .as_ref()
                .map(|p| format!(" → {}", p.display()))
                .unwrap_or_default()
        );
    }
    Ok(stats.errors == 0 && fetch_errors == 0)
}

type InputIter = Box<dyn Iterator<Item = Result<Input, IngestError>> + Send>;

/// The inputs in the order given: files and directories through `ingest`; URLs (and
/// URL lists, feeds, sitemaps, after them) fetched first into the store, then read
/// from it with the HTTP `Content-Type` (so a charset given only in the header decodes
/// right). Returns also the count of feeds or sitemaps that failed.
fn inputs(args: &ExtractArgs) -> Result<(InputIter, u64)> {
    let s = &args.sources;
    let wants_fetch = args.inputs.iter().any(|i| is_url(i))
        || !s.urls.is_empty()
        || !s.feed.is_empty()
        || !s.sitemap.is_empty();
    if !wants_fetch {
        return Ok((Box::new(Inputs::new(&args.inputs)), 0));
    }
    let mut fetcher = ::fetch::Fetcher::new(crate::fetch::config(&args.fetch))
        .context("cannot start fetching")?;
    let given: Vec<String> = args.inputs.iter().filter(|i| is_url(i)).cloned().collect();
    let (extra, source_errors) = crate::fetch::gather(&mut fetcher, Vec::new(), s)?;
    let all: Vec<String> = given.iter().chain(&extra).cloned().collect();
    let summary = crate::fetch::run_urls(&mut fetcher, &all, args.quiet)?;
    let store = fetcher.store().clone();
    fetcher.finish().context("cannot close the WARC file")?;
    if !args.quiet {
        crate::fetch::print_summary(&summary, store.root());
    }
    let mut parts: Vec<InputIter> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for i in &args.inputs {
        if is_url(i) {
            if !files.is_empty() {
                parts.push(Box::new(Inputs::new(std::mem::take(&mut files))));
            }
            parts.push(Box::new(std::iter::once(stored_page(&store, i))));
        } else {
            files.push(i.clone());
        }
    }
    if !files.is_empty() {
        parts.push(Box::new(Inputs::new(files)));
    }
    let mut seen: std::collections::HashSet<String> = given.into_iter().collect();
    let extra: Vec<String> = extra
        .into_iter()
        .filter(|u| seen.insert(u.clone()))
        .collect();
    parts.push(Box::new(
        extra.into_iter().map(move |u| stored_page(&store, &u)),
    ));
    Ok((Box::new(parts.into_iter().flatten()), source_errors))
}

/// A fetched page as pipeline input: the URL is the document id.
fn stored_page(store: &::fetch::Store, url: &str) -> Result<Input, IngestError> {
    let Some((meta, bytes)) = store.page(url) else {
        let why = store
            .meta(url)
            .and_then(|m| m.error)
            .unwrap_or_else(|| "not fetched (see fetch-log.jsonl in the store)".into());
        return Err(IngestError::new(url, None, ErrorKind::Format(why)));
    };
    Ok(Input::Html(HtmlPage {
        id: url.to_string(),
        bytes,
        url: Some(meta.final_url.clone()),
        content_type: meta.content_type.clone(),
        published: None,
        origin: Origin {
            input: url.to_string(),
            line: None,
            record_offset: None,
            record_id: None,
            retrieved: Some(meta.fetched_at.clone()),
            format: InputFormat::Html,
        },
    }))
}

fn rayon_threads(n: usize) -> Result<()> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(n.max(1))
        .build_global()
        .context("cannot set up threads")
}
