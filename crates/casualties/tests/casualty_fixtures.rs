//! Runs `fixtures/casualties/cases.txt` (format described in the file).

use model::HarmCategory;
use newsclaims_casualties::CasualtyExtractor;

fn category(s: &str) -> HarmCategory {
    match s {
        "killed" => HarmCategory::Killed,
        "injured" => HarmCategory::Injured,
        "killed_or_injured" => HarmCategory::KilledOrInjured,
        "shot" => HarmCategory::Shot,
        "missing" => HarmCategory::Missing,
        "abducted" => HarmCategory::Abducted,
        "arrested" => HarmCategory::Arrested,
        "displaced" => HarmCategory::Displaced,
        other => panic!("unknown category {other}"),
    }
}

fn bound(s: &str) -> Option<u64> {
    (s != "-").then(|| s.parse().expect("bound"))
}

#[test]
fn fixtures() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/casualties/cases.txt"
    );
    let data = std::fs::read_to_string(path).expect("fixtures");
    let ex = CasualtyExtractor::new();
    let mut failures = Vec::new();
    let mut n = 0;
    for block in data.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        let Some(text) = lines.first().and_then(|l| l.strip_prefix("> ")) else {
            continue;
        };
        n += 1;
        let got = ex.figures_in(text);
        let want: Vec<&str> = lines[1..]
            .iter()
            .copied()
            .filter(|l| *l != "none")
            .collect();
        let got_s: Vec<String> = got
            .iter()
            .map(|(s, c)| format!("{:?} {:?} {:?} | {}", c.category, c.min, c.max, &text[*s]))
            .collect();
        let mut ok = got.len() == want.len();
        for ((span, c), w) in got.iter().zip(&want) {
            let (head, words) = w.split_once(" | ").expect("expected line");
            let f: Vec<&str> = head.split_whitespace().collect();
            let ev = &text[*span];
            ok &= c.category == category(f[0]) && c.min == bound(f[1]) && c.max == bound(f[2]);
            ok &= ev.contains(words.trim()) || words.trim().contains(ev);
            ok &= span.is_valid_for(text);
            ok &= c.evidence.rule.as_str().starts_with("casualties/");
        }
        if !ok {
            failures.push(format!("{text}\n   want {want:?}\n   got  {got_s:?}"));
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    println!("{} of {n} fixture cases pass", n - failures.len());
    assert!(failures.is_empty(), "{} fixture cases fail", failures.len());
}
