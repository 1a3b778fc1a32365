//! Word lists of the rules, read from the data files under `data/`.
//!
//! Every list file has one entry per line, `KEY = form | form | ...`, with `#`
//! comments. Keys are numbers (months, weekdays, number words) or TIMEX3 codes
//! (units, seasons, parts of the day, `mod` values, reference values).

use crate::error::DatesError;

/// One data file: entries `(key, forms)` in file order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    pub(crate) entries: Vec<(String, Vec<String>)>,
}

impl Table {
    /// Parse a list file; `name` is used in errors.
    pub(crate) fn parse(name: &'static str, text: &str) -> Result<Table, DatesError> {
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, forms) = line.split_once(" = ").ok_or(DatesError::Data {
                file: name,
                line: i + 1,
                message: "expected `KEY = form | form`".into(),
            })?;
            let forms: Vec<String> = forms
                .split('|')
                .map(|f| f.trim().to_lowercase())
                .filter(|f| !f.is_empty())
                .collect();
            entries.push((key.trim().to_string(), forms));
        }
        Ok(Table { entries })
    }

    /// The key of a form (case-insensitive, exact).
    pub(crate) fn key_of(&self, form: &str) -> Option<&str> {
        let f = normalize_form(form);
        self.entries
            .iter()
            .find(|(_, forms)| forms.contains(&f))
            .map(|(k, _)| k.as_str())
    }

    /// The key parsed as a number.
    pub(crate) fn num_of(&self, form: &str) -> Option<u32> {
        self.key_of(form)?.parse().ok()
    }

    /// All forms, longest first, as a regex alternation. Forms ending in `.`
    /// carry their own end; the others get a word boundary.
    pub(crate) fn alternation(&self) -> String {
        let mut forms: Vec<&str> = self
            .entries
            .iter()
            .flat_map(|(_, f)| f.iter().map(String::as_str))
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms.dedup();
        let alts: Vec<String> = forms
            .iter()
            .map(|f| {
                let esc = regex::escape(f).replace(' ', r"\s+").replace('\'', "['’]");
                if f.ends_with(|c: char| c.is_alphanumeric()) {
                    format!(r"{esc}\b")
                } else {
                    esc
                }
            })
            .collect();
        alts.join("|")
    }
}

/// Lower case, white space runs folded to one space, curly apostrophes straightened.
pub(crate) fn normalize_form(s: &str) -> String {
    let lower = s.to_lowercase().replace('’', "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// All word lists, parsed once.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub(crate) months: Table,
    pub(crate) weekdays: Table,
    pub(crate) units: Table,
    pub(crate) seasons: Table,
    pub(crate) parts: Table,
    pub(crate) numbers: Table,
    pub(crate) ordinals: Table,
    pub(crate) modifiers: Table,
    pub(crate) refs: Table,
    pub(crate) holidays: Table,
    pub(crate) tense: Table,
}

impl Lexicon {
    /// The built-in lists under `data/`.
    pub(crate) fn builtin() -> Result<Lexicon, DatesError> {
        Ok(Lexicon {
            months: Table::parse("months.txt", include_str!("../data/months.txt"))?,
            weekdays: Table::parse("weekdays.txt", include_str!("../data/weekdays.txt"))?,
            units: Table::parse("units.txt", include_str!("../data/units.txt"))?,
            seasons: Table::parse("seasons.txt", include_str!("../data/seasons.txt"))?,
            parts: Table::parse("parts_of_day.txt", include_str!("../data/parts_of_day.txt"))?,
            numbers: Table::parse("numbers.txt", include_str!("../data/numbers.txt"))?,
            ordinals: Table::parse("ordinals.txt", include_str!("../data/ordinals.txt"))?,
            modifiers: Table::parse("modifiers.txt", include_str!("../data/modifiers.txt"))?,
            refs: Table::parse("refs.txt", include_str!("../data/refs.txt"))?,
            holidays: Table::parse("holidays.txt", include_str!("../data/holidays.txt"))?,
            tense: Table::parse("tense.txt", include_str!("../data/tense.txt"))?,
        })
    }

    /// The TIMEX unit code of a unit word (`days` → `D`).
    pub(crate) fn unit(&self, word: &str) -> Option<&str> {
        self.units.key_of(word)
    }

    /// Does the unit word have its plural form?
    pub(crate) fn unit_is_plural(&self, word: &str) -> bool {
        let f = normalize_form(word);
        self.units
            .entries
            .iter()
            .any(|(_, forms)| forms.get(1) == Some(&f))
    }

    /// Singular forms of the units, for adjectives such as `44-day`.
    pub(crate) fn unit_plurals(&self) -> String {
        let forms: Vec<String> = self
            .units
            .entries
            .iter()
            .filter(|(k, _)| k != "WE" && k != "Q")
            .filter_map(|(_, f)| f.get(1).map(|p| format!(r"{}\b", regex::escape(p))))
            .collect();
        forms.join("|")
    }
}
