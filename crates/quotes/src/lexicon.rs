//! The rule data of `data/*.txt`, parsed once into lookup tables.
//!
//! Every list is plain text so a linguist can extend it without touching code;
//! [`Lexicon::builtin`] embeds the files with `include_str!`, and
//! [`Lexicon::parse`] accepts other texts (for tests or custom rules).

use crate::error::RuleError;
use std::collections::HashMap;

/// How a cue verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// `X said (that) …`, `…, X said.`
    Say,
    /// `X told reporters (that) …`: an addressee, then the content.
    Tell,
    /// Clause or noun-phrase content: `X admitted the availability of maps`.
    Np,
    /// Addressee + infinitive: `X urged the public to stay calm`.
    Directive,
    /// `X accused Y of …`.
    Accuse,
    /// Only with a `that` clause: `the probe found that …`.
    That,
    /// `according to X, …`: the source follows the cue.
    AccordingTo,
}

impl CueClass {
    fn parse(s: &str) -> Option<CueClass> {
        Some(match s {
            "say" => CueClass::Say,
            "tell" => CueClass::Tell,
            "np" => CueClass::Np,
            "direct" => CueClass::Directive,
            "accuse" => CueClass::Accuse,
            "that" => CueClass::That,
            _ => return None,
        })
    }
}

/// A cue word form with its lemma and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueEntry {
    /// Lemma (`say`, `point out`).
    pub lemma: String,
    /// How the content is found.
    pub class: CueClass,
}

/// An example sentence from the cue data, checked by a test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueExample {
    /// The sentence.
    pub sentence: String,
    /// The expected content.
    pub content: String,
    /// The expected cue text.
    pub cue: String,
}

/// Gender told by a word (pronoun, honorific, title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

fn gender(s: &str) -> Option<Gender> {
    match s {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

/// All rule tables.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Single-word cue forms (lower case) → entry.
    pub cues: HashMap<String, CueEntry>,
    /// Multi-word cues: words (lower case) → entry, longest first.
    pub phrases: Vec<(Vec<String>, CueEntry)>,
    /// Titles and roles (lower case, possibly multi-word) → gender.
    pub titles: HashMap<String, Option<Gender>>,
    /// Honorifics → gender.
    pub honorifics: HashMap<String, Option<Gender>>,
    /// Pronouns → (gender, plural).
    pub pronouns: HashMap<String, (Option<Gender>, bool)>,
    /// Channel name and its trigger phrases (lower case words).
    pub channels: Vec<(String, Vec<Vec<String>>)>,
    /// Head nouns of unnamed sources → is an organisation kind (`police`, `ministry`).
    pub descriptions: HashMap<String, bool>,
    /// Examples of the cue data.
    pub examples: Vec<CueExample>,
    /// First names (lower case) → gender.
    pub first_names: HashMap<String, Gender>,
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// The texts of the rule files.
#[derive(Debug, Clone, Copy)]
pub struct RuleTexts<'a> {
    /// `cues.txt`
    pub cues: &'a str,
    /// `phrases.txt`
    pub phrases: &'a str,
    /// `titles.txt`
    pub titles: &'a str,
    /// `honorifics.txt`
    pub honorifics: &'a str,
    /// `pronouns.txt`
    pub pronouns: &'a str,
    /// `channels.txt`
    pub channels: &'a str,
    /// `descriptions.txt`
    pub descriptions: &'a str,
    /// `first_names.txt`
    pub first_names: &'a str,
}

impl RuleTexts<'static> {
    /// The rule files shipped in `data/`.
    pub const BUILTIN: RuleTexts<'static> = RuleTexts {
        cues: include_str!("../data/cues.txt"),
        phrases: include_str!("../data/phrases.txt"),
        titles: include_str!("../data/titles.txt"),
        honorifics: include_str!("../data/honorifics.txt"),
        pronouns: include_str!("../data/pronouns.txt"),
        channels: include_str!("../data/channels.txt"),
        descriptions: include_str!("../data/descriptions.txt"),
        first_names: include_str!("../data/first_names.txt"),
    };
}

impl Lexicon {
    /// The built-in rules. The shipped files are tested to parse, so this never fails.
    pub fn builtin() -> Lexicon {
        Lexicon::parse(&RuleTexts::BUILTIN).unwrap_or_default()
    }

    /// Parse rule texts.
    pub fn parse(t: &RuleTexts<'_>) -> Result<Lexicon, RuleError> {
        let mut lx = Lexicon::default();
        for (n, l) in lines(t.cues) {
            if let Some(ex) = l.strip_prefix('>') {
                let parts: Vec<&str> = ex.split('|').map(str::trim).collect();
                if parts.len() != 3 {
                    return Err(RuleError::new(
                        "cues.txt",
                        n,
                        "example needs `sentence | content | cue`",
                    ));
                }
                lx.examples.push(CueExample {
                    sentence: parts[0].into(),
                    content: parts[1].into(),
                    cue: parts[2].into(),
                });
                continue;
            }
            let mut w = l.split_whitespace();
            let (Some(lemma), Some(class)) = (w.next(), w.next()) else {
                return Err(RuleError::new(
                    "cues.txt",
                    n,
                    "expected `lemma class forms…`",
                ));
            };
            let class = CueClass::parse(class)
                .ok_or_else(|| RuleError::new("cues.txt", n, "unknown class"))?;
            for form in w {
                lx.cues.insert(
                    form.to_lowercase(),
                    CueEntry {
                        lemma: lemma.into(),
                        class,
                    },
                );
            }
        }
        for (n, l) in lines(t.phrases) {
            let Some((lemma, words)) = l.split_once('|') else {
                return Err(RuleError::new("phrases.txt", n, "expected `lemma | words`"));
            };
            let lemma = lemma.trim().to_string();
            let class = if lemma == "according to" {
                CueClass::AccordingTo
            } else if lemma.starts_with("call on") {
                CueClass::Directive
            } else if lemma.starts_with("call for") {
                CueClass::Np
            } else {
                CueClass::Say
            };
            let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                return Err(RuleError::new("phrases.txt", n, "empty phrase"));
            }
            lx.phrases.push((words, CueEntry { lemma, class }));
        }
        lx.phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        for (_, l) in lines(t.titles) {
            let mut parts: Vec<&str> = l.split_whitespace().collect();
            let g = match parts.last() {
                Some(&"m") | Some(&"f") if parts.len() > 1 => gender(parts.pop().unwrap_or("-")),
                _ => None,
            };
            lx.titles.insert(parts.join(" ").to_lowercase(), g);
        }
        for (n, l) in lines(t.honorifics) {
            let mut w = l.split_whitespace();
            let (Some(h), Some(g)) = (w.next(), w.next()) else {
                return Err(RuleError::new(
                    "honorifics.txt",
                    n,
                    "expected `word gender`",
                ));
            };
            lx.honorifics.insert(h.to_lowercase(), gender(g));
        }
        for (n, l) in lines(t.pronouns) {
            let w: Vec<&str> = l.split_whitespace().collect();
            if w.len() != 3 {
                return Err(RuleError::new(
                    "pronouns.txt",
                    n,
                    "expected `word gender number`",
                ));
            }
            lx.pronouns
                .insert(w[0].to_lowercase(), (gender(w[1]), w[2] == "p"));
        }
        for (n, l) in lines(t.channels) {
            let Some((name, words)) = l.split_once('|') else {
                return Err(RuleError::new(
                    "channels.txt",
                    n,
                    "expected `channel | words`",
                ));
            };
            let triggers = words
                .split(',')
                .map(|p| {
                    p.split_whitespace()
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .filter(|p| !p.is_empty())
                .collect();
            lx.channels.push((name.trim().to_string(), triggers));
        }
        for (_, l) in lines(t.descriptions) {
            let mut w = l.split_whitespace();
            if let Some(head) = w.next() {
                lx.descriptions
                    .insert(head.to_lowercase(), w.next() == Some("org"));
            }
        }
        for (n, l) in lines(t.first_names) {
            let mut w = l.split_whitespace();
            let g = w
                .next()
                .and_then(gender)
                .ok_or_else(|| RuleError::new("first_names.txt", n, "expected `m|f names…`"))?;
            for name in w {
                lx.first_names.insert(name.to_lowercase(), g);
            }
        }
        Ok(lx)
    }

    /// The cue entry of a single word form.
    pub fn cue(&self, lower: &str) -> Option<&CueEntry> {
        self.cues.get(lower)
    }

    /// True for a title or role word (`spokeswoman`, `colonel`).
    pub fn is_title(&self, lower: &str) -> bool {
        let lower = lower.trim_end_matches('.');
        self.titles.contains_key(lower) || self.honorifics.contains_key(lower)
    }

    /// Gender told by a title, honorific or pronoun.
    pub fn gender_of(&self, lower: &str) -> Option<Gender> {
        let lower = lower.trim_end_matches('.');
        self.titles
            .get(lower)
            .copied()
            .flatten()
            .or_else(|| self.honorifics.get(lower).copied().flatten())
            .or_else(|| self.pronouns.get(lower).and_then(|p| p.0))
    }
}

/// Month names that are also surnames (`Theresa May`, `Peter March`).
const NAME_MONTHS: &[&str] = &["march", "may", "june", "april", "august"];

/// True when the capitalized month word at `k` reads as a name, not a date: it is
/// not followed by a number (`May 4`) and not preceded by a time word or a number
/// (`in May`, `last March`, `4 May`).
pub(crate) fn month_as_name(toks: &[crate::tokens::Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let digit = |w: &crate::tokens::Tok| w.lower.starts_with(|c: char| c.is_ascii_digit());
    t.is_word()
        && t.cap
        && NAME_MONTHS.contains(&t.lower.as_str())
        && !toks.get(k + 1).is_some_and(digit)
        && !(k > 0
            && (digit(&toks[k - 1])
                || matches!(
                    toks[k - 1].lower.as_str(),
                    "in" | "on"
                        | "since"
                        | "by"
                        | "until"
                        | "till"
                        | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "from"
                        | "through"
                        | "to"
                        | "during"
                        | "before"
                        | "after"
                        | "between"
                        | "and"
                        | "or"
                        | "-"
                        | "–"
                )))
}

/// Words that are never part of a name even when capitalized.
pub(crate) fn is_function_word(lower: &str) -> bool {
    static WORDS: &[&str] = &[
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "there",
        "then",
        "than",
        "so",
        "not",
        "no",
        "yes",
        "we",
        "i",
        "you",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "what",
        "who",
        "which",
        "where",
        "why",
        "how",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "also",
        "just",
        "now",
        "still",
        "even",
        "only",
        "all",
        "some",
        "many",
        "more",
        "most",
        "other",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "both",
        "each",
        "every",
        "about",
        "into",
        "over",
        "under",
        "because",
        "since",
        "until",
        "though",
        "although",
        "here",
        "like",
        "said",
        "says",
        "according",
        "says",
        "today",
        "yesterday",
        "tonight",
        "during",
        "despite",
        "meanwhile",
        "however",
        "instead",
        "once",
        "later",
        "earlier",
        "why",
        "photo",
        "video",
        "read",
        "see",
        "watch",
        "related",
        "click",
        "update",
    ];
    WORDS.contains(&lower)
        || model::calendar::is_weekday(lower)
        || model::calendar::is_month_name(lower)
}

/// Words that end a list of auxiliaries and adverbs between a speaker and a cue.
pub(crate) fn is_aux_or_adverb(lower: &str) -> bool {
    static WORDS: &[&str] = &[
        "long",
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "later",
        "previously",
        "initially",
        "earlier",
        "then",
        "again",
        "further",
        "once",
        "first",
        "repeatedly",
        "often",
        "never",
        "always",
        "already",
        "reportedly",
        "allegedly",
        "publicly",
        "privately",
        "recently",
        "since",
        "still",
        "had",
        "may",
        "might",
        "could",
        "can",
        "should",
        "did",
        "does",
        "do",
        "just",
        "quickly",
        "simply",
        "flatly",
        "last",
        "yesterday",
        "today",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    WORDS.contains(&lower) || (lower.len() > 4 && lower.ends_with("ly"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let lx = Lexicon::parse(&RuleTexts::BUILTIN).expect("builtin rules parse");
        assert_eq!(lx.cue("tweeted").map(|c| c.lemma.as_str()), Some("tweet"));
        assert_eq!(lx.cue("told").map(|c| c.class), Some(CueClass::Tell));
        assert!(lx.is_title("spokeswoman"));
        assert_eq!(lx.gender_of("spokeswoman"), Some(Gender::Female));
        assert_eq!(lx.gender_of("she"), Some(Gender::Female));
        assert!(!lx.examples.is_empty());
        assert!(lx.channels.iter().any(|(c, _)| c == "twitter"));
    }

    #[test]
    fn bad_rule_names_file_and_line() {
        let t = RuleTexts {
            cues: "say bogus said",
            ..RuleTexts::BUILTIN
        };
        let e = Lexicon::parse(&t).unwrap_err();
        assert!(e.to_string().contains("cues.txt:1"), "{e}");
    }
}
