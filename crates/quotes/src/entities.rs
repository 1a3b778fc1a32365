//! A light, document-level named-entity table for speaker resolution: people
//! (with titles and gender where the text tells them) and organisations, and
//! the positions where each person is mentioned outside quotes.

use crate::block::Block;
use crate::lexicon::{is_function_word, month_as_name, Gender, Lexicon};
use model::Span;

/// Words that make a capitalized run an organisation.
pub const ORG_HEADS: &[&str] = &[
    "police",
    "department",
    "ministry",
    "office",
    "agency",
    "service",
    "services",
    "bureau",
    "court",
    "council",
    "committee",
    "association",
    "university",
    "college",
    "school",
    "church",
    "hospital",
    "company",
    "inc",
    "corp",
    "news",
    "press",
    "times",
    "post",
    "tv",
    "media",
    "party",
    "government",
    "army",
    "forces",
    "commission",
    "patrol",
    "sheriff's",
    "administration",
    "authority",
    "center",
    "centre",
    "institute",
    "foundation",
    "reuters",
    "cnn",
    "bbc",
    "fbi",
    "guardian",
    "network",
    "house",
    "congress",
    "senate",
    "union",
    "group",
    "club",
    "county",
    "city",
    "state",
    "states",
    "republic",
    "kingdom",
    "organization",
    "organisation",
    "nations",
    "protective",
    "investigation",
    "prosecutor's",
    "attorney's",
    "coroner's",
    "examiner's",
    "department's",
    "cps",
    "copa",
    "aclu",
    "nypd",
    "lapd",
    "un",
    "nato",
    "eu",
    "azertac",
    "street",
    "avenue",
    "road",
    "boulevard",
    "park",
    "county's",
    "square",
    "gallery",
    "hall",
    "lodge",
    "beach",
    "island",
    "river",
    "bridge",
    "airport",
    "station",
    "market",
    "mall",
    "plaza",
    "building",
    "tower",
    "lake",
    "mountain",
    "valley",
    "north",
    "south",
    "east",
    "west",
    "christmas",
    "day",
    "week",
    "project",
    "program",
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "google",
    "amazon",
    "apple",
    "microsoft",
    "x",
    "drive",
    "lane",
    "highway",
    "interstate",
    "farms",
    "farm",
    "restaurant",
    "bar",
    "grill",
    "store",
    "motel",
    "hotel",
    "apartments",
    "complex",
    "academy",
    "elementary",
    "high",
    "middle",
    "township",
    "village",
    "borough",
    "district",
    "region",
    "province",
    "k9",
    "nation",
];

/// A person named in the document.
#[derive(Debug, Clone)]
pub struct Person {
    /// Name words as written (`Koryun`, `Gumashyan`).
    pub words: Vec<String>,
    /// Lower-cased name words.
    pub lower: Vec<String>,
    /// Title and role words seen with the name (lower case).
    pub titles: Vec<String>,
    /// Title as written at its fullest (`Foreign Ministry Spokesperson`).
    pub title_text: Option<String>,
    /// Gender, when a title, honorific or pronoun told it.
    pub gender: Option<Gender>,
    /// Span of the fullest mention.
    pub span: Span,
}

impl Person {
    /// The full name.
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

/// An organisation named in the document.
#[derive(Debug, Clone)]
pub struct Org {
    /// Name as written.
    pub name: String,
    /// Lower-cased words.
    pub lower: Vec<String>,
    /// Span of the mention.
    pub span: Span,
}

/// People, organisations and person mentions of one document.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// People (merged by name).
    pub persons: Vec<Person>,
    /// Organisations.
    pub orgs: Vec<Org>,
    /// `(position, person index)` of person mentions outside quotes, by position.
    pub mentions: Vec<(usize, usize)>,
    /// Positions of mentions that open their sentence (likely subjects).
    pub subjects: std::collections::HashSet<usize>,
}

/// How far (bytes) before a non-subject mention a subject still wins a pronoun.
const SUBJECT_WINDOW: usize = 160;

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

impl Entities {
    /// Scan all blocks.
    pub fn build(lx: &Lexicon, text: &str, blocks: &[Block]) -> Entities {
        let mut e = Entities::default();
        for b in blocks {
            let t = &b.toks;
            let mut i = 0;
            while i < t.len() {
                let name_like = |k: usize| {
                    let w = &t[k];
                    w.is_word()
                        && w.cap
                        && (!is_function_word(&w.lower) || lx.honorifics.contains_key(&w.lower))
                };
                if !name_like(i) {
                    i += 1;
                    continue;
                }
                let a = i;
                let mut j = i;
                while j < t.len()
                    && (name_like(j)
                        || (j > a && month_as_name(t, j))
                        || (t[j].lower == "of" && j + 1 < t.len() && name_like(j + 1) && j > a))
                {
                    j += 1;
                    if j > a && strip_possessive(&t[j - 1].lower) != t[j - 1].lower {
                        break;
                    }
                }
                i = j;
                let inside_quote = b.region_of(a).is_some();
                // Lower-case titles just before the run (`officer Chris Wilburn`).
                let mut ta = a;
                while ta > 0
                    && t[ta - 1].is_word()
                    && !t[ta - 1].cap
                    && lx.is_title(&t[ta - 1].lower)
                {
                    ta -= 1;
                }
                let words: Vec<&str> = (a..j).map(|k| strip_possessive(&text[t[k].span])).collect();
                let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
                // Title prefix: up to the last title or honorific word.
                let split0 = lower
                    .iter()
                    .rposition(|w| lx.is_title(w))
                    .map_or(0, |p| p + 1);
                let person_after_title = split0 > 0
                    && split0 < lower.len()
                    && !lower[split0..]
                        .iter()
                        .any(|w| ORG_HEADS.contains(&w.as_str()));
                let first_name = lower.len() >= 2
                    && lx
                        .first_names
                        .contains_key(&lower[split0.min(lower.len() - 1)])
                    && !ORG_HEADS.contains(&lower[split0.min(lower.len() - 1)].as_str());
                let person_after_title = person_after_title || first_name && lower.len() <= 4;
                if !person_after_title
                    && lower.iter().any(|w| ORG_HEADS.contains(&w.as_str()))
                    && !lower.iter().all(|w| lx.is_title(w))
                {
                    let name = words.join(" ");
                    let name = name.strip_prefix("The ").unwrap_or(&name).to_string();
                    if !e.orgs.iter().any(|o| o.name == name) && words.len() >= 2 {
                        e.orgs.push(Org {
                            lower: name.split(' ').map(str::to_lowercase).collect(),
                            name,
                            span: b.span_of(a, j),
                        });
                    }
                    continue;
                }
                // Title prefix: up to the last title or honorific word.
                // Titles, and descriptors such as `Ex-escort-turned-hairdresser`.
                let descriptor = |w: &str| {
                    w.contains('-')
                        && w.split('-')
                            .skip(1)
                            .any(|p| p.chars().next().is_some_and(char::is_lowercase))
                };
                let split = lower
                    .iter()
                    .zip(&words)
                    .rposition(|(w, orig)| lx.is_title(w) || descriptor(orig))
                    .map_or(0, |p| p + 1);
                let name_words = &words[split..];
                // A lone name needs a capitalized title or an honorific (`Colonel Gumashyan`).
                let has_title = split > 0;
                if name_words.is_empty()
                    || (name_words.len() == 1 && !has_title)
                    || name_words.len() > 4
                {
                    // A lone capitalized word: a mention of a known surname, if any.
                    if name_words.len() == 1 && !inside_quote {
                        let w = name_words[0].to_lowercase();
                        if let Some(pi) = e.persons.iter().position(|p| p.lower.last() == Some(&w))
                        {
                            e.mentions.push((t[a].span.start, pi));
                        }
                    }
                    continue;
                }
                let mut titles: Vec<String> = (ta..a).map(|k| t[k].lower.clone()).collect();
                titles.extend(lower[..split].iter().cloned());
                let title_text = (ta < a + split)
                    .then(|| text[b.span_of(ta, a + split)].to_string())
                    .filter(|s| !s.is_empty());
                // Apposition after the name: `, the police chief,` / `, a spokeswoman for …`.
                if t.get(j).is_some_and(|c| c.is_punct(",")) {
                    for w in t.iter().skip(j + 1).take(8) {
                        if w.is_punct(",") || w.is_punct(".") || w.is_mark() {
                            break;
                        }
                        if lx.is_title(&w.lower) {
                            titles.push(w.lower.clone());
                        }
                    }
                }
                let gender = titles.iter().find_map(|w| lx.gender_of(w)).or_else(|| {
                    (name_words.len() >= 2)
                        .then(|| lx.first_names.get(&name_words[0].to_lowercase()).copied())
                        .flatten()
                });
                let nl: Vec<String> = name_words.iter().map(|w| w.to_lowercase()).collect();
                let span = b.span_of(a + split, j);
                let pi = match e.persons.iter().position(|p| {
                    nl.iter().all(|w| p.lower.contains(w)) || p.lower.iter().all(|w| nl.contains(w))
                }) {
                    Some(pi) => {
                        let p = &mut e.persons[pi];
                        if nl.len() > p.lower.len() {
                            p.words = name_words.iter().map(|w| w.to_string()).collect();
                            p.lower = nl;
                            p.span = span;
                        }
                        for tw in titles {
                            if !p.titles.contains(&tw) {
                                p.titles.push(tw);
                            }
                        }
                        if p.title_text
                            .as_ref()
                            .is_none_or(|x| title_text.as_ref().is_some_and(|y| y.len() > x.len()))
                            && title_text.is_some()
                        {
                            p.title_text = title_text;
                        }
                        p.gender = p.gender.or(gender);
                        pi
                    }
                    None => {
                        e.persons.push(Person {
                            words: name_words.iter().map(|w| w.to_string()).collect(),
                            lower: nl,
                            titles,
                            title_text,
                            gender,
                            span,
                        });
                        e.persons.len() - 1
                    }
                };
                if !inside_quote {
                    e.mentions.push((t[a].span.start, pi));
                    let sa = b
                        .sentences
                        .iter()
                        .find(|&&(x, y)| x <= a && a < y)
                        .map_or(0, |s| s.0);
                    if t[sa..ta]
                        .iter()
                        .all(|w| !w.is_word() || w.cap && is_function_word(&w.lower))
                    {
                        e.subjects.insert(t[a].span.start);
                    }
                }
            }
        }
        e.surname_mentions(blocks);
        e.mentions.sort();
        e.mentions.dedup();
        e.learn_gender(blocks);
        e
    }

    /// Lone capitalized words that are the surname of a person named anywhere in the
    /// document (`Jones wailed` before `Quasha Jones` is introduced) are mentions too.
    fn surname_mentions(&mut self, blocks: &[Block]) {
        for b in blocks {
            for (k, t) in b.toks.iter().enumerate() {
                if !t.is_word()
                    || !t.cap
                    || b.region_of(k).is_some()
                    || is_function_word(&t.lower) && !month_as_name(&b.toks, k)
                {
                    continue;
                }
                let neighbour_cap = |j: usize| b.toks.get(j).is_some_and(|n| n.is_word() && n.cap);
                if neighbour_cap(k + 1) || k > 0 && neighbour_cap(k - 1) {
                    continue;
                }
                let w = strip_possessive(&t.lower).to_string();
                let hits: Vec<usize> = (0..self.persons.len())
                    .filter(|&pi| self.persons[pi].lower.last() == Some(&w))
                    .collect();
                if hits.len() == 1 {
                    self.mentions.push((t.span.start, hits[0]));
                    let sa = b
                        .sentences
                        .iter()
                        .find(|&&(x, y)| x <= k && k < y)
                        .map_or(0, |s| s.0);
                    if b.toks[sa..k]
                        .iter()
                        .all(|w| !w.is_word() || w.cap && is_function_word(&w.lower))
                    {
                        self.subjects.insert(t.span.start);
                    }
                }
            }
        }
    }

    /// The first `he`/`she` after a person's mention, before any other person is
    /// mentioned, tells that person's gender when nothing else did.
    fn learn_gender(&mut self, blocks: &[Block]) {
        let mut pronouns: Vec<(usize, Gender)> = Vec::new();
        for b in blocks {
            for (k, t) in b.toks.iter().enumerate() {
                if b.region_of(k).is_some() {
                    continue;
                }
                match t.lower.as_str() {
                    "he" | "his" | "him" => pronouns.push((t.span.start, Gender::Male)),
                    "she" | "her" => pronouns.push((t.span.start, Gender::Female)),
                    _ => {}
                }
            }
        }
        for (n, &(pos, pi)) in self.mentions.iter().enumerate() {
            if self.persons[pi].gender.is_some() {
                continue;
            }
            let next_mention = self.mentions.get(n + 1).map_or(usize::MAX, |m| m.0);
            if let Some(&(_, g)) = pronouns.iter().find(|(p, _)| *p > pos && *p < next_mention) {
                self.persons[pi].gender = Some(g);
            }
        }
    }

    /// The person whose name holds all of `words` (lower case), fullest first.
    pub fn person_by_name(&self, words: &[String]) -> Option<usize> {
        if words.is_empty() {
            return None;
        }
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| words.iter().all(|w| p.lower.contains(w)))
            .max_by_key(|(_, p)| p.lower.len())
            .map(|(i, _)| i)
    }

    /// The latest person mentioned before `pos` whose gender agrees.
    ///
    /// A subject mentioned shortly before an agreeing non-subject wins: in `Brass told
    /// co-host Emily Compagno that … She texted`, `she` is Brass.
    pub fn person_before(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let agrees = |pi: usize| match (gender, self.persons[pi].gender) {
            (Some(g), Some(h)) => g == h,
            _ => true,
        };
        let mut cands = self
            .mentions
            .iter()
            .rev()
            .filter(|(p, pi)| *p < pos && agrees(*pi));
        let &(p1, c1) = cands.next()?;
        if self.subjects.contains(&p1) {
            return Some(c1);
        }
        let subject = cands
            .take_while(|(p, _)| p1.saturating_sub(*p) < SUBJECT_WINDOW)
            .find(|(p, pi)| self.subjects.contains(p) && *pi != c1)
            .map(|&(_, pi)| pi);
        Some(subject.unwrap_or(c1))
    }

    /// A person carrying title `head`, nearest before `pos`, else the first one after.
    pub fn person_with_title(&self, head: &str, pos: usize) -> Option<usize> {
        let has = |pi: usize| self.persons[pi].titles.iter().any(|t| t == head);
        self.mentions
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos)
            .map(|&(_, pi)| pi)
            .find(|&pi| has(pi))
            .or_else(|| self.mentions.iter().map(|&(_, pi)| pi).find(|&pi| has(pi)))
    }

    /// The fullest organisation whose name holds `head` (`police` → `Baltimore Police Department`).
    pub fn org_with(&self, head: &str) -> Option<&Org> {
        self.orgs
            .iter()
            .filter(|o| o.lower.iter().any(|w| w == head))
            .max_by_key(|o| o.lower.len())
    }
}
