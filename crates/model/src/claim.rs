//! [`Claim`]s: quotes, casualty figures and date mentions, each with its [`Evidence`].

use crate::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The stable id of the rule that produced a claim, such as `quotes/cue-after/said`.
///
/// Ids are `family/rule[/detail]`; they never change meaning once released,
/// so a wrong claim can be traced to one rule across versions.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RuleId(Arc<str>);

impl RuleId {
    /// A rule id.
    pub fn new(id: impl AsRef<str>) -> RuleId {
        RuleId(Arc::from(id.as_ref()))
    }
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.0)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for RuleId {
    fn from(s: &str) -> RuleId {
        RuleId::new(s)
    }
}

/// A reference to another claim of the same document: its index in the
/// document's claim list (the buffer extractors push into). Sinks turn it into
/// that claim's record id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClaimRef(pub usize);

/// What every claim carries: where its words are, which sentence, which rule, how sure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// The claim's text span (quote content, `four were injured`, `June 4`).
    pub span: Span,
    /// Index of the sentence holding the start of the span.
    pub sentence: usize,
    /// The rule that produced the claim.
    pub rule: RuleId,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

/// One claim. A closed set: each family is one variant, added in its own crate's extractor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Claim {
    /// An attributed statement.
    Quote(Quote),
    /// A count of people harmed.
    Casualty(Casualty),
    /// A temporal expression.
    Date(DateMention),
}

impl Claim {
    /// The evidence of any claim.
    pub fn evidence(&self) -> &Evidence {
        match self {
            Claim::Quote(q) => &q.evidence,
            Claim::Casualty(c) => &c.evidence,
            Claim::Date(d) => &d.evidence,
        }
    }
    /// The evidence span.
    pub fn span(&self) -> Span {
        self.evidence().span
    }
    /// `quote`, `casualty` or `date`: the `type` field of records.
    pub fn type_name(&self) -> &'static str {
        match self {
            Claim::Quote(_) => "quote",
            Claim::Casualty(_) => "casualty",
            Claim::Date(_) => "date",
        }
    }
    /// Claims this one points to (parent quote, event date, source quote, date anchor).
    pub fn refs(&self) -> Vec<ClaimRef> {
        match self {
            Claim::Quote(q) => q.parent.into_iter().collect(),
            Claim::Casualty(c) => c.event_date.into_iter().chain(c.source_quote).collect(),
            Claim::Date(d) => match d.anchor {
                DateAnchor::Claim(r) => vec![r],
                _ => vec![],
            },
        }
    }
}

// ---------------------------------------------------------------- quotes

/// Direct (in quotation marks), indirect (reported), or mixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words inside quotation marks, or a block/colon statement.
    Direct,
    /// Reported speech with a cue.
    Indirect,
    /// Reported speech holding a quoted fragment.
    Mixed,
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A named organisation (ministry, police department, agency, outlet).
    Organisation,
    /// An unnamed source kept as its description (`a police spokesman`).
    Description,
}

/// The source of a quote, resolved to the fullest name the article uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Fullest name (or description) in the article: `Leyla Abdullayeva`.
    pub name: String,
    /// What stands at the cue: `she`, `Abdullayeva`, `the spokeswoman`.
    pub mention: String,
    /// Span of the mention.
    pub mention_span: Span,
    /// Span of the full name's mention that `name` was resolved to, if elsewhere.
    pub resolved_span: Option<Span>,
    /// Title or role (`Foreign Ministry Spokesperson`).
    pub title: Option<String>,
    /// Organisation, where given.
    pub organisation: Option<String>,
    /// Person, organisation or unnamed description.
    pub kind: SpeakerKind,
}

/// The speech-act word(s) of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// As written: `tweeted`, `told reporters`, `according to`.
    pub text: String,
    /// Span of the cue.
    pub span: Span,
    /// Lemma: `tweet`, `tell`, `according to`.
    pub lemma: String,
}

/// An attributed statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Content span (no marks, cue or speaker) and rule.
    #[serde(skip)]
    pub evidence: Evidence,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The source; `None` when the article gives none.
    pub speaker: Option<Speaker>,
    /// The cue, when there is one.
    pub cue: Option<Cue>,
    /// `twitter`, `statement`, `interview`, `press_conference`, `court_filing`, …
    pub channel: Option<String>,
    /// The quote whose content holds this one.
    pub parent: Option<ClaimRef>,
}

// ---------------------------------------------------------------- casualties

/// Harm categories of `spec/claims-gold.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HarmCategory {
    /// Killed, dead, died.
    Killed,
    /// Injured, wounded, hurt.
    Injured,
    /// Casualties, killed or wounded.
    KilledOrInjured,
    /// Shot, outcome not stated.
    Shot,
    /// Missing.
    Missing,
    /// Kidnapped, abducted, taken hostage.
    Abducted,
    /// Arrested, detained.
    Arrested,
    /// Displaced, evacuated, made homeless.
    Displaced,
}

/// Whether a figure counts one incident or a total over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualtyScope {
    /// One event.
    Incident,
    /// A running or period total (`so far`, `since the war`, `this year`).
    Cumulative,
    /// Not stated.
    #[default]
    Unknown,
}

/// A count of people harmed, as closed bounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casualty {
    /// Shortest span holding the count and the harm.
    #[serde(skip)]
    pub evidence: Evidence,
    /// Harm category.
    pub category: HarmCategory,
    /// Lower bound (`None` = unbounded).
    pub min: Option<u64>,
    /// Upper bound (`None` = unbounded).
    pub max: Option<u64>,
    /// `about`, `some`, `around`.
    pub approx: bool,
    /// `dozens`, `hundreds`.
    pub vague: bool,
    /// The words that gave the count.
    pub count_span: Option<Span>,
    /// The victim group (`Azerbaijani citizens`).
    pub victims: Option<String>,
    /// Single incident or cumulative total.
    pub scope: CasualtyScope,
    /// `rose to`, `climbed to`: an update of an earlier figure.
    pub update: bool,
    /// The date claim giving the event date.
    pub event_date: Option<ClaimRef>,
    /// Place (`in Kalbajar region`).
    pub place: Option<String>,
    /// Cause (`mine blast`, `shooting`).
    pub cause: Option<String>,
    /// The quote the figure stands in.
    pub source_quote: Option<ClaimRef>,
    /// `according to …` attribution outside a quote.
    pub source: Option<String>,
}

// ---------------------------------------------------------------- dates

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

impl TimexType {
    /// `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a date value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "claim")]
pub enum DateAnchor {
    /// Absolute: needs no anchor.
    #[default]
    None,
    /// The publication date.
    Publication,
    /// Another date claim of the document.
    Claim(ClaimRef),
    /// Relative, but no anchor was known: the value stays unresolved (`XXXX-06-04`).
    Unresolved,
}

/// A TIMEX3-style temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression's span (modifiers inside, prepositions outside).
    #[serde(skip)]
    pub evidence: Evidence,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TIMEX3 value (`2021-06-04`, `P44D`, `2021-W23`, `PAST_REF`).
    pub value: String,
    /// TIMEX3 `mod` (`START`, `APPROX`, `MORE_THAN`, …).
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// What a relative value was resolved against.
    pub anchor: DateAnchor,
    /// `day`, `month`, `year`, `week`, `decade`, `time`, …
    pub granularity: Option<String>,
    /// TIMEX3 `quant` / `freq` of a SET (`EVERY`, `2X`).
    pub quant: Option<String>,
    /// TIMEX3 `freq`.
    pub freq: Option<String>,
}
