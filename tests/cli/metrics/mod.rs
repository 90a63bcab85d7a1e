//! `coordctl metrics`: reading the lists agents keep (list, show, avg), drawing them (plot),
//! and recording points the way the seed does (record).

mod avg;
mod list;
mod plot;
mod record;
mod show;

use crate::support::RedisServer;

/// Milliseconds since the epoch, as the seed's `Date.now()`.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A point as the seed's recordTrainingMetric writes it; `None` learning rate is left out.
pub fn point(ts: i64, step: i64, loss: &str, lr: Option<&str>) -> String {
    match lr {
        Some(lr) => {
            format!(r#"{{"timestamp":{ts},"step":{step},"loss":{loss},"learning_rate":{lr}}}"#)
        }
        None => format!(r#"{{"timestamp":{ts},"step":{step},"loss":{loss}}}"#),
    }
}

/// LPUSH raw entries oldest first, so the list ends up newest first as the seed keeps it.
pub fn push(s: &RedisServer, key: &str, entries: &[&[u8]]) {
    let mut pipe = redis::pipe();
    for e in entries {
        pipe.cmd("LPUSH").arg(key).arg(*e).ignore();
    }
    let _: () = pipe.query(&mut s.conn()).expect("LPUSH");
}

/// `n` clean points with loss `f(i)`, one a minute up to now, oldest first.
pub fn series(s: &RedisServer, key: &str, n: i64, f: impl Fn(i64) -> f64) {
    let now = now_ms();
    let entries: Vec<String> = (0..n)
        .map(|i| {
            point(
                now - (n - i) * 60_000,
                i * 10,
                &f(i).to_string(),
                Some("0.0001"),
            )
        })
        .collect();
    let raw: Vec<&[u8]> = entries.iter().map(|e| e.as_bytes()).collect();
    push(s, key, &raw);
}
