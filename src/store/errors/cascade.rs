//! The seed's `correlateErrors`: count the recent entries of every log by event `type`; as
//! many distinct types as the threshold within the window is a cascade, announced with an
//! `error_cascade_detected` message on `events:errors:correlations`. [`correlate`] reads and
//! tallies every log; `errors correlate` and `status` share it.
//!
//! Two deliberate differences from the seed, which would crash or miscount on them: an entry
//! that cannot be parsed or has no readable timestamp is reported, not fatal; an entry with
//! no `type` is reported instead of being counted as a type called "undefined".

use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::log::newest;
use super::{Entry, LogKey};
use crate::store::Store;
use crate::store::value::int;
use crate::time::{Time, iso_now};

/// Counts per event type in the order the types were first seen (JavaScript's key order for
/// the seed's `errorsByType`), serialised as a JSON object.
#[derive(Clone, Debug, Default)]
pub struct TypeCounts(pub Vec<TypeCount>);

#[derive(Clone, Debug)]
pub struct TypeCount {
    pub kind: String,
    pub count: u64,
    /// The newest entry of this type.
    pub newest: Option<Time>,
    /// Where the entries came from (`tasks`, `training:<project>`), in order of appearance.
    pub sources: Vec<String>,
}

impl TypeCounts {
    pub fn types(&self) -> Vec<&str> {
        self.0.iter().map(|t| t.kind.as_str()).collect()
    }

    fn add(&mut self, e: &Entry, kind: &str) {
        let i = match self.0.iter().position(|t| t.kind == kind) {
            Some(i) => i,
            None => {
                self.0.push(TypeCount {
                    kind: kind.to_string(),
                    count: 0,
                    newest: None,
                    sources: Vec::new(),
                });
                self.0.len() - 1
            }
        };
        let t = &mut self.0[i];
        t.count += 1;
        t.newest = t.newest.max(e.time);
        if !t.sources.contains(&e.source) {
            t.sources.push(e.source.clone());
        }
    }
}

impl Serialize for TypeCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for t in &self.0 {
            map.serialize_entry(&t.kind, &t.count)?;
        }
        map.end()
    }
}

/// What the entries of the logs, in the seed's order (task log, then training logs), say
/// about the window ending `now`.
#[derive(Debug, Default)]
pub struct Tally {
    pub counts: TypeCounts,
    pub read: usize,
    pub in_window: usize,
    /// Entries that could not be counted, with why: (entry, reason).
    pub uncounted: Vec<(Entry, String)>,
}

/// Count `entries` the way `correlateErrors` does: an entry is recent when
/// `now - timestamp < window` (so entries dated in the future count too).
pub fn tally(
    entries: impl IntoIterator<Item = Entry>,
    now: DateTime<Utc>,
    window: Duration,
) -> Tally {
    let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX);
    let mut t = Tally::default();
    for e in entries {
        t.read += 1;
        let Some(time) = e.time else {
            let why = match &e.problem {
                Some(p) => p.clone(),
                None => "no timestamp".into(),
            };
            t.uncounted.push((e, why));
            continue;
        };
        if (now - time.0).num_milliseconds() >= window_ms {
            continue;
        }
        match e.kind.clone() {
            Some(kind) => {
                t.in_window += 1;
                t.counts.add(&e, &kind);
            }
            None => t.uncounted.push((e, "no type".into())),
        }
    }
    t
}

/// What `correlateErrors` finds in every log: the tally, the logs read, and one line per log
/// whose key or entries could not be counted.
#[derive(Debug, Default)]
pub struct Correlation {
    pub tally: Tally,
    /// The log keys that were read.
    pub logs: Vec<String>,
    pub problems: Vec<String>,
}

impl Correlation {
    /// The seed's rule: at least `threshold` distinct event types within the window.
    pub fn is_cascade(&self, threshold: u64) -> bool {
        self.tally.counts.0.len() as u64 >= threshold
    }
}

/// The seed's `correlateErrors` over `logs` (from [`super::log_keys`]): the newest `per_log`
/// entries of each (the seed reads 100), tallied for the window ending `now`.
pub fn correlate(
    store: &mut Store,
    logs: &[LogKey],
    now: DateTime<Utc>,
    window: Duration,
    per_log: usize,
) -> Result<Correlation> {
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let mut read_logs = Vec::new();
    for log in logs {
        if let Some(p) = &log.problem {
            problems.push(p.clone());
            continue;
        }
        entries.extend(newest(store, log, per_log)?);
        read_logs.push(log.key.clone());
    }
    let tally = tally(entries, now, window);
    // One line per log: how many of its entries could not be counted, and the first reason.
    for key in &read_logs {
        let mut bad = tally.uncounted.iter().filter(|(e, _)| &e.key == key);
        if let Some((first, why)) = bad.next() {
            let more = bad.count();
            let at = first.index.map_or(String::new(), |i| format!("[{i}]"));
            problems.push(if more == 0 {
                format!("{key}{at} not counted: {why}")
            } else {
                format!("{key}: {} entries not counted, e.g. {at}: {why}", more + 1)
            });
        }
    }
    Ok(Correlation {
        tally,
        logs: read_logs,
        problems,
    })
}

/// The seed's `error_cascade_detected` message, in its key order.
#[derive(Serialize)]
struct CascadeMessage<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    severity: &'static str,
    error_types: Vec<&'a str>,
    error_counts: &'a TypeCounts,
    recommendation: &'static str,
    timestamp: String,
}

/// The message announcing a cascade of `counts`.
pub fn cascade_message(counts: &TypeCounts) -> Result<String> {
    Ok(serde_json::to_string(&CascadeMessage {
        kind: "error_cascade_detected",
        severity: "critical",
        error_types: counts.types(),
        error_counts: counts,
        recommendation: "Investigate root cause - multiple subsystems failing",
        timestamp: iso_now(),
    })?)
}

/// Publish `message` on `events:errors:correlations`; returns how many subscribers got it.
pub fn publish(store: &mut Store, message: &str) -> Result<i64> {
    let channel = store.keys().errors_correlations_channel();
    let mut pipe = redis::pipe();
    pipe.cmd("PUBLISH").arg(&channel).arg(message);
    let replies = store.atomic(&mut pipe, &format!("publishing on {channel}"))?;
    Ok(replies.first().and_then(int).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(source: &str, kind: Option<&str>, secs_ago: i64, now: DateTime<Utc>) -> Entry {
        let ts = (now - chrono::Duration::seconds(secs_ago)).to_rfc3339();
        let mut json =
            serde_json::json!({ "timestamp": ts, "error": {"name": "E", "message": "m"} });
        if let Some(k) = kind {
            json["type"] = k.into();
        }
        Entry::parse(source.into(), "k".into(), 0, json.to_string().as_bytes())
    }

    #[test]
    fn counts_recent_types_in_first_seen_order() {
        let now = Utc::now();
        let w = Duration::from_secs(300);
        let t = tally(
            [
                entry("tasks", Some("task_failure"), 10, now),
                entry("training:p", Some("nan_loss"), 20, now),
                entry("tasks", Some("task_failure"), 30, now),
                entry("tasks", Some("old"), 301, now),
                entry("tasks", Some("future"), -60, now),
                entry("tasks", None, 5, now),
            ],
            now,
            w,
        );
        assert_eq!(t.counts.types(), ["task_failure", "nan_loss", "future"]);
        assert_eq!(
            serde_json::to_string(&t.counts).unwrap(),
            r#"{"task_failure":2,"nan_loss":1,"future":1}"#
        );
        assert_eq!((t.read, t.in_window, t.uncounted.len()), (6, 4, 1));
    }

    #[test]
    fn the_message_has_the_seeds_shape() {
        let now = Utc::now();
        let t = tally(
            [entry("tasks", Some("a"), 1, now)],
            now,
            Duration::from_secs(60),
        );
        let m: serde_json::Value =
            serde_json::from_str(&cascade_message(&t.counts).unwrap()).unwrap();
        let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = [
            "type",
            "severity",
            "error_types",
            "error_counts",
            "recommendation",
            "timestamp",
        ];
        expected.sort();
        assert_eq!(keys, expected);
        assert_eq!(m["type"], "error_cascade_detected");
        assert_eq!(m["error_counts"]["a"], 1);
    }
}
