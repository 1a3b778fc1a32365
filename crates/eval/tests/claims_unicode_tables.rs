//! The Python-derived Unicode tables (`crates/eval/data/claims/py_*.txt`) agree with
//! the local python3: regenerated into a scratch directory, they must be
//! identical. When the local Python has another Unicode version than the one
//! the tables were made from, the test says so and passes (the tables then
//! pin the older version; regenerate them with `data/claims/gen_py_unicode.py` to
//! follow the new Python).

use std::path::Path;
use std::process::Command;

#[test]
fn tables_match_local_python() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/claims");
    let out = std::env::temp_dir().join(format!("newsclaims-claims-tables-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let run = Command::new("python3")
        .arg(data.join("gen_py_unicode.py"))
        .arg(&out)
        .output();
    match run {
        Ok(o) if o.status.success() => {}
        _ => {
            println!("SKIP: python3 is not available");
            return;
        }
    }
    for name in ["py_word_ranges.txt", "py_casefold.txt", "py_unassigned.txt"] {
        let ours = std::fs::read_to_string(data.join(name)).unwrap();
        let theirs = std::fs::read_to_string(out.join(name)).unwrap();
        let version = |s: &str| {
            s.lines()
                .next()
                .and_then(|l| l.split("Unicode ").nth(1))
                .map(str::to_string)
        };
        if version(&ours) != version(&theirs) {
            println!(
                "NOTE: {name} is from Unicode {:?}, python3 has {:?}",
                version(&ours),
                version(&theirs)
            );
            continue;
        }
        let body = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
        assert!(
            body(&ours) == body(&theirs),
            "{name} differs from what python3 generates"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
