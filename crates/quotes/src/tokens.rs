//! A small tokenizer for attribution analysis: words keep their inner
//! apostrophes, hyphens and dots (`don’t`, `O'Brien`, `T.J.`), and every
//! quotation mark is a token of its own so [`crate::marks`] can pair them.

use model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters or digits (with inner `'`, `’`, `-`, `.`).
    Word,
    /// A double quotation mark (`"`, `“`, `”`, `„`, `«`, `»`, …).
    DoubleMark,
    /// A single quotation mark or apostrophe standing alone (`'`, `‘`, `’`, `‚`, `‹`, `›`).
    SingleMark,
    /// Any other punctuation or symbol.
    Punct,
}

/// A token of one block (a line of a paragraph), with its span in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte span in the document text.
    pub span: Span,
    /// Class.
    pub kind: TokKind,
    /// Lower-cased text.
    pub lower: String,
    /// First character is upper case.
    pub cap: bool,
    /// Two letters or more, all upper case (`WHO`, `UN`).
    pub acronym: bool,
}

impl Tok {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    /// True for punctuation equal to `s`.
    pub fn is_punct(&self, s: &str) -> bool {
        self.kind == TokKind::Punct && self.lower == s
    }
    /// True for any quotation mark.
    pub fn is_mark(&self) -> bool {
        matches!(self.kind, TokKind::DoubleMark | TokKind::SingleMark)
    }
}

/// Abbreviations that keep their dot when capitalized (`Sgt.`, `Mr.`).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpl",
    "maj", "jr", "sr", "no", "mt", "ft", "prof", "rev", "det", "ofc", "insp", "supt", "dept",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "vs", "inc", "corp",
    "co", "ltd", "ave", "blvd", "rd", "cmdr", "lieut", "adm", "sgts", "reps", "sens", "messrs",
];

/// Double quotation marks.
pub fn is_double_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '〝' | '〞' | '＂'
    )
}

/// Single quotation marks (and the apostrophe, which shares them).
pub fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '`' | '′')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenize `text[span]`; spans are document-relative.
pub fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let s = &text[span];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                    continue;
                }
                // Inner joiners: a letter or digit must follow.
                let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
                if next_is_word && matches!(cj, '\'' | '’' | '-' | '‐' | '.' | '&' | '/') {
                    // `T.J.`-style dots only between single letters or in digits.
                    if cj == '.' {
                        let prev_single = j >= 2 && !is_word_char(chars[j - 2].1) || j == i + 1;
                        let digits = chars[j - 1].1.is_ascii_digit();
                        if !(prev_single || digits) {
                            break;
                        }
                    }
                    j += 2;
                    continue;
                }
                break;
            }
            // Keep the final dot of an initialism (`T.J.`, `U.S.`) and of a
            // capitalized abbreviation (`Sgt.`, `Dr.`); the lower form drops it.
            let mut end_j = j;
            let mut strip_dot = false;
            if j < chars.len() && chars[j].1 == '.' {
                let word: String = chars[i..j]
                    .iter()
                    .map(|&(_, c)| c)
                    .collect::<String>()
                    .to_lowercase();
                let cap = chars[i].1.is_uppercase();
                let digit_next = s[chars[j].0 + 1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
                if j >= i + 3 && chars[j - 2].1 == '.' {
                    end_j = j + 1;
                } else if cap
                    && ABBREVIATIONS.contains(&word.as_str())
                    && (word != "no" || digit_next)
                {
                    end_j = j + 1;
                    strip_dot = true;
                }
            }
            let end = chars.get(end_j).map_or(s.len(), |&(e, _)| e);
            push(&mut out, s, b, end, TokKind::Word, span.start);
            if strip_dot {
                if let Some(t) = out.last_mut() {
                    t.lower.pop();
                }
            }
            i = end_j;
            continue;
        }
        // Two apostrophes or backticks (` ''…'' `, ` ``…'' `) are one double mark.
        let doubled = matches!(c, '\'' | '`' | '‘' | '’')
            && chars
                .get(i + 1)
                .is_some_and(|&(_, n)| matches!(n, '\'' | '`' | '‘' | '’'));
        let kind = if is_double_mark(c) || doubled {
            TokKind::DoubleMark
        } else if is_single_mark(c) {
            TokKind::SingleMark
        } else {
            TokKind::Punct
        };
        // Runs of dots (`...`) and dashes (`--`) are one token.
        let mut j = if doubled { i + 2 } else { i + 1 };
        if matches!(c, '.' | '-') {
            while j < chars.len() && chars[j].1 == c {
                j += 1;
            }
        }
        let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
        push(&mut out, s, b, end, kind, span.start);
        i = j;
    }
    out
}

fn push(out: &mut Vec<Tok>, s: &str, b: usize, e: usize, kind: TokKind, offset: usize) {
    let t = &s[b..e];
    out.push(Tok {
        span: Span::new(b + offset, e + offset),
        kind,
        lower: t.to_lowercase(),
        cap: t.chars().next().is_some_and(char::is_uppercase),
        acronym: t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| s[t.span].to_string())
            .collect()
    }

    #[test]
    fn words_marks_and_initialisms() {
        assert_eq!(
            toks("“Don’t,” T.J. Smith said."),
            ["“", "Don’t", ",", "”", "T.J.", "Smith", "said", "."]
        );
        assert_eq!(toks("the officers’ cars"), ["the", "officers", "’", "cars"]);
        assert_eq!(
            toks("U.S. 9.5 well-known..."),
            ["U.S.", "9.5", "well-known", "..."]
        );
        assert_eq!(toks("€5 😀"), ["€", "5", "😀"]);
        assert_eq!(
            toks("''Go,'' he said."),
            ["''", "Go", ",", "''", "he", "said", "."]
        );
        assert_eq!(
            toks("Sgt. Ann Lee said no. No. 5"),
            ["Sgt.", "Ann", "Lee", "said", "no", ".", "No.", "5"]
        );
    }
}
