//! TIMEX3 evaluation on TimeML (`.tml`) files, scored the way TempEval-3 does.
//!
//! For each document: the DCT comes from the TIMEX3 with
//! `functionInDocument="CREATION_TIME"`; the `TEXT` element's inline tags are
//! stripped (entities decoded) while the gold TIMEX3 extents are kept as byte
//! spans of the plain text; the text is segmented and given to the
//! [`DateExtractor`]. Scores:
//!
//! - strict extent P/R/F1: system and gold spans equal;
//! - relaxed extent P/R/F1: spans overlap (matched one-to-one, largest overlap first);
//! - value and type F1: attribute accuracy over the relaxed matches × relaxed F1.
//!   A decade or century value counts with or without its `X` digits (`199X` =
//!   `199`), the two spellings TimeML corpora use; every other value compares exactly.

#[path = "timex/tml.rs"]
mod tml;

use dates::DateExtractor;
use model::{Document, Published, Span};
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};
pub use tml::{parse_tml, GoldTimex, TmlDocument};

/// Errors of reading a TimeML set.
#[derive(Debug, thiserror::Error)]
pub enum TimexEvalError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file is not TimeML as expected.
    #[error("{path}: {message}")]
    Parse {
        /// The path.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// No `.tml` file under the directory.
    #[error("{0}: no .tml files")]
    Empty(PathBuf),
}

/// Precision, recall, F1 with their counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Matched items.
    pub matched: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn new(matched: usize, gold: usize, system: usize) -> Prf {
        let p = if system == 0 {
            0.0
        } else {
            matched as f64 / system as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            matched as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            matched,
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// One gold or system expression that did not match (for tuning).
#[derive(Debug, Clone, Serialize)]
pub struct TimexDiff {
    /// Document id.
    pub doc: String,
    /// `missed` (gold only), `spurious` (system only), `extent`, `value`, `type`.
    pub kind: &'static str,
    /// Gold text, type and value.
    pub gold: Option<(String, String, String)>,
    /// System text, type, value and rule.
    pub system: Option<(String, String, String, String)>,
}

/// Scores of one run over a TimeML set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimexReport {
    /// Documents read.
    pub documents: usize,
    /// Gold TIMEX3 in TEXT.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Exact-extent scores.
    pub strict: Prf,
    /// Overlap scores.
    pub relaxed: Prf,
    /// Value accuracy over relaxed matches.
    pub value_accuracy: f64,
    /// Type accuracy over relaxed matches.
    pub type_accuracy: f64,
    /// `value_accuracy × relaxed F1`.
    pub value_f1: f64,
    /// `type_accuracy × relaxed F1`.
    pub type_f1: f64,
    /// Every mismatch, for inspection.
    #[serde(skip)]
    pub diffs: Vec<TimexDiff>,
}

impl fmt::Display for TimexReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TIMEX3: {} documents, {} gold, {} system",
            self.documents, self.gold, self.system
        )?;
        writeln!(f, "            P      R      F1")?;
        for (name, s) in [("strict", self.strict), ("relaxed", self.relaxed)] {
            writeln!(
                f,
                "{name:<8} {:.4} {:.4} {:.4}",
                s.precision, s.recall, s.f1
            )?;
        }
        writeln!(
            f,
            "value    accuracy {:.4}  F1 {:.4}",
            self.value_accuracy, self.value_f1
        )?;
        write!(
            f,
            "type     accuracy {:.4}  F1 {:.4}",
            self.type_accuracy, self.type_f1
        )
    }
}

/// Whether two TIMEX3 values name the same time. TimeML writes a decade or a
/// century both as its digits (`199`, `19`) and with its open digits as `X`
/// (`199X`, `19XX`); TBAQ itself uses both. Everything else compares exactly.
fn same_value(a: &str, b: &str) -> bool {
    fn canonical(v: &str) -> &str {
        let digits = v.trim_end_matches('X');
        let open = v.len() - digits.len();
        if open > 0
            && (1..=3).contains(&digits.len())
            && digits.len() + open == 4
            && digits.bytes().all(|b| b.is_ascii_digit())
        {
            digits
        } else {
            v
        }
    }
    a == b || canonical(a) == canonical(b)
}

/// Counts of one document.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value_ok: usize,
    type_ok: usize,
}

/// Score every `.tml` file under `gold_dir` (recursively).
pub fn run(gold_dir: &Path, extractor: &DateExtractor) -> Result<TimexReport, TimexEvalError> {
    let mut files = Vec::new();
    collect(gold_dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(TimexEvalError::Empty(gold_dir.to_path_buf()));
    }
    let segmenter = segment::Segmenter::new();
    let mut total = Counts::default();
    let mut diffs = Vec::new();
    for path in &files {
        let raw = std::fs::read_to_string(path).map_err(|source| TimexEvalError::Io {
            path: path.clone(),
            source,
        })?;
        let doc = parse_tml(&raw).map_err(|message| TimexEvalError::Parse {
            path: path.clone(),
            message,
        })?;
        let c = score_document(&doc, extractor, &segmenter, &mut diffs);
        total.gold += c.gold;
        total.system += c.system;
        total.strict += c.strict;
        total.relaxed += c.relaxed;
        total.value_ok += c.value_ok;
        total.type_ok += c.type_ok;
    }
    let relaxed = Prf::new(total.relaxed, total.gold, total.system);
    let acc = |k: usize| {
        if total.relaxed == 0 {
            0.0
        } else {
            k as f64 / total.relaxed as f64
        }
    };
    Ok(TimexReport {
        documents: files.len(),
        gold: total.gold,
        system: total.system,
        strict: Prf::new(total.strict, total.gold, total.system),
        relaxed,
        value_accuracy: acc(total.value_ok),
        type_accuracy: acc(total.type_ok),
        value_f1: acc(total.value_ok) * relaxed.f1,
        type_f1: acc(total.type_ok) * relaxed.f1,
        diffs,
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), TimexEvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| TimexEvalError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for e in rd {
        let e = e.map_err(|source| TimexEvalError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let p = e.path();
        if p.is_dir() {
            collect(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "tml") {
            out.push(p);
        }
    }
    Ok(())
}

fn score_document(
    doc: &TmlDocument,
    x: &DateExtractor,
    seg: &segment::Segmenter,
    diffs: &mut Vec<TimexDiff>,
) -> Counts {
    let mut d = Document::from_text(doc.id.clone(), doc.text.clone());
    d.published = doc
        .dct
        .map(|date| Published::date(date, model::DateSource::Record));
    let s = seg.segment(&d);
    let spans: Vec<Span> = s.sentences.iter().map(|s| s.span).collect();
    let sys = x.extract_text(&d.text, &spans, doc.dct);
    let text = &doc.text;
    let mut c = Counts {
        gold: doc.timexes.len(),
        system: sys.len(),
        ..Counts::default()
    };
    // Relaxed one-to-one matching, largest overlap first.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in doc.timexes.iter().enumerate() {
        for (si, m) in sys.iter().enumerate() {
            let sp = m.evidence.span;
            if g.span.overlaps(sp) {
                let ov = g.span.end.min(sp.end) - g.span.start.max(sp.start);
                pairs.push((ov, gi, si));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gused = vec![false; doc.timexes.len()];
    let mut sused = vec![false; sys.len()];
    for (_, gi, si) in pairs {
        if gused[gi] || sused[si] {
            continue;
        }
        gused[gi] = true;
        sused[si] = true;
        let g = &doc.timexes[gi];
        let m = &sys[si];
        c.relaxed += 1;
        let strict = g.span == m.evidence.span;
        c.strict += usize::from(strict);
        let v_ok = same_value(&g.value, &m.value);
        let t_ok = g.timex_type == m.timex_type.as_str();
        c.value_ok += usize::from(v_ok);
        c.type_ok += usize::from(t_ok);
        let kind = if !t_ok {
            Some("type")
        } else if !v_ok {
            Some("value")
        } else if !strict {
            Some("extent")
        } else {
            None
        };
        if let Some(kind) = kind {
            diffs.push(TimexDiff {
                doc: doc.id.clone(),
                kind,
                gold: Some((
                    text[g.span].to_string(),
                    g.timex_type.clone(),
                    g.value.clone(),
                )),
                system: Some((
                    text[m.evidence.span].to_string(),
                    m.timex_type.as_str().into(),
                    m.value.clone(),
                    m.evidence.rule.to_string(),
                )),
            });
        }
    }
    for (gi, g) in doc.timexes.iter().enumerate() {
        if !gused[gi] {
            diffs.push(TimexDiff {
                doc: doc.id.clone(),
                kind: "missed",
                gold: Some((
                    text[g.span].to_string(),
                    g.timex_type.clone(),
                    g.value.clone(),
                )),
                system: None,
            });
        }
    }
    for (si, m) in sys.iter().enumerate() {
        if !sused[si] {
            diffs.push(TimexDiff {
                doc: doc.id.clone(),
                kind: "spurious",
                gold: None,
                system: Some((
                    text[m.evidence.span].to_string(),
                    m.timex_type.as_str().into(),
                    m.value.clone(),
                    m.evidence.rule.to_string(),
                )),
            });
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::same_value;

    #[test]
    fn decade_and_century_spellings_are_equal() {
        assert!(same_value("199X", "199"));
        assert!(same_value("19", "19XX"));
        assert!(same_value("2021-06-04", "2021-06-04"));
        assert!(!same_value("199X", "198"));
        assert!(!same_value("1990", "199"));
        assert!(!same_value("XXXX", ""));
        assert!(!same_value("2021-06-XX", "2021-06"));
    }
}
