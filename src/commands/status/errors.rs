//! The errors and cascade sections: what failed in the last hour, by name (what
//! `errors log --since 1h` lists), and whether the seed's `correlateErrors` would call the
//! last five minutes a cascade (what `errors correlate` says).

use std::collections::HashMap;
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Trouble, counted};
use crate::output::{Cell, Section, Tone, relative, short_span};
use crate::store::Store;
use crate::store::errors::cascade::{self, TypeCounts};
use crate::store::errors::log::{Filter, newest_first};
use crate::store::errors::{Sources, log_keys};
use crate::time::Time;

/// How far back "recent errors" reach.
pub const LAST_HOUR: Duration = Duration::from_secs(3600);

/// The seed's `correlateErrors`: five minutes, three event types, the newest 100 per log.
pub const CASCADE_WINDOW: Duration = Duration::from_secs(300);
pub const CASCADE_THRESHOLD: u64 = 3;
const CASCADE_PER_LOG: usize = 100;

/// Error log entries of the last hour, across the task log and every training log.
#[derive(Serialize)]
pub struct LastHour {
    pub since: Time,
    pub window_seconds: u64,
    /// Entries in the window, unreadable ones included.
    pub total: u64,
    /// By `error.name`, or the event `type` for events without one; most frequent first.
    pub by_name: Vec<NameCount>,
    pub by_name_more: u64,
    pub unreadable: u64,
    #[serde(skip)]
    trouble: Trouble,
}

#[derive(Serialize)]
pub struct NameCount {
    pub name: String,
    pub count: u64,
    pub newest: Option<Time>,
}

/// `errors correlate`'s verdict with the seed's settings.
#[derive(Serialize)]
pub struct Cascade {
    pub cascade: bool,
    pub error_types: Vec<String>,
    pub error_counts: TypeCounts,
    pub window_seconds: u64,
    pub threshold: u64,
    pub entries_in_window: usize,
    /// Recent entries that could not be counted (no readable time or type).
    pub uncounted: usize,
}

pub fn read(store: &mut Store, now: DateTime<Utc>, limit: usize) -> Result<(LastHour, Cascade)> {
    let logs = log_keys(store, Sources::ALL, None)?;
    let since = Time(now - chrono::Duration::from_std(LAST_HOUR).unwrap_or_default());
    let filter = Filter {
        since: Some(since),
        ..Filter::default()
    };
    let mut trouble = Trouble::new("error logs", "coordctl errors log --since 1h");
    let mut total = 0;
    let mut names: HashMap<String, (u64, Option<Time>)> = HashMap::new();
    newest_first(store, &logs, &filter, None, |e| {
        let Some(index) = e.index else {
            // The key itself: not a list, or a name that is not UTF-8.
            trouble.add(|| match e.problem.as_deref() {
                Some(p) if p.contains(e.key.as_str()) => p.to_string(),
                p => format!("{}: {}", e.key, p.unwrap_or("unreadable")),
            });
            return Ok(());
        };
        total += 1;
        if let Some(p) = &e.problem {
            trouble.add(|| format!("{}[{index}]: {p}", e.key));
        }
        if e.raw.is_none() {
            let name = e.error_name().or(e.kind.as_deref()).unwrap_or("(unnamed)");
            let n = names.entry(name.to_string()).or_default();
            n.0 += 1;
            n.1 = n.1.max(e.time);
        }
        Ok(())
    })?;
    let mut by_name: Vec<NameCount> = names
        .into_iter()
        .map(|(name, (count, newest))| NameCount {
            name,
            count,
            newest,
        })
        .collect();
    by_name.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    let by_name_more = by_name.len().saturating_sub(limit) as u64;
    by_name.truncate(limit);
    let last_hour = LastHour {
        since,
        window_seconds: LAST_HOUR.as_secs(),
        total,
        by_name,
        by_name_more,
        unreadable: trouble.count,
        trouble,
    };

    let found = cascade::correlate(store, &logs, now, CASCADE_WINDOW, CASCADE_PER_LOG)?;
    let cascade = Cascade {
        cascade: found.is_cascade(CASCADE_THRESHOLD),
        error_types: found
            .tally
            .counts
            .types()
            .into_iter()
            .map(String::from)
            .collect(),
        error_counts: found.tally.counts,
        window_seconds: CASCADE_WINDOW.as_secs(),
        threshold: CASCADE_THRESHOLD,
        entries_in_window: found.tally.in_window,
        uncounted: found.tally.uncounted.len(),
    };
    Ok((last_hour, cascade))
}

impl LastHour {
    pub fn trouble(&self) -> &Trouble {
        &self.trouble
    }

    pub fn section(&self, now: DateTime<Utc>) -> Section {
        let mut summary = vec![counted(self.total, "in the last hour", Tone::Warn)];
        if self.unreadable > 0 {
            summary.push(counted(self.unreadable, "unreadable", Tone::Bad));
        }
        let rows = self
            .by_name
            .iter()
            .map(|n| {
                vec![
                    Cell::new(n.name.as_str()),
                    Cell::num(n.count),
                    n.newest.map_or_else(Cell::none, |t| {
                        Cell::new(format!("newest {}", relative(t.0, now))).tone(Tone::Dim)
                    }),
                ]
            })
            .collect();
        let more = (self.by_name_more > 0).then(|| {
            format!(
                "… {} more names: coordctl errors log --since 1h",
                self.by_name_more
            )
        });
        Section::new("errors", summary).rows(rows).more(more)
    }
}

impl Cascade {
    pub fn section(&self, now: DateTime<Utc>) -> Section {
        let n = self.error_types.len();
        let types = if n == 1 { "event type" } else { "event types" };
        let window = short_span(self.window_seconds);
        if !self.cascade {
            return Section::new(
                "cascade",
                vec![
                    Cell::new("none").tone(Tone::Good),
                    Cell::new(format!(
                        "{n} {types} in the last {window} ({} make a cascade)",
                        self.threshold
                    ))
                    .tone(Tone::Dim),
                ],
            );
        }
        let rows = self
            .error_counts
            .0
            .iter()
            .map(|t| {
                vec![
                    Cell::new(t.kind.as_str()),
                    Cell::num(t.count),
                    t.newest.map_or_else(Cell::none, |at| {
                        Cell::new(format!("newest {}", relative(at.0, now))).tone(Tone::Dim)
                    }),
                    Cell::new(t.sources.join(", ")).tone(Tone::Dim),
                ]
            })
            .collect();
        Section::new(
            "cascade",
            vec![
                Cell::new("CASCADE").tone(Tone::Bad),
                Cell::new(format!("{n} {types} in the last {window}")).tone(Tone::Bad),
            ],
        )
        .rows(rows)
    }
}
