//! The rule tables under `data/`, parsed once into a [`Lexicon`].

use model::HarmCategory;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::{HashMap, HashSet};

/// Where a harm cue expects its count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    /// Past participle: subject + be, right after a count, or an object after it.
    Pp,
    /// Intransitive or adjective: a subject before it.
    Intr,
    /// Gerund or active verb: an object after it.
    Ger,
    /// Noun: `deaths of four`, `Stephen's death`, `15 deaths`.
    Noun,
    /// Toll noun: the figure follows a verb (`death toll rose to 47`).
    Toll,
}

/// One harm cue reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub category: HarmCategory,
    pub form: Form,
}

/// All rule tables.
pub(crate) struct Lexicon {
    pub cue_re: Regex,
    pub cues: HashMap<String, Vec<Cue>>,
    /// Cues written as patterns (`data/harm_patterns.txt`).
    pub patterns: Vec<(Regex, Cue)>,
    pub victims: HashSet<&'static str>,
    pub not_victims: HashSet<&'static str>,
    pub causes: Vec<&'static str>,
    pub cumulative: Vec<&'static str>,
    pub update: Vec<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn form(f: &str) -> Option<Form> {
    Some(match f {
        "pp" => Form::Pp,
        "intr" => Form::Intr,
        "ger" => Form::Ger,
        "noun" => Form::Noun,
        "toll" => Form::Toll,
        _ => return None,
    })
}

fn category(s: &str) -> Option<HarmCategory> {
    Some(match s {
        "killed" => HarmCategory::Killed,
        "injured" => HarmCategory::Injured,
        "killed_or_injured" => HarmCategory::KilledOrInjured,
        "shot" => HarmCategory::Shot,
        "missing" => HarmCategory::Missing,
        "abducted" => HarmCategory::Abducted,
        "arrested" => HarmCategory::Arrested,
        "displaced" => HarmCategory::Displaced,
        _ => return None,
    })
}

/// Normalize a matched cue for lookup: lower case, single spaces.
pub(crate) fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut cues: HashMap<String, Vec<Cue>> = HashMap::new();
    for l in lines(include_str!("../data/harm.txt")) {
        let mut it = l.split('\t');
        let (Some(c), Some(f), Some(p)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let Some(form) = form(f) else { continue };
        if let Some(category) = category(c) {
            cues.entry(norm(p))
                .or_default()
                .push(Cue { category, form });
        }
    }
    let mut phrases: Vec<&String> = cues.keys().collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let alt = phrases
        .iter()
        .map(|p| regex::escape(p).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    let cue_re = Regex::new(&format!(r"(?i)(?-u:\b)(?:{alt})(?-u:\b)")).expect("harm cue regex");
    let mut patterns = Vec::new();
    for l in lines(include_str!("../data/harm_patterns.txt")) {
        let mut it = l.splitn(3, '\t');
        let (Some(c), Some(f), Some(p)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let (Some(category), Some(form)) = (category(c), form(f)) else {
            continue;
        };
        let re = Regex::new(&format!(r"(?i)(?-u:\b)(?:{p})(?-u:\b)")).expect("harm pattern");
        patterns.push((re, Cue { category, form }));
    }
    let mut cumulative = Vec::new();
    let mut update = Vec::new();
    for l in lines(include_str!("../data/scope.txt")) {
        if let Some((k, p)) = l.split_once('\t') {
            match k {
                "cumulative" => cumulative.push(p),
                "update" => update.push(p),
                _ => {}
            }
        }
    }
    Lexicon {
        cue_re,
        cues,
        patterns,
        victims: lines(include_str!("../data/victims.txt")).collect(),
        not_victims: lines(include_str!("../data/not_victims.txt")).collect(),
        causes: lines(include_str!("../data/causes.txt")).collect(),
        cumulative,
        update,
    }
});

impl Lexicon {
    /// Whether `w` (any case) names people.
    pub fn is_victim(&self, w: &str) -> bool {
        self.victims.contains(w) || self.victims.contains(w.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let l = &*LEXICON;
        assert!(l.cues["killed"]
            .iter()
            .any(|c| c.category == HarmCategory::Killed));
        assert!(l.is_victim("people") && l.is_victim("Palestinians"));
        assert!(l.not_victims.contains("years"));
        let m = l
            .cue_re
            .find("four were shot and killed")
            .map(|m| m.as_str());
        assert_eq!(m, Some("shot and killed"));
    }
}
