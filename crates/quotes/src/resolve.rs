//! Speaker resolution: phrases at the cue become the fullest name the document
//! uses (pronouns by the latest agreeing person, surnames by the full name,
//! roles by the person who holds them, `police` by the fullest police body),
//! and floating quotes take their neighbours' speakers.

use crate::assemble::{Item, Source};
use crate::block::Block;
use crate::entities::{Entities, ORG_HEADS};
use crate::lexicon::{is_function_word, Lexicon};
use crate::np::{Np, NpKind};
use model::{Span, Speaker, SpeakerKind};

/// Resolve every item's speaker.
pub fn resolve(
    lx: &Lexicon,
    text: &str,
    blocks: &[Block],
    ents: &mut Entities,
    items: &[Item],
) -> Vec<Option<Speaker>> {
    let mut out: Vec<Option<Speaker>> = vec![None; items.len()];
    let mut done = vec![false; items.len()];
    // Phrases first, in text order, so pronoun genders learnt early help later.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| items[i].content.start);
    for &i in &order {
        if let Source::Phrase { block, np } = items[i].source {
            out[i] = Some(speaker_of(lx, text, &blocks[block], np, ents, &out, items));
            done[i] = true;
        }
    }
    // Copies and floating quotes: a quote continued from an unclosed paragraph takes
    // the next paragraph's speaker when that paragraph opens with the same quote;
    // otherwise the latest speaker of the two blocks before.
    for _ in 0..3 {
        for &i in order.iter().rev() {
            if done[i] {
                continue;
            }
            match items[i].source {
                Source::Item(k) if done[k] => {
                    out[i] = out[k].clone();
                    done[i] = true;
                }
                Source::Floating if items[i].unclosed => {
                    if let Some(k) = (0..items.len()).find(|&k| {
                        items[k].block == items[i].block + 1
                            && items[k].kind == model::QuoteKind::Direct
                            && blocks[items[k].block]
                                .toks
                                .first()
                                .is_some_and(|t| t.is_mark())
                    }) {
                        if done[k] && out[k].is_some() {
                            out[i] = out[k].clone();
                            done[i] = true;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for &i in &order {
        if done[i]
            || items[i].source != Source::Floating && !matches!(items[i].source, Source::Item(_))
        {
            continue;
        }
        let here = items[i].content.start;
        let b = items[i].block;
        let prev = order
            .iter()
            .copied()
            .filter(|&k| {
                done[k]
                    && out[k].is_some()
                    && items[k].content.start < here
                    && items[k].block + 2 >= b
                    && items[k].parent.is_none()
            })
            .max_by_key(|&k| items[k].content.start);
        out[i] = prev.and_then(|k| out[k].clone());
        done[i] = true;
    }
    out
}

fn title_of(lx: &Lexicon, b: &Block, text: &str, np: Np) -> Option<String> {
    let t = &b.toks;
    let last_title = (np.a..np.b).rev().find(|&k| lx.is_title(&t[k].lower));
    let from_np = last_title.map(|k| {
        let a = (np.a..=k)
            .find(|&j| !matches!(t[j].lower.as_str(), "the" | "a" | "an"))
            .unwrap_or(np.a);
        text[b.span_of(a, k + 1)].to_string()
    });
    from_np.or_else(|| {
        np.apposition
            .map(|(a, z)| text[b.span_of(a, z)].to_string())
    })
}

fn speaker_of(
    lx: &Lexicon,
    text: &str,
    b: &Block,
    np: Np,
    ents: &mut Entities,
    prev: &[Option<Speaker>],
    items: &[Item],
) -> Speaker {
    let t = &b.toks;
    let mention_span = b.span_of(np.a, np.b);
    let mention = text[mention_span].to_string();
    let mut sp = Speaker {
        name: mention.clone(),
        mention: mention.clone(),
        mention_span,
        resolved_span: None,
        title: title_of(lx, b, text, np),
        organisation: None,
        kind: SpeakerKind::Description,
    };
    let words: Vec<&str> = (np.a..np.b).map(|k| t[k].lower.as_str()).collect();
    let at = mention_span.start;
    match np.kind {
        NpKind::Pronoun => {
            let w = words[0];
            let (gender, plural) = lx.pronouns.get(w).copied().unwrap_or((None, false));
            if w == "he" || w == "she" {
                // `X said …. "…," she said.`: the latest named speaker of an earlier quote
                // of the same line, when nothing known contradicts the pronoun's gender.
                let same_line = prev
                    .iter()
                    .zip(items)
                    .filter(|(s, it)| {
                        it.content.start < at
                            && it.content.start >= b.span.start
                            && it.parent.is_none()
                            && s.as_ref().is_some_and(|s| {
                                s.kind == SpeakerKind::Person
                                    && s.mention_span.start >= b.span.start
                            })
                    })
                    .max_by_key(|(_, it)| it.content.start)
                    .and_then(|(s, _)| s.clone());
                if let Some(s) = same_line {
                    let words: Vec<String> =
                        s.name.split_whitespace().map(str::to_lowercase).collect();
                    // Gender from the first name or a title only: a gender learnt from
                    // pronouns nearby is often the quoted person's, not the speaker's.
                    let known = words
                        .first()
                        .and_then(|f| lx.first_names.get(f).copied())
                        .or_else(|| {
                            ents.person_by_name(&words).and_then(|pi| {
                                ents.persons[pi].titles.iter().find_map(|t| lx.gender_of(t))
                            })
                        });
                    if gender.is_none() || known.is_none() || known == gender {
                        sp.name = s.name;
                        sp.resolved_span = s.resolved_span.or(Some(s.mention_span));
                        sp.title = sp.title.or(s.title);
                        sp.kind = SpeakerKind::Person;
                        return sp;
                    }
                }
                // A described speaker of that gender named more recently than any person.
                let person_pos = ents.person_before(at, gender).and_then(|pi| {
                    ents.mentions
                        .iter()
                        .rev()
                        .find(|(p, q)| *q == pi && *p < at)
                        .map(|m| m.0)
                });
                let described = prev
                    .iter()
                    .filter_map(|s| s.as_ref())
                    .filter(|s| {
                        s.kind == SpeakerKind::Description
                            && s.mention_span.start < at
                            && s.mention_span.start > person_pos.unwrap_or(0)
                    })
                    .filter(|s| {
                        gender.is_some()
                            && s.name
                                .split_whitespace()
                                .last()
                                .and_then(|h| lx.gender_of(&h.to_lowercase()))
                                == gender
                    })
                    .max_by_key(|s| s.mention_span.start);
                if let Some(d) = described {
                    sp.name = d.name.clone();
                    sp.resolved_span = Some(d.mention_span);
                    return sp;
                }
                if let Some(pi) = ents.person_before(at, gender) {
                    let p = &mut ents.persons[pi];
                    p.gender = p.gender.or(gender);
                    sp.name = p.name();
                    sp.resolved_span = Some(p.span);
                    sp.title = sp.title.or_else(|| p.title_text.clone());
                    sp.kind = SpeakerKind::Person;
                    return sp;
                }
            } else if plural || w == "it" {
                // The latest non-person speaker before.
                let last = prev
                    .iter()
                    .zip(items)
                    .filter(|(s, it)| {
                        it.content.start < at
                            && s.as_ref().is_some_and(|s| s.kind != SpeakerKind::Person)
                    })
                    .max_by_key(|(_, it)| it.content.start)
                    .and_then(|(s, _)| s.clone());
                if let Some(s) = last {
                    sp.name = s.name;
                    sp.resolved_span = Some(s.mention_span);
                    sp.kind = s.kind;
                    return sp;
                }
            }
            sp
        }
        NpKind::Name => {
            // Name words: after the last title or honorific; possessives stripped.
            let split = (np.a..np.b)
                .rev()
                .find(|&k| lx.is_title(&t[k].lower))
                .map_or(np.a, |k| k + 1);
            let split = (split..np.b)
                .find(|&k| t[k].cap && !is_function_word(&t[k].lower))
                .unwrap_or(split);
            let name_words: Vec<String> = (split..np.b)
                .map(|k| {
                    t[k].lower
                        .trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .to_string()
                })
                .collect();
            // `WHO` → `World Health Organization`: an acronym of a named organisation.
            if np.b - np.a == 1 && t[np.a].acronym {
                let acro = &t[np.a].lower;
                let hit = ents.orgs.iter().find(|o| {
                    let initials: String = o
                        .lower
                        .iter()
                        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "in"))
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials == *acro
                });
                if let Some(o) = hit {
                    sp.name = o.name.clone();
                    sp.resolved_span = Some(o.span);
                    sp.kind = SpeakerKind::Organisation;
                    return sp;
                }
            }
            let first_name = name_words.len() >= 2 && lx.first_names.contains_key(&name_words[0]);
            if !first_name && name_words.iter().any(|w| ORG_HEADS.contains(&w.as_str())) {
                sp.kind = SpeakerKind::Organisation;
                sp.name = text[b.span_of(split, np.b)].to_string();
                if name_words.len() == 1 {
                    if let Some(o) = ents.org_with(&name_words[0]) {
                        sp.name = o.name.clone();
                        sp.resolved_span = Some(o.span);
                    }
                }
                return sp;
            }
            if let Some(pi) = ents.person_by_name(&name_words) {
                let p = &ents.persons[pi];
                sp.name = p.name();
                sp.resolved_span = (p.span != mention_span).then_some(p.span);
                sp.title = sp.title.or_else(|| p.title_text.clone());
            } else if split < np.b {
                sp.name = text[b.span_of(split, np.b)].to_string();
            }
            sp.kind = SpeakerKind::Person;
            sp
        }
        NpKind::Description => {
            let head = words.last().copied().unwrap_or("");
            // `the release said` after `according to a release from Hampton police`: the
            // document named before, and the body it came from.
            if words.first().is_some_and(|d| *d == "the")
                && matches!(
                    head,
                    "release"
                        | "statement"
                        | "report"
                        | "complaint"
                        | "filing"
                        | "affidavit"
                        | "letter"
                        | "post"
                )
            {
                let earlier = prev
                    .iter()
                    .filter_map(|s| s.as_ref())
                    .filter(|s| {
                        s.mention_span.start < at
                            && s.mention
                                .to_lowercase()
                                .split_whitespace()
                                .any(|w| w == head)
                            && s.name != s.mention
                    })
                    .max_by_key(|s| s.mention_span.start);
                if let Some(e) = earlier {
                    sp.name = e.name.clone();
                    sp.resolved_span = e.resolved_span.or(Some(e.mention_span));
                    sp.kind = e.kind;
                    return sp;
                }
            }
            if head.ends_with("-year-old") && words.first().is_some_and(|d| *d == "the") {
                if let Some(pi) = ents.person_before(at, None) {
                    let p = &ents.persons[pi];
                    sp.name = p.name();
                    sp.resolved_span = Some(p.span);
                    sp.kind = SpeakerKind::Person;
                    return sp;
                }
            }
            if lx.descriptions.get(head).copied().unwrap_or(false)
                || ORG_HEADS.contains(&head) && head != "media"
            {
                if let Some(o) = ents.org_with(head) {
                    sp.name = o.name.clone();
                    sp.resolved_span = Some(o.span);
                    sp.kind = SpeakerKind::Organisation;
                    return sp;
                }
            }
            if lx.titles.contains_key(head) {
                if let Some(pi) = ents.person_with_title(head, at) {
                    let p = &ents.persons[pi];
                    sp.name = p.name();
                    sp.resolved_span = Some(p.span);
                    sp.title = p.title_text.clone().or(sp.title);
                    sp.kind = SpeakerKind::Person;
                    return sp;
                }
            }
            sp
        }
    }
}

/// Span helper for tests.
#[allow(dead_code)]
pub(crate) fn mention(sp: &Speaker) -> Span {
    sp.mention_span
}
