//! Gun Violence Archive agreement (`corpora/casualties/gva`): for each article
//! linked to an incident, do its figures contain the incident's killed and
//! injured numbers? Only numbers above 0 are asked for. Many disagreements are
//! the article's truth (an early report, a count of another incident), so the
//! report keeps them for reading by hand.
//!
//! Articles are read on all cores with `std::thread::scope` (no thread-pool
//! dependency); results are gathered in file order, so the report does not
//! depend on the number of threads.

use super::{items, read, Agreement, Item, SetError};
use model::Extractor;
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// One article whose figures do not hold the incident's number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// The article's `doc_id`.
    pub doc_id: String,
    /// `killed` or `injured`.
    pub category: &'static str,
    /// The incident's number.
    pub expected: u64,
    /// Every figure the article gave (`category:min-max "text"`).
    pub figures: Vec<String>,
}

/// The GVA report: per category and overall, plus the disagreements.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GvaReport {
    /// Articles read.
    pub articles: usize,
    /// Killed: some `killed` figure states the incident's number.
    pub killed: Agreement,
    /// Injured: some `injured` figure states the incident's number.
    pub injured: Agreement,
    /// Both categories together.
    pub overall: Agreement,
    /// Injured, where a `shot` figure also counts (GVA's injured are people
    /// shot who survived; the spec keeps `shot` apart when the outcome is not
    /// said).
    pub injured_or_shot: Agreement,
    /// Articles with at least one figure.
    pub articles_with_figures: usize,
    /// Figures emitted over all articles.
    pub figures: usize,
    /// The disagreements, in file order (not serialized: thousands of lines).
    #[serde(skip)]
    pub disagreements: Vec<Disagreement>,
}

impl fmt::Display for GvaReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GVA: {} articles, {} with figures, {} figures",
            self.articles, self.articles_with_figures, self.figures
        )?;
        for (name, a) in [
            ("killed", &self.killed),
            ("injured", &self.injured),
            ("overall", &self.overall),
            ("injured or shot", &self.injured_or_shot),
        ] {
            writeln!(f, "  {name:<16} {a}")?;
        }
        Ok(())
    }
}

/// Whether some item of `cats` states `n`: exactly, or as a lower bound
/// `min ≤ n ≤ max` with a closed upper bound.
fn holds(items: &[Item], cats: &[&str], n: u64) -> bool {
    items.iter().any(|i| {
        cats.contains(&i.category.as_str())
            && i.min.is_some_and(|m| m <= n)
            && i.max.is_none_or(|m| m >= n)
            && (i.max.is_some() || i.min == Some(n))
    })
}

fn id_of(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        x => Some(x.to_string()),
    }
}

struct Article {
    doc_id: String,
    text: String,
    killed: u64,
    injured: u64,
}

/// Extract every article's items on all cores, in order.
fn extract_all(extractor: &dyn Extractor, arts: &[Article]) -> Vec<Vec<Item>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 16);
    let chunk = arts.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = arts
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|a| items(extractor, &a.doc_id, &a.text))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// For each GVA article (the first `limit` distinct ones), do its figures
/// contain the incident's killed and injured numbers?
pub fn gva(shared: &Path, extractor: &dyn Extractor, limit: usize) -> Result<GvaReport, SetError> {
    let dir = shared.join("corpora/casualties/gva");
    let mut incidents: HashMap<String, (u64, u64)> = HashMap::new();
    for line in read(&dir.join("gva_incidents.jsonl"))?.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(id) = id_of(&v, "incident_uri") else {
            continue;
        };
        let k = v.get("num_killed").and_then(Value::as_u64).unwrap_or(0);
        let i = v.get("num_injured").and_then(Value::as_u64).unwrap_or(0);
        incidents.insert(id, (k, i));
    }
    let mut arts = Vec::new();
    let mut seen = HashSet::new();
    for line in read(&dir.join("gva_articles.jsonl"))?.lines() {
        if arts.len() >= limit {
            break;
        }
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(&(killed, injured)) = id_of(&v, "incident_uri").and_then(|i| incidents.get(&i))
        else {
            continue;
        };
        let doc_id = id_of(&v, "doc_id").unwrap_or_default();
        if !seen.insert(doc_id.clone()) {
            continue;
        }
        let title = v.get("title").and_then(Value::as_str).unwrap_or("");
        let content = v.get("content").and_then(Value::as_str).unwrap_or("");
        arts.push(Article {
            doc_id,
            text: format!("{title}\n\n{content}"),
            killed,
            injured,
        });
    }
    let all = extract_all(extractor, &arts);
    let mut rep = GvaReport {
        articles: arts.len(),
        ..Default::default()
    };
    for (a, items) in arts.iter().zip(&all) {
        rep.figures += items.len();
        rep.articles_with_figures += usize::from(!items.is_empty());
        for (name, n) in [("killed", a.killed), ("injured", a.injured)] {
            if n == 0 {
                continue;
            }
            let ok = holds(items, &[name], n);
            let agreement = if name == "killed" {
                &mut rep.killed
            } else {
                &mut rep.injured
            };
            agreement.add(ok);
            rep.overall.add(ok);
            if !ok {
                rep.disagreements.push(Disagreement {
                    doc_id: a.doc_id.clone(),
                    category: name,
                    expected: n,
                    figures: items
                        .iter()
                        .map(|x| format!("{}:{:?}-{:?} {:?}", x.category, x.min, x.max, x.text))
                        .collect(),
                });
            }
        }
        if a.injured > 0 {
            let total = a.injured + a.killed;
            let shot_survivors = items
                .iter()
                .any(|x| x.category == "shot" && x.min == Some(total) && x.max == Some(total));
            rep.injured_or_shot
                .add(holds(items, &["injured", "shot"], a.injured) || shot_survivors);
        }
    }
    Ok(rep)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(cat: &str, min: Option<u64>, max: Option<u64>) -> Item {
        Item {
            text: String::new(),
            category: cat.into(),
            min,
            max,
        }
    }

    #[test]
    fn holds_states_the_number() {
        let items = [
            item("killed", Some(2), Some(2)),
            item("injured", Some(5), None),
        ];
        assert!(holds(&items, &["killed"], 2));
        assert!(!holds(&items, &["killed"], 3));
        // `at least 5` states 5, not 7.
        assert!(holds(&items, &["injured"], 5));
        assert!(!holds(&items, &["injured"], 7));
    }
}
