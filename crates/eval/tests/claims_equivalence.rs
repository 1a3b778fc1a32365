//! The Rust claims scorer against the reference `score_claims.py`: for
//! prediction files generated from gold sets with perturbations (dropped
//! items, changed speakers and values, extra claims, partial texts, unicode
//! quotes, ties, odd line endings), both must print the same JSON and text,
//! byte for byte.
//!
//! Needs `python3` and the shared evaluation material (`NEWSCLAIMS_SHARED`,
//! default `<repo>/../shared`); skipped with a message when either is absent.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsclaims_eval::claims::score_files;
use serde_json::{json, Value};

fn shared_dir() -> PathBuf {
    std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// The reference scorer, when it can run here.
fn reference_scorer() -> Option<PathBuf> {
    let script = shared_dir().join("tools/score_claims.py");
    if !script.is_file() {
        println!(
            "SKIP: {} not found (set NEWSCLAIMS_SHARED)",
            script.display()
        );
        return None;
    }
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => Some(script),
        _ => {
            println!("SKIP: python3 is not available");
            None
        }
    }
}

/// Runs the reference scorer's own `main` on every claims file in one
/// python3 process, capturing what it prints with and without `--json`.
/// Returns `(json output, text output)` per file, in order.
fn run_python(script: &Path, gold: &Path, claims: &[PathBuf]) -> Vec<(String, String)> {
    const DRIVER: &str = r#"
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
import score_claims
# main() with and without --json scores the same files: score them once.
reference_score, cache = score_claims.score, {}
def score_once(gold, claims):
    if (gold, claims) not in cache:
        cache[(gold, claims)] = reference_score(gold, claims)
    return cache[(gold, claims)]
score_claims.score = score_once
out = []
for claims in sys.argv[3:]:
    pair = []
    for extra in (["--json"], []):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            score_claims.main(["score_claims.py", sys.argv[2], claims] + extra)
        pair.append(buf.getvalue())
    out.append(pair)
sys.stdout.write(json.dumps(out))
"#;
    let tools = script.parent().expect("script has a folder");
    let out = Command::new("python3")
        .arg("-c")
        .arg(DRIVER)
        .arg(tools)
        .arg(gold)
        .args(claims)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score_claims.py failed on {}: {}",
        gold.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("driver prints a JSON list of pairs")
}

/// A small deterministic generator (64-bit LCG), so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TYPES: [(&str, &str); 3] = [
    ("quote", "quotes"),
    ("casualty", "casualties"),
    ("date", "dates"),
];

fn load_gold_values(dir: &Path) -> Vec<Value> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

/// A changed text: a prefix, a suffix, words dropped or added, curly quotes,
/// case and apostrophe changes.
fn perturb_text(rng: &mut Rng, text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    match rng.below(9) {
        0 => words[..n.div_ceil(2)].join(" "),
        1 => words[n / 3..].join(" "),
        2 => format!("Officials said on Tuesday that {text} and more"),
        3 => format!("“{text},”"),
        4 => text.to_uppercase().replace('\'', "’"),
        5 => words
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 1)
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" "),
        6 => format!("« {} » ″x″ `y`", text.replace('"', "\u{201c}")),
        7 => text.replace(' ', "\u{a0}").replace("ss", "ß"),
        _ => String::new(),
    }
}

fn perturb_attrs(rng: &mut Rng, kind: &str, item: &Value) -> Value {
    let get = |k: &str| item.get(k).cloned().unwrap_or(Value::Null);
    match kind {
        "quote" => {
            let speaker = get("speaker");
            let name = speaker.as_str().unwrap_or("");
            let last = name.split_whitespace().last().unwrap_or("").to_string();
            let speaker = match rng.below(10) {
                0 => json!("she"),
                1 => json!(last),
                2 => json!(format!("Mr. {name}")),
                3 => Value::Null,
                4 => json!("police"),
                5 => json!(name.to_lowercase()),
                6 => json!("Somebody Else"),
                7 => json!(""),
                8 => get("speaker_mention"),
                _ => speaker,
            };
            json!({"kind": get("kind"), "speaker": speaker, "cue": get("cue")})
        }
        "casualty" => {
            let (mut min, mut max) = (get("min"), get("max"));
            match rng.below(6) {
                0 => min = json!(min.as_f64().unwrap_or(0.0)),
                1 => max = Value::Null,
                2 => min = json!(min.as_i64().unwrap_or(0) + 1),
                _ => {}
            }
            let category = if rng.chance(20) {
                json!("killed")
            } else {
                get("category")
            };
            let mut attrs = json!({"category": category, "min": min, "max": max});
            if rng.chance(10) {
                attrs.as_object_mut().unwrap().remove("max");
            }
            attrs
        }
        _ => {
            let value = get("value");
            let value = match rng.below(7) {
                0 => match value.as_str().and_then(|v| v.parse::<i64>().ok()) {
                    Some(year) => json!(year),
                    None => json!("XXXX"),
                },
                1 => Value::Null,
                2 => json!(format!("{}-01", value.as_str().unwrap_or(""))),
                _ => value,
            };
            let kind = if rng.chance(15) {
                json!("DURATION")
            } else {
                get("type")
            };
            json!({"type": kind, "value": value})
        }
    }
}

/// The attributes of a gold item, as a system that got them right writes them.
fn exact_attrs(kind: &str, item: &Value) -> Value {
    let get = |k: &str| item.get(k).cloned().unwrap_or(Value::Null);
    match kind {
        "quote" => json!({"kind": get("kind"), "speaker": get("speaker"), "cue": get("cue")}),
        "casualty" => json!({"category": get("category"), "min": get("min"), "max": get("max")}),
        _ => json!({"type": get("type"), "value": get("value")}),
    }
}

/// A prediction file for `gold`: each item kept, perturbed, duplicated or
/// dropped with the given rates; extra and ignored records mixed in.
fn predictions(gold: &[Value], seed: u64, drop: u64, change: u64) -> String {
    let mut rng = Rng(seed);
    let mut lines = Vec::new();
    let mut all_texts = Vec::new();
    for doc in gold {
        for (_, key) in TYPES {
            for item in doc[key].as_array().into_iter().flatten() {
                all_texts.push(item["text"].as_str().unwrap_or("").to_string());
            }
        }
    }
    for doc in gold {
        let doc_id = doc["doc_id"].clone();
        for (kind, key) in TYPES {
            let Some(items) = doc[key].as_array() else {
                continue;
            };
            for item in items {
                if rng.chance(drop) {
                    continue;
                }
                let mut text = item["text"].as_str().unwrap_or("").to_string();
                if rng.chance(change) {
                    text = perturb_text(&mut rng, &text);
                }
                let attrs = if rng.chance(change) {
                    perturb_attrs(&mut rng, kind, item)
                } else {
                    exact_attrs(kind, item)
                };
                let rec = json!({"doc_id": doc_id, "type": kind, "text": text, kind: attrs});
                lines.push(rec.to_string());
                if rng.chance(8) {
                    // An exact duplicate: a tie that only one side can win.
                    lines.push(rec.to_string());
                }
            }
            if rng.chance(30) && !all_texts.is_empty() {
                let other = &all_texts[rng.below(all_texts.len())];
                lines.push(
                    json!({"doc_id": doc_id, "type": kind, "text": other, kind: {}}).to_string(),
                );
            }
        }
        if rng.chance(20) {
            lines.push(json!({"doc_id": doc_id, "type": "event", "text": "ignored"}).to_string());
        }
    }
    lines.push(json!({"doc_id": "no-such-doc", "type": "quote", "text": "x"}).to_string());
    // Shuffle, so that predicted indices differ from gold order.
    for i in (1..lines.len()).rev() {
        let j = rng.below(i + 1);
        lines.swap(i, j);
    }
    let sep = if seed % 2 == 1 { "\r\n" } else { "\n" };
    let mut out = lines.join(sep);
    out.push_str(sep);
    out.push_str("\n   \n");
    out
}

/// Every prediction file of `gold_dir` (written under `scratch`) scores the
/// same in Rust and Python. Returns the number of files compared.
fn compare_on(script: &Path, gold_dir: &Path, scratch: &Path) -> usize {
    let gold = load_gold_values(gold_dir);
    let mut files = vec![
        ("perfect", predictions(&gold, 1, 0, 0)),
        ("empty", String::new()),
    ];
    for (seed, drop, change) in [
        (2, 10, 30),
        (3, 25, 60),
        (4, 0, 100),
        (5, 50, 50),
        (6, 5, 15),
        (7, 30, 90),
    ] {
        files.push(("perturbed", predictions(&gold, seed, drop, change)));
    }
    let mut paths = Vec::new();
    for (n, (label, text)) in files.iter().enumerate() {
        let claims = scratch.join(format!("claims-{n}-{label}.jsonl"));
        std::fs::write(&claims, text).unwrap();
        paths.push(claims);
    }
    let python = run_python(script, gold_dir, &paths);
    assert_eq!(python.len(), paths.len());
    for (claims, (py_json, py_text)) in paths.iter().zip(&python) {
        let t0 = std::time::Instant::now();
        let report = score_files(gold_dir, claims)
            .unwrap_or_else(|e| panic!("Rust scorer failed on {}: {e}", claims.display()));
        assert_eq!(
            &report.to_json_pretty(),
            py_json,
            "JSON differs on {}",
            claims.display()
        );
        assert_eq!(
            &report.to_string(),
            py_text,
            "text differs on {}",
            claims.display()
        );
        println!(
            "{} ({:?}): {}",
            claims.display(),
            t0.elapsed(),
            report.to_string().lines().nth(1).unwrap_or("")
        );
    }
    files.len()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsclaims-claims-eq-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every gold set under `shared/gold` (`dev` must be one of them).
#[test]
fn equivalent_on_every_shared_gold_set() {
    let Some(script) = reference_scorer() else {
        return;
    };
    let gold_root = shared_dir().join("gold");
    if !gold_root.join("dev").is_dir() {
        println!("SKIP: {} not found", gold_root.join("dev").display());
        return;
    }
    let dir = scratch("sets");
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&gold_root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    for set in sets {
        assert_eq!(compare_on(&script, &set, &dir), 8, "{}", set.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn equivalent_on_the_fixtures() {
    let Some(script) = reference_scorer() else {
        return;
    };
    let gold_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/eval/claims/gold");
    let dir = scratch("fixtures");
    compare_on(&script, &gold_dir, &dir);
    let claims = gold_dir.join("../claims.jsonl");
    let report = score_files(&gold_dir, &claims).unwrap();
    let python = run_python(&script, &gold_dir, &[claims]);
    assert_eq!(report.to_json_pretty(), python[0].0);
    assert_eq!(report.to_string(), python[0].1);
    let _ = std::fs::remove_dir_all(&dir);
}
