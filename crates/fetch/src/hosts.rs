//! Per-host politeness: one request in flight per host, a minimum interval between
//! request starts (the larger of the configured one and robots.txt `Crawl-delay`), and
//! the host's robots.txt, fetched once per run.
//!
//! Each host has a [`HostSlot`] whose async mutex is held for a whole request, so a
//! second request to the host (another URL, a redirect hop, a retry) waits its turn;
//! different hosts never wait for each other.

use crate::robots::{Robots, MAX_ROBOTS_BYTES};
use crate::{FetchConfig, ROBOTS_TOKEN};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;
use url::Url;

/// The state of one host, behind its async mutex.
#[derive(Debug, Default)]
pub(crate) struct HostState {
    /// When the last request started.
    pub last_start: Option<Instant>,
    /// robots.txt once fetched (or `allow_all` when not obeyed).
    pub robots: Option<Robots>,
    /// Why robots.txt was unavailable, when it was.
    pub robots_error: Option<String>,
}

/// One host's slot.
pub(crate) type HostSlot = Arc<tokio::sync::Mutex<HostState>>;

/// All hosts seen by a fetcher.
#[derive(Debug, Default)]
pub(crate) struct Hosts {
    slots: Mutex<HashMap<String, HostSlot>>,
}

impl Hosts {
    /// The slot of a URL's origin (scheme, host, port).
    pub fn slot(&self, url: &Url) -> HostSlot {
        let key = url.origin().ascii_serialization();
        let mut map = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(key).or_default().clone()
    }
}

impl HostState {
    /// The interval after a request to this host.
    pub fn interval(&self, config: &FetchConfig) -> Duration {
        let delay = self
            .robots
            .as_ref()
            .and_then(Robots::crawl_delay)
            .map(|d| d.min(config.max_crawl_delay))
            .unwrap_or_default();
        config.min_interval.max(delay)
    }

    /// Wait for this host's turn: the interval (as known now, robots.txt included)
    /// after the last request's start.
    pub async fn wait_turn(&mut self, config: &FetchConfig) {
        if let Some(last) = self.last_start {
            tokio::time::sleep_until(last + self.interval(config)).await;
        }
        self.last_start = Some(Instant::now());
    }

    /// Fetch robots.txt if not yet known (RFC 9309 §2.3.1: follow up to five redirects;
    /// 4xx allows all; 5xx or no answer disallows all).
    pub async fn ensure_robots(
        &mut self,
        client: &reqwest::Client,
        config: &FetchConfig,
        url: &Url,
    ) {
        if self.robots.is_some() {
            return;
        }
        if !config.obey_robots {
            self.robots = Some(Robots::allow_all());
            return;
        }
        let Ok(mut robots_url) = url.join("/robots.txt") else {
            self.robots = Some(Robots::allow_all());
            return;
        };
        self.wait_turn(config).await;
        let mut hops = 0;
        let robots = loop {
            let r = crate::http::exchange(
                client,
                config,
                &robots_url,
                &[],
                MAX_ROBOTS_BYTES as u64,
                true,
            )
            .await;
            match r {
                Ok(ex) if (300..400).contains(&ex.status) && hops < 5 => {
                    match ex.header("location").and_then(|l| robots_url.join(l).ok()) {
                        Some(next) => {
                            hops += 1;
                            robots_url = next;
                        }
                        None => break Robots::allow_all(),
                    }
                }
                Ok(ex) if (200..300).contains(&ex.status) => {
                    break Robots::parse(&ex.body, ROBOTS_TOKEN)
                }
                // Too many redirects: treat as unavailable (allow), as the RFC says.
                Ok(ex) if (300..500).contains(&ex.status) => break Robots::allow_all(),
                Ok(ex) => {
                    self.robots_error = Some(format!("HTTP {}", ex.status));
                    break Robots::disallow_all();
                }
                Err(e) => {
                    self.robots_error = Some(e.to_string());
                    break Robots::disallow_all();
                }
            }
        };
        self.robots = Some(robots);
    }
}
