//! Command-line arguments, parsed once into validated values.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// newsclaims: structured, attributable claims from news articles.
#[derive(Debug, Parser)]
#[command(name = "newsclaims", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from articles: files, directories, `-` for stdin (text, JSONL, HTML, WARC, gzip).
    Extract(ExtractArgs),
    /// Evaluate against the shared gold sets and benchmarks.
    #[command(subcommand)]
    Eval(EvalCommand),
}

/// `newsclaims extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input files or directories; `-` reads stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Write claim records (JSON Lines) here instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also write one record per document (text, paragraphs, sentences) here.
    #[arg(long)]
    pub documents: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that give none.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Only these claim families (comma-separated: quotes,casualties,dates).
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Print no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `newsclaims eval …`.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Score claims against gold files (spec/claims-gold.md). Without CLAIMS, run the
    /// pipeline on each gold file's source first.
    Claims(EvalClaimsArgs),
    /// Sentence segmentation on the golden-rule sets and GUM news.
    Sentences(EvalCommon),
    /// TIMEX3 recognition and normalization on TimeML files (TempEval-3 scoring).
    Timex(EvalTimexArgs),
    /// HTML main text and metadata on AEB, NAEB and fundus.
    Extraction(EvalExtractionArgs),
    /// Quote content and source on PolNeAR (brat attributions).
    Polnear(EvalPolnearArgs),
    /// Casualty figures: Gun Violence Archive agreement and displacement excerpts.
    Casualties(EvalCasualtiesArgs),
}

/// `newsclaims eval casualties`.
#[derive(Debug, Args)]
pub struct EvalCasualtiesArgs {
    /// Read at most this many GVA articles (default: all).
    #[arg(long, default_value_t = usize::MAX, hide_default_value = true)]
    pub gva_limit: usize,
    /// Shared options.
    #[command(flatten)]
    pub common: EvalCommon,
}

/// `newsclaims eval polnear`.
#[derive(Debug, Args)]
pub struct EvalPolnearArgs {
    /// Which split: train, dev or test.
    #[arg(long, default_value = "dev")]
    pub split: String,
    /// Shared options.
    #[command(flatten)]
    pub common: EvalCommon,
}

/// `newsclaims eval timex`.
#[derive(Debug, Args)]
pub struct EvalTimexArgs {
    /// Directory of TimeML `.tml` files (searched recursively; default: TBAQ in the shared material).
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: EvalCommon,
}

/// `newsclaims eval extraction`.
#[derive(Debug, Args)]
pub struct EvalExtractionArgs {
    /// Which set: aeb, naeb, fundus or all.
    #[arg(long, default_value = "all")]
    pub set: String,
    /// Shared options.
    #[command(flatten)]
    pub common: EvalCommon,
}

/// Options every evaluation shares.
#[derive(Debug, Args)]
pub struct EvalCommon {
    /// The shared evaluation material (default: `../shared`, or $NEWSCLAIMS_SHARED).
    #[arg(long)]
    pub shared: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) when a figure is below its floor: `PATH=MIN`, PATH a dotted path in the JSON report.
    #[arg(long = "floor", value_parser = parse_floor)]
    pub floors: Vec<(String, f64)>,
}

/// `newsclaims eval claims`.
#[derive(Debug, Args)]
pub struct EvalClaimsArgs {
    /// Directory of gold `<doc_id>.json` files.
    #[arg(long)]
    pub gold: PathBuf,
    /// Claims to score (JSON Lines); when absent the pipeline runs on the gold sources.
    pub claims: Option<PathBuf>,
    /// Write the claims the pipeline produced here.
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: EvalCommon,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn parse_floor(s: &str) -> Result<(String, f64), String> {
    let (path, min) = s.split_once('=').ok_or("expected PATH=MIN")?;
    let min = min
        .parse::<f64>()
        .map_err(|e| format!("bad minimum {min:?}: {e}"))?;
    Ok((path.to_string(), min))
}
