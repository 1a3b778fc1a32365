//! Sentence segmentation evaluation on the shared sets (`newsclaims eval sentences`).
//!
//! Four sets under `<shared>/corpora/segment/`, each optional (absent → skipped):
//!
//! - `pysbd-golden-rules/english_golden_rules.json`: 48 cases; a case passes when
//!   the sentence list equals the expected one exactly.
//! - `pragmatic-segmenter-golden-rules/golden_rules_from_README.json` (English):
//!   52 cases, same scoring. The README writes texts as Ruby literals, so `\n`
//!   and `\"` are unescaped first.
//! - `sentencex-en/tests/en.txt`: cases `input --- expected lines ===`, `#` lines
//!   are comments; `tests/lists.txt` (list shapes, some contradicting the golden
//!   rules) is reported beside it for information.
//! - `ud-english-gum-news/not-to-release/sources/*.conllu`: the document text is
//!   rebuilt from each sentence's `# text` line; `# newpar` starts a paragraph
//!   (passed to the segmenter as `Document::paragraphs`, as an HTML source would
//!   give them); sentences of a paragraph are joined by a space, or by a line
//!   break in figure, list and item blocks (captions and list lines stand on
//!   their own lines in the source). Predicted sentence starts are scored against
//!   gold ones (the document start excluded): precision, recall, F1. Boundaries
//!   at paragraph starts are given, so F1 over the boundaries *inside*
//!   paragraphs is reported too.
//!
//! Set `NEWSCLAIMS_EVAL_VERBOSE=1` to print every failed case or boundary to stderr.
//!
//! Texts are compared after white-space normalization (runs of white space → one
//! space, trimmed), as pySBD's own tests do.

use model::{Document, Span};
use segment::Segmenter;
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// Errors reading a set that is present but unreadable.
#[derive(Debug, thiserror::Error)]
pub enum SentencesError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A JSON file did not parse or lacked a field.
    #[error("cannot parse {path}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        message: String,
    },
}

/// Exact-match score over a list of cases.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CaseScore {
    /// Cases whose sentence list matched exactly.
    pub passed: usize,
    /// Cases evaluated.
    pub total: usize,
    /// `passed / total` (0 when empty).
    pub accuracy: f64,
    /// Ids (or 1-based numbers) of the failed cases.
    pub failed: Vec<String>,
}

/// Boundary precision/recall/F1.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Prf {
    /// Gold boundaries.
    pub gold: usize,
    /// Predicted boundaries.
    pub predicted: usize,
    /// Predicted boundaries that are gold.
    pub correct: usize,
    /// correct / predicted.
    pub precision: f64,
    /// correct / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    fn new(gold: usize, predicted: usize, correct: usize) -> Prf {
        let p = if predicted == 0 {
            0.0
        } else {
            correct as f64 / predicted as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            correct as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            gold,
            predicted,
            correct,
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// GUM news boundary scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BoundaryScore {
    /// Documents read.
    pub documents: usize,
    /// All sentence starts except each document's first.
    pub all: Prf,
    /// Only boundaries inside paragraphs (paragraph starts are given to the segmenter).
    pub within_paragraphs: Prf,
}

/// Results of `newsclaims eval sentences`; `None` = set not found (skipped).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SentencesReport {
    /// pySBD English golden rules.
    pub pysbd_golden: Option<CaseScore>,
    /// pragmatic-segmenter English golden rules.
    pub pragmatic_golden: Option<CaseScore>,
    /// sentencex English cases (`tests/en.txt`).
    pub sentencex_en: Option<CaseScore>,
    /// sentencex list cases (`tests/lists.txt`), for information.
    pub sentencex_lists: Option<CaseScore>,
    /// GUM news sentence boundaries.
    pub gum_news: Option<BoundaryScore>,
}

impl fmt::Display for SentencesReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn cases(f: &mut fmt::Formatter<'_>, name: &str, c: &Option<CaseScore>) -> fmt::Result {
            match c {
                Some(c) => {
                    write!(
                        f,
                        "{name:<22} {}/{} ({:.1}%)",
                        c.passed,
                        c.total,
                        100.0 * c.accuracy
                    )?;
                    if !c.failed.is_empty() && c.failed.len() <= 12 {
                        write!(f, "  failed: {}", c.failed.join(", "))?;
                    }
                    writeln!(f)
                }
                None => writeln!(f, "{name:<22} skipped (set not found)"),
            }
        }
        cases(f, "pysbd golden rules", &self.pysbd_golden)?;
        cases(f, "pragmatic golden rules", &self.pragmatic_golden)?;
        cases(f, "sentencex en", &self.sentencex_en)?;
        cases(f, "sentencex lists (info)", &self.sentencex_lists)?;
        match &self.gum_news {
            Some(g) => writeln!(
                f,
                "{:<22} F1 {:.4} (P {:.4} R {:.4}, {} gold, {} docs); inside paragraphs F1 {:.4} (P {:.4} R {:.4}, {} gold)",
                "GUM news boundaries",
                g.all.f1,
                g.all.precision,
                g.all.recall,
                g.all.gold,
                g.documents,
                g.within_paragraphs.f1,
                g.within_paragraphs.precision,
                g.within_paragraphs.recall,
                g.within_paragraphs.gold
            ),
            None => writeln!(f, "{:<22} skipped (set not found)", "GUM news boundaries"),
        }
    }
}

/// Run all sets found under `shared` (the `shared/` folder).
pub fn run(shared: &Path) -> Result<SentencesReport, SentencesError> {
    let seg = Segmenter::new();
    let base = shared.join("corpora").join("segment");
    let pysbd = base
        .join("pysbd-golden-rules")
        .join("english_golden_rules.json");
    let pragmatic = base
        .join("pragmatic-segmenter-golden-rules")
        .join("golden_rules_from_README.json");
    let sx = base.join("sentencex-en").join("tests");
    let gum = base
        .join("ud-english-gum-news")
        .join("not-to-release")
        .join("sources");
    Ok(SentencesReport {
        pysbd_golden: optional(&pysbd, |p| score_cases(&seg, json_cases(p, None, false)?))?,
        pragmatic_golden: optional(&pragmatic, |p| {
            score_cases(&seg, json_cases(p, Some("English"), true)?)
        })?,
        sentencex_en: optional(&sx.join("en.txt"), |p| score_cases(&seg, text_cases(p)?))?,
        sentencex_lists: optional(&sx.join("lists.txt"), |p| score_cases(&seg, text_cases(p)?))?,
        gum_news: optional(&gum, |p| gum_scores(&seg, p))?,
    })
}

fn optional<T>(
    path: &Path,
    f: impl FnOnce(&Path) -> Result<T, SentencesError>,
) -> Result<Option<T>, SentencesError> {
    if path.exists() {
        f(path).map(Some)
    } else {
        Ok(None)
    }
}

/// One test case: id, input text, expected sentences.
struct Case {
    id: String,
    text: String,
    expected: Vec<String>,
}

fn read(path: &Path) -> Result<String, SentencesError> {
    std::fs::read_to_string(path).map_err(|source| SentencesError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn format_err(path: &Path, message: impl Into<String>) -> SentencesError {
    SentencesError::Format {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// White-space normalization: runs of white space → one space, trimmed.
pub fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Undo the Ruby string escapes of the pragmatic-segmenter README (`\n`, `\"`).
fn unescape_ruby(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\\"", "\"")
}

fn json_cases(
    path: &Path,
    language: Option<&str>,
    ruby: bool,
) -> Result<Vec<Case>, SentencesError> {
    let v: serde_json::Value =
        serde_json::from_str(&read(path)?).map_err(|e| format_err(path, e.to_string()))?;
    let list = match language {
        Some(l) => v
            .get(l)
            .ok_or_else(|| format_err(path, format!("no {l} section")))?,
        None => &v,
    };
    let list = list
        .as_array()
        .ok_or_else(|| format_err(path, "expected a list of cases"))?;
    let fix = |s: &str| {
        if ruby {
            unescape_ruby(s)
        } else {
            s.to_string()
        }
    };
    list.iter()
        .enumerate()
        .map(|(k, c)| {
            let text = c
                .get("text")
                .and_then(|t| t.as_str())
                .ok_or_else(|| format_err(path, format!("case {k}: no text")))?;
            let expected = c
                .get("expected")
                .and_then(|e| e.as_array())
                .ok_or_else(|| format_err(path, format!("case {k}: no expected")))?
                .iter()
                .filter_map(|e| e.as_str().map(fix))
                .collect();
            let id = c
                .get("id")
                .map_or_else(|| (k + 1).to_string(), |i| i.to_string());
            Ok(Case {
                id,
                text: fix(text),
                expected,
            })
        })
        .collect()
}

/// sentencex test files: `input`, `---`, expected lines, `===`; `#` lines are comments.
fn text_cases(path: &Path) -> Result<Vec<Case>, SentencesError> {
    let data = read(path)?;
    let mut cases = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut flush = |block: &mut Vec<&str>| {
        if let Some(k) = block.iter().position(|l| l.trim() == "---") {
            let text = block[..k].join("\n");
            let expected: Vec<String> = block[k + 1..]
                .iter()
                .filter(|l| !l.trim().is_empty())
                .map(|l| l.replace("\\n", "\n"))
                .collect();
            if !text.trim().is_empty() && !expected.is_empty() {
                cases.push(Case {
                    id: (cases.len() + 1).to_string(),
                    text,
                    expected,
                });
            }
        }
        block.clear();
    };
    for line in data.lines() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim() == "===" {
            flush(&mut block);
        } else {
            block.push(line);
        }
    }
    flush(&mut block);
    Ok(cases)
}

fn score_cases(seg: &Segmenter, cases: Vec<Case>) -> Result<CaseScore, SentencesError> {
    let mut passed = 0;
    let mut failed = Vec::new();
    for c in &cases {
        let got: Vec<String> = seg
            .split_sentences(&c.text)
            .iter()
            .map(|s| normalize_ws(&c.text[*s]))
            .collect();
        let want: Vec<String> = c
            .expected
            .iter()
            .map(|s| normalize_ws(s))
            .filter(|s| !s.is_empty())
            .collect();
        if got == want {
            passed += 1;
        } else {
            if std::env::var_os("NEWSCLAIMS_EVAL_VERBOSE").is_some() {
                eprintln!(
                    "FAIL {}: {:?}\n  want {:#?}\n  got  {:#?}",
                    c.id, c.text, want, got
                );
            }
            failed.push(c.id.clone());
        }
    }
    let total = cases.len();
    let accuracy = if total == 0 {
        0.0
    } else {
        passed as f64 / total as f64
    };
    Ok(CaseScore {
        passed,
        total,
        accuracy,
        failed,
    })
}

/// A GUM document rebuilt from CoNLL-U: text, paragraph spans, gold sentence starts.
pub struct GumDoc {
    /// Rebuilt text.
    pub text: String,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Gold sentence spans.
    pub sentences: Vec<Span>,
}

/// Rebuild a document from CoNLL-U (see the module docs).
pub fn gum_document(conllu: &str) -> GumDoc {
    // Paragraphs as (block type, sentence texts).
    let mut paras: Vec<(String, Vec<String>)> = Vec::new();
    let mut pending_new = false;
    for line in conllu.lines() {
        if line == "# newpar" || line.starts_with("# newpar ") {
            pending_new = true;
        } else if let Some(b) = line.strip_prefix("# newpar_block = ") {
            if pending_new || paras.is_empty() {
                paras.push((b.to_string(), Vec::new()));
                pending_new = false;
            }
        } else if let Some(t) = line.strip_prefix("# text = ") {
            if pending_new || paras.is_empty() {
                paras.push((String::from("p"), Vec::new()));
                pending_new = false;
            }
            if let Some(p) = paras.last_mut() {
                p.1.push(t.trim().to_string());
            }
        }
    }
    let mut doc = GumDoc {
        text: String::new(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    };
    for (block, sents) in paras.iter().filter(|p| !p.1.is_empty()) {
        if !doc.text.is_empty() {
            doc.text.push_str("\n\n");
        }
        let lined = ["figure", "item", "list"]
            .iter()
            .any(|k| block.starts_with(k));
        let p0 = doc.text.len();
        for (k, s) in sents.iter().enumerate() {
            if k > 0 {
                doc.text.push(if lined { '\n' } else { ' ' });
            }
            let s0 = doc.text.len();
            doc.text.push_str(s);
            doc.sentences.push(Span::new(s0, doc.text.len()));
        }
        doc.paragraphs.push(Span::new(p0, doc.text.len()));
    }
    doc
}

fn gum_scores(seg: &Segmenter, dir: &Path) -> Result<BoundaryScore, SentencesError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| SentencesError::Io {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let (mut g_all, mut p_all, mut c_all) = (0, 0, 0);
    let (mut g_in, mut p_in, mut c_in) = (0, 0, 0);
    for f in &files {
        let gd = gum_document(&read(f)?);
        let mut doc = Document::from_text(f.display().to_string(), gd.text.clone());
        doc.paragraphs = gd.paragraphs.clone();
        let out = seg.segment(&doc);
        let para_starts: std::collections::HashSet<usize> =
            gd.paragraphs.iter().map(|p| p.start).collect();
        let gold: std::collections::HashSet<usize> = gd
            .sentences
            .iter()
            .map(|s| s.start)
            .filter(|&s| s > 0)
            .collect();
        let pred: std::collections::HashSet<usize> = out
            .sentences
            .iter()
            .map(|s| s.span.start)
            .filter(|&s| s > 0)
            .collect();
        g_all += gold.len();
        p_all += pred.len();
        c_all += gold.intersection(&pred).count();
        let inside = |s: &std::collections::HashSet<usize>| -> std::collections::HashSet<usize> {
            s.iter()
                .copied()
                .filter(|x| !para_starts.contains(x))
                .collect()
        };
        if std::env::var_os("NEWSCLAIMS_EVAL_VERBOSE").is_some() {
            for &m in gold.difference(&pred) {
                eprintln!("GUM missed {}: {:?}", f.display(), context(&gd.text, m));
            }
            for &m in pred.difference(&gold) {
                eprintln!("GUM extra  {}: {:?}", f.display(), context(&gd.text, m));
            }
        }
        let (gi, pi) = (inside(&gold), inside(&pred));
        g_in += gi.len();
        p_in += pi.len();
        c_in += gi.intersection(&pi).count();
    }
    Ok(BoundaryScore {
        documents: files.len(),
        all: Prf::new(g_all, p_all, c_all),
        within_paragraphs: Prf::new(g_in, p_in, c_in),
    })
}

/// Text around byte `at` with a `|` at `at`, for failure reports.
fn context(text: &str, at: usize) -> String {
    let mut a = at.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (at + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}|{}", &text[a..at], &text[at..b])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_sets_are_skipped() {
        let r = run(Path::new("/nonexistent/shared")).expect("no error for absent sets");
        assert!(r.pysbd_golden.is_none() && r.gum_news.is_none());
        assert!(r.to_string().contains("skipped"));
    }

    #[test]
    fn conllu_rebuild_and_case_parsing() {
        let c = "# newpar\n# newpar_block = head (1 s)\n# text = Big News Today\n1\tBig\n\n# newpar\n# text = A b.\n# text = C d.\n";
        let d = gum_document(c);
        assert_eq!(d.text, "Big News Today\n\nA b. C d.");
        assert_eq!(d.sentences.len(), 3);
        assert_eq!(&d.text[d.sentences[2]], "C d.");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(normalize_ws("  a \n b "), "a b");
        assert_eq!(unescape_ruby("a\\nb \\\"c\\\""), "a\nb \"c\"");
        assert!(Prf::new(10, 10, 9).f1 > 0.89);
    }
}
