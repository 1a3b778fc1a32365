//! From frames and quoted regions to quote items: classify each frame's content
//! (direct, indirect, mixed), nest frames inside other frames' content, attach
//! unattributed quotes (split, dash, colon, next-sentence and floating quotes).

use crate::block::Block;
use crate::frames::{self, frames, trim_punct, Frame};
use crate::lexicon::Lexicon;
use crate::np::{np_left, np_right, Np, NpKind};
use model::{QuoteKind, Span};

/// Where an item's speaker comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A phrase in block `block`.
    Phrase {
        /// Block index.
        block: usize,
        /// The phrase.
        np: Np,
    },
    /// The same speaker as item `n`.
    Item(usize),
    /// To be filled from the neighbouring quotes.
    Floating,
    /// No source.
    None,
}

/// A quote before speaker resolution.
#[derive(Debug, Clone)]
pub struct Item {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Content span.
    pub content: Span,
    /// Block index.
    pub block: usize,
    /// Speaker source.
    pub source: Source,
    /// Cue span and lemma.
    pub cue: Option<(Span, String)>,
    /// Rule pattern (`trailing`, `floating`, …).
    pub pattern: &'static str,
    /// Channel.
    pub channel: Option<String>,
    /// Parent item index.
    pub parent: Option<usize>,
    /// Region of the block this item's content is (direct quotes), for continuation.
    pub region: Option<usize>,
    /// The region was left open at the block end.
    pub unclosed: bool,
}

/// Classify a content token range: the kind and the content span.
fn classify(
    b: &Block,
    text: &str,
    a: usize,
    z: usize,
    used: &mut [bool],
) -> Option<(QuoteKind, Span, Option<usize>)> {
    let z = trim_punct(b, a, z);
    if a >= z {
        return None;
    }
    let t = &b.toks;
    let regs: Vec<usize> = (a..z)
        .filter_map(|k| b.region_of(k))
        .fold(Vec::new(), |mut v, r| {
            if !v.contains(&r) {
                v.push(r);
            }
            v
        });
    if regs.len() == 1 {
        let r = &b.regions[regs[0]];
        let open_ok = r.open == Some(a) || r.open.is_none() && a == 0;
        let close_ok = r.close.map_or(z == b.toks.len() || z >= r.toks.1, |c| {
            c + 1 == z || c + 1 >= z
        });
        if open_ok && close_ok {
            if used[regs[0]] {
                return None;
            }
            used[regs[0]] = true;
            let span = trim_content(text, r.content);
            return (!span.is_empty()).then_some((QuoteKind::Direct, span, Some(regs[0])));
        }
    }
    let mut end = t[z - 1].span.end;
    let start = t[a].span.start;
    if !regs.is_empty() {
        for &r in &regs {
            used[r] = true;
        }
        // A closing fragment drops its closing mark with the closing punctuation.
        if let Some(&last) = regs.last() {
            if b.regions[last].close == Some(z - 1) {
                end = trim_content(text, Span::new(start, t[z - 1].span.start)).end;
            }
        }
    }
    let span = trim_content(text, Span::new(start, end.max(start)));
    let kind = if regs.is_empty() {
        QuoteKind::Indirect
    } else {
        QuoteKind::Mixed
    };
    (!span.is_empty()).then_some((kind, span, None))
}

/// Trim white space and a trailing comma or period that closes quoted words.
pub fn trim_content(text: &str, s: Span) -> Span {
    let mut s = s.trim(text);
    loop {
        let t = &text[s];
        match t.chars().next_back() {
            Some(c @ (',' | '.' | ';' | ':' | '—' | '–')) if !t.ends_with("...") => {
                s = Span::new(s.start, s.end - c.len_utf8()).trim(text);
            }
            _ => return s,
        }
    }
}

/// All items of the document.
pub fn assemble(lx: &Lexicon, text: &str, blocks: &[Block]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if let Some(item) = embedded_tweet(text, b, bi) {
            items.push(item);
            continue;
        }
        let mut used = vec![false; b.regions.len()];
        let mut bare: Vec<(usize, Frame)> = Vec::new();
        let mut sentence_frames: Vec<Vec<Frame>> = Vec::new();
        for (si, &(sa, sb)) in b.sentences.iter().enumerate() {
            let fs = frames(lx, b, sa, sb);
            let first_item = items.len();
            let mut frame_item: Vec<Option<usize>> = Vec::new();
            for (fi, f) in fs.iter().enumerate() {
                let source = match (f.speaker, f.inherit) {
                    (Some(np), _) => Source::Phrase { block: bi, np },
                    (None, true) => frame_item[..fi]
                        .iter()
                        .rev()
                        .flatten()
                        .next()
                        .map_or(Source::None, |&k| Source::Item(k)),
                    (None, false) => Source::None,
                };
                let cue = Some((b.span_of(f.cue.0, f.cue.1), f.lemma.clone()));
                let mut made = None;
                if let Some((a, z)) = f.content {
                    if let Some((kind, content, region)) = classify(b, text, a, z, &mut used) {
                        items.push(Item {
                            kind,
                            content,
                            block: bi,
                            source,
                            cue: cue.clone(),
                            pattern: f.pattern,
                            channel: f.channel.clone(),
                            parent: None,
                            region,
                            unclosed: region.is_some_and(|r| b.regions[r].close.is_none()),
                        });
                        made = Some(items.len() - 1);
                    }
                } else {
                    bare.push((si, f.clone()));
                }
                if let Some((a, z)) = f.extra {
                    if let Some((QuoteKind::Direct, content, region)) =
                        classify(b, text, a, z, &mut used)
                    {
                        items.push(Item {
                            kind: QuoteKind::Direct,
                            content,
                            block: bi,
                            source,
                            cue: cue.clone(),
                            pattern: "split",
                            channel: f.channel.clone(),
                            parent: None,
                            region,
                            unclosed: region.is_some_and(|r| b.regions[r].close.is_none()),
                        });
                        made = made.or(Some(items.len() - 1));
                    }
                }
                frame_item.push(made);
            }
            nest(&mut items, first_item, text);
            sentence_frames.push(fs);
        }
        // Quotes that no frame took.
        for (ri, r) in b.regions.iter().enumerate() {
            if used[ri] || r.parent.is_some() {
                continue;
            }
            let open = r.open.unwrap_or(0);
            let Some(si) = b
                .sentences
                .iter()
                .position(|&(sa, sb)| open >= sa && open < sb)
            else {
                continue;
            };
            let (sa, sb) = b.sentences[si];
            let content = trim_content(text, r.content);
            if content.is_empty() {
                continue;
            }
            let close_end = r.close.map_or(b.toks.len(), |c| c + 1);
            let mut item = Item {
                kind: QuoteKind::Direct,
                content,
                block: bi,
                source: Source::Floating,
                cue: None,
                pattern: "floating",
                channel: None,
                parent: None,
                region: Some(ri),
                unclosed: r.close.is_none(),
            };
            let starts = (sa..open).all(|k| !b.toks[k].is_word());
            // Dash attribution: `"…" — Jane Doe`.
            if let Some(d) = b
                .toks
                .get(close_end)
                .filter(|d| matches!(d.lower.as_str(), "—" | "–" | "-" | "--"))
            {
                let _ = d;
                if let Some(np) = np_right(lx, &b.toks, close_end + 1, b.toks.len()) {
                    if np.kind == NpKind::Name {
                        item.source = Source::Phrase { block: bi, np };
                        item.pattern = "dash";
                        items.push(item);
                        continue;
                    }
                }
            }
            // Colon attribution: `Chairwoman Jane Doe: "…"`.
            if open > sa && b.toks[open - 1].is_punct(":") {
                if let Some(np) = np_left(lx, &b.toks, open - 1, sa) {
                    if np.a == sa && np.kind != NpKind::Pronoun {
                        item.source = Source::Phrase { block: bi, np };
                        item.pattern = "colon";
                        items.push(item);
                        continue;
                    }
                }
            }
            if !starts {
                // A fragment inside narration with no cue: a scare quote, a title or a nickname.
                // Titles of works and nicknames are capitalized word by word; the
                // other fragments are words attributed in passing (`described it as
                // "hell on earth"`), their source the sentence's subject.
                let words: Vec<&crate::tokens::Tok> = b.toks[r.toks.0..r.toks.1]
                    .iter()
                    .filter(|t| t.is_word())
                    .collect();
                let title_like = words
                    .iter()
                    .filter(|t| !crate::lexicon::is_function_word(&t.lower) || t.cap)
                    .all(|t| t.cap);
                if words.is_empty() || title_like {
                    continue;
                }
                item.pattern = "fragment";
                // A passive agent names the source: `described by UN officials as "…"`,
                // `called the "…" by the Herald Tribune`.
                let agent = (close_end..sb.min(close_end + 4))
                    .chain((open.saturating_sub(8).max(sa)..open).rev())
                    .find(|&k| b.toks[k].lower == "by" && b.region_of(k).is_none())
                    .and_then(|k| np_right(lx, &b.toks, k + 1, sb));
                // Without an agent, only a speech or naming verb just before the fragment
                // attributes it (`calling the incident "not just an attack …"`); short
                // labels after `call` are nicknames, and the rest are scare quotes.
                let verb_before = (open.saturating_sub(7).max(sa)..open).any(|k| {
                    let w = b.toks[k].lower.as_str();
                    b.region_of(k).is_none()
                        && (lx
                            .cue(w)
                            .is_some_and(|e| e.class != crate::lexicon::CueClass::That)
                            || matches!(
                                w,
                                "called"
                                    | "calling"
                                    | "calls"
                                    | "call"
                                    | "dubbed"
                                    | "termed"
                                    | "labeled"
                                    | "labelled"
                                    | "branded"
                                    | "hailed"
                                    | "deemed"
                            ))
                });
                if agent.is_none() && !(verb_before && words.len() >= 3) {
                    continue;
                }
                let subject = agent.or_else(|| frames::sentence_subject(lx, b, sa, open));
                item.source = subject.map_or(Source::None, |np| Source::Phrase { block: bi, np });
                items.push(item);
                continue;
            }
            // The next sentence is a bare attribution (`"…." Smith said.`) or opens with one.
            if let Some(next) = sentence_frames.get(si + 1) {
                if let Some(f) = next.iter().find(|f| {
                    f.speaker.is_some() && f.speaker.is_some_and(|np| np.a == b.sentences[si + 1].0)
                }) {
                    if let Some(np) = f.speaker {
                        item.source = Source::Phrase { block: bi, np };
                        item.cue = Some((b.span_of(f.cue.0, f.cue.1), f.lemma.clone()));
                        item.pattern = if f.content.is_none() {
                            "bare"
                        } else {
                            "next-sentence"
                        };
                        item.channel = f.channel.clone();
                        items.push(item);
                        continue;
                    }
                }
            }
            let _ = sb;
            let _ = &bare;
            items.push(item);
        }
    }
    items
}

/// Nest the items made from one sentence: an item whose cue lies inside another
/// item's content is that item's child, its content clipped to the parent's.
fn nest(items: &mut [Item], first: usize, text: &str) {
    let n = items.len();
    let cues: Vec<Option<Span>> = items
        .iter()
        .map(|it| it.cue.as_ref().map(|c| c.0))
        .collect();
    let contents: Vec<Span> = items.iter().map(|it| it.content).collect();
    for c in first..n {
        let Some(cue) = cues[c] else { continue };
        let parent = (first..n)
            .filter(|&p| p != c && contents[p].contains(cue))
            // Mutual containment: the content that starts first holds the other.
            .filter(|&p| {
                !(cues[p].is_some_and(|pc| contents[c].contains(pc))
                    && contents[c].start <= contents[p].start)
            })
            .min_by_key(|&p| contents[p].len());
        // `He added that …, Gerapetritis said.`: one speaker named twice; the inner
        // frame (its pronoun resolved later) is the quote.
        if let Some(p) = parent {
            let inner_pronoun =
                matches!(items[c].source, Source::Phrase { np, .. } if np.kind == NpKind::Pronoun);
            if items[p].pattern == "trailing"
                && inner_pronoun
                && cue.start.saturating_sub(contents[p].start) <= 12
            {
                items[p].content = Span::empty(contents[p].start);
                continue;
            }
        }
        if let Some(p) = parent {
            let pc = contents[p];
            let cc = items[c].content;
            if cc.start < pc.start {
                continue;
            }
            let end = cc.end.min(pc.end);
            items[c].content = trim_content(text, Span::new(cc.start, end.max(cc.start)));
            items[c].parent = Some(p);
        }
    }
}

/// An embedded tweet as news sites print it:
/// `TEXT pic.twitter.com/… — Jane Doe (@janedoe) March 24, 2015`.
fn embedded_tweet(text: &str, b: &Block, bi: usize) -> Option<Item> {
    let s = &text[b.span];
    let handle = s.rfind("(@")?;
    let dash = s[..handle]
        .rfind('—')
        .or_else(|| s[..handle].rfind(" - ").map(|p| p + 1))?;
    let name = s[dash..handle].trim_start_matches(['—', '-', ' ']).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || !words.iter().all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let end = ["pic.twitter.com", "https://t.co", "http://t.co"]
        .iter()
        .filter_map(|m| s[..dash].find(m))
        .min()
        .unwrap_or(dash);
    let content = trim_content(text, Span::new(b.span.start, b.span.start + end));
    if content.is_empty() {
        return None;
    }
    let name_start = b.span.start + dash + s[dash..].find(name)?;
    let a = b.toks.iter().position(|t| t.span.start >= name_start)?;
    let z = b
        .toks
        .iter()
        .position(|t| t.span.start >= name_start + name.len())
        .unwrap_or(b.toks.len());
    (a < z).then_some(Item {
        kind: QuoteKind::Direct,
        content,
        block: bi,
        source: Source::Phrase {
            block: bi,
            np: Np {
                a,
                b: z,
                kind: NpKind::Name,
                apposition: None,
            },
        },
        cue: None,
        pattern: "embedded-tweet",
        channel: Some("twitter".into()),
        parent: None,
        region: None,
        unclosed: false,
    })
}
