//! Page metadata: title, authors, publisher, publication and modification dates (with
//! their source), language and canonical URL, from JSON-LD, `<meta>` tags, `<time>`,
//! the byline, the URL and `<title>`/`<h1>`.

mod authors;
pub(crate) mod dates;
mod header;
mod jsonld;
mod title;

use crate::dom::{squash, Dom, Kind};
use model::{DateSource, NaiveDate, Published};
use std::collections::HashMap;
use title::{choose_title, norm, site_from_title};

/// Everything found, before it goes into the `Document`.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub published: Option<Published>,
    pub modified: Option<NaiveDate>,
    pub language: Option<String>,
    pub canonical: Option<String>,
    /// JSON-LD `articleBody`, when the page gives one (a hint for content selection).
    pub ld_body: Option<String>,
}

/// Meta tag keys for the publication date, best first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "article.published",
    "published_time",
    "date",
    "displaydate",
    "cxenseparse:recs:publishtime",
    "article:published",
    "datecreated",
];
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "dc.date.modified",
];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "dcterms.creator",
    "cxenseparse:author",
];

/// Words in class/id/itemprop names that the date, byline and author checks look for.
static NAME_HINTS: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    regex::Regex::new("date|time|publish|posted|byline|author").expect("valid pattern")
});

struct Facts<'a> {
    metas: HashMap<String, &'a str>,
    ld_scripts: Vec<String>,
    title_tag: Option<String>,
    h1: Option<String>,
    /// Arena index of the element `h1` was read from.
    h1_at: Option<usize>,
    /// Arena indices of the first `<h1>` elements.
    h1s: Vec<usize>,
    /// Arena indices of the first visible `<h2>` elements (a headline under a logo `<h1>`).
    h2s: Vec<usize>,
    lang: Option<&'a str>,
    canonical: Option<&'a str>,
    times: Vec<(&'a str, bool)>,
    bylines: Vec<String>,
    /// Texts of author-page links and elements named `author` (a last resort).
    author_links: Vec<String>,
    /// Short texts of `<time>` elements and date-named elements, as readers see them.
    visible_dates: Vec<String>,
}

fn gather<'a>(dom: &Dom<'a>) -> Facts<'a> {
    let mut f = Facts {
        metas: HashMap::new(),
        ld_scripts: Vec::new(),
        title_tag: None,
        h1: None,
        h1_at: None,
        h1s: Vec::new(),
        h2s: Vec::new(),
        lang: None,
        canonical: None,
        times: Vec::new(),
        bylines: Vec::new(),
        author_links: Vec::new(),
        visible_dates: Vec::new(),
    };
    let mut lower = String::new();
    // End of the hidden subtree we are in (`hidden`, `aria-hidden`, inline `display:none`).
    let mut hidden_until = 0;
    for (i, n) in dom.nodes.iter().enumerate() {
        let Kind::Element(el) = n.kind else { continue };
        let names = &dom.names[i];
        if i >= hidden_until && is_hidden(names) {
            hidden_until = n.end;
        }
        let hidden = i < hidden_until;
        lower.clear();
        for a in [names.class, names.id, names.itemprop]
            .into_iter()
            .flatten()
        {
            lower.push_str(a);
            lower.push(' ');
        }
        lower.make_ascii_lowercase();
        // Most elements name nothing the checks below look for: skip them early.
        let named = !lower.is_empty() && NAME_HINTS.is_match(&lower);
        let tag = el.name();
        if !named
            && names.rel.is_none()
            && !matches!(
                tag,
                "html" | "meta" | "link" | "script" | "title" | "h1" | "h2" | "time" | "a"
            )
        {
            continue;
        }

        match el.name() {
            "html" => f.lang = f.lang.or(el.attr("lang")).or(el.attr("xml:lang")),
            "meta" => {
                let key = el
                    .attr("property")
                    .or(el.attr("name"))
                    .or(el.attr("itemprop"))
                    .or(el.attr("http-equiv"));
                if let (Some(k), Some(v)) = (key, el.attr("content")) {
                    let v = v.trim();
                    if !v.is_empty() {
                        f.metas.entry(k.trim().to_ascii_lowercase()).or_insert(v);
                    }
                }
            }
            "link" => {
                let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && f.canonical.is_none() {
                    f.canonical = el.attr("href").map(str::trim).filter(|h| !h.is_empty());
                }
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) =>
            {
                f.ld_scripts.push(dom.raw_text(i));
            }
            "title" if f.title_tag.is_none() => {
                f.title_tag = Some(squash(&dom.raw_text(i))).filter(|t| !t.is_empty())
            }
            // A hidden `<h1>` (an inactive tab, a template) or one that links to the home
            // page (the site's logo) is not the headline readers see.
            "h1" if !hidden && !is_logo(dom, i) => {
                if f.h1.is_none() {
                    f.h1 = Some(squash(&dom.raw_text(i))).filter(|t| !t.is_empty());
                    f.h1_at = f.h1.as_ref().map(|_| i);
                }
                if f.h1s.len() < 8 {
                    f.h1s.push(i);
                }
            }
            "h2" if !hidden && f.h2s.len() < 40 => f.h2s.push(i),
            "time" => {
                if let Some(dt) = el.attr("datetime").or(el.attr("content")) {
                    let marked = el.attr("pubdate").is_some()
                        || names
                            .itemprop
                            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                        || lower.contains("publish");
                    f.times.push((dt, marked));
                }
            }
            _ => {}
        }
        if f.visible_dates.len() < 6 && is_date_element(el, &lower) {
            let t = squash(&dom.raw_text(i));
            if t.len() >= 6 && t.len() < 120 {
                f.visible_dates.push(t);
            }
        }
        // Byline elements: rel=author links, itemprop=author, class names with byline/author.
        let rel_author = names.rel.is_some_and(|r| r.eq_ignore_ascii_case("author"));
        let prop_author = names
            .itemprop
            .is_some_and(|p| p.eq_ignore_ascii_case("author"));
        let class_byline = names.class.is_some()
            && ["byline", "author-name", "authorname", "article-author"]
                .iter()
                .any(|w| lower.contains(w));
        // Links to an author page (`/author/ann-lee`), and elements named "author".
        let author_link = el.name() == "a"
            && names.href.is_some_and(|h| {
                [
                    "/author/",
                    "/authors/",
                    "/by/",
                    "/people/",
                    "/staff/",
                    "/writers/",
                    "/contributors/",
                    "/profile/",
                ]
                .iter()
                .any(|p| h.contains(p))
            });
        let named_author = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "author");
        if (author_link || named_author) && f.author_links.len() < 4 {
            let t = squash(&dom.raw_text(i));
            if !t.is_empty() && t.split_whitespace().count() <= 6 {
                f.author_links.push(t);
            }
        }
        if (rel_author || prop_author || class_byline) && f.bylines.len() < 8 {
            let t = squash(&dom.raw_text(i));
            if !t.is_empty() && t.len() < 200 {
                f.bylines.push(t);
            }
        }
    }
    f
}

/// Read the metadata of a page; `url` is the page's URL when known (for URL dates).
pub(crate) fn read(dom: &Dom<'_>, url: Option<&str>) -> Meta {
    let f = gather(dom);
    let scripts: Vec<&str> = f.ld_scripts.iter().map(String::as_str).collect();
    let ld = jsonld::article(&scripts).unwrap_or_default();
    let meta = |k: &str| f.metas.get(k).copied();

    let publisher = ld
        .publisher
        .clone()
        .or_else(|| meta("og:site_name").map(str::to_string))
        .or_else(|| meta("application-name").map(str::to_string))
        .or_else(|| f.title_tag.as_deref().and_then(site_from_title))
        .map(|p| squash(&p));

    let title = choose_title(dom, &f, &ld, publisher.as_deref());

    let mut raw_authors = ld.authors.clone();
    if raw_authors.is_empty() {
        for k in AUTHOR_KEYS {
            if let Some(v) = meta(k) {
                raw_authors.push(v.to_string());
                break;
            }
        }
    }
    if raw_authors.is_empty() {
        raw_authors.extend(f.bylines.iter().take(3).cloned());
    }
    let raw_authors: Vec<String> = raw_authors.iter().map(|a| unescape(a)).collect();
    let mut authors = authors::clean(&raw_authors, publisher.as_deref());
    if authors.is_empty() {
        let links: Vec<String> = f.author_links.iter().map(|a| unescape(a)).collect();
        authors = authors::clean(&links, publisher.as_deref());
    }

    let shown = headline_at(dom, &f, title.as_deref())
        .map(|h| {
            let after = header::shown(&header::text_after(dom, h));
            if after == header::Shown::default() {
                header::shown(&header::text_before(dom, h))
            } else {
                after
            }
        })
        .unwrap_or_default();
    let published = published(&f, &ld, url, &shown);
    let modified = ld
        .date_modified
        .as_deref()
        .and_then(dates::parse)
        .or_else(|| {
            MODIFIED_KEYS
                .iter()
                .find_map(|k| meta(k).and_then(dates::parse))
        })
        .map(|p| p.0);
    let language = f
        .lang
        .map(str::to_string)
        .or(ld.language.clone())
        .or_else(|| {
            meta("og:locale")
                .or(meta("content-language"))
                .or(meta("language"))
                .map(str::to_string)
        })
        .map(|l| l.trim().replace('_', "-"))
        .filter(|l| !l.is_empty() && l.len() < 20);
    let canonical = f
        .canonical
        .map(str::to_string)
        .or_else(|| meta("og:url").map(str::to_string))
        .or(ld.url.clone())
        .filter(|u| u.starts_with("http"));
    Meta {
        title,
        authors,
        publisher,
        published,
        modified,
        language,
        canonical,
        ld_body: ld.body.clone(),
    }
}

/// An element whose first link goes to the site's home page (`/`, `https://site.example/`):
/// a logo.
fn is_logo(dom: &Dom<'_>, i: usize) -> bool {
    let end = dom.nodes.get(i).map_or(i, |n| n.end);
    let Some(href) = (i + 1..end)
        .find_map(|k| (dom.nodes[k].tag() == "a").then(|| dom.names[k].href.unwrap_or("")))
    else {
        return false;
    };
    let href = href.trim();
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |k| &rest[k..]),
        None if href.starts_with("//") => href[2..].find('/').map_or("", |k| &href[2 + k..]),
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    (path == "/" || path.is_empty()) && !href.is_empty() && !href.starts_with('#')
}

/// An element readers do not see: `hidden`, `aria-hidden="true"`, inline `display:none`
/// or `visibility:hidden`.
fn is_hidden(names: &crate::dom::Names<'_>) -> bool {
    names.hidden || names.style.is_some_and(crate::rules::style_hides)
}

/// `<time>`, or an element whose class/id names a date, a time stamp or a byline.
fn is_date_element(el: &scraper::node::Element, lower_names: &str) -> bool {
    if el.name() == "time" {
        return true;
    }
    ["date", "time", "publish", "posted", "byline", "dateline"]
        .iter()
        .any(|w| lower_names.contains(w))
        && !lower_names.contains("update")
        && !lower_names.contains("modif")
}

/// The element that shows the article's headline: the first `<h1>` agreeing with the
/// chosen title, else (the `<h1>` is a logo or a section name) the first `<h2>` that is
/// the title; none when none agrees.
fn headline_at(dom: &Dom<'_>, f: &Facts<'_>, title: Option<&str>) -> Option<usize> {
    let t = title.map(norm).filter(|t| !t.is_empty());
    let Some(t) = t else {
        return f.h1s.first().copied();
    };
    f.h1s
        .iter()
        .copied()
        .find(|&i| {
            let h = norm(&dom.raw_text(i));
            !h.is_empty() && (h.contains(&t) || t.contains(&h))
        })
        .or_else(|| {
            f.h2s
                .iter()
                .copied()
                .find(|&i| t.len() >= 15 && norm(&dom.raw_text(i)) == t)
        })
}

/// A human-written date only (not ISO), so that a `datetime` attribute echo is not used.
fn human_date(t: &str) -> Option<dates::Parsed> {
    if t.trim_start().chars().take(4).all(|c| c.is_ascii_digit()) {
        return None;
    }
    dates::parse(t)
}

/// The publication date. A date the article header shows its readers (published, or
/// unlabelled) is the publisher's local date and wins over machine dates, which may be
/// in UTC, stale or the first version's; else the machine date; else an "Updated" date
/// the header shows; else a date-like element's text.
fn published(
    f: &Facts<'_>,
    ld: &jsonld::LdArticle,
    url: Option<&str>,
    shown: &header::Shown,
) -> Option<Published> {
    let machine = published_machine(f, ld, url);
    let header = |p: dates::Parsed| Published {
        date: p.0,
        datetime: p.1,
        source: DateSource::Header,
    };
    if let Some(s) = shown.published {
        return Some(match machine {
            Some(m) if m.date == s.0 => m,
            _ => header(s),
        });
    }
    if let (Some(m), Some(u)) = (machine, shown.updated) {
        // The machine time is the same moment seen from another time zone.
        if (u.0 - m.date).num_days().abs() == 1 {
            return Some(header(u));
        }
    }
    machine.or(shown.updated.map(header)).or_else(|| {
        f.visible_dates
            .iter()
            .find_map(|t| dates::in_text(t).or_else(|| human_date(t)))
            .map(header)
    })
}

/// A machine date written in UTC (`Z`, `+00:00`, `GMT`): its calendar day may be a day
/// off the publisher's local day.
fn is_utc(raw: &str) -> bool {
    let r = raw.trim().to_ascii_uppercase();
    r.ends_with('Z')
        || ["+00:00", "+0000", "UTC", "GMT"]
            .iter()
            .any(|z| r.ends_with(z))
}

fn published_machine(
    f: &Facts<'_>,
    ld: &jsonld::LdArticle,
    url: Option<&str>,
) -> Option<Published> {
    let mk = |p: dates::Parsed, source| Published {
        date: p.0,
        datetime: p.1,
        source,
    };
    // Declared publication times, best first, with their raw text.
    let mut declared: Vec<(&str, DateSource)> = Vec::new();
    if let Some(d) = ld.date_published.as_deref() {
        declared.push((d, DateSource::JsonLd));
    }
    for k in PUBLISHED_KEYS {
        if let Some(v) = f.metas.get(*k) {
            declared.push((v, DateSource::MetaTag));
        }
    }
    declared.extend(
        f.times
            .iter()
            .filter(|t| t.1)
            .map(|t| (t.0, DateSource::TimeElement)),
    );
    let parsed: Vec<(&str, dates::Parsed, DateSource)> = declared
        .into_iter()
        .filter_map(|(raw, src)| dates::parse(raw).map(|p| (raw, p, src)))
        .collect();
    if let Some((raw, best, src)) = parsed.first().copied() {
        // A UTC time a day off a local time the page also declares: the local day wins.
        if is_utc(raw) {
            if let Some((_, p, s)) = parsed
                .iter()
                .find(|(r, p, _)| !is_utc(r) && (p.0 - best.0).num_days().abs() == 1)
            {
                return Some(mk(*p, *s));
            }
        }
        return Some(mk(best, src));
    }
    // The URL's date, then any `<time>`, then a date in a byline.
    url.and_then(dates::from_url)
        .map(|d| Published::date(d, DateSource::Url))
        .or_else(|| {
            f.times
                .iter()
                .find_map(|t| dates::parse(t.0))
                .map(|p| mk(p, DateSource::TimeElement))
        })
        .or_else(|| {
            f.bylines
                .iter()
                .find_map(|b| dates::in_text(b))
                .map(|p| mk(p, DateSource::Header))
        })
}

/// Decode character references left in metadata strings (`&rsquo;`, `&#8216;`).
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        match crate::align::decode_ref(rest) {
            Some((chars, len)) => {
                out.extend(chars.iter().flatten());
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Debugging aid: every date and title candidate the page offers, one per line.
pub(crate) fn debug(dom: &Dom<'_>, url: Option<&str>) -> String {
    let f = gather(dom);
    let scripts: Vec<&str> = f.ld_scripts.iter().map(String::as_str).collect();
    let ld = jsonld::article(&scripts).unwrap_or_default();
    let mut out = String::new();
    let mut line = |k: &str, v: &str| {
        out.push_str("  ");
        out.push_str(k);
        out.push_str(": ");
        out.push_str(&v.chars().take(160).collect::<String>());
        out.push('\n');
    };
    line(
        "ld.datePublished",
        ld.date_published.as_deref().unwrap_or("-"),
    );
    line("ld.headline", ld.headline.as_deref().unwrap_or("-"));
    let mut keys: Vec<_> = f.metas.iter().collect();
    keys.sort();
    for (k, v) in keys {
        if ["date", "time", "publish", "title", "modified", "created"]
            .iter()
            .any(|w| k.contains(w))
        {
            line(&format!("meta {k}"), v);
        }
    }
    for (t, marked) in &f.times {
        line(&format!("time marked={marked}"), t);
    }
    for t in &f.visible_dates {
        line("visible", t);
    }
    for t in &f.bylines {
        line("byline", t);
    }
    if let Some(d) = url.and_then(dates::from_url) {
        line("url", &d.to_string());
    }
    if let Some(h) = headline_at(dom, &f, f.h1.as_deref()) {
        let t = header::text_after(dom, h);
        line("header", &t);
        line("shown", &format!("{:?}", header::shown(&t)));
    }
    line("title tag", f.title_tag.as_deref().unwrap_or("-"));
    line("h1", f.h1.as_deref().unwrap_or("-"));
    line("ld scripts", &f.ld_scripts.len().to_string());
    out
}
