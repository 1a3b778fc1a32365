//! PolNeAR attribution corpus scorer (`corpora/quotes/polnear`, brat standoff).
//!
//! Each gold attribution has a content (possibly discontinuous), a cue and
//! usually a source. A system's quotes are matched one-to-one to gold
//! attributions, greedily by overlap, highest first:
//! - **content**: a pair matches when the characters they share are at least
//!   half of the longer of the two (`|g ∩ p| / max(|g|, |p|) ≥ 0.5`);
//! - **source**: a content match whose predicted speaker mention overlaps the
//!   gold source span (the end-to-end figure).
//!
//! Two gold views are scored: **all** attributions (PolNeAR also annotates
//! beliefs and intentions) and **speech** only (cues holding a speech verb of
//! [`SPEECH_CUE_WORDS`]). Predictions are the same in both. Articles annotated
//! by several annotators (agreement checks) are scored against the first file.
//! Brat offsets count Unicode scalar values; they are turned into byte spans here.

use model::{Claim, Document, Extractor, Span};
use std::path::{Path, PathBuf};

/// Words whose presence in a cue makes an attribution a speech act.
pub const SPEECH_CUE_WORDS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "according",
    "state",
    "states",
    "stated",
    "statement",
    "note",
    "noted",
    "explain",
    "explained",
    "claim",
    "claimed",
    "claims",
    "insist",
    "insisted",
    "announce",
    "announced",
    "confirm",
    "confirmed",
    "report",
    "reported",
    "reports",
    "write",
    "wrote",
    "writes",
    "tweet",
    "tweeted",
    "tweets",
    "post",
    "posted",
    "warn",
    "warned",
    "warns",
    "admit",
    "admitted",
    "deny",
    "denied",
    "allege",
    "alleged",
    "argue",
    "argued",
    "argues",
    "acknowledge",
    "acknowledged",
    "stress",
    "stressed",
    "reveal",
    "revealed",
    "testify",
    "testified",
    "recall",
    "recalled",
    "complain",
    "complained",
    "declare",
    "declared",
    "promise",
    "promised",
    "vow",
    "vowed",
    "assert",
    "asserted",
    "ask",
    "asked",
    "asks",
    "reply",
    "replied",
    "respond",
    "responded",
    "joke",
    "joked",
    "suggest",
    "suggested",
    "urge",
    "urged",
    "accuse",
    "accused",
    "call",
    "called",
    "calls",
    "describe",
    "described",
    "speech",
    "interview",
    "remarks",
    "mention",
    "mentioned",
    "point",
    "pointed",
    "quote",
    "quoted",
    "predict",
    "predicted",
    "shout",
    "shouted",
    "yell",
    "yelled",
    "emphasize",
    "emphasized",
    "comment",
    "commented",
    "praise",
    "praised",
    "criticize",
    "criticized",
    "attack",
    "attacked",
    "answer",
    "answered",
    "agree",
    "agreed",
    "concede",
    "conceded",
    "continue",
    "continued",
    "proclaim",
    "proclaimed",
];

/// Errors reading the corpus.
#[derive(Debug, thiserror::Error)]
pub enum PolnearError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A standoff line does not parse.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One gold attribution, as byte spans into the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Content spans (discontinuous content has several).
    pub content: Vec<Span>,
    /// Cue spans.
    pub cue: Vec<Span>,
    /// Source spans, when the attribution has a source.
    pub source: Vec<Span>,
    /// Lower-cased cue text.
    pub cue_text: String,
}

impl GoldAttribution {
    /// True when the cue holds a speech verb.
    pub fn is_speech(&self) -> bool {
        self.cue_text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SPEECH_CUE_WORDS.contains(&w))
    }
}

/// An article with its gold attributions.
#[derive(Debug, Clone)]
pub struct PolnearDoc {
    /// File stem of the text.
    pub name: String,
    /// Article text.
    pub text: String,
    /// Gold attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// Precision, recall and F1 counts of one view.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Gold attributions.
    pub gold: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Content matches.
    pub content_matched: usize,
    /// Content matches whose source is right too.
    pub source_matched: usize,
}

fn prf(tp: usize, gold: usize, pred: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Scores {
    /// Content (precision, recall, F1).
    pub fn content(&self) -> (f64, f64, f64) {
        prf(self.content_matched, self.gold, self.predicted)
    }
    /// Source (precision, recall, F1): content and source right.
    pub fn source(&self) -> (f64, f64, f64) {
        prf(self.source_matched, self.gold, self.predicted)
    }
}

/// Scores of a split, for all attributions and for speech only.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct PolnearReport {
    /// Articles scored.
    pub documents: usize,
    /// All attributions.
    pub all: Scores,
    /// Speech attributions only.
    pub speech: Scores,
}

impl std::fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "documents: {}", self.documents)?;
        for (name, s) in [("all", &self.all), ("speech", &self.speech)] {
            let (cp, cr, cf) = s.content();
            let (sp, sr, sf) = s.source();
            writeln!(
                f,
                "{name:7} gold {:5} pred {:5}  content P {cp:.3} R {cr:.3} F1 {cf:.3}  | source P {sp:.3} R {sr:.3} F1 {sf:.3}",
                s.gold, s.predicted
            )?;
        }
        Ok(())
    }
}

/// JSON layout for CI floors: `speech.content.f1`, `speech.source.f1`, `all.content.f1`, …
impl serde::Serialize for Scores {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        #[derive(serde::Serialize)]
        struct Prf {
            p: f64,
            r: f64,
            f1: f64,
        }
        let prf = |(p, r, f1): (f64, f64, f64)| Prf { p, r, f1 };
        let mut st = ser.serialize_struct("Scores", 6)?;
        st.serialize_field("gold", &self.gold)?;
        st.serialize_field("predicted", &self.predicted)?;
        st.serialize_field("content_matched", &self.content_matched)?;
        st.serialize_field("source_matched", &self.source_matched)?;
        st.serialize_field("content", &prf(self.content()))?;
        st.serialize_field("source", &prf(self.source()))?;
        st.end()
    }
}

/// Byte offset of each char offset (and of the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn parse_spans(s: &str, map: &[usize]) -> Option<Vec<Span>> {
    s.split(';')
        .map(|part| {
            let mut it = part.split_whitespace();
            let a: usize = it.next()?.parse().ok()?;
            let b: usize = it.next()?.parse().ok()?;
            let (a, b) = (*map.get(a)?, *map.get(b)?);
            (a <= b).then(|| Span::new(a, b))
        })
        .collect()
}

/// Parse one `.ann` file against its text.
pub fn parse_ann(path: &Path, ann: &str, text: &str) -> Result<Vec<GoldAttribution>, PolnearError> {
    use std::collections::HashMap;
    let map = char_to_byte(text);
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = |m: &str| PolnearError::Format {
            path: path.to_path_buf(),
            line: n + 1,
            message: m.to_string(),
        };
        // Annotated text may hold newlines: continuation lines have no id field.
        let id_ok = fields.len() >= 2
            && fields[0].len() > 1
            && fields[0][1..].chars().all(|c| c.is_ascii_digit());
        if !id_ok {
            continue;
        }
        match fields.first().and_then(|f| f.chars().next()) {
            Some('T') => {
                let head = fields
                    .get(1)
                    .ok_or_else(|| bad("missing type and offsets"))?;
                let (_, offs) = head.split_once(' ').ok_or_else(|| bad("missing offsets"))?;
                let sp = parse_spans(offs, &map).ok_or_else(|| bad("bad offsets"))?;
                spans.insert(fields[0], sp);
            }
            Some('E') => events.push(fields.get(1).copied().unwrap_or("")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ev in events {
        let mut a = GoldAttribution {
            content: vec![],
            cue: vec![],
            source: vec![],
            cue_text: String::new(),
        };
        let mut is_attr = false;
        for arg in ev.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let sp = spans.get(id).cloned().unwrap_or_default();
            match role {
                "Attribution" | "Attribution-no-source" => is_attr = true,
                r if r.starts_with("Content") => a.content.extend(sp),
                "Cue" => a.cue.extend(sp),
                "Source" => a.source.extend(sp),
                _ => {}
            }
        }
        if is_attr && !a.content.is_empty() {
            a.cue_text = a
                .cue
                .iter()
                .map(|s| text[*s].to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            out.push(a);
        }
    }
    Ok(out)
}

/// Load a split (`train`, `dev`, `test`) from the corpus root (`…/polnear`).
pub fn load_split(root: &Path, split: &str) -> Result<Vec<PolnearDoc>, PolnearError> {
    let dir = root.join("data").join(split);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| PolnearError::Io { path, source }
    };
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir.join("attributions"))
        .map_err(io(&dir))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    anns.sort();
    let mut docs: Vec<PolnearDoc> = Vec::new();
    for ann_path in anns {
        let stem = ann_path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        // `<name>_<annotator>.ann`
        let name = stem.rsplit_once('_').map_or(stem, |(n, _)| n).to_string();
        if docs.last().is_some_and(|d| d.name == name) {
            continue;
        }
        let text_path = dir.join("text").join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&text_path).map_err(io(&text_path))?;
        let ann = std::fs::read_to_string(&ann_path).map_err(io(&ann_path))?;
        let attributions = parse_ann(&ann_path, &ann, &text)?;
        docs.push(PolnearDoc {
            name,
            text,
            attributions,
        });
    }
    Ok(docs)
}

fn covered(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.len()).sum()
}

fn shared(a: &[Span], b: Span) -> usize {
    a.iter()
        .map(|s| s.end.min(b.end).saturating_sub(s.start.max(b.start)))
        .sum()
}

/// Score `ex` on `docs`; `segment` turns each document into its segmentation.
pub fn evaluate(
    docs: &[PolnearDoc],
    ex: &dyn Extractor,
    segment: &dyn Fn(&Document) -> model::Segmentation,
) -> PolnearReport {
    let mut rep = PolnearReport {
        documents: docs.len(),
        ..Default::default()
    };
    for d in docs {
        let doc = Document::from_text(d.name.clone(), d.text.clone());
        let seg = segment(&doc);
        let mut claims = Vec::new();
        ex.extract(&doc, &seg, &mut claims);
        // A quote broken by its attribution (`"A," she said, "B."`) is one PolNeAR
        // attribution with a discontinuous content, but two claims under the claims
        // spec: consecutive predictions with one speaker mention and one cue (or no
        // cue of their own) are scored as one.
        let mut preds: Vec<(Vec<Span>, Option<Span>, Option<Span>)> = Vec::new();
        for c in &claims {
            let Claim::Quote(q) = c else { continue };
            let cue = q.cue.as_ref().map(|c| c.span);
            let mention = q.speaker.as_ref().map(|s| s.mention_span);
            // The same cue, or a continuation (no cue) of the previous quote's mention.
            let same = |p: &(Vec<Span>, Option<Span>, Option<Span>)| {
                mention.is_some()
                    && p.1 == mention
                    && (cue.is_some() && p.2 == cue || cue.is_none())
            };
            match preds.last_mut().filter(|p| same(p)) {
                Some(p) => p.0.push(q.evidence.span),
                None => preds.push((vec![q.evidence.span], mention, cue)),
            }
        }
        for (speech_only, scores) in [(false, &mut rep.all), (true, &mut rep.speech)] {
            let gold: Vec<&GoldAttribution> = d
                .attributions
                .iter()
                .filter(|a| !speech_only || a.is_speech())
                .collect();
            scores.gold += gold.len();
            scores.predicted += preds.len();
            let mut pairs = Vec::new();
            for (gi, g) in gold.iter().enumerate() {
                for (pi, (p, _, _)) in preds.iter().enumerate() {
                    let inter: usize = p.iter().map(|ps| shared(&g.content, *ps)).sum();
                    let denom = covered(&g.content).max(covered(p)).max(1);
                    let ov = inter as f64 / denom as f64;
                    if ov >= 0.5 {
                        pairs.push((ov, gi, pi));
                    }
                }
            }
            pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
            let (mut ug, mut up) = (vec![false; gold.len()], vec![false; preds.len()]);
            for (_, gi, pi) in pairs {
                if ug[gi] || up[pi] {
                    continue;
                }
                ug[gi] = true;
                up[pi] = true;
                scores.content_matched += 1;
                let src_ok = match preds[pi].1 {
                    Some(m) => shared(&gold[gi].source, m) > 0,
                    None => gold[gi].source.is_empty(),
                };
                scores.source_matched += src_ok as usize;
            }
        }
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_and_multibyte() {
        let text = "“A b,” he said, “c.”";
        let ann = "T1\tContent 1 4;17 18\tA b c\nT2\tCue 10 14\tsaid\nT3\tSource 7 9\the\nT4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n";
        let a = parse_ann(Path::new("x.ann"), ann, text).expect("parses");
        assert_eq!(a.len(), 1);
        assert_eq!(&text[a[0].content[0]], "A b");
        assert_eq!(&text[a[0].content[1]], "c");
        assert_eq!(&text[a[0].source[0]], "he");
        assert!(a[0].is_speech());
    }
}
