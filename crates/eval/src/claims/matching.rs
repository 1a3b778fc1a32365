//! Text similarity, containment, speaker comparison and the greedy one-to-one
//! matching of `score_claims.py`.

use std::collections::{HashMap, HashSet};

use super::normalize::norm_tokens;

/// Courtesy titles and generic words dropped before speakers are compared.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "president",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "the",
    "prof",
    "sir",
    "lt",
    "sgt",
    "capt",
];
/// A predicted speaker that is one of these alone never matches.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
];

/// A text's tokens prepared for many comparisons: the multiset of tokens
/// and the space-joined string that containment looks at.
#[derive(Debug, Clone, Default)]
pub struct TokenBag {
    counts: HashMap<String, usize>,
    total: usize,
    joined: String,
}

impl TokenBag {
    /// Prepares a token list.
    pub fn new(tokens: &[String]) -> TokenBag {
        let mut counts = HashMap::new();
        for t in tokens {
            *counts.entry(t.clone()).or_insert(0) += 1;
        }
        TokenBag {
            counts,
            total: tokens.len(),
            joined: tokens.join(" "),
        }
    }

    /// Prepares a text (`norm_tokens` first).
    pub fn of_text(text: &str) -> TokenBag {
        TokenBag::new(&norm_tokens(text))
    }

    /// Multiset Jaccard similarity: |A ∩ B| / |A ∪ B|, 0 when both are empty.
    pub fn similarity(&self, other: &TokenBag) -> f64 {
        let (small, large) = if self.counts.len() <= other.counts.len() {
            (self, other)
        } else {
            (other, self)
        };
        let inter: usize = small
            .counts
            .iter()
            .map(|(t, &n)| n.min(large.counts.get(t).copied().unwrap_or(0)))
            .sum();
        let union = self.total + other.total - inter;
        if union == 0 {
            0.0
        } else {
            inter as f64 / union as f64
        }
    }

    /// Whether one joined token string is a substring of the other (both
    /// non-empty). Substring, not token containment: `"a"` is inside `"ab c"`.
    pub fn contains_either(&self, other: &TokenBag) -> bool {
        let (a, b) = (&self.joined, &other.joined);
        !a.is_empty() && !b.is_empty() && (b.contains(a.as_str()) || a.contains(b.as_str()))
    }
}

/// `similarity` of `score_claims.py`: token similarity of the normalized texts.
///
/// ```
/// use newsclaims_eval::claims::matching::similarity;
/// assert_eq!(similarity("four were injured", "Four were hurt"), 0.5);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    TokenBag::of_text(a).similarity(&TokenBag::of_text(b))
}

/// `contains` of `score_claims.py`.
pub fn contains(a: &str, b: &str) -> bool {
    TokenBag::of_text(a).contains_either(&TokenBag::of_text(b))
}

/// `speaker_ok` of `score_claims.py`, for string speakers; `None` and `""`
/// are Python's falsy `None`/`""`.
///
/// ```
/// use newsclaims_eval::claims::matching::speaker_ok;
/// assert!(speaker_ok(Some("Leyla Abdullayeva"), Some("Abdullayeva")));
/// assert!(speaker_ok(Some("Philadelphia Police Department"), Some("police")));
/// assert!(!speaker_ok(Some("Leyla Abdullayeva"), Some("she")));
/// assert!(speaker_ok(None, None));
/// ```
pub fn speaker_ok(gold: Option<&str>, pred: Option<&str>) -> bool {
    let gold = gold.unwrap_or("");
    let pred = pred.unwrap_or("");
    if gold.is_empty() {
        return pred.is_empty();
    }
    let g = norm_tokens(gold);
    let p = norm_tokens(pred);
    if p.is_empty() || (p.len() == 1 && PRONOUNS.contains(&p[0].as_str())) {
        return false;
    }
    let core = |tokens: Vec<String>| -> Vec<String> {
        tokens
            .into_iter()
            .filter(|t| !TITLES.contains(&t.as_str()))
            .collect()
    };
    let (g_core, p_core) = (core(g), core(p));
    let (Some(g_last), false) = (g_core.last(), p_core.is_empty()) else {
        return g_core == p_core;
    };
    let g_set: HashSet<&String> = g_core.iter().collect();
    let p_set: HashSet<&String> = p_core.iter().collect();
    p_core.contains(g_last) || p_set.is_subset(&g_set) || g_set.is_subset(&p_set)
}

/// A candidate pair: similarity, gold index, predicted index.
#[derive(Clone, Copy, PartialEq)]
struct Pair {
    sim: f64,
    gold: usize,
    pred: usize,
}

/// Greedy one-to-one matching of `match` in `score_claims.py` over
/// pre-tokenized texts. Candidate pairs have similarity ≥ 0.5 (or, when
/// `loose`, one text inside the other); they are taken in the order of
/// Python's `sorted(pairs, reverse=True)` on `(s, i, j)`: highest similarity
/// first, ties to the larger gold index, then to the larger predicted index.
/// Returns `(gold index, predicted index)` in the order taken.
pub fn match_bags(gold: &[TokenBag], pred: &[TokenBag], loose: bool) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let sim = g.similarity(p);
            if sim >= 0.5 || (loose && g.contains_either(p)) {
                pairs.push(Pair {
                    sim,
                    gold: i,
                    pred: j,
                });
            }
        }
    }
    // Similarities are finite, so total_cmp orders them as Python does.
    pairs.sort_by(|a, b| {
        b.sim
            .total_cmp(&a.sim)
            .then(b.gold.cmp(&a.gold))
            .then(b.pred.cmp(&a.pred))
    });
    let mut used_gold = vec![false; gold.len()];
    let mut used_pred = vec![false; pred.len()];
    let mut out = Vec::new();
    for pair in pairs {
        if !used_gold[pair.gold] && !used_pred[pair.pred] {
            used_gold[pair.gold] = true;
            used_pred[pair.pred] = true;
            out.push((pair.gold, pair.pred));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(texts: &[&str]) -> Vec<TokenBag> {
        texts.iter().map(|t| TokenBag::of_text(t)).collect()
    }

    #[test]
    fn similarity_is_multiset_jaccard() {
        assert_eq!(similarity("a a b", "a b b"), 2.0 / 4.0);
        assert_eq!(similarity("A, B.", "“a” b"), 1.0);
        assert_eq!(similarity("", ""), 0.0);
        assert_eq!(similarity("x", ""), 0.0);
        assert_eq!(similarity("Straße", "STRASSE"), 1.0);
    }

    #[test]
    fn containment_is_substring_of_joined_tokens() {
        assert!(contains(
            "four were injured",
            "Police said four were injured."
        ));
        assert!(contains("a", "ab c")); // substring, as in Python
        assert!(!contains("", "anything"));
        assert!(!contains("four injured", "four were injured"));
    }

    #[test]
    fn speaker_rules() {
        assert!(speaker_ok(
            Some("Leyla Abdullayeva"),
            Some("Ms. Leyla Abdullayeva")
        ));
        assert!(speaker_ok(Some("Leyla Abdullayeva"), Some("Abdullayeva")));
        assert!(speaker_ok(
            Some("police"),
            Some("Philadelphia Police Department")
        ));
        assert!(speaker_ok(
            Some("Philadelphia Police Department"),
            Some("police")
        ));
        assert!(!speaker_ok(
            Some("Leyla Abdullayeva"),
            Some("Leyla Aliyeva")
        ));
        // The gold surname in the prediction is enough.
        assert!(speaker_ok(Some("Joe Biden"), Some("Jill Biden")));
        assert!(!speaker_ok(Some("Joe Biden"), Some("Joe Smith")));
        assert!(!speaker_ok(Some("Joe Biden"), Some("He")));
        assert!(!speaker_ok(Some("Joe Biden"), None));
        assert!(!speaker_ok(None, Some("Joe Biden")));
        assert!(speaker_ok(Some(""), Some("")));
        // Titles only on both sides: both cores are empty, hence equal.
        assert!(speaker_ok(Some("the President"), Some("Mr. President")));
        assert!(!speaker_ok(Some("the President"), Some("President Biden")));
        // Punctuation-only gold has no tokens; a title-only prediction matches it.
        assert!(speaker_ok(Some("—"), Some("the minister")));
        assert!(!speaker_ok(Some("—"), Some("—")));
    }

    #[test]
    fn greedy_order_breaks_ties_towards_larger_indices() {
        // Both gold items are equally similar to both predictions: Python takes
        // (s, 1, 1) first, then (s, 0, 0).
        let gold = toks(&["a b", "a b"]);
        let pred = toks(&["a b", "a b"]);
        assert_eq!(match_bags(&gold, &pred, false), [(1, 1), (0, 0)]);
        // One prediction, two equally good gold items: the later gold item wins.
        assert_eq!(match_bags(&gold, &toks(&["a b"]), false), [(1, 0)]);
        // Higher similarity wins over index order.
        let gold = toks(&["a b c", "a b"]);
        assert_eq!(match_bags(&gold, &toks(&["a b c"]), false), [(0, 0)]);
    }

    #[test]
    fn loose_matching_accepts_containment_below_threshold() {
        let gold = toks(&["four were injured"]);
        let pred = toks(&["Police said on Monday that four were injured in the attack"]);
        assert!(match_bags(&gold, &pred, false).is_empty());
        assert_eq!(match_bags(&gold, &pred, true), [(0, 0)]);
    }
}
