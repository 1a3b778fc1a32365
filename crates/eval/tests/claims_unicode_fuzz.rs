//! `norm_tokens` against Python's on random text drawn from the whole code
//! space (many scripts, combining marks, compatibility characters, case
//! folding specials): the token lists must be equal. Needs python3 and
//! `shared/tools/score_claims.py`; skipped with a message otherwise.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use newsclaims_eval::claims::normalize::norm_tokens;

fn shared_dir() -> PathBuf {
    std::env::var_os("NEWSCLAIMS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Characters from blocks that stress normalization, folding and `\w`.
const POOLS: &[(u32, u32)] = &[
    (0x20, 0x7e),       // ASCII
    (0xa0, 0x24f),      // Latin-1, Latin Extended (ß, ĳ, ſ)
    (0x300, 0x36f),     // combining diacritics
    (0x370, 0x52f),     // Greek, Cyrillic
    (0x590, 0x6ff),     // Hebrew, Arabic (marks, digits)
    (0x900, 0xdff),     // Indic scripts (vowel signs are not \w)
    (0x10a0, 0x10ff),   // Georgian
    (0x13a0, 0x13ff),   // Cherokee (folds to upper case)
    (0x1e00, 0x1fff),   // Latin Extended Additional, Greek Extended
    (0x2000, 0x218f),   // punctuation, super/subscripts, letterlike, numbers
    (0x2460, 0x24ff),   // enclosed alphanumerics
    (0x2c00, 0x2dff),   // Glagolitic, Coptic, Georgian supplement
    (0x3000, 0x33ff),   // CJK symbols, kana, compatibility
    (0xa640, 0xa7ff),   // Cyrillic/Latin extended
    (0xab70, 0xabbf),   // Cherokee small letters
    (0xac00, 0xac40),   // Hangul syllables
    (0xfb00, 0xfb4f),   // ligatures
    (0xfe30, 0xffef),   // compatibility forms, full/half width
    (0x1d400, 0x1d7ff), // mathematical alphanumerics
    (0x1e900, 0x1e95f), // Adlam
    (0x1f100, 0x1f1ff), // enclosed alphanumeric supplement
    (0x1f300, 0x1f64f), // emoji
];

fn random_text(rng: &mut Rng) -> String {
    let len = 1 + rng.next() % 24;
    (0..len)
        .filter_map(|_| {
            match rng.next() % 10 {
                0 | 1 => return Some(' '),
                // Anywhere in the code space (surrogates are skipped).
                2 => return char::from_u32((rng.next() % 0x11_0000) as u32),
                _ => {}
            }
            let (lo, hi) = POOLS[(rng.next() % POOLS.len() as u64) as usize];
            char::from_u32(lo + (rng.next() % u64::from(hi - lo + 1)) as u32)
        })
        .collect()
}

/// 20,000 texts, or `NEWSCLAIMS_FUZZ_TEXTS`.
fn n_texts() -> usize {
    std::env::var("NEWSCLAIMS_FUZZ_TEXTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000)
}

#[test]
fn norm_tokens_equal_pythons_on_random_text() {
    let tools = shared_dir().join("tools");
    if !tools.join("score_claims.py").is_file() {
        println!("SKIP: {} not found", tools.display());
        return;
    }
    let mut rng = Rng(20240611);
    let texts: Vec<String> = (0..n_texts()).map(|_| random_text(&mut rng)).collect();
    let driver = "import json, sys\nsys.path.insert(0, sys.argv[1])\nfrom score_claims import norm_tokens\n\
                  texts = json.load(sys.stdin)\njson.dump([norm_tokens(t) for t in texts], sys.stdout)\n";
    let child = Command::new("python3")
        .arg("-c")
        .arg(driver)
        .arg(&tools)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        println!("SKIP: python3 is not available");
        return;
    };
    let input = serde_json::to_vec(&texts).unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let python: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    let mut differ = Vec::new();
    for (text, want) in texts.iter().zip(&python) {
        let got = norm_tokens(text);
        if &got != want {
            differ.push(format!("{text:?}: rust {got:?} python {want:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        texts.len(),
        differ[..differ.len().min(20)].join("\n")
    );
}
