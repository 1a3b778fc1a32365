//! The recognition rules of `data/patterns.txt`, compiled once.
//!
//! A rule is `KIND  ID  REGEX`; `{name}` placeholders in the regex expand to
//! alternations built from the word lists (so `{month}` grows when
//! `months.txt` does). Lines `= text => TYPE VALUE` under a rule are its
//! examples, run by the crate's tests.

use crate::error::DatesError;
use crate::lexicon::Lexicon;
use regex::Regex;

/// One compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    /// Interpreter name (`full`, `weekday`, `duration`, …).
    pub(crate) kind: String,
    /// Rule id, `dates/KIND/ID`.
    pub(crate) id: String,
    /// The compiled, case-insensitive pattern.
    pub(crate) regex: Regex,
    /// The same pattern with ASCII word boundaries `(?-u:\b)`: on an ASCII-only
    /// sentence it matches exactly as `regex` does, and runs in the fast lazy DFA
    /// (a Unicode `\b` makes the DFA give up on non-ASCII text).
    pub(crate) ascii: Regex,
    /// The pattern with every `\b` removed: it matches wherever `regex` does (and
    /// more), so when it finds nothing the slow Unicode-boundary search is skipped.
    pub(crate) loose: Regex,
    /// Examples: `(sentence, expected type, expected value)`.
    pub(crate) examples: Vec<(String, String, String)>,
}

const TENS: &str = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/// The body of `{yearw}`.
const SPELLED_YEAR: &str = r"nineteen(?:[-\s]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[-\s](?:one|two|three|four|five|six|seven|eight|nine)))|two\s+thousand(?:\s+and)?(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?";

/// The placeholder expansions.
fn expansions(lex: &Lexicon) -> Vec<(&'static str, String)> {
    let ones = "one|two|three|four|five|six|seven|eight|nine";
    let words: Vec<String> = lex
        .numbers
        .entries
        .iter()
        .flat_map(|(_, f)| f.iter().cloned())
        .filter(|f| !matches!(f.as_str(), "a" | "an" | "no" | "single" | "couple"))
        .collect();
    let word_alt = {
        let mut w = words.clone();
        w.sort_by_key(|f| std::cmp::Reverse(f.len()));
        w.join("|")
    };
    let num = format!(
        r"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\b|\d+(?:\.\d+)?\b|(?:(?:{TENS})[-\s](?:{ones})|{word_alt})\b(?:[-\s]+(?:and\s+)?(?:hundred|thousand)\b)?|an?\s+(?:hundred|thousand)\b|an?\b|a\s+single\b"
    );
    let qord = "first|second|third|fourth|1st|2nd|3rd|4th";
    vec![
        ("month", format!("(?P<month>{})", lex.months.alternation())),
        ("weekday", format!("(?P<weekday>{})", lex.weekdays.alternation())),
        ("day", r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b".into()),
        ("year", r"(?P<year>1[0-9]\d\d|20\d\d)\b".into()),
        // A spelled-out year: `nineteen ninety-four`, `two thousand and eight`.
        ("yearw", format!("(?P<yw>{SPELLED_YEAR})")),
        ("num", format!("(?P<num>{num})")),
        ("unit", format!("(?P<unit>{})", lex.units.alternation())),
        ("unitpl", format!("(?P<unit>{})", lex.unit_plurals())),
        ("part", format!("(?P<part>{})", lex.parts.alternation())),
        ("season", format!("(?P<season>{})", lex.seasons.alternation())),
        ("ord", format!(r"(?P<ord>{}|\d{{1,2}}(?:st|nd|rd|th)\b)", lex.ordinals.alternation())),
        ("qord", format!(r"(?P<qord>{qord})")),
        ("holiday", format!("(?P<holiday>{})", lex.holidays.alternation())),
        ("ref", format!("(?P<ref>{})", lex.refs.alternation())),
        (
            "clock",
            r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)|(?P<named>noon|midnight|midday)\b)"
                .into(),
        ),
        (
            "tz",
            r"(?P<tz>(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|CT|PT|BST|CET)\b|local\s+time\b)".into(),
        ),
    ]
}

/// Parse and compile `data/patterns.txt`.
pub(crate) fn compile(lex: &Lexicon) -> Result<Vec<Rule>, DatesError> {
    compile_text(lex, include_str!("../data/patterns.txt"))
}

pub(crate) fn compile_text(lex: &Lexicon, text: &str) -> Result<Vec<Rule>, DatesError> {
    let exps = expansions(lex);
    let mut rules: Vec<Rule> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let bad = |message: &str| DatesError::Data {
            file: "patterns.txt",
            line: i + 1,
            message: message.into(),
        };
        if let Some(ex) = t.strip_prefix("= ") {
            let (sent, want) = ex
                .split_once(" => ")
                .ok_or_else(|| bad("example needs `=>`"))?;
            let (ty, val) = want
                .split_once(' ')
                .ok_or_else(|| bad("example needs TYPE VALUE"))?;
            let rule = rules
                .last_mut()
                .ok_or_else(|| bad("example before any rule"))?;
            rule.examples
                .push((sent.into(), ty.into(), val.trim().into()));
            continue;
        }
        let mut parts = t.splitn(3, "  ");
        let (Some(kind), Some(id), Some(pat)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad("expected `KIND  ID  REGEX`"));
        };
        let mut pat = pat.trim().to_string();
        for (name, exp) in &exps {
            pat = pat.replace(&format!("{{{name}}}"), exp);
        }
        let id = format!("dates/{}/{}", kind.trim(), id.trim());
        let regex = Regex::new(&format!("(?i){pat}")).map_err(|e| DatesError::Pattern {
            line: i + 1,
            rule: id.clone(),
            source: Box::new(e),
        })?;
        let variant = |b: &str| {
            Regex::new(&format!("(?i){}", replace_word_boundaries(&pat, b))).map_err(|e| {
                DatesError::Pattern {
                    line: i + 1,
                    rule: id.clone(),
                    source: Box::new(e),
                }
            })
        };
        // On ASCII sentences Unicode classes and case folding add nothing: without them
        // the automata are much smaller (kept Unicode when the pattern needs it to compile).
        let ascii = regex::RegexBuilder::new(&format!(
            "(?i){}",
            replace_word_boundaries(&pat, r"(?-u:\b)")
        ))
        .unicode(false)
        .build()
        .or_else(|_| variant(r"(?-u:\b)"))?;
        let loose = variant("")?;
        rules.push(Rule {
            kind: kind.trim().into(),
            id,
            regex,
            ascii,
            loose,
            examples: Vec::new(),
        });
    }
    Ok(rules)
}

/// `pat` with each `\b` assertion (not an escaped backslash followed by `b`)
/// replaced by `with`.
fn replace_word_boundaries(pat: &str, with: &str) -> String {
    let mut out = String::with_capacity(pat.len() + 16);
    let mut chars = pat.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(with),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::replace_word_boundaries;

    #[test]
    fn word_boundaries_are_replaced_but_escaped_backslashes_kept() {
        assert_eq!(
            replace_word_boundaries(r"\bmay\b\\b\d", "(?-u:\\b)"),
            r"(?-u:\b)may(?-u:\b)\\b\d"
        );
        assert_eq!(replace_word_boundaries(r"\bx\b", ""), "x");
    }
}
