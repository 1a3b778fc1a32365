//! robots.txt as RFC 9309 reads it: groups by user agent, longest match wins, `allow`
//! wins a tie, `*` and `$` in patterns; plus the common `Crawl-delay` extension.
//!
//! Fetch outcomes map as the RFC says: a 4xx ("unavailable") allows everything, a 5xx or
//! no answer ("unreachable") disallows everything. Only the first [`MAX_ROBOTS_BYTES`]
//! are parsed (the RFC asks crawlers to parse at least 500 KiB).

use std::time::Duration;

/// Bytes of a robots.txt that are parsed; the rest is ignored.
pub const MAX_ROBOTS_BYTES: usize = 500 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    allow: bool,
    pattern: String,
}

/// The rules of one host that apply to one user agent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Robots {
    rules: Vec<Rule>,
    crawl_delay: Option<Duration>,
    /// Everything is forbidden (robots.txt unreachable).
    disallow_all: bool,
}

impl Robots {
    /// No rules: everything allowed (robots.txt missing, 4xx).
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// Everything forbidden (robots.txt unreachable or 5xx).
    pub fn disallow_all() -> Robots {
        Robots {
            disallow_all: true,
            ..Robots::default()
        }
    }

    /// Parse a robots.txt body for the user agent `token` (its product name, e.g.
    /// `newsclaims`). Groups naming the token apply; otherwise the `*` groups do.
    ///
    /// ```
    /// use newsclaims_fetch::Robots;
    /// let r = Robots::parse(b"User-agent: *\nDisallow: /private\nAllow: /private/ok$\n", "newsclaims");
    /// assert!(!r.allowed("/private/x"));
    /// assert!(r.allowed("/private/ok"));
    /// assert!(!r.allowed("/private/ok/more"));
    /// assert!(r.allowed("/public"));
    /// ```
    pub fn parse(body: &[u8], token: &str) -> Robots {
        let body = &body[..body.len().min(MAX_ROBOTS_BYTES)];
        let text = String::from_utf8_lossy(body);
        let token = token.to_ascii_lowercase();
        // (agents of the group, rules, crawl-delay)
        let mut groups: Vec<(Vec<String>, Vec<Rule>, Option<Duration>)> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Vec::new(), None));
                        in_agents = true;
                    }
                    if let Some(g) = groups.last_mut() {
                        g.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    let Some(g) = groups.last_mut() else { continue };
                    // An empty `Disallow:` allows everything: no rule.
                    if value.is_empty() {
                        continue;
                    }
                    g.1.push(Rule {
                        allow: key == "allow",
                        pattern: normalize_pattern(value),
                    });
                }
                "crawl-delay" => {
                    in_agents = false;
                    let Some(g) = groups.last_mut() else { continue };
                    if let Ok(secs) = value.parse::<f64>() {
                        if secs.is_finite() && secs >= 0.0 {
                            g.2 = Some(Duration::from_secs_f64(secs.min(86_400.0)));
                        }
                    }
                }
                _ => {} // sitemap and unknown lines do not end a group's agent list
            }
        }
        let matches_token = |agent: &str| {
            // The product token, e.g. `newsclaims` in `newsclaims/0.1`.
            let a = agent.split('/').next().unwrap_or("").trim();
            !a.is_empty() && a == token
        };
        let mut robots = Robots::default();
        let mut named = false;
        for (agents, _, _) in &groups {
            if agents.iter().any(|a| matches_token(a)) {
                named = true;
            }
        }
        for (agents, rules, delay) in groups {
            let applies = if named {
                agents.iter().any(|a| matches_token(a))
            } else {
                agents.iter().any(|a| a == "*")
            };
            if applies {
                robots.rules.extend(rules);
                if robots.crawl_delay.is_none() {
                    robots.crawl_delay = delay;
                }
            }
        }
        robots
    }

    /// Whether `path` (path and query, percent-encoded as sent) may be fetched.
    pub fn allowed(&self, path: &str) -> bool {
        if path == "/robots.txt" {
            return true;
        }
        if self.disallow_all {
            return false;
        }
        let path = if path.is_empty() { "/" } else { path };
        let mut best: Option<(usize, bool)> = None;
        for r in &self.rules {
            if pattern_matches(&r.pattern, path) {
                let len = r.pattern.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, r.allow)),
                };
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }

    /// The `Crawl-delay` of the group that applies, if any.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.crawl_delay
    }
}

/// Percent-encode characters outside ASCII so patterns compare with encoded paths, and
/// upper-case existing escapes (RFC 9309 §2.2.2).
fn normalize_pattern(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let bytes = p.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
            out.push((bytes[i + 1] as char).to_ascii_uppercase());
            out.push((bytes[i + 2] as char).to_ascii_uppercase());
            i += 3;
            continue;
        }
        if b.is_ascii() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    out
}

/// Match a pattern with `*` (any sequence) and a trailing `$` (end) against a path prefix.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let parts: Vec<&str> = pattern.split('*').collect();
    let path = path.as_bytes();
    let mut pos = 0usize;
    for (i, part) in parts.iter().enumerate() {
        let part = part.as_bytes();
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
            continue;
        }
        let last = i == parts.len() - 1;
        if last && anchored {
            // The last piece must end the path, somewhere at or after `pos`.
            return path.len() >= pos + part.len() && path.ends_with(part);
        }
        match find(&path[pos..], part) {
            Some(at) => pos += at + part.len(),
            None => return false,
        }
    }
    !anchored || pos == path.len()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(txt: &str) -> Robots {
        Robots::parse(txt.as_bytes(), "newsclaims")
    }

    #[test]
    fn named_group_beats_star_and_groups_merge() {
        let robots = r("User-agent: *\nDisallow: /\n\nUser-agent: NewsClaims/2\nDisallow: /a\n\nUser-agent: other\nUser-agent: newsclaims\nDisallow: /b\nCrawl-delay: 2.5\n");
        assert!(robots.allowed("/c"));
        assert!(!robots.allowed("/a/1"));
        assert!(!robots.allowed("/b"));
        assert_eq!(robots.crawl_delay(), Some(Duration::from_millis(2500)));
    }

    #[test]
    fn longest_match_and_allow_wins_tie() {
        let robots = r("user-agent: *\ndisallow: /x/\nallow: /x/y\nallow: /p\ndisallow: /p\n");
        assert!(robots.allowed("/x/y/z"));
        assert!(!robots.allowed("/x/z"));
        assert!(robots.allowed("/p"));
    }

    #[test]
    fn wildcards_and_anchor() {
        let robots = r("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n");
        assert!(!robots.allowed("/doc/a.pdf"));
        assert!(robots.allowed("/doc/a.pdf.html"));
        assert!(!robots.allowed("/page?session=1"));
        assert!(robots.allowed("/page?id=1"));
        assert!(pattern_matches("/a*b*c$", "/a11b22c"));
        assert!(!pattern_matches("/a*b*c$", "/a11b22cd"));
    }

    #[test]
    fn empty_disallow_comments_and_robots_txt_itself() {
        let robots = r("# hi\nUser-agent: * # all\nDisallow:\n");
        assert!(robots.allowed("/anything"));
        assert!(Robots::disallow_all().allowed("/robots.txt"));
        assert!(!Robots::disallow_all().allowed("/"));
        assert!(Robots::allow_all().allowed("/"));
    }

    #[test]
    fn non_ascii_patterns_match_encoded_paths() {
        let robots = r("User-agent: *\nDisallow: /новости\nDisallow: /caf%c3%a9\n");
        assert!(!robots.allowed("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"));
        assert!(!robots.allowed("/caf%C3%A9"));
    }

    #[test]
    fn size_cap_ignores_the_tail() {
        let mut body = String::from("User-agent: *\n");
        while body.len() < MAX_ROBOTS_BYTES {
            body.push_str("Allow: /filler\n");
        }
        body.push_str("Disallow: /late\n");
        assert!(Robots::parse(body.as_bytes(), "newsclaims").allowed("/late"));
    }

    #[test]
    fn no_input_panics() {
        for s in [
            "",
            ":",
            "Disallow: %",
            "User-agent:\n%\n",
            "allow: %e",
            "Disallow: *$$",
            "Crawl-delay: nan",
        ] {
            let r = r(s);
            let _ = r.allowed("/x");
            let _ = r.allowed("");
        }
    }
}
