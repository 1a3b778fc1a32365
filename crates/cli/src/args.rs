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
    /// Extract claims from articles: files, directories, `-` for stdin (text, JSONL, HTML, WARC, gzip),
    /// and URLs (fetched first, politely; see `newsclaims fetch`).
    Extract(ExtractArgs),
    /// Fetch pages (URLs, URL lists, feeds, sitemaps) into a store: page cache, WARC, log.
    Fetch(FetchArgs),
    /// Evaluate against the shared gold sets and benchmarks.
    #[command(subcommand)]
    Eval(EvalCommand),
}

/// `newsclaims extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input files or directories, `-` for stdin, or http(s) URLs.
    #[arg(required_unless_present_any = ["urls", "feed", "sitemap"])]
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
    /// URL lists, feeds and sitemaps to fetch and extract.
    #[command(flatten)]
    pub sources: UrlSources,
    /// How URLs are fetched.
    #[command(flatten)]
    pub fetch: FetchOptions,
}

/// `newsclaims fetch`.
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// URLs to fetch.
    #[arg(value_name = "URL", required_unless_present_any = ["urls", "feed", "sitemap"])]
    pub url_args: Vec<String>,
    /// URL lists, feeds and sitemaps.
    #[command(flatten)]
    pub sources: UrlSources,
    /// How URLs are fetched.
    #[command(flatten)]
    pub fetch: FetchOptions,
    /// No progress line and no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Where URLs come from besides the command line.
#[derive(Debug, Args)]
#[command(next_help_heading = "URL sources")]
pub struct UrlSources {
    /// A file of URLs, one per line (`#` starts a comment; `-` reads stdin).
    #[arg(long = "urls", value_name = "FILE")]
    pub urls: Vec<PathBuf>,
    /// An RSS or Atom feed whose items are fetched.
    #[arg(long, value_name = "URL")]
    pub feed: Vec<String>,
    /// A sitemap, news sitemap or sitemap index whose pages are fetched.
    #[arg(long, value_name = "URL")]
    pub sitemap: Vec<String>,
}

/// Fetch settings (defaults: polite).
#[derive(Debug, Args)]
#[command(next_help_heading = "Fetching")]
pub struct FetchOptions {
    /// Directory for fetched pages, the WARC archive and `fetch-log.jsonl`.
    #[arg(long, value_name = "DIR", default_value = "newsclaims-fetch")]
    pub store: PathBuf,
    /// Contact (URL or mailto:) put in the User-Agent, so site owners can reach you
    /// (default: $NEWSCLAIMS_CONTACT).
    #[arg(long)]
    pub contact: Option<String>,
    /// Replace the whole User-Agent.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Minimum time between requests to one host (`1s`, `500ms`, `0ms`).
    #[arg(long, value_parser = parse_duration, default_value = "1s")]
    pub min_interval: std::time::Duration,
    /// Connect timeout.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    pub connect_timeout: std::time::Duration,
    /// Longest wait for the response head or the next body bytes.
    #[arg(long, value_parser = parse_duration, default_value = "30s")]
    pub read_timeout: std::time::Duration,
    /// Longest time for one request.
    #[arg(long, value_parser = parse_duration, default_value = "120s")]
    pub timeout: std::time::Duration,
    /// Largest body accepted, after decompression (`20M`, `512K`, bytes).
    #[arg(long, value_parser = parse_size, default_value = "20M")]
    pub max_body: u64,
    /// Redirects followed per URL.
    #[arg(long, default_value_t = 10)]
    pub max_redirects: usize,
    /// Attempts per URL on timeouts, network errors, 429 and 5xx.
    #[arg(long, default_value_t = 4)]
    pub max_attempts: u32,
    /// First retry wait (doubled each time, with jitter).
    #[arg(long, value_parser = parse_duration, default_value = "500ms")]
    pub backoff: std::time::Duration,
    /// Hosts fetched at once.
    #[arg(long, default_value_t = 16)]
    pub parallel_hosts: usize,
    /// Do not obey robots.txt (only for sites you run).
    #[arg(long)]
    pub ignore_robots: bool,
    /// Revalidate stored pages (ETag / Last-Modified) instead of skipping them.
    #[arg(long)]
    pub refresh: bool,
    /// Write the WARC uncompressed (`.warc` instead of `.warc.gz`).
    #[arg(long)]
    pub no_warc_gzip: bool,
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

/// `1.5s`, `500ms`, `2m`, `1h`, or a number of seconds.
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("expected a duration like 500ms or 2s, got {s:?}"))?;
    let secs = match unit.trim() {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        other => return Err(format!("unknown duration unit {other:?} (ms, s, m, h)")),
    };
    std::time::Duration::try_from_secs_f64(secs).map_err(|e| e.to_string())
}

/// `20M`, `512K`, `1G`, or a number of bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&s[..s.len() - 1], 1u64 << 10),
        Some('M') => (&s[..s.len() - 1], 1 << 20),
        Some('G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("expected a size like 20M or 512K, got {s:?}"))
}

fn parse_floor(s: &str) -> Result<(String, f64), String> {
    let (path, min) = s.split_once('=').ok_or("expected PATH=MIN")?;
    let min = min
        .parse::<f64>()
        .map_err(|e| format!("bad minimum {min:?}: {e}"))?;
    Ok((path.to_string(), min))
}
