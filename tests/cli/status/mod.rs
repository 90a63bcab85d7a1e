//! `coordctl status`: every area on one screen from what agents write ([`screen`]), the
//! thresholds of `--check` ([`checks`]), and an empty server, bad data, namespaces, read-only
//! and a dead server handled like everywhere else ([`edges`]).

mod checks;
mod edges;
mod screen;

use crate::breaker::seed_open;
use crate::errors::{iso_ago, lpush, task_failure, training_event};
use crate::metrics::series;
use crate::retry::{DLQ, QUEUE, dead, item, now_ms, rpush};
use crate::support::{RedisServer, hset};

/// An agent hash as the seed's updateAgentStatus leaves it, updated `secs` ago.
pub fn agent(s: &RedisServer, key: &str, status: &str, task: &str, secs: i64) {
    hset(
        s,
        key,
        &[
            ("status", status.as_bytes()),
            ("current_task", task.as_bytes()),
            ("updated_at", iso_ago(secs).as_bytes()),
        ],
    );
}

/// A small system with something in every area:
/// - agents: 2 busy (one silent for 3h), 1 idle, 1 failed;
/// - breakers: one open, one half-open, one closed;
/// - retry: 2 items due, 1 waiting; 2 dead letters;
/// - errors: 5 in the last hour (TimeoutError ×2, OOMError, nan_loss, oom) and one older;
///   task_failure, nan_loss and oom within 5 minutes make a cascade;
/// - metrics: two projects' loss lists.
pub fn seed(s: &RedisServer) {
    agent(s, "agent:status:trainer-1", "busy", "task-42", 5);
    agent(s, "agent:status:trainer-2", "busy", "task-43", 3 * 3600);
    agent(s, "agent:status:labeler", "idle", "task-7", 10);
    agent(s, "agent:status:scorer", "failed", "task-9", 120);

    // Opened 90 s ago with 270 s to live: half-open in 3m 30s, closing in 4m 30s.
    seed_open(s, "agent:trainer-1", 90_000, Some(270));
    let opened = (now_ms() as i64 - 400_000).to_string();
    hset(
        s,
        "circuit_breakers:api:search",
        &[("state", b"half-open"), ("opened_at", opened.as_bytes())],
    );
    hset(s, "circuit_breakers:db", &[("state", b"closed")]);

    let now = now_ms();
    rpush(
        s,
        QUEUE,
        &[
            item("r1", "trainer-1", 1, now - 5000.5),
            item("r2", "labeler", 2, now - 1.25),
            item("r3", "labeler", 1, now + 600_000.0),
        ],
    );
    rpush(s, DLQ, &[dead("d1"), dead("d2")]);

    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("t0", "trainer-2", "OldError", "long ago", 2 * 3600).as_bytes(),
            task_failure("t1", "trainer-1", "OOMError", "CUDA out of memory", 40 * 60).as_bytes(),
            task_failure("t2", "trainer-1", "TimeoutError", "Batch 1 of 12", 20 * 60).as_bytes(),
            task_failure("t3", "trainer-2", "TimeoutError", "Batch 2 of 12", 30).as_bytes(),
        ],
    );
    lpush(
        s,
        "errors:training:speech-de:log",
        &[training_event("nan_loss", 60).as_bytes()],
    );
    lpush(
        s,
        "errors:training:asr:log",
        &[training_event("oom", 90).as_bytes()],
    );

    series(s, "metrics:training:speech-de:loss", 5, |i| {
        1.0 / (i + 1) as f64
    });
    let old = now_ms() as i64 - 3 * 3600 * 1000;
    let point = format!(r#"{{"timestamp":{old},"step":700,"loss":0.875}}"#);
    crate::metrics::push(s, "metrics:training:team:asr:loss", &[point.as_bytes()]);
}

pub fn lines(out: &str) -> Vec<&str> {
    out.lines().collect()
}

/// A line with its runs of spaces squeezed to one, for lines whose columns are aligned.
pub fn words(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line starting with `prefix`.
#[track_caller]
pub fn line<'a>(out: &'a str, prefix: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in\n{out}"))
}
