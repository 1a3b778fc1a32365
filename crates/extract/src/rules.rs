//! Boilerplate rules, as data files compiled once into [`Rules`]:
//! `data/drop-tags.txt`, `data/boilerplate-class.txt`, `data/content-class.txt`,
//! `data/boilerplate-text.txt`.

use crate::dom::Names;
use std::collections::HashSet;

/// What an element's class and id names say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Neutral,
    /// An article-body container name (`article-body`, `entry-content`).
    Content,
    /// A boilerplate container name (`related-articles`, `share-bar`).
    Boilerplate,
}

/// The compiled rules.
#[derive(Debug)]
pub(crate) struct Rules {
    drop_tags: HashSet<&'static str>,
    boiler_words: HashSet<&'static str>,
    content_words: HashSet<&'static str>,
    phrases: Vec<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Rules {
    pub fn new() -> Rules {
        Rules {
            drop_tags: lines(include_str!("../data/drop-tags.txt")).collect(),
            boiler_words: lines(include_str!("../data/boilerplate-class.txt")).collect(),
            content_words: lines(include_str!("../data/content-class.txt")).collect(),
            phrases: lines(include_str!("../data/boilerplate-text.txt")).collect(),
        }
    }

    /// Tags whose subtree never holds article text.
    pub fn is_drop_tag(&self, tag: &str) -> bool {
        self.drop_tags.contains(tag)
    }

    /// Whether an element is hidden (`hidden`, `aria-hidden`, inline `display:none`).
    pub fn is_hidden(&self, el: &Names<'_>) -> bool {
        el.hidden || el.style.is_some_and(style_hides)
    }

    /// Judge one class or id name.
    fn name_verdict(&self, name: &str, buf: &mut Vec<String>) -> Verdict {
        // Fast path: lower-case names need no allocation.
        if !name.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            let mut content = false;
            for w in name
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                if self.boiler_words.contains(w) {
                    return Verdict::Boilerplate;
                }
                content |= self.content_words.contains(w);
            }
            return if content {
                Verdict::Content
            } else {
                Verdict::Neutral
            };
        }
        split_words(name, buf);
        let mut content = false;
        for w in buf.iter() {
            if self.boiler_words.contains(w.as_str()) {
                return Verdict::Boilerplate;
            }
            if self.content_words.contains(w.as_str()) {
                content = true;
            }
        }
        if content {
            Verdict::Content
        } else {
            Verdict::Neutral
        }
    }

    /// Judge an element by its class names and id: a content name wins over a
    /// boilerplate name on another class (`article-body social-enabled`); within one
    /// name, boilerplate wins (`related-articles`).
    pub fn verdict(&self, el: &Names<'_>) -> Verdict {
        let mut buf = Vec::new();
        let mut out = Verdict::Neutral;
        let names = el
            .class
            .into_iter()
            .flat_map(|c| c.split_ascii_whitespace())
            .chain(el.id);
        for name in names.chain(el.role).chain(el.itemprop) {
            match self.name_verdict(name, &mut buf) {
                Verdict::Content => return Verdict::Content,
                Verdict::Boilerplate => out = Verdict::Boilerplate,
                Verdict::Neutral => {}
            }
        }
        out
    }

    /// Whether a short block's text is page furniture ("Read more", "Advertisement").
    pub fn is_boilerplate_text(&self, text: &str) -> bool {
        // Phrases are lower case and short: compare the head ASCII-case-insensitively,
        // without allocating.
        let head = text.trim_start().as_bytes();
        let starts =
            |p: &str| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        self.phrases.iter().any(|p| match p.strip_prefix('!') {
            Some(any_length) => starts(any_length),
            None => text.len() <= 120 && starts(p),
        })
    }
}

/// Split a class name into lower-case words at non-alphanumerics and camelCase humps.
fn split_words(name: &str, out: &mut Vec<String>) {
    out.clear();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    // "articleBody" also as one word, for lists that name it whole.
    if out.len() > 1 {
        let joined: String = out.concat();
        out.push(joined);
    }
}

/// An inline style that hides its element (`display: none`, `visibility:hidden`).
pub(crate) fn style_hides(style: &str) -> bool {
    if !(contains_ci(style, "none") || contains_ci(style, "hidden")) {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// ASCII case-insensitive substring test without allocating (`needle` in lower case).
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn verdict(html: &str) -> Verdict {
        let doc = Html::parse_fragment(html);
        let dom = crate::dom::Dom::new(&doc);
        let i = dom.find_tag("div").unwrap();
        Rules::new().verdict(&dom.names[i])
    }

    #[test]
    fn class_names_are_judged_by_their_words() {
        assert_eq!(
            verdict(r#"<div class="article-body social-enabled"></div>"#),
            Verdict::Content
        );
        assert_eq!(
            verdict(r#"<div class="related-articles"></div>"#),
            Verdict::Boilerplate
        );
        assert_eq!(
            verdict(r#"<div id="shareBar"></div>"#),
            Verdict::Boilerplate
        );
        assert_eq!(
            verdict(r#"<div itemprop="articleBody"></div>"#),
            Verdict::Content
        );
        assert_eq!(
            verdict(r#"<div class="header-ad"></div>"#),
            Verdict::Boilerplate
        );
        assert_eq!(verdict(r#"<div class="heading"></div>"#), Verdict::Neutral);
        assert_eq!(
            verdict(r#"<div class="l-container"></div>"#),
            Verdict::Neutral
        );
    }

    #[test]
    fn furniture_phrases() {
        let r = Rules::new();
        assert!(r.is_boilerplate_text("Read more: the other story"));
        assert!(r.is_boilerplate_text("ADVERTISEMENT"));
        assert!(!r.is_boilerplate_text("The minister said she would read more reports."));
    }
}
