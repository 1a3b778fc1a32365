//! `newsclaims eval …`: run the pipeline on gold sets and score it.

use crate::args::{EvalClaimsArgs, EvalCommand, EvalCommon};
use crate::floors;
use anyhow::{bail, Context, Result};
use eval::claims::{self as claims_eval, GoldDoc, GoldSources, PredClaim};
use ingest::{Input, Inputs};
use model::{DateSource, Document, Published};
use output::RecordView;
use pipeline::{Config, Pipeline};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Run an evaluation subcommand; `Ok(false)` when a floor failed.
pub fn run(cmd: &EvalCommand) -> Result<bool> {
    match cmd {
        EvalCommand::Claims(a) => eval_claims(a),
        EvalCommand::Sentences(c) => {
            let shared = shared_dir(c)?;
            let report = eval::sentences::run(&shared).context("sentence evaluation failed")?;
            report_out(&report, &report.to_string(), c)
        }
        EvalCommand::Timex(a) => {
            let gold = match &a.gold {
                Some(g) => g.clone(),
                None => shared_dir(&a.common)?.join("corpora/timex/TBAQ-cleaned"),
            };
            let extractor = dates::DateExtractor::new()?;
            let report = eval::timex::run(&gold, &extractor).context("TIMEX3 evaluation failed")?;
            report_out(&report, &report.to_string(), &a.common)
        }
        EvalCommand::Extraction(a) => {
            use eval::extraction::Set;
            let set = match a.set.as_str() {
                "aeb" => Set::Aeb,
                "naeb" => Set::Naeb,
                "fundus" => Set::Fundus,
                "all" => Set::All,
                other => bail!("unknown set {other:?} (expected aeb, naeb, fundus, all)"),
            };
            let shared = shared_dir(&a.common)?;
            let report =
                eval::extraction::run(&shared, set).context("extraction evaluation failed")?;
            report_out(&report, &report.to_string(), &a.common)
        }
        EvalCommand::Polnear(a) => {
            let root = shared_dir(&a.common)?.join("corpora/quotes/polnear");
            let docs = eval::polnear::load_split(&root, &a.split).with_context(|| {
                format!("cannot load PolNeAR {} from {}", a.split, root.display())
            })?;
            let quotes = quotes::QuoteExtractor::new();
            let segmenter = segment::Segmenter::new();
            let report = eval::polnear::evaluate(&docs, &quotes, &|d| segmenter.segment(d));
            report_out(&report, &report.to_string(), &a.common)
        }
        EvalCommand::Casualties(a) => {
            let shared = shared_dir(&a.common)?;
            let extractor = casualties::CasualtyExtractor::new();
            let report = eval::casualty_sets::run(&shared, &extractor, a.gva_limit)
                .context("casualty evaluation failed")?;
            report_out(&report, &report.to_string(), &a.common)
        }
    }
}

/// The shared material: `--shared`, else `$NEWSCLAIMS_SHARED`, else `../shared`.
pub fn shared_dir(c: &EvalCommon) -> Result<PathBuf> {
    let dir = c
        .shared
        .clone()
        .or_else(|| std::env::var_os("NEWSCLAIMS_SHARED").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("../shared"));
    if !dir.is_dir() {
        bail!(
            "the shared evaluation material is not at {} (use --shared DIR)",
            dir.display()
        );
    }
    Ok(dir)
}

/// Print a report (text or JSON) and check its floors.
fn report_out<R: Serialize>(report: &R, text: &str, c: &EvalCommon) -> Result<bool> {
    let value = serde_json::to_value(report)?;
    let mut out = if c.json {
        serde_json::to_string_pretty(&value)?
    } else {
        text.to_string()
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    // A closed pipe (`| head`) is not an error worth a panic: the floors still count.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(e).context("cannot write the report to stdout")
        }
        _ => {}
    }
    let failures = floors::check(&value, &c.floors);
    for f in &failures {
        eprintln!("newsclaims: FLOOR: {f}");
    }
    Ok(failures.is_empty())
}

/// The folder that gold `source` paths are relative to: the nearest ancestor of
/// the gold folder (or the current folder) where the first source exists.
fn source_root(gold_dir: &Path, gold: &[GoldDoc]) -> PathBuf {
    let Some(first) = gold.iter().find_map(|g| g.source.as_deref()) else {
        return PathBuf::from(".");
    };
    let file = first.split('#').next().unwrap_or(first);
    let abs = std::fs::canonicalize(gold_dir).unwrap_or_else(|_| gold_dir.to_path_buf());
    abs.ancestors()
        .chain(std::iter::once(Path::new(".")))
        .find(|dir| dir.join(file).exists())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The JSON Lines records that gold files point to (`FILE.jsonl#DOC_ID`), read
/// once per file the way `extract` reads JSONL, so the runner sees exactly what
/// users get. Lines that fail to parse are passed over unless a gold file needs them.
fn preload_jsonl(gold: &[GoldDoc], root: &Path) -> HashMap<(PathBuf, String), Document> {
    let mut wanted: HashMap<PathBuf, HashSet<String>> = HashMap::new();
    for source in gold.iter().filter_map(|g| g.source.as_deref()) {
        if let Some((file, key)) = source.split_once('#') {
            let path = root.join(file);
            if ingest::kind_from_name(&path) == Some(ingest::FileKind::Jsonl) {
                wanted.entry(path).or_default().insert(key.to_string());
            }
        }
    }
    let mut out = HashMap::new();
    for (path, keys) in wanted {
        for item in Inputs::new([path.to_string_lossy()]).flatten() {
            if let Input::Document(d) = item {
                if keys.contains(&d.id) {
                    out.insert((path.clone(), d.id.clone()), d);
                }
            }
        }
    }
    out
}

/// The document a gold file's `source` names, with the gold `published` date.
fn gold_document(
    g: &GoldDoc,
    root: &Path,
    sources: &mut GoldSources,
    jsonl: &mut HashMap<(PathBuf, String), Document>,
) -> Result<Document> {
    let source = g
        .source
        .as_deref()
        .with_context(|| format!("{}: no `source`", g.path.display()))?;
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let path = root.join(file);
    let read_err = || format!("{}: cannot read source {source}", g.path.display());
    let mut doc = match key {
        // A JSON Lines record: read it the way `extract` reads JSONL, so the runner
        // sees exactly what users get.
        Some(key) if ingest::kind_from_name(&path) == Some(ingest::FileKind::Jsonl) => jsonl
            .remove(&(path.clone(), key.to_string()))
            .with_context(|| {
                format!(
                    "{}: no record {key} in {}",
                    g.path.display(),
                    path.display()
                )
            })?,
        Some(_) => {
            let st = sources.resolve(source).with_context(read_err)?;
            let record = st.record.as_ref().map(|r| {
                ingest::parse_record(&r.to_string(), g.doc_id.clone(), Default::default())
            });
            match record {
                Some(Ok(Input::Document(d))) if d.text == st.text => d,
                _ => Document::from_text(g.doc_id.clone(), st.text),
            }
        }
        None => match Inputs::new([path.to_string_lossy()]).next() {
            Some(Ok(Input::Document(d))) => d,
            Some(Ok(Input::Html(_))) => {
                bail!("{}: HTML sources are not supported here", g.path.display())
            }
            Some(Err(e)) => return Err(e).with_context(read_err),
            None => bail!("{}: source {} is empty", g.path.display(), path.display()),
        },
    };
    doc.id = g.doc_id.clone();
    if let Some(p) = g.published.as_deref().and_then(ingest::parse_published) {
        doc.published = Some(Published {
            date: p.0,
            datetime: p.1,
            source: DateSource::Record,
        });
    }
    Ok(doc)
}

fn eval_claims(a: &EvalClaimsArgs) -> Result<bool> {
    let report = match &a.claims {
        Some(path) => claims_eval::score_files(&a.gold, path)?,
        None => {
            let gold = claims_eval::load_gold(&a.gold)?;
            let root = source_root(&a.gold, &gold);
            let mut sources = GoldSources::new(root.clone());
            let mut jsonl = preload_jsonl(&gold, &root);
            let pipeline = Pipeline::standard(Config::default())?;
            let mut saved = match &a.save {
                Some(p) => Some(std::io::BufWriter::new(
                    std::fs::File::create(p)
                        .with_context(|| format!("cannot create {}", p.display()))?,
                )),
                None => None,
            };
            let mut preds = Vec::new();
            for g in &gold {
                let doc = gold_document(g, &root, &mut sources, &mut jsonl)?;
                let processed = pipeline.process_document(doc);
                let view = RecordView::new(&processed);
                for rec in &processed.records {
                    let value = serde_json::to_value(view.claim(rec))?;
                    if let Some(out) = saved.as_mut() {
                        writeln!(out, "{value}")?;
                    }
                    if let Some(p) = PredClaim::from_record(&value).map_err(anyhow::Error::msg)? {
                        preds.push(p);
                    }
                }
            }
            if let Some(mut out) = saved {
                out.flush()?;
            }
            claims_eval::score(&gold, preds.into_iter())
        }
    };
    report_out(&report, &report.to_string(), &a.common)
}
