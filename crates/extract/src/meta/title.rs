//! The title: the visible headline (`<h1>`) as written when it is the article's, else a
//! declared title (JSON-LD `headline`, `og:title`) or `<title>`, minus site names,
//! section kickers and media tags.

use super::{jsonld, unescape, Facts};
use crate::dom::{squash, Dom, Kind};

/// Whether `text` is the subheading right under element `h1`, in the same container: the
/// text (or its start: declared titles are often cut) of an element other than another
/// `<h1>`, holding the first text shown after the `<h1>`. An `<h1>` holding a link is a
/// section label, never a display headline.
fn is_subheading(dom: &Dom<'_>, h1: usize, text: &str) -> bool {
    let want = norm(text);
    if want.len() < 15 {
        return false;
    }
    let Some(start) = dom.nodes.get(h1).map(|n| n.end) else {
        return false;
    };
    if dom.nodes[h1 + 1..start].iter().any(|n| n.tag() == "a") {
        return false;
    }
    // The `<h1>`'s parent: the nearest element before it whose subtree holds it.
    let container_end = (0..h1)
        .rev()
        .find(|&p| dom.nodes[p].end > h1)
        .map_or(dom.len(), |p| dom.nodes[p].end);
    let mut open: Vec<usize> = Vec::new();
    let mut i = start;
    while i < container_end.min(start + 200) {
        let n = &dom.nodes[i];
        open.retain(|&o| i < dom.nodes[o].end);
        match n.kind {
            Kind::Element(el)
                if matches!(
                    el.name(),
                    "script" | "style" | "noscript" | "template" | "svg"
                ) =>
            {
                i = n.end;
                continue;
            }
            Kind::Element(_) => open.push(i),
            Kind::Text(t) if !t.trim().is_empty() => {
                return open.iter().any(|&o| {
                    dom.nodes[o].tag() != "h1" && norm(&dom.raw_text(o)).starts_with(&want)
                });
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// `Section | Headline | Site` in a visible headline: drop a short leading section and a
/// short trailing site or column name.
fn strip_sections(h: &str) -> String {
    let mut t = h.trim();
    if let Some((head, tail)) = t.split_once(" | ") {
        if head.split_whitespace().count() <= 3 && tail.split_whitespace().count() >= 4 {
            t = tail.trim();
        }
    }
    if let Some((head, tail)) = t.rsplit_once(" | ") {
        if tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4 {
            t = head.trim();
        }
    }
    t.to_string()
}

/// `Headline | Site`: a short last part of `<title>` after a separator names the site.
pub(super) fn site_from_title(title: &str) -> Option<String> {
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let pos = title.rfind(sep)?;
        let (head, tail) = (&title[..pos], title[pos + sep.len()..].trim());
        let words = tail.split_whitespace().count();
        ((1..=4).contains(&words) && head.split_whitespace().count() >= 3).then(|| tail.to_string())
    })
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » "];

fn strip_site(title: &str, publisher: Option<&str>) -> String {
    let mut t = title.trim().to_string();
    // `Site - Headline`: a short head naming the site.
    for sep in TITLE_SEPARATORS {
        if let Some(pos) = t.find(sep) {
            let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
            let head_is_site = publisher.is_some_and(|p| norm(head) == norm(p))
                || head.split_whitespace().count() == 1 && tail.split_whitespace().count() >= 5;
            if head_is_site && !tail.trim().is_empty() {
                t = tail.trim().to_string();
            }
        }
    }
    // `Headline | Section | Site`: drop short trailing parts, at most three.
    for _ in 0..3 {
        let before = t.len();
        for sep in TITLE_SEPARATORS {
            if let Some(pos) = t.rfind(sep) {
                let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
                let tail_is_site = publisher.is_some_and(|p| {
                    norm(tail).contains(&norm(p)) || norm(p).contains(&norm(tail))
                }) || tail.split_whitespace().count() <= 4
                    && head.split_whitespace().count() >= 4;
                if tail_is_site && !head.trim().is_empty() {
                    t = head.trim().to_string();
                }
            }
        }
        if t.len() == before {
            break;
        }
    }
    t
}

pub(super) fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

pub(super) fn choose_title(
    dom: &Dom<'_>,
    f: &Facts<'_>,
    ld: &jsonld::LdArticle,
    publisher: Option<&str>,
) -> Option<String> {
    let og = f
        .metas
        .get("og:title")
        .or(f.metas.get("twitter:title"))
        .map(|s| unescape(&squash(s)));
    let declared: Vec<String> = [
        ld.headline.as_deref().map(|h| unescape(&squash(h))),
        og.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // The visible headline (`<h1>`) as written, unless it is the site's name or a label.
    if let Some(h1) = &f.h1 {
        let n = norm(h1);
        let agrees = declared
            .iter()
            .any(|c| norm(c) == n || norm(c).starts_with(&n) || n.starts_with(&norm(c)));
        let is_site = publisher.is_some_and(|p| norm(p) == n)
            || f.title_tag
                .as_deref()
                .is_some_and(|t| norm(t) == n && h1.split_whitespace().count() < 4);
        let long = h1.split_whitespace().count() >= 4;
        // A short display headline whose declared title is the subheading shown right
        // under it (`<h1>The quantum phantom</h1><h2>A ghostly quasiparticle…</h2>`): the
        // page declares its standfirst as the title; readers see the `<h1>` as headline.
        let is_section = f.metas.get("article:section").is_some_and(|s| norm(s) == n);
        let over_dek = !agrees
            && !long
            && !is_section
            && f.h1_at.is_some_and(|i| {
                declared
                    .iter()
                    .any(|d| is_subheading(dom, i, &strip_site(d, publisher)))
            });
        if n.len() >= 10 && !is_site && (agrees || long || over_dek) {
            // A kicker inside the h1 ("Opinion", "News") before the declared headline,
            // unless a declared title confirms the whole h1.
            let confirmed = declared.iter().any(|d| norm(&strip_sections(d)) == n);
            if let Some(d) = declared.iter().find(|d| {
                let nd = norm(d);
                !confirmed && nd.len() >= 15 && nd != n && n.ends_with(&nd)
            }) {
                return Some(strip_media(&strip_sections(d)));
            }
            return Some(strip_media(&strip_sections(h1)));
        }
    }
    if let Some(h) = declared.first().filter(|h| !h.is_empty()) {
        return Some(strip_media(&strip_site(h, publisher)));
    }
    f.title_tag
        .as_deref()
        .map(|t| strip_media(&strip_site(&unescape(t), publisher)))
        .or_else(|| f.h1.clone())
}

/// Words that name a medium in a trailing `[Watch]` or `(video)` tag on a headline.
const MEDIA_TAGS: &[&str] = &[
    "watch", "video", "videos", "photo", "photos", "pics", "pictures", "gallery", "listen",
    "audio", "podcast", "live", "poll", "quiz", "map", "maps",
];

/// Drop a trailing medium tag: `Dam opens [Watch]`, `Dam opens (video)`.
fn strip_media(t: &str) -> String {
    let trimmed = t.trim_end();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = trimmed.strip_suffix(close) {
            if let Some(pos) = inner.rfind(open) {
                let word = inner[pos + 1..].trim().to_ascii_lowercase();
                let head = inner[..pos].trim_end();
                if MEDIA_TAGS.contains(&word.as_str()) && head.split_whitespace().count() >= 3 {
                    return head.to_string();
                }
            }
        }
    }
    trimmed.to_string()
}
