//! `coordctl errors`: the error logs, details, counters and signatures, read and written the
//! way the seed's agents do.

mod bad_data;
mod correlate;
mod log;
mod purge;
mod record;
mod show;
mod tally;

use chrono::{Duration, SecondsFormat, Utc};

use crate::support::RedisServer;

/// `new Date(Date.now() - secs * 1000).toISOString()`.
pub fn iso_ago(secs: i64) -> String {
    (Utc::now() - Duration::seconds(secs)).to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A task-log entry as the seed's logTaskError writes it, `secs` ago.
pub fn task_failure(task: &str, agent: &str, name: &str, message: &str, secs: i64) -> String {
    serde_json::json!({
        "type": "task_failure",
        "taskId": task,
        "projectId": "proj-1",
        "agent": agent,
        "error": { "name": name, "message": message, "code": "E42" },
        "timestamp": iso_ago(secs),
        "severity": "high",
        "recoverable": false,
    })
    .to_string()
}

/// A training-log event with only what the SPEC promises: a type and a timestamp.
pub fn training_event(kind: &str, secs: i64) -> String {
    serde_json::json!({ "type": kind, "timestamp": iso_ago(secs), "step": 40 }).to_string()
}

/// LPUSH entries in the order given, so the last one ends up newest (index 0), as agents do.
pub fn lpush(s: &RedisServer, key: &str, entries: &[&[u8]]) {
    let mut c = redis::cmd("LPUSH");
    c.arg(key);
    for e in entries {
        c.arg(*e);
    }
    let _: i64 = c.query(&mut s.conn()).expect("LPUSH");
}

/// The JSON rows' values of `field`, as strings (null → "-").
pub fn column(rows: &serde_json::Value, field: &str) -> Vec<String> {
    rows.as_array()
        .expect("a JSON array")
        .iter()
        .map(|r| match &r[field] {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => "-".into(),
            other => other.to_string(),
        })
        .collect()
}
