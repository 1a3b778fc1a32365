//! No input makes the claims scorer panic: random bytes as a claims file or a
//! gold file, random strings as texts, speakers and sources give a report or
//! an error.

use std::path::PathBuf;

use newsclaims_eval::claims::matching::{contains, similarity, speaker_ok};
use newsclaims_eval::claims::{load_gold, resolve_source, score_files};

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

/// Fragments that make up half-valid JSON, text and paths.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "\n",
    "\r",
    "\r\n",
    " ",
    "null",
    "true",
    "0",
    "-1",
    "4.0",
    "1e400",
    "\"doc_id\"",
    "\"type\"",
    "\"text\"",
    "\"quote\"",
    "\"casualty\"",
    "\"date\"",
    "\"speaker\"",
    "\"min\"",
    "\"max\"",
    "\"value\"",
    "\"category\"",
    "\"d\"",
    "\"quotes\"",
    "\"dates\"",
    "\"casualties\"",
    "€",
    "’",
    "😀",
    "e\u{301}",
    "ß",
    "\u{378}",
    "\\u00e9",
    "\\ud800",
    "#",
    "/",
    "..",
    ".json",
    ".jsonl",
    "she",
    "Mr.",
];

fn random_text(rng: &mut Rng, len: u64) -> String {
    (0..rng.next() % len)
        .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsclaims-claims-robust-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    dir
}

#[test]
fn random_files_give_a_report_or_an_error() {
    let dir = scratch("files");
    let gold = r#"{"doc_id": "d", "quotes": [{"text": "a b", "speaker": "X"}],
        "casualties": [{"text": "two died", "category": "killed", "min": 2, "max": 2}],
        "dates": [{"text": "June", "type": "DATE", "value": "2021-06"}]}"#;
    let mut rng = Rng(7);
    let (mut ok, mut err) = (0, 0);
    for round in 0..400 {
        std::fs::write(dir.join("gold/d.json"), gold).unwrap();
        if round % 4 == 3 {
            std::fs::write(dir.join("gold/x.json"), random_text(&mut rng, 40)).unwrap();
        } else {
            let _ = std::fs::remove_file(dir.join("gold/x.json"));
        }
        let mut claims = String::new();
        for _ in 0..rng.next() % 6 {
            let line = match rng.next() % 3 {
                0 => random_text(&mut rng, 30),
                1 => format!(
                    "{{\"doc_id\": \"d\", \"type\": \"quote\", \"text\": \"{}\", \"quote\": {{\"speaker\": {}}}}}",
                    random_text(&mut rng, 6).replace(['"', '\\', '\n', '\r'], ""),
                    ["null", "\"she\"", "3", "[\"X\"]", "\"X\""][(rng.next() % 5) as usize]
                ),
                _ => format!(
                    "{{\"doc_id\": \"d\", \"type\": \"casualty\", \"text\": \"two died\", \"casualty\": {}}}",
                    ["null", "{}", "[]", "{\"min\": 2.0, \"max\": true}", "\"x\""][(rng.next() % 5) as usize]
                ),
            };
            claims.push_str(&line);
            claims.push('\n');
        }
        std::fs::write(dir.join("claims.jsonl"), &claims).unwrap();
        match score_files(&dir.join("gold"), &dir.join("claims.jsonl")) {
            Ok(report) => {
                assert_eq!(report.to_string().lines().count(), 4);
                ok += 1;
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                err += 1;
            }
        }
    }
    assert!(ok > 0 && err > 0, "ok {ok}, err {err}");
    let _ = load_gold(&dir.join("no-such-dir")).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn random_strings_never_panic() {
    let mut rng = Rng(11);
    let shared = scratch("strings");
    for _ in 0..2000 {
        let (a, b) = (random_text(&mut rng, 12), random_text(&mut rng, 12));
        let s = similarity(&a, &b);
        assert!((0.0..=1.0).contains(&s));
        assert_eq!(contains(&a, &b), contains(&b, &a));
        let _ = speaker_ok(Some(&a), Some(&b));
        let _ = resolve_source(&shared, &a);
    }
    let _ = std::fs::remove_dir_all(&shared);
}
