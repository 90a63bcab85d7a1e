//! The retry queue and the dead letter queue: `retry:queue` (items due at `retryAfter`) and
//! `retry:dead_letter_queue` (tasks that ran out of retries), both lists of JSON written by the
//! seed's `enqueueForRetry`.
//!
//! This module parses what agents wrote ([`Entry`]) and does the single writes (enqueue);
//! [`stats`] counts both lists.
//! Moving items is where tools lose jobs, so each move has its own module built on one rule:
//! every script touches keys of one hash slot only, and an item crossing slots goes through a
//! named staging list in the source's slot that the next run finishes:
//! - [`sweep`]: dead letters out of the DLQ (drain to a file, requeue, purge), under [`lock`],
//! - [`worker`]: the `retry run` worker's claim / finish / recovery of processing lists.

pub mod lock;
pub mod requeued;
pub mod schedule;
pub mod shape;
pub mod stats;
pub mod sweep;
pub mod worker;

use anyhow::Result;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::Store;
use super::value::{int, json_object};
use crate::exit::{Exit, Fail};
use crate::time::Time;
pub use schedule::{Scheduled, enqueue, schedule};
use shape::TaskFields;

/// Which list an entry came from: retry items say `attempt` and carry `retryAfter`, dead
/// letters say `attempts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Queue,
    Dead,
}

/// One list entry as an agent wrote it, with what is wrong with it.
///
/// An entry with problems is never moved: moves leave it where it is and report it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub raw: Vec<u8>,
    pub fields: TaskFields,
    pub task_id: Option<String>,
    pub project_id: Option<String>,
    pub agent: Option<String>,
    pub error: Option<String>,
    /// `attempt` for retry items, `attempts` for dead letters.
    pub attempt: Option<i64>,
    /// Epoch milliseconds, possibly fractional (retry items only).
    pub retry_after: Option<f64>,
    pub timestamp_raw: Option<String>,
    pub timestamp: Option<Time>,
    pub problems: Vec<String>,
}

impl Entry {
    pub fn parse(raw: Vec<u8>, kind: Kind) -> Entry {
        let mut e = Entry {
            raw,
            fields: TaskFields::default(),
            task_id: None,
            project_id: None,
            agent: None,
            error: None,
            attempt: None,
            retry_after: None,
            timestamp_raw: None,
            timestamp: None,
            problems: Vec::new(),
        };
        let mut o = match seen(&e.raw) {
            Ok(o) => o,
            Err(why) => {
                e.problems.push(why);
                return e;
            }
        };
        e.task_id = text(o.task_id.as_ref());
        match &o.task_id {
            Some(Value::String(s)) if !s.is_empty() => {}
            Some(Value::Number(_)) => {}
            None => e.problems.push("no taskId".into()),
            Some(_) => e.problems.push("taskId is not a string or number".into()),
        }
        for (name, v) in [("projectId", &o.project_id), ("agent", &o.agent)] {
            if v.as_ref().is_some_and(|v| !v.is_string()) {
                e.problems.push(format!("{name} is not a string"));
            }
        }
        e.project_id = text(o.project_id.as_ref());
        e.agent = text(o.agent.as_ref());
        e.error = text(o.error.as_ref());
        let (count, value) = match kind {
            Kind::Queue => ("attempt", o.attempt.take()),
            Kind::Dead => ("attempts", o.attempts.take()),
        };
        match value {
            Some(v) => match v.as_f64() {
                Some(n) if n.fract() == 0.0 => e.attempt = Some(n as i64),
                _ => e
                    .problems
                    .push(format!("{count} {v} is not a whole number")),
            },
            None if kind == Kind::Queue => e.problems.push("no attempt".into()),
            None => {}
        }
        if kind == Kind::Queue {
            match &o.retry_after {
                Some(v) => match v.as_f64() {
                    Some(n) => e.retry_after = Some(n),
                    None => e.problems.push(format!("retryAfter {v} is not a number")),
                },
                None => e.problems.push("no retryAfter".into()),
            }
        }
        e.timestamp_raw = text(o.timestamp.as_ref());
        e.timestamp = e.timestamp_raw.as_deref().and_then(Time::parse);
        e.fields = TaskFields {
            task_id: o.task_id.take().unwrap_or(Value::Null),
            project_id: o.project_id.take(),
            agent: o.agent.take(),
            error: o.error.take(),
        };
        e
    }

    /// The entry as a JSON object (empty when it is not one), for rewriting it.
    pub fn object(&self) -> Map<String, serde_json::Value> {
        json_object(&self.raw).unwrap_or_default()
    }

    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn problem(&self) -> Option<String> {
        (!self.problems.is_empty()).then(|| self.problems.join("; "))
    }

    /// Due at `now_ms` (a clean retry item whose `retryAfter` has passed).
    pub fn due(&self, now_ms: f64) -> bool {
        self.is_clean() && self.retry_after.is_some_and(|t| t <= now_ms)
    }
}

/// The keys the seed writes, read straight from the entry: other keys are skipped without
/// being built, which makes reading a million dead letters several times cheaper than a map.
/// JSON `null` reads as absent.
#[derive(Deserialize)]
struct Seen {
    #[serde(rename = "taskId")]
    task_id: Option<Value>,
    #[serde(rename = "projectId")]
    project_id: Option<Value>,
    agent: Option<Value>,
    error: Option<Value>,
    attempt: Option<Value>,
    attempts: Option<Value>,
    #[serde(rename = "retryAfter")]
    retry_after: Option<Value>,
    timestamp: Option<Value>,
}

/// An entry's seed fields; `Err` says what is wrong with it, in [`json_object`]'s words.
fn seen(raw: &[u8]) -> Result<Seen, String> {
    // A struct would also accept a JSON array; only objects are entries.
    let object = raw.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    match serde_json::from_slice::<Seen>(raw) {
        Ok(s) if object => Ok(s),
        _ => match json_object(raw) {
            Err(why) => Err(why),
            Ok(_) => Err("entry repeats a key".into()),
        },
    }
}

/// A JSON value as display text: strings as they are, other values as JSON.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Now, in epoch milliseconds, the unit of `retryAfter` (`Date.now()`).
pub fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

/// Fail with a clear message unless `key` is a list (or absent).
pub fn check_list(store: &mut Store, key: &str) -> Result<()> {
    let t = store.key_type(key);
    if t == "list" || t == "none" {
        return Ok(());
    }
    Err(
        Fail::new(Exit::Failure, format!("{key} is a {t}, not a list"))
            .hint("agents write it with RPUSH; inspect it with `redis-cli TYPE` before changing it")
            .into(),
    )
}

/// Read `key` a page at a time from `start`, parsing each entry; `each` gets the entry's
/// index and returns whether to go on.
pub fn entries(
    store: &mut Store,
    key: &str,
    kind: Kind,
    start: usize,
    page: usize,
    mut each: impl FnMut(usize, Entry) -> Result<bool>,
) -> Result<()> {
    store.list_pages(key, start, page, |first, items| {
        for (i, raw) in items.into_iter().enumerate() {
            if !each(first + i, Entry::parse(raw, kind))? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// LLEN of each key, in one round trip (0 for a missing key or a key of another type).
pub fn lengths(store: &mut Store, keys: &[&str]) -> Result<Vec<u64>> {
    let mut pipe = redis::pipe();
    for k in keys {
        pipe.cmd("LLEN").arg(*k);
    }
    let replies = store.read(&mut pipe, "list lengths")?;
    Ok(replies
        .iter()
        .map(|v| int(v).unwrap_or(0).max(0) as u64)
        .collect())
}

/// The first entry of a list, if any.
pub fn first(store: &mut Store, key: &str, kind: Kind) -> Result<Option<Entry>> {
    let mut pipe = redis::pipe();
    pipe.cmd("LINDEX").arg(key).arg(0);
    Ok(match store.read(&mut pipe, key)?.into_iter().next() {
        Some(redis::Value::BulkString(b)) => Some(Entry::parse(b, kind)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_items_parse_clean() {
        let e = Entry::parse(
            br#"{"taskId":"t1","projectId":"p","agent":"a","error":"boom","attempt":1,"retryAfter":1764100001123.456,"timestamp":"2026-01-01T00:00:00.000Z"}"#.to_vec(),
            Kind::Queue,
        );
        assert!(e.is_clean(), "{:?}", e.problems);
        assert_eq!(e.retry_after, Some(1764100001123.456));
        assert_eq!(e.attempt, Some(1));
        let d = Entry::parse(
            br#"{"taskId":"t1","projectId":"p","agent":"a","error":"boom","attempts":3,"timestamp":"2026-01-01T00:00:00.000Z"}"#.to_vec(),
            Kind::Dead,
        );
        assert!(d.is_clean(), "{:?}", d.problems);
        assert_eq!(d.attempt, Some(3));
    }

    #[test]
    fn bad_entries_say_why() {
        let bad = |raw: &[u8], kind| Entry::parse(raw.to_vec(), kind).problem().unwrap();
        assert!(bad(b"nope", Kind::Dead).contains("not valid JSON"));
        assert!(bad(b"[1]", Kind::Dead).contains("not an object"));
        assert!(bad(br#"{"agent":"a"}"#, Kind::Dead).contains("no taskId"));
        assert!(bad(br#"{"taskId":"t","attempt":1}"#, Kind::Queue).contains("no retryAfter"));
        assert!(
            bad(br#"{"taskId":"t","attempts":"x"}"#, Kind::Dead).contains("not a whole number")
        );
    }
}
