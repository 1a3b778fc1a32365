//! Synthetic news-like text for the segment bench and the throughput example.

/// A small deterministic generator (xorshift), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const NAMES: &[&str] = &[
    "Олена Коваленко",
    "Ahmed al-Sharif (أحمد الشريف)",
    "Mr. Okafor",
    "Dr. Lindqvist",
    "Gen. Ruiz",
    "Sen. Dana Ruiz",
    "Amara Osei",
    "Zoë Müller",
    "J. R. Patel",
    "the mayor",
    "Gérald Dubois",
];
const PLACES: &[&str] = &[
    "the U.S.",
    "Springfield, Ill.",
    "Kyiv",
    "São Paulo",
    "the capital",
    "Norvale Inc.",
    "the U.N. headquarters",
    "東京 (Tokyo)",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "wrote",
    "confirmed",
    "added",
    "warned",
];
const CLAUSES: &[&str] = &[
    "at least 35,000 people had been displaced since Jan. 4",
    "the damage was estimated at $1.2 billion, or about €1.1 billion",
    "talks would resume at 9 a.m. on Tuesday",
    "the figure rose 3.5% in the third quarter",
    "rescuers (e.g. volunteers and firefighters) worked through the night",
    "the bridge, built in 1962, would stay closed for 36 hrs.",
    "nobody was hurt",
    "the vote was 52-48 in favour",
];

fn sentence(r: &mut Rng) -> String {
    match r.next() % 5 {
        0 => format!(
            "“{},” {} {}.",
            cap(r.pick(CLAUSES)),
            r.pick(NAMES),
            r.pick(VERBS)
        ),
        1 => format!(
            "{} {} that {}.",
            cap(r.pick(NAMES)),
            r.pick(VERBS),
            r.pick(CLAUSES)
        ),
        2 => format!(
            "In {}, officials {} {}.",
            r.pick(PLACES),
            r.pick(VERBS),
            r.pick(CLAUSES)
        ),
        3 => format!(
            "Asked whether {}, {} replied: “Not yet.” ",
            r.pick(CLAUSES),
            r.pick(NAMES)
        ),
        _ => format!(
            "Is it true that {}? Nobody {} so.",
            r.pick(CLAUSES),
            r.pick(VERBS)
        ),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// About `bytes` of synthetic news text (headlines, bylines, paragraphs).
pub fn news_text(bytes: usize) -> String {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut t = String::with_capacity(bytes + 1024);
    while t.len() < bytes {
        t.push_str("Storm Batters Coast as Thousands Flee\nBy Amara Osei\n\n");
        for _ in 0..(4 + r.next() % 4) {
            for k in 0..(2 + r.next() % 4) {
                if k > 0 {
                    t.push(' ');
                }
                t.push_str(sentence(&mut r).trim_end());
            }
            t.push_str("\n\n");
        }
    }
    t
}
