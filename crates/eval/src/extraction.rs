//! Extraction scores on the three shared sets: the article-extraction-benchmark (AEB),
//! NAEB (with title, date and author accuracy) and the fundus evaluation set (with
//! paragraph boundaries). Text is scored with AEB's own metric ([`metric`]).
//!
//! ```no_run
//! use newsclaims_eval::extraction::{run, Set};
//! let report = run(std::path::Path::new("../shared"), Set::All).unwrap();
//! println!("{report}");
//! ```

pub mod metric;
pub(crate) mod sets;

use extract::{HtmlExtractor, PageHints};
use model::Document;
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Which sets to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// article-extraction-benchmark (181 pages).
    Aeb,
    /// NAEB (421 pages).
    Naeb,
    /// fundus evaluation (80 pages).
    Fundus,
    /// All three.
    All,
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractionError {
    /// A file could not be read.
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// A gold file is not the JSON expected.
    #[error("{0}: bad JSON: {1}")]
    Json(PathBuf, String),
}

/// Text scores of one set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TextScore {
    /// Pages scored.
    pub docs: usize,
    /// Mean shingle precision (pages with a non-empty prediction).
    pub precision: f64,
    /// Mean shingle recall.
    pub recall: f64,
    /// F1 of the two means (AEB's figure).
    pub f1: f64,
    /// Pages where no text was extracted.
    pub empty: usize,
    /// HTML megabytes (10^6 bytes) processed and extraction throughput (one thread).
    pub mb: f64,
    /// Throughput of HTML → Document in MB/s (build-dependent: use a release build).
    pub mb_per_s: f64,
}

/// NAEB: text plus metadata accuracy.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NaebScore {
    /// Text scores.
    pub text: TextScore,
    /// Publication date right to the day, over pages with a gold date.
    pub date_accuracy: f64,
    /// Pages with a gold date.
    pub date_docs: usize,
    /// Title equal after white-space folding, over pages with a gold title.
    pub title_accuracy: f64,
    /// Mean author-set F1 (case-insensitive, white space folded) over pages with gold authors.
    pub authors_f1: f64,
    /// Pages with gold authors.
    pub author_docs: usize,
}

/// fundus: text plus paragraph boundaries.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FundusScore {
    /// Text scores.
    pub text: TextScore,
    /// Mean paragraph boundary F1 ([`metric::boundary_f1`]).
    pub paragraph_boundary_f1: f64,
}

/// The report of one run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExtractionReport {
    /// article-extraction-benchmark.
    pub aeb: Option<TextScore>,
    /// NAEB.
    pub naeb: Option<NaebScore>,
    /// fundus evaluation set.
    pub fundus: Option<FundusScore>,
}

/// Score the extractor on the sets under `shared` (the `../shared` folder).
pub fn run(shared: &Path, which: Set) -> Result<ExtractionReport, ExtractionError> {
    let root = shared.join("corpora/extract");
    let ex = HtmlExtractor::new();
    let mut report = ExtractionReport::default();
    if matches!(which, Set::Aeb | Set::All) {
        let pages = sets::aeb(&root)?;
        let (score, _) = score_text(&ex, &pages);
        report.aeb = Some(score);
    }
    if matches!(which, Set::Naeb | Set::All) {
        let pages = sets::naeb(&root)?;
        let (text, docs) = score_text(&ex, &pages);
        report.naeb = Some(naeb_meta(text, &pages, &docs));
    }
    if matches!(which, Set::Fundus | Set::All) {
        let pages = sets::fundus(&root)?;
        let (text, docs) = score_text(&ex, &pages);
        let f1s: Vec<f64> = pages
            .iter()
            .zip(&docs)
            .filter_map(|(p, d)| {
                let pred: Vec<String> = d.as_ref().map_or(Vec::new(), |d| {
                    d.paragraphs
                        .iter()
                        .map(|s| d.text[*s].to_string())
                        .collect()
                });
                metric::boundary_f1(&p.paragraphs, &pred)
            })
            .collect();
        let paragraph_boundary_f1 = mean(&f1s);
        report.fundus = Some(FundusScore {
            text,
            paragraph_boundary_f1,
        });
    }
    Ok(report)
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// Extract every page (timed) and score the text.
fn score_text(ex: &HtmlExtractor, pages: &[sets::Page]) -> (TextScore, Vec<Option<Document>>) {
    let started = Instant::now();
    let docs: Vec<Option<Document>> = pages
        .iter()
        .map(|p| {
            let hints = PageHints {
                url: p.url.clone(),
                ..PageHints::new(p.id.clone())
            };
            ex.extract(&p.html, &hints).ok()
        })
        .collect();
    let secs = started.elapsed().as_secs_f64();
    let per_doc: Vec<metric::TpFpFn> = pages
        .iter()
        .zip(&docs)
        .map(|(p, d)| metric::shingle_match(&p.body, d.as_ref().map_or("", |d| d.text.as_str())))
        .collect();
    let (precision, recall, f1) = metric::aggregate(&per_doc);
    let mb = pages.iter().map(|p| p.html.len()).sum::<usize>() as f64 / 1e6;
    let score = TextScore {
        docs: pages.len(),
        precision,
        recall,
        f1,
        empty: docs.iter().filter(|d| d.is_none()).count(),
        mb,
        mb_per_s: if secs > 0.0 { mb / secs } else { 0.0 },
    };
    (score, docs)
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn naeb_meta(text: TextScore, pages: &[sets::Page], docs: &[Option<Document>]) -> NaebScore {
    let (mut dates, mut date_ok, mut titles, mut title_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut author_f1 = Vec::new();
    for (p, d) in pages.iter().zip(docs) {
        if let Some(gold) = &p.date {
            dates += 1;
            let pred = d
                .as_ref()
                .and_then(|d| d.published_date())
                .map(|x| x.to_string());
            if pred.as_deref() == gold.get(..10) {
                date_ok += 1;
            }
        }
        if let Some(gold) = p.title.as_deref().filter(|t| !t.trim().is_empty()) {
            titles += 1;
            if d.as_ref().and_then(|d| d.title.as_deref()).map(fold) == Some(fold(gold)) {
                title_ok += 1;
            }
        }
        if let Some(gold) = p.authors.as_ref().filter(|a| !a.is_empty()) {
            let pred: Vec<String> = d.as_ref().map_or(Vec::new(), |d| d.authors.clone());
            author_f1.push(set_f1(gold, &pred));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    NaebScore {
        text,
        date_accuracy: ratio(date_ok, dates),
        date_docs: dates,
        title_accuracy: ratio(title_ok, titles),
        authors_f1: mean(&author_f1),
        author_docs: author_f1.len(),
    }
}

fn set_f1(gold: &[String], pred: &[String]) -> f64 {
    let norm = |s: &String| fold(s).to_lowercase();
    let g: std::collections::HashSet<String> = gold.iter().map(norm).collect();
    let p: std::collections::HashSet<String> = pred.iter().map(norm).collect();
    let tp = g.intersection(&p).count() as f64;
    if tp == 0.0 {
        return 0.0;
    }
    let (pr, rc) = (tp / p.len() as f64, tp / g.len() as f64);
    2.0 * pr * rc / (pr + rc)
}

impl fmt::Display for TextScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "docs={} P={:.3} R={:.3} F1={:.3} empty={} ({:.1} MB at {:.1} MB/s)",
            self.docs, self.precision, self.recall, self.f1, self.empty, self.mb, self.mb_per_s
        )
    }
}

impl fmt::Display for ExtractionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(a) = &self.aeb {
            writeln!(f, "AEB     {a}")?;
        }
        if let Some(n) = &self.naeb {
            writeln!(f, "NAEB    {}", n.text)?;
            writeln!(
                f,
                "NAEB    date acc={:.3} (n={}) title acc={:.3} authors F1={:.3} (n={})",
                n.date_accuracy, n.date_docs, n.title_accuracy, n.authors_f1, n.author_docs
            )?;
        }
        if let Some(u) = &self.fundus {
            writeln!(f, "fundus  {}", u.text)?;
            writeln!(
                f,
                "fundus  paragraph boundary F1={:.3}",
                u.paragraph_boundary_f1
            )?;
        }
        Ok(())
    }
}
