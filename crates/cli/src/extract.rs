//! `newsclaims extract`: inputs → claim records.

use crate::args::ExtractArgs;
use anyhow::{Context, Result};
use ingest::Inputs;
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
    let inputs = Inputs::new(&args.inputs);
    let started = Instant::now();
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
    Ok(stats.errors == 0)
}

fn rayon_threads(n: usize) -> Result<()> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(n.max(1))
        .build_global()
        .context("cannot set up threads")
}
