//! `coordctl breaker`: reading what agents write, changing breakers atomically with the seed's
//! events, checking them concurrently, running commands under them, and interop with the
//! seed's own JavaScript.

mod change;
mod check;
mod exec;
mod interop;
mod read;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::support::{RedisServer, hset, redis};

pub const CHANNEL: &str = "events:errors:circuit_breakers";

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_millis() as i64
}

/// A breaker the way the seed's openCircuitBreaker leaves it, opened `ago_ms` ago, with the
/// seed's expiry when `ttl` is given.
pub fn seed_open(s: &RedisServer, component: &str, ago_ms: i64, ttl: Option<u64>) {
    let key = format!("circuit_breakers:{component}");
    let opened = (now_ms() - ago_ms).to_string();
    hset(
        s,
        &key,
        &[("state", b"open"), ("opened_at", opened.as_bytes())],
    );
    if let Some(ttl) = ttl {
        let _: i64 = redis(s, &["EXPIRE", &key, &ttl.to_string()]);
    }
}

pub fn field(s: &RedisServer, component: &str, name: &str) -> Option<String> {
    redis(s, &["HGET", &format!("circuit_breakers:{component}"), name])
}

/// Every message published on `channel` while `f` runs, parsed as JSON. Subscribes first;
/// afterwards publishes a marker and reads up to it, so nothing published during `f` is
/// missed and nothing is waited for on a timer.
pub fn events_during<T>(
    s: &RedisServer,
    channel: &str,
    f: impl FnOnce() -> T,
) -> (T, Vec<serde_json::Value>) {
    let mut conn = s.conn();
    let mut sub = conn.as_pubsub();
    sub.subscribe(channel).expect("SUBSCRIBE");
    sub.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("read timeout");
    let out = f();
    let marker = "-- end of test events --";
    let _: i64 = redis(s, &["PUBLISH", channel, marker]);
    let mut events = Vec::new();
    loop {
        let msg = sub.get_message().expect("the marker message");
        let payload: String = msg.get_payload().expect("a text payload");
        if payload == marker {
            return (out, events);
        }
        events.push(
            serde_json::from_str(&payload)
                .unwrap_or_else(|e| panic!("event {payload:?} is not JSON: {e}")),
        );
    }
}
