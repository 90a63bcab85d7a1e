//! `coordctl retry`: the retry queue and the dead letter queue, read and moved the way the
//! seed's agents expect, and proof that moves lose nothing when coordctl or Redis is killed.

mod crash;
mod crash_worker;
mod dlq;
mod list;
mod moves;
mod worker;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::support::{RedisServer, redis};

pub const DLQ: &str = "retry:dead_letter_queue";
pub const QUEUE: &str = "retry:queue";
pub const DRAINING: &str = "{retry:dead_letter_queue}:draining";
pub const DRAINING2: &str = "{retry:dead_letter_queue}:draining:2";
pub const DRAINING3: &str = "{retry:dead_letter_queue}:draining:3";
pub const REQUEUEING: &str = "{retry:dead_letter_queue}:requeueing";
pub const KEPT: &str = "{retry:dead_letter_queue}:kept";

/// A dead letter as the seed's enqueueForRetry writes it (~200 bytes).
pub fn dead(task: &str) -> String {
    dead_for(
        task,
        "trainer",
        "speech-de",
        "CUDA out of memory on device 0",
    )
}

pub fn dead_for(task: &str, agent: &str, project: &str, error: &str) -> String {
    format!(
        r#"{{"taskId":"{task}","projectId":"{project}","agent":"{agent}","error":"{error} (tried to allocate 2.00 GiB)","attempts":3,"timestamp":"2026-11-20T10:00:00.000Z"}}"#
    )
}

/// A retry item due at `retry_after` (epoch ms, may be fractional).
pub fn item(task: &str, agent: &str, attempt: i64, retry_after: f64) -> String {
    format!(
        r#"{{"taskId":"{task}","projectId":"speech-de","agent":"{agent}","error":"timeout","attempt":{attempt},"retryAfter":{retry_after},"timestamp":"2026-11-20T10:00:00.000Z"}}"#
    )
}

pub fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

/// RPUSH items, a thousand per call.
pub fn rpush(s: &RedisServer, key: &str, items: &[String]) {
    let mut conn = s.conn();
    for chunk in items.chunks(1000) {
        let _: i64 = redis::cmd("RPUSH")
            .arg(key)
            .arg(chunk)
            .query(&mut conn)
            .expect("RPUSH");
    }
}

pub fn lrange(s: &RedisServer, key: &str) -> Vec<String> {
    redis(s, &["LRANGE", key, "0", "-1"])
}

pub fn llen(s: &RedisServer, key: &str) -> i64 {
    redis(s, &["LLEN", key])
}

/// The taskId of a JSON entry (None for entries that are not JSON objects with one).
pub fn task_of(entry: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(entry).ok()?;
    v.get("taskId")?.as_str().map(str::to_string)
}

/// Every task id, and where each copy of it is: list name (or "file") per occurrence.
pub fn census(s: &RedisServer, file: Option<&std::path::Path>) -> HashMap<String, Vec<String>> {
    let mut keys: Vec<String> = [DLQ, QUEUE, DRAINING, DRAINING2, DRAINING3, REQUEUEING, KEPT]
        .iter()
        .map(|k| k.to_string())
        .collect();
    let processing: Vec<String> = redis(s, &["KEYS", "{retry:queue}:processing:*"]);
    keys.extend(processing);
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    for key in keys {
        for e in lrange(s, &key) {
            if let Some(t) = task_of(&e) {
                seen.entry(t).or_default().push(key.clone());
            }
        }
    }
    if let Some(f) = file {
        for line in std::fs::read_to_string(f).unwrap_or_default().lines() {
            if let Some(t) = task_of(line) {
                seen.entry(t).or_default().push("file".into());
            }
        }
    }
    seen
}

/// Poll `cond` every few milliseconds until it holds; panic after `within`.
pub fn wait_for(what: &str, within: Duration, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// `n` task ids: d00000, d00001, …
pub fn tasks(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i:05}")).collect()
}
