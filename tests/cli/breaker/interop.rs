//! Interop with the seed's own code: `seed-breaker.js` runs the seed's checkCircuitBreaker,
//! openCircuitBreaker, recordCircuitBreakerSuccess and executeWithCircuitBreaker verbatim
//! (under node) against the same redis-server as coordctl.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use super::{CHANNEL, events_during, field, now_ms};
use crate::support::{RedisServer, coordctl};

/// Run one of the seed's functions; its result as JSON.
fn seed(s: &RedisServer, args: &[&str]) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/breaker/seed-breaker.js");
    let node = std::env::var("NODE_BIN").unwrap_or_else(|_| "node".into());
    let out = Command::new(&node)
        .arg(&script)
        .arg(s.port.to_string())
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "running `{node}` ({e}). The interop tests run the seed's JavaScript: install \
                 Node.js (`apt-get install nodejs`) or set NODE_BIN to its path."
            )
        });
    assert!(
        out.status.success(),
        "seed {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the seed script prints JSON")
}

#[test]
fn the_seed_reads_what_coordctl_writes() {
    let s = RedisServer::start();
    coordctl(&s, ["breaker", "open", "agent:a", "--reason", "OOM"]).ok();
    assert_eq!(
        seed(&s, &["check", "agent:a"]),
        json!({"open": true, "state": "open"})
    );
    // opened_at is milliseconds on the clock the seed's Date.now() reads.
    let elapsed = seed(&s, &["elapsed", "agent:a"])["elapsed"]
        .as_i64()
        .unwrap();
    assert!((0..10_000).contains(&elapsed), "elapsed {elapsed} ms");

    coordctl(&s, ["breaker", "half-open", "agent:a"]).ok();
    assert_eq!(
        seed(&s, &["check", "agent:a"]),
        json!({"open": false, "state": "half-open"})
    );
    // The seed closes it after a successful trial; coordctl sees that, and that its own
    // record (half-open) no longer describes the breaker.
    seed(&s, &["success", "agent:a"]);
    let v = coordctl(&s, ["breaker", "show", "agent:a", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["state"], "closed");
    assert_eq!(v["last_change"]["current"], false);

    coordctl(&s, ["breaker", "open", "agent:b"]).ok();
    coordctl(&s, ["breaker", "close", "agent:b"]).ok();
    assert_eq!(seed(&s, &["check", "agent:b"])["state"], "closed");
    coordctl(&s, ["breaker", "open", "agent:c"]).ok();
    coordctl(&s, ["breaker", "reset", "agent:c"]).ok();
    assert_eq!(seed(&s, &["check", "agent:c"])["state"], "closed");
    // executeWithCircuitBreaker refuses while coordctl holds it open.
    coordctl(&s, ["breaker", "open", "agent:d"]).ok();
    assert_eq!(
        seed(&s, &["run-ok", "agent:d"]),
        json!({"error": "Circuit breaker open for agent:d"})
    );
}

#[test]
fn coordctl_reads_what_the_seed_writes() {
    let s = RedisServer::start();
    let before = now_ms();
    seed(&s, &["open", "agent:ml-trainer", "disk full"]);
    let after = now_ms();
    let v = coordctl(&s, ["breaker", "show", "agent:ml-trainer", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["state"], "open");
    assert_eq!(v["last_change"], Value::Null, "the seed records no author");
    assert!(
        v.get("problems").unwrap().as_array().unwrap().is_empty(),
        "{v:#}"
    );
    let opened = field(&s, "agent:ml-trainer", "opened_at").unwrap();
    let ms: i64 = opened.parse().unwrap();
    assert!((before..=after).contains(&ms));
    let ttl = v["ttl_seconds"].as_i64().unwrap();
    assert!((295..=300).contains(&ttl), "{v:#}");
    let until = v["half_open_in_seconds"].as_i64().unwrap();
    assert!((295..=301).contains(&until), "{v:#}");
    // The seed's 300 s expiry equals its 300 s timeout: it will close rather than half-open.
    assert_eq!(v["expires_before_half_open"], true);
    coordctl(&s, ["breaker", "check", "agent:ml-trainer"]).code(3);

    // executeWithCircuitBreaker opening on a failure, read back by coordctl.
    let r = seed(&s, &["run-fail", "agent:etl", "connection reset"]);
    assert_eq!(r["error"], "connection reset");
    let rows = coordctl(&s, ["breaker", "list", "--state", "open", "-o", "json"])
        .ok()
        .json();
    assert_eq!(rows.as_array().unwrap().len(), 2);

    // coordctl's record goes stale when the seed opens the breaker again after it.
    coordctl(
        &s,
        ["breaker", "close", "agent:etl", "--reason", "retrying"],
    )
    .ok();
    seed(&s, &["open", "agent:etl", "again"]);
    let v = coordctl(&s, ["breaker", "show", "agent:etl", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["state"], "open");
    assert_eq!(v["last_change"]["current"], false);
}

#[test]
fn the_seed_and_coordctl_make_the_same_half_open_transition() {
    let s = RedisServer::start();
    for c in ["by-seed", "by-coordctl"] {
        let opened = (now_ms() - 400_000).to_string();
        crate::support::hset(
            &s,
            &format!("circuit_breakers:{c}"),
            &[("state", b"open"), ("opened_at", opened.as_bytes())],
        );
    }
    let (_, events) = events_during(&s, CHANNEL, || {
        assert_eq!(
            seed(&s, &["check", "by-seed"]),
            json!({"open": false, "state": "half-open"})
        );
        let v = coordctl(&s, ["breaker", "check", "by-coordctl", "-o", "json"])
            .ok()
            .json();
        assert_eq!(
            (v["open"].clone(), v["state"].clone()),
            (json!(false), json!("half-open"))
        );
        // Each now reads the other's result.
        assert_eq!(seed(&s, &["check", "by-coordctl"])["state"], "half-open");
        let v = coordctl(&s, ["breaker", "check", "by-seed", "-o", "json"])
            .ok()
            .json();
        assert_eq!(v["state"], "half-open");
        assert_eq!(v["transitioned"], false);
    });
    // The same event, field for field (timestamps aside).
    let shapes: Vec<Vec<&str>> = events
        .iter()
        .map(|e| {
            let mut keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
            keys.sort();
            keys
        })
        .collect();
    assert_eq!(shapes.len(), 2, "{events:?}");
    assert_eq!(shapes[0], shapes[1]);
    assert_eq!(events[0]["type"], events[1]["type"]);
}
