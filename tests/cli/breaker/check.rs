//! `breaker check`: the seed's checkCircuitBreaker, with its open → half-open transition made
//! once, however many callers race for it.

use std::process::Stdio;

use super::{CHANNEL, events_during, field, now_ms, seed_open};
use crate::support::{Coordctl, RedisServer, coordctl, hset, redis};

#[test]
fn exit_codes_say_whether_calls_may_go_through() {
    let s = RedisServer::start();
    seed_open(&s, "agent:open", 60_000, Some(300));
    hset(
        &s,
        "circuit_breakers:agent:half",
        &[("state", b"half-open")],
    );
    hset(&s, "circuit_breakers:agent:odd", &[("state", b"tripped")]);
    let _: () = redis(&s, &["SET", "circuit_breakers:agent:str", "open"]);

    coordctl(&s, ["breaker", "check", "agent:none"])
        .ok()
        .stdout_has("breaker agent:none is closed: calls allowed");
    let run = coordctl(&s, ["breaker", "check", "agent:open", "-o", "json"]);
    let v = run.code(3).json();
    assert_eq!(v["open"], true);
    assert_eq!(v["state"], "open");
    assert_eq!(v["transitioned"], false);
    let secs = v["half_open_in_seconds"].as_i64().unwrap();
    assert!((230..=241).contains(&secs), "{v}");
    coordctl(&s, ["breaker", "check", "agent:open"])
        .code(3)
        .stdout_has("calls refused; half-open in ");
    coordctl(&s, ["breaker", "check", "agent:half"])
        .ok()
        .stdout_has("calls allowed as trials");
    // The seed returns {open: false, state} for a word it does not know.
    coordctl(&s, ["breaker", "check", "agent:odd"])
        .ok()
        .stderr_has("invalid state \"tripped\"");
    coordctl(&s, ["breaker", "check", "agent:str"])
        .code(1)
        .stderr_has("checking circuit_breakers:agent:str")
        .stderr_has("is a string, not a hash");
}

#[test]
fn a_due_breaker_moves_to_half_open_once_with_the_seeds_event() {
    let s = RedisServer::start();
    seed_open(&s, "agent:ml-trainer", 400_000, None);
    let (runs, events) = events_during(&s, CHANNEL, || {
        (
            Coordctl::on(&s)
                .args(["breaker", "check", "agent:ml-trainer", "-o", "json"])
                .env("USER", "tester")
                .run(),
            coordctl(&s, ["breaker", "check", "agent:ml-trainer", "-o", "json"]),
        )
    });
    let first = runs.0.ok().json();
    assert_eq!(first["state"], "half-open");
    assert_eq!(first["open"], false);
    assert_eq!(first["transitioned"], true);
    let second = runs.1.ok().json();
    assert_eq!(second["state"], "half-open");
    assert_eq!(second["transitioned"], false);

    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e["type"], "circuit_breaker_half_open");
    assert_eq!(e["component"], "agent:ml-trainer");
    assert_eq!(e.as_object().unwrap().len(), 3, "the seed's fields: {e}");
    assert_eq!(
        field(&s, "agent:ml-trainer", "changed_to").as_deref(),
        Some("half-open")
    );
    assert!(
        field(&s, "agent:ml-trainer", "changed_by")
            .unwrap()
            .starts_with("tester@")
    );
    assert!(
        field(&s, "agent:ml-trainer", "reason")
            .unwrap()
            .contains("5m timeout")
    );
}

#[test]
fn a_probe_only_looks() {
    let s = RedisServer::start();
    seed_open(&s, "agent:a", 400_000, None);
    let (runs, events) = events_during(&s, CHANNEL, || {
        (
            coordctl(
                &s,
                [
                    "breaker",
                    "check",
                    "agent:a",
                    "--no-transition",
                    "-o",
                    "json",
                ],
            ),
            coordctl(&s, ["breaker", "check", "agent:a", "--read-only"]),
        )
    });
    let v = runs.0.ok().json();
    assert_eq!(v["state"], "open");
    assert_eq!(v["open"], false, "the next real check lets calls through");
    assert_eq!(v["half_open_due"], true);
    assert_eq!(v["transitioned"], false);
    runs.1
        .ok()
        .stdout_has("due for half-open")
        .stderr_has("not moving agent:a to half-open");
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(field(&s, "agent:a", "state").as_deref(), Some("open"));
}

#[test]
fn the_timeout_is_the_seeds_unless_told() {
    let s = RedisServer::start();
    seed_open(&s, "agent:a", 90_000, None);
    coordctl(&s, ["breaker", "check", "agent:a"]).code(3);
    coordctl(
        &s,
        ["breaker", "check", "agent:a", "--half-open-after", "1m"],
    )
    .ok();
    assert_eq!(field(&s, "agent:a", "state").as_deref(), Some("half-open"));
}

#[test]
fn opened_at_is_read_the_way_parse_int_reads_it() {
    let s = RedisServer::start();
    // Unreadable: NaN in the seed, which is never past the timeout: open until it expires.
    hset(
        &s,
        "circuit_breakers:nan",
        &[("state", b"open"), ("opened_at", b"last tuesday")],
    );
    coordctl(&s, ["breaker", "check", "nan"])
        .code(3)
        .stdout_has("never goes half-open")
        .stderr_has("missing or unreadable opened_at");
    assert_eq!(field(&s, "nan", "state").as_deref(), Some("open"));
    // Leading digits count, as parseInt reads them.
    let old = format!(" {}.9ms", now_ms() - 400_000);
    hset(
        &s,
        "circuit_breakers:digits",
        &[("state", b"open"), ("opened_at", old.as_bytes())],
    );
    coordctl(&s, ["breaker", "check", "digits"]).ok();
    assert_eq!(field(&s, "digits", "state").as_deref(), Some("half-open"));
}

/// Issue 4's concurrency requirement: 20 processes check an open breaker whose timeout has
/// passed, all at once. Exactly one performs the transition and publishes.
#[test]
fn twenty_concurrent_checks_publish_one_half_open_event() {
    let s = RedisServer::start();
    seed_open(&s, "agent:ml-trainer", 301_000, Some(600));
    let (outputs, events) = events_during(&s, CHANNEL, || {
        // Spawn all twenty before waiting for any, so that they overlap.
        let children: Vec<_> = (0..20)
            .map(|_| {
                Coordctl::on(&s)
                    .args(["breaker", "check", "agent:ml-trainer", "-o", "json"])
                    .command()
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawning coordctl")
            })
            .collect();
        children
            .into_iter()
            .map(|c| c.wait_with_output().expect("waiting for coordctl"))
            .collect::<Vec<_>>()
    });
    let mut transitions = 0;
    for out in &outputs {
        assert_eq!(
            out.status.code(),
            Some(0),
            "every caller is let through: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["state"], "half-open");
        if v["transitioned"] == true {
            transitions += 1;
        }
    }
    assert_eq!(transitions, 1, "exactly one caller made the transition");
    let half_open: Vec<_> = events
        .iter()
        .filter(|e| e["type"] == "circuit_breaker_half_open")
        .collect();
    assert_eq!(half_open.len(), 1, "{events:?}");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        field(&s, "agent:ml-trainer", "state").as_deref(),
        Some("half-open")
    );
}
