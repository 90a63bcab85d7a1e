//! `breaker open`, `close`, `half-open`, `reset`: one atomic change each, recorded and
//! announced with the seed's event, conditional with `--if-state`.

use serde_json::{Value, json};

use super::{CHANNEL, events_during, field, now_ms, seed_open};
use crate::support::{Coordctl, RedisServer, Run, coordctl, hset, redis};

fn as_tester(s: &RedisServer, args: &[&str]) -> Run {
    Coordctl::on(s).args(args).env("USER", "tester").run()
}

fn ttl(s: &RedisServer, component: &str) -> i64 {
    redis(s, &["TTL", &format!("circuit_breakers:{component}")])
}

/// `new Date().toISOString()`: 2026-11-25T19:52:15.123Z
fn is_iso_millis(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|t| t.len() == 24 && t.ends_with('Z') && t.as_bytes()[19] == b'.')
}

#[test]
fn open_writes_what_the_seed_writes_and_publishes_once() {
    let s = RedisServer::start();
    let before = now_ms();
    let (run, events) = events_during(&s, CHANNEL, || {
        as_tester(
            &s,
            &[
                "breaker",
                "open",
                "agent:ml-trainer",
                "--reason",
                "CUDA OOM",
            ],
        )
    });
    run.ok()
        .stdout_has("breaker agent:ml-trainer opened (was closed)");
    let after = now_ms();
    assert_eq!(
        field(&s, "agent:ml-trainer", "state").as_deref(),
        Some("open")
    );
    let opened = field(&s, "agent:ml-trainer", "opened_at").unwrap();
    let ms: i64 = opened.parse().expect("opened_at is an integer string");
    assert!(
        (before..=after).contains(&ms),
        "{before} <= {ms} <= {after}"
    );
    assert!((299..=300).contains(&ttl(&s, "agent:ml-trainer")));
    assert_eq!(
        field(&s, "agent:ml-trainer", "reason").as_deref(),
        Some("CUDA OOM")
    );
    assert_eq!(
        field(&s, "agent:ml-trainer", "changed_to").as_deref(),
        Some("open")
    );
    assert!(
        field(&s, "agent:ml-trainer", "changed_by")
            .unwrap()
            .starts_with("tester@")
    );
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e["type"], "circuit_breaker_opened");
    assert_eq!(e["component"], "agent:ml-trainer");
    assert_eq!(e["reason"], "CUDA OOM");
    assert!(is_iso_millis(&e["timestamp"]), "{e}");
    assert_eq!(
        e.as_object().unwrap().len(),
        4,
        "the seed's fields only: {e}"
    );

    // --for sets the expiry; re-opening restarts the clock, as the seed does.
    as_tester(&s, &["breaker", "open", "agent:ml-trainer", "--for", "1h"]).ok();
    assert!((3599..=3600).contains(&ttl(&s, "agent:ml-trainer")));
    assert_eq!(
        field(&s, "agent:ml-trainer", "reason"),
        None,
        "no stale reason"
    );
}

#[test]
fn close_and_half_open_record_who_and_why_and_keep_the_expiry() {
    let s = RedisServer::start();
    as_tester(&s, &["breaker", "open", "api", "--for", "10m"]).ok();
    let (runs, events) = events_during(&s, CHANNEL, || {
        (
            as_tester(&s, &["breaker", "half-open", "api", "-o", "json"]),
            as_tester(
                &s,
                &["breaker", "close", "api", "--reason", "fixed upstream"],
            ),
            as_tester(&s, &["breaker", "close", "api"]),
        )
    });
    let v = runs.0.ok().json();
    assert_eq!(v["changed"], true);
    assert_eq!(v["previous_state"], "open");
    assert_eq!(v["state"], "half-open");
    assert_eq!(v["last_change"]["to"], "half-open");
    assert_eq!(v["last_change"]["current"], true);
    runs.1.ok().stdout_has("breaker api closed (was half-open)");
    runs.2.ok().stdout_has("already closed: nothing changed");
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        ["circuit_breaker_half_open", "circuit_breaker_closed"],
        "no event for a change that changed nothing"
    );
    assert_eq!(events[0].get("reason"), None);
    assert_eq!(events[1]["reason"], "fixed upstream");
    assert_eq!(field(&s, "api", "state").as_deref(), Some("closed"));
    assert_eq!(
        field(&s, "api", "reason").as_deref(),
        Some("fixed upstream")
    );
    assert!(ttl(&s, "api") > 500, "close keeps the key's expiry");
    // opened_at stays for the record, as the seed leaves it.
    assert!(field(&s, "api", "opened_at").is_some());
}

#[test]
fn if_state_never_overwrites_a_transition_made_since() {
    let s = RedisServer::start();
    seed_open(&s, "agent:a", 1_000, Some(300));
    let (run, events) = events_during(&s, CHANNEL, || {
        coordctl(
            &s,
            ["breaker", "close", "agent:a", "--if-state", "half-open"],
        )
    });
    run.code(3)
        .stderr_has("breaker agent:a is open, not half-open (--if-state): nothing changed");
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(field(&s, "agent:a", "state").as_deref(), Some("open"));
    assert_eq!(field(&s, "agent:a", "changed_by"), None);

    coordctl(
        &s,
        ["breaker", "half-open", "agent:a", "--if-state", "open"],
    )
    .ok();
    assert_eq!(field(&s, "agent:a", "state").as_deref(), Some("half-open"));
    // No key counts as closed.
    coordctl(&s, ["breaker", "open", "fresh", "--if-state", "closed"]).ok();
    assert_eq!(field(&s, "fresh", "state").as_deref(), Some("open"));
}

#[test]
fn reset_deletes_the_key_and_announces_it_closed() {
    let s = RedisServer::start();
    seed_open(&s, "agent:a", 1_000, Some(300));
    let (runs, events) = events_during(&s, CHANNEL, || {
        (
            coordctl(
                &s,
                ["breaker", "reset", "agent:a", "--reason", "redeployed"],
            ),
            coordctl(&s, ["breaker", "reset", "agent:a"]),
        )
    });
    runs.0.ok().stdout_has("breaker agent:a reset (was open)");
    runs.1.ok().stdout_has("no key (already closed)");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:agent:a"]), 0);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["type"], "circuit_breaker_closed");
    assert_eq!(events[0]["reason"], "redeployed");
}

#[test]
fn reset_all_asks_first_and_honours_state_and_dry_run() {
    let s = RedisServer::start();
    seed_open(&s, "agent:a", 1_000, Some(300));
    seed_open(&s, "agent:b", 1_000, None);
    hset(&s, "circuit_breakers:api", &[("state", b"half-open")]);
    let _: i64 = redis(&s, &["RPUSH", "circuit_breakers:alist", "x"]);

    coordctl(&s, ["breaker", "reset", "--all"])
        .code(2)
        .stderr_has("without --yes");
    let run = coordctl(
        &s,
        ["breaker", "reset", "--all", "--state", "open", "--dry-run"],
    );
    run.ok()
        .stdout_has("dry run: would reset 2 breakers (open)")
        .stdout_has("DEL circuit_breakers:agent:a (open, opened ")
        .stdout_has("DEL circuit_breakers:agent:b");
    assert!(!run.stdout.contains("circuit_breakers:api"), "{run}");
    assert_eq!(
        redis::<i64>(&s, &["DBSIZE"]),
        4,
        "a dry run changes nothing"
    );

    let (run, events) = events_during(&s, CHANNEL, || {
        coordctl(
            &s,
            [
                "breaker", "reset", "--all", "--state", "open", "--yes", "-o", "json",
            ],
        )
    });
    let v = run.ok().json();
    assert_eq!(v["reset"], json!(["agent:a", "agent:b"]));
    assert_eq!(v["changed_since"], json!([]));
    assert_eq!(v["skipped"], json!(["alist"]));
    run.stderr_has("left alone 1 key that is not a hash: alist");
    assert_eq!(events.len(), 2);
    assert!(events.iter().all(|e| e["type"] == "circuit_breaker_closed"));
    assert_eq!(field(&s, "api", "state").as_deref(), Some("half-open"));
    assert_eq!(redis::<i64>(&s, &["LLEN", "circuit_breakers:alist"]), 1);
}

#[test]
fn writes_respect_read_only_and_dry_run() {
    let s = RedisServer::start();
    let (runs, events) = events_during(&s, CHANNEL, || {
        (
            coordctl(&s, ["breaker", "open", "a", "--read-only"]),
            Coordctl::on(&s)
                .args(["breaker", "half-open", "a"])
                .env("COORDCTL_READ_ONLY", "1")
                .run(),
            coordctl(&s, ["breaker", "open", "a", "--reason", "x", "--dry-run"]),
        )
    });
    runs.0
        .code(2)
        .stderr_has("read-only mode: not going to open breaker a");
    runs.1.code(2);
    runs.2
        .ok()
        .stdout_has("dry run: would open breaker a")
        .stdout_has("EXPIRE circuit_breakers:a 300")
        .stdout_has(r#"PUBLISH events:errors:circuit_breakers {"type":"circuit_breaker_opened","component":"a","reason":"x","#);
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:a"]), 0);
}

#[test]
fn a_key_of_the_wrong_type_is_left_alone() {
    let s = RedisServer::start();
    let _: i64 = redis(&s, &["RPUSH", "circuit_breakers:weird", "x"]);
    let (run, events) = events_during(&s, CHANNEL, || coordctl(&s, ["breaker", "open", "weird"]));
    run.code(1)
        .stderr_has("opening circuit_breakers:weird")
        .stderr_has("is a list, not a hash");
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(redis::<i64>(&s, &["LLEN", "circuit_breakers:weird"]), 1);
}

#[test]
fn namespace_applies_to_the_key_and_the_channel() {
    let s = RedisServer::start();
    let (run, events) = events_during(&s, &format!("staging:{CHANNEL}"), || {
        coordctl(&s, ["breaker", "open", "agent:a", "--namespace", "staging"])
    });
    run.ok();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["component"], "agent:a");
    assert_eq!(
        redis::<i64>(&s, &["EXISTS", "staging:circuit_breakers:agent:a"]),
        1
    );
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:agent:a"]), 0);
}

#[test]
fn an_empty_component_is_a_usage_error() {
    let s = RedisServer::start();
    coordctl(&s, ["breaker", "open", ""])
        .code(2)
        .stderr_has("a component name cannot be empty");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:"]), 0);
}
