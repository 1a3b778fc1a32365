//! Casualty evaluation sets: the claims gold (`gold/dev`, casualties only) and the
//! Gun Violence Archive articles (`corpora/casualties/gva`).
//!
//! Both take the extractor as `&dyn Extractor`, so this module needs no
//! dependency on the casualties crate. Texts are read at run time from
//! `shared/`; nothing from it is copied into the project.
//!
//! Scoring follows `spec/claims-gold.md`: texts are normalized (case folded,
//! quotation marks unified, white space collapsed, surrounding punctuation
//! stripped) and compared as multisets of word tokens; a casualty matches at
//! Jaccard ≥ 0.5 or where one text contains the other; matching is greedy by
//! similarity; end-to-end counts a match only when category, min and max agree.

use model::{Claim, Document, Extractor, HarmCategory};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Errors of the casualty sets.
#[derive(Debug)]
pub enum SetError {
    /// A file could not be read.
    Io(String, std::io::Error),
    /// A file could not be parsed.
    Json(String, serde_json::Error),
    /// A gold `source` could not be resolved.
    Source(String),
}

impl std::fmt::Display for SetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SetError::Io(p, e) => write!(f, "{p}: {e}"),
            SetError::Json(p, e) => write!(f, "{p}: {e}"),
            SetError::Source(s) => write!(f, "cannot resolve gold source {s}"),
        }
    }
}

impl std::error::Error for SetError {}

fn read(path: &Path) -> Result<String, SetError> {
    std::fs::read_to_string(path).map_err(|e| SetError::Io(path.display().to_string(), e))
}

/// The article text a gold `source` names, relative to `shared`.
pub fn resolve_source(shared: &Path, source: &str) -> Result<String, SetError> {
    let (file, key) = match source.split_once('#') {
        Some((f, k)) => (f, Some(k)),
        None => (source, None),
    };
    let path = shared.join(file);
    let text = read(&path)?;
    let Some(key) = key else { return Ok(text) };
    if file.ends_with(".jsonl") {
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            if v.get("doc_id").and_then(Value::as_str) == Some(key) {
                return v
                    .get("content")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| SetError::Source(source.into()));
            }
        }
        Err(SetError::Source(source.into()))
    } else {
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| SetError::Json(path.display().to_string(), e))?;
        v.get(key)
            .and_then(|r| r.get("articleBody"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| SetError::Source(source.into()))
    }
}

/// Normalized word tokens of a text (spec: scoring).
pub fn tokens(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '`' | '´' => '\'',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase();
    folded
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Jaccard similarity of two token multisets.
pub fn similarity(a: &[String], b: &[String]) -> f64 {
    let mut ca: HashMap<&str, i64> = HashMap::new();
    for t in a {
        *ca.entry(t).or_default() += 1;
    }
    let mut cb: HashMap<&str, i64> = HashMap::new();
    for t in b {
        *cb.entry(t).or_default() += 1;
    }
    let (mut inter, mut union) = (0i64, 0i64);
    for (k, &x) in &ca {
        let y = cb.get(k).copied().unwrap_or(0);
        inter += x.min(y);
        union += x.max(y);
    }
    for (k, &y) in &cb {
        if !ca.contains_key(k) {
            union += y;
        }
    }
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

fn contains(a: &[String], b: &[String]) -> bool {
    let a = format!(" {} ", a.join(" "));
    let b = format!(" {} ", b.join(" "));
    a.contains(&b) || b.contains(&a)
}

/// One casualty item, gold or system.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Evidence text.
    pub text: String,
    /// `killed`, `injured`, …
    pub category: String,
    /// Lower bound.
    pub min: Option<u64>,
    /// Upper bound.
    pub max: Option<u64>,
}

/// The spec name of a category.
pub fn category_name(c: HarmCategory) -> &'static str {
    match c {
        HarmCategory::Killed => "killed",
        HarmCategory::Injured => "injured",
        HarmCategory::KilledOrInjured => "killed_or_injured",
        HarmCategory::Shot => "shot",
        HarmCategory::Missing => "missing",
        HarmCategory::Abducted => "abducted",
        HarmCategory::Arrested => "arrested",
        HarmCategory::Displaced => "displaced",
    }
}

/// Run an extractor over a text (segmented with the `segment` crate) and return its casualty items.
pub fn run(extractor: &dyn Extractor, id: &str, text: &str) -> Vec<Item> {
    let doc = Document::from_text(id, text);
    let seg = segment::Segmenter::new().segment(&doc);
    let mut claims = Vec::new();
    extractor.extract(&doc, &seg, &mut claims);
    claims
        .iter()
        .filter_map(|c| match c {
            Claim::Casualty(c) => Some(Item {
                text: doc.text[c.evidence.span].to_string(),
                category: category_name(c.category).into(),
                min: c.min,
                max: c.max,
            }),
            _ => None,
        })
        .collect()
}

/// Counts of a scoring run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Gold items.
    pub gold: usize,
    /// System items.
    pub system: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with category, min and max right.
    pub correct: usize,
    /// Matched pairs with the category right.
    pub category_right: usize,
}

fn f1(hits: usize, gold: usize, sys: usize) -> f64 {
    let p = if sys == 0 {
        0.0
    } else {
        hits as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hits as f64 / gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Score {
    /// Detection F1.
    pub fn detection_f1(&self) -> f64 {
        f1(self.matched, self.gold, self.system)
    }
    /// End-to-end F1 (category and both bounds right).
    pub fn end_to_end_f1(&self) -> f64 {
        f1(self.correct, self.gold, self.system)
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.correct += o.correct;
        self.category_right += o.category_right;
    }
}

/// A gold/system pairing of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleResult {
    /// Gold doc id.
    pub doc_id: String,
    /// The score.
    pub score: Score,
    /// Matched pairs (gold, system).
    pub pairs: Vec<(Item, Item)>,
    /// Gold items not found.
    pub missed: Vec<Item>,
    /// System items matching no gold.
    pub spurious: Vec<Item>,
}

/// Match one article's items (spec: greedy by similarity).
pub fn score_items(doc_id: &str, gold: &[Item], sys: &[Item]) -> ArticleResult {
    let gt: Vec<Vec<String>> = gold.iter().map(|g| tokens(&g.text)).collect();
    let st: Vec<Vec<String>> = sys.iter().map(|s| tokens(&s.text)).collect();
    let mut cands = Vec::new();
    for (i, g) in gt.iter().enumerate() {
        for (j, s) in st.iter().enumerate() {
            let sim = similarity(g, s);
            if sim >= 0.5 || contains(g, s) {
                cands.push((sim, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    let (mut gu, mut su) = (vec![false; gold.len()], vec![false; sys.len()]);
    let mut r = ArticleResult {
        doc_id: doc_id.into(),
        ..Default::default()
    };
    r.score.gold = gold.len();
    r.score.system = sys.len();
    for (_, i, j) in cands {
        if gu[i] || su[j] {
            continue;
        }
        gu[i] = true;
        su[j] = true;
        r.score.matched += 1;
        let (g, s) = (&gold[i], &sys[j]);
        if g.category == s.category {
            r.score.category_right += 1;
            if g.min == s.min && g.max == s.max {
                r.score.correct += 1;
            }
        }
        r.pairs.push((g.clone(), s.clone()));
    }
    r.missed = gold
        .iter()
        .zip(&gu)
        .filter(|(_, u)| !**u)
        .map(|(g, _)| g.clone())
        .collect();
    r.spurious = sys
        .iter()
        .zip(&su)
        .filter(|(_, u)| !**u)
        .map(|(s, _)| s.clone())
        .collect();
    r
}

/// Score an extractor's casualties against every gold file of `gold_dir`.
pub fn claims_gold(
    shared: &Path,
    gold_dir: &Path,
    extractor: &dyn Extractor,
) -> Result<(Score, Vec<ArticleResult>), SetError> {
    let mut files: Vec<_> = std::fs::read_dir(gold_dir)
        .map_err(|e| SetError::Io(gold_dir.display().to_string(), e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut total = Score::default();
    let mut out = Vec::new();
    for f in files {
        let v: Value = serde_json::from_str(&read(&f)?)
            .map_err(|e| SetError::Json(f.display().to_string(), e))?;
        let doc_id = v
            .get("doc_id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let source = v.get("source").and_then(Value::as_str).unwrap_or("");
        let text = resolve_source(shared, source)?;
        let gold: Vec<Item> = v
            .get("casualties")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|c| Item {
                        text: c.get("text").and_then(Value::as_str).unwrap_or("").into(),
                        category: c
                            .get("category")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .into(),
                        min: c.get("min").and_then(Value::as_u64),
                        max: c.get("max").and_then(Value::as_u64),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let sys = run(extractor, &doc_id, &text);
        let r = score_items(&doc_id, &gold, &sys);
        total.add(&r.score);
        out.push(r);
    }
    Ok((total, out))
}

/// Agreement of one GVA category.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Agreement {
    /// Articles whose incident has this category's number > 0.
    pub incidents: usize,
    /// Of those, articles where some figure of the category equals the number
    /// (or whose bounds contain it).
    pub found: usize,
}

impl Agreement {
    /// `found / incidents`.
    pub fn rate(&self) -> f64 {
        if self.incidents == 0 {
            0.0
        } else {
            self.found as f64 / self.incidents as f64
        }
    }
}

/// The GVA report: per category and overall, plus disagreements to read by hand.
#[derive(Debug, Clone, Default)]
pub struct GvaReport {
    /// Articles read.
    pub articles: usize,
    /// Killed: figures of category killed (or killed_or_injured).
    pub killed: Agreement,
    /// Injured: figures of category injured (or killed_or_injured, or shot minus killed).
    pub injured: Agreement,
    /// Both categories together.
    pub overall: Agreement,
    /// Injured, where a `shot` figure also counts (GVA's injured are people shot
    /// who survived; the spec keeps `shot` apart when the outcome is not said).
    pub injured_or_shot: Agreement,
    /// (doc id, category, expected, figures found for that category).
    pub disagreements: Vec<(String, String, u64, Vec<String>)>,
}

fn holds(items: &[Item], cats: &[&str], n: u64) -> bool {
    items.iter().any(|i| {
        cats.contains(&i.category.as_str())
            && i.min.is_some_and(|m| m <= n)
            && i.max.is_none_or(|m| m >= n)
            && (i.max.is_some() || i.min == Some(n))
    })
}

/// For each GVA article (up to `limit`), do its figures contain the incident's
/// killed and injured numbers? Only numbers > 0 are asked for.
pub fn gva(shared: &Path, extractor: &dyn Extractor, limit: usize) -> Result<GvaReport, SetError> {
    let dir = shared.join("corpora/casualties/gva");
    let incidents_text = read(&dir.join("gva_incidents.jsonl"))?;
    let mut incidents: HashMap<String, (u64, u64)> = HashMap::new();
    for line in incidents_text.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let id = match v.get("incident_uri") {
            Some(Value::String(s)) => s.clone(),
            Some(x) => x.to_string(),
            None => continue,
        };
        let k = v.get("num_killed").and_then(Value::as_u64).unwrap_or(0);
        let i = v.get("num_injured").and_then(Value::as_u64).unwrap_or(0);
        incidents.insert(id, (k, i));
    }
    let articles_text = read(&dir.join("gva_articles.jsonl"))?;
    let mut rep = GvaReport::default();
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    for line in articles_text.lines() {
        if rep.articles >= limit {
            break;
        }
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let inc = match v.get("incident_uri") {
            Some(Value::String(s)) => s.clone(),
            Some(x) => x.to_string(),
            None => continue,
        };
        let Some(&(k, i)) = incidents.get(&inc) else {
            continue;
        };
        let doc_id = v
            .get("doc_id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if seen.insert(doc_id.clone(), ()).is_some() {
            continue;
        }
        let title = v.get("title").and_then(Value::as_str).unwrap_or("");
        let content = v.get("content").and_then(Value::as_str).unwrap_or("");
        let text = format!("{title}\n\n{content}");
        rep.articles += 1;
        let items = run(extractor, &doc_id, &text);
        let mut check =
            |cats: &[&str], n: u64, name: &str, a: &mut Agreement, overall: &mut Agreement| {
                if n == 0 {
                    return;
                }
                a.incidents += 1;
                overall.incidents += 1;
                if holds(&items, cats, n) {
                    a.found += 1;
                    overall.found += 1;
                } else {
                    let figs = items
                        .iter()
                        .map(|x| format!("{}:{:?}-{:?} {:?}", x.category, x.min, x.max, x.text))
                        .collect();
                    rep.disagreements
                        .push((doc_id.clone(), name.into(), n, figs));
                }
            };
        let mut killed = std::mem::take(&mut rep.killed);
        let mut injured = std::mem::take(&mut rep.injured);
        let mut overall = std::mem::take(&mut rep.overall);
        check(&["killed"], k, "killed", &mut killed, &mut overall);
        check(&["injured"], i, "injured", &mut injured, &mut overall);
        if i > 0 {
            rep.injured_or_shot.incidents += 1;
            let shot_survivors = items
                .iter()
                .any(|x| x.category == "shot" && x.min == Some(i + k) && x.max == Some(i + k));
            if holds(&items, &["injured", "shot"], i) || shot_survivors {
                rep.injured_or_shot.found += 1;
            }
        }
        rep.killed = killed;
        rep.injured = injured;
        rep.overall = overall;
    }
    Ok(rep)
}
