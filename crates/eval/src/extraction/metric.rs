//! The article-extraction-benchmark metric, ported from its `evaluate.py`:
//! 4-token shingles over `\w+` tokens (case kept), per-document TP/FP/FN counted over
//! shingle multisets and normalized to sum 1, precision averaged over documents with a
//! non-empty prediction, recall over documents with a non-empty truth, F1 from the two
//! means.
//!
//! Python's `\w` (str) is `isalnum() or '_'`; here `char::is_alphanumeric() || '_'`.
//! They differ only on combining marks that Unicode counts as alphabetic (some Indic
//! vowel signs), which do not occur in the English sets.

use std::collections::HashMap;

/// `(tp, fp, fn)` of one document, normalized to sum to 1 (all zero when both are empty).
pub type TpFpFn = (f64, f64, f64);

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `\w+` tokens.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out: HashMap<Vec<&str>, usize> = HashMap::new();
    let count = toks.len().saturating_sub(n) + 1;
    for i in 0..count.max(1) {
        let sh: Vec<&str> = toks[i.min(toks.len())..(i + n).min(toks.len())].to_vec();
        if !sh.is_empty() {
            *out.entry(sh).or_default() += 1;
        }
    }
    out
}

/// `string_shingle_matching(true, pred)` with 4-token shingles.
pub fn shingle_match(truth: &str, pred: &str) -> TpFpFn {
    let t = shingles(truth, 4);
    let p = shingles(pred, 4);
    let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision((tp, fp, fn_): TpFpFn) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fn_): TpFpFn) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

/// `(precision, recall, f1)` over documents: `metrics_from_tp_fp_fns`.
pub fn aggregate(docs: &[TpFpFn]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let p = mean(
        docs.iter()
            .filter(|d| d.0 + d.1 > 0.0)
            .map(|&d| precision(d))
            .collect(),
    );
    let r = mean(
        docs.iter()
            .filter(|d| d.0 + d.2 > 0.0)
            .map(|&d| recall(d))
            .collect(),
    );
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Paragraph boundary F1 of one document: a boundary is named by the two tokens before
/// and the two after it; boundaries are matched as multisets.
pub fn boundary_f1(truth: &[String], pred: &[String]) -> Option<f64> {
    fn marks(paras: &[String]) -> HashMap<Vec<String>, usize> {
        let mut out = HashMap::new();
        let toks: Vec<Vec<&str>> = paras
            .iter()
            .map(|p| tokens(p))
            .filter(|t| !t.is_empty())
            .collect();
        for w in toks.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            let mut k: Vec<String> = a[a.len().saturating_sub(2)..]
                .iter()
                .map(|s| s.to_string())
                .collect();
            k.push("¶".into());
            k.extend(b[..b.len().min(2)].iter().map(|s| s.to_string()));
            *out.entry(k).or_insert(0usize) += 1;
        }
        out
    }
    let (t, p) = (marks(truth), marks(pred));
    let nt: usize = t.values().sum();
    let np: usize = p.values().sum();
    if nt == 0 {
        return None;
    }
    let tp: usize = t
        .iter()
        .map(|(k, c)| (*c).min(p.get(k).copied().unwrap_or(0)))
        .sum();
    if tp == 0 {
        return Some(0.0);
    }
    let (pr, rc) = (tp as f64 / np as f64, tp as f64 / nt as f64);
    Some(2.0 * pr * rc / (pr + rc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_behaviour() {
        assert_eq!(tokens("It’s a dog_x, 42!"), ["It", "s", "a", "dog_x", "42"]);
        assert_eq!(shingle_match("a b c d e", "a b c d e"), (1.0, 0.0, 0.0));
        // Fewer tokens than n: one short shingle.
        assert_eq!(shingle_match("a b", "a b"), (1.0, 0.0, 0.0));
        assert_eq!(shingle_match("", ""), (0.0, 0.0, 0.0));
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d x");
        assert!(
            (tp - 1.0 / 3.0).abs() < 1e-9
                && (fp - 1.0 / 3.0).abs() < 1e-9
                && (fn_ - 1.0 / 3.0).abs() < 1e-9
        );
        // Empty prediction: excluded from precision, counts as recall 0.
        let (p, r, _) = aggregate(&[(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]);
        assert_eq!((p, r), (1.0, 0.5));
    }

    #[test]
    fn boundaries() {
        let t: Vec<String> = ["One two three.", "Four five six.", "Seven eight."]
            .map(String::from)
            .to_vec();
        assert_eq!(boundary_f1(&t, &t), Some(1.0));
        let merged: Vec<String> = vec![
            "One two three. Four five six.".into(),
            "Seven eight.".into(),
        ];
        let f = boundary_f1(&t, &merged).unwrap();
        assert!((f - 2.0 / 3.0).abs() < 1e-9);
    }
}
