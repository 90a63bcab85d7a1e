//! `breaker list` and `breaker show`: what agents wrote, read the way the seed reads it.

use serde_json::{Value, json};

use super::{now_ms, seed_open};
use crate::support::{Coordctl, RedisServer, coordctl, hset, redis};

fn row<'a>(rows: &'a Value, component: &str) -> &'a Value {
    rows.as_array()
        .expect("a JSON array")
        .iter()
        .find(|r| r["component"] == component)
        .unwrap_or_else(|| panic!("no row for {component} in {rows:#}"))
}

fn in_range(v: &Value, lo: i64, hi: i64) -> bool {
    v.as_i64().is_some_and(|n| (lo..=hi).contains(&n))
}

#[test]
fn list_reads_what_the_seed_writes() {
    let s = RedisServer::start();
    // Opened 2 minutes ago with the seed's 300 s expiry: 3 minutes of both left.
    seed_open(&s, "agent:ml-trainer", 120_000, Some(180));
    // Opened 400 s ago, no expiry: past the 300 s timeout, due for half-open.
    seed_open(&s, "agent:labeler", 400_000, None);
    hset(
        &s,
        "circuit_breakers:api:search",
        &[("state", b"half-open"), ("opened_at", b"1764100000123")],
    );
    // A hash with no state field is closed, as checkCircuitBreaker reads it.
    hset(&s, "circuit_breakers:db", &[("failures", b"2")]);

    let run = coordctl(&s, ["breaker", "list", "-o", "json"]);
    run.ok();
    assert!(run.stderr.is_empty(), "{run}");
    let rows = run.json();
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["component"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["agent:labeler", "agent:ml-trainer", "api:search", "db"]
    );

    let trainer = row(&rows, "agent:ml-trainer");
    assert_eq!(trainer["key"], "circuit_breakers:agent:ml-trainer");
    assert_eq!(trainer["state"], "open");
    assert!(
        in_range(&trainer["half_open_in_seconds"], 170, 181),
        "{trainer}"
    );
    assert!(in_range(&trainer["ttl_seconds"], 170, 180), "{trainer}");
    assert_eq!(trainer["half_open_due"], false);
    assert_eq!(trainer["expires_before_half_open"], true, "{trainer}");

    let labeler = row(&rows, "agent:labeler");
    assert_eq!(labeler["half_open_in_seconds"], 0);
    assert_eq!(labeler["half_open_due"], true);
    assert_eq!(labeler["ttl_seconds"], Value::Null);
    assert_eq!(labeler["expires_before_half_open"], false);

    let search = row(&rows, "api:search");
    assert_eq!(search["state"], "half-open");
    assert_eq!(search["opened_at"], "2025-11-25T19:46:40.123Z");
    assert_eq!(search["half_open_in_seconds"], Value::Null);

    let db = row(&rows, "db");
    assert_eq!(db["state"], "closed");
    assert_eq!(db["opened_at"], Value::Null);
    assert_eq!(db["last_change"], Value::Null);
    assert!(db.get("problem").is_none(), "{db}");
}

#[test]
fn table_marks_due_breakers_and_colours_only_when_asked() {
    let s = RedisServer::start();
    // 1m40s ago with 200 s of expiry left: "1m ago", "in 3m" for the next 20 seconds.
    seed_open(&s, "agent:a", 100_000, Some(200));
    seed_open(&s, "agent:b", 400_000, None);
    let run = coordctl(&s, ["breaker", "list"]);
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("COMPONENT"), "{run}");
    assert!(
        lines[0].contains("HALF-OPEN") && lines[0].contains("TTL"),
        "{run}"
    );
    assert!(
        lines[1].contains("agent:a") && lines[1].contains("1m ago") && lines[1].contains("in 3m"),
        "{run}"
    );
    assert!(
        lines[2].contains("agent:b") && lines[2].contains("due"),
        "{run}"
    );
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour off a terminal\n{run}"
    );

    let run = coordctl(&s, ["breaker", "list", "--color", "always"]);
    run.ok();
    // Open is red, due is yellow.
    assert!(
        run.stdout.lines().nth(1).unwrap().contains("\x1b[38;5;9m"),
        "{run}"
    );
    run.stdout_has("\x1b[38;5;11mdue");
}

#[test]
fn list_filters_by_state_and_reads_the_timeout_given() {
    let s = RedisServer::start();
    seed_open(&s, "a", 120_000, None);
    hset(&s, "circuit_breakers:b", &[("state", b"half-open")]);
    hset(&s, "circuit_breakers:c", &[("state", b"closed")]);
    let rows = coordctl(&s, ["breaker", "list", "--state", "open", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["component"], "a");
    // With a 1-minute timeout, a breaker open for 2 minutes is due.
    assert_eq!(rows[0]["half_open_due"], false);
    let rows = coordctl(
        &s,
        [
            "breaker",
            "list",
            "--state",
            "open",
            "--half-open-after",
            "1m",
            "-o",
            "jsonl",
        ],
    )
    .jsonl();
    assert_eq!(rows[0]["half_open_due"], true);
    let rows = coordctl(&s, ["breaker", "list", "--state", "closed", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["component"], "c");
}

#[test]
fn bad_breaker_data_is_marked_not_fatal() {
    let s = RedisServer::start();
    seed_open(&s, "fine", 1_000, Some(300));
    let _: i64 = redis(&s, &["RPUSH", "circuit_breakers:alist", "x"]);
    hset(&s, "circuit_breakers:nodate", &[("state", b"open")]);
    hset(
        &s,
        "circuit_breakers:baddate",
        &[("state", b"open"), ("opened_at", b"yesterday")],
    );
    hset(
        &s,
        "circuit_breakers:float",
        &[("state", b"open"), ("opened_at", b"1764100000123.5")],
    );
    hset(&s, "circuit_breakers:word", &[("state", b"OPEN")]);
    hset(&s, "circuit_breakers:binary", &[("state", b"open\xff")]);

    let run = coordctl(&s, ["breaker", "list", "-o", "json"]);
    run.ok()
        .stderr_has("6 of 7 circuit breakers could not be read cleanly");
    let rows = run.json();
    let problem = |c: &str| row(&rows, c)["problem"].as_str().unwrap_or("").to_string();
    assert!(problem("alist").contains("key is a list, not a hash"));
    assert_eq!(row(&rows, "alist")["state"], Value::Null);
    assert!(problem("nodate").contains("open with no opened_at"));
    assert_eq!(row(&rows, "nodate")["half_open_in_seconds"], Value::Null);
    assert!(problem("baddate").contains("\"yesterday\" is not epoch milliseconds"));
    assert_eq!(row(&rows, "baddate")["opened_at"], "yesterday");
    // parseInt reads the leading digits, so agents still time it out: so does coordctl.
    assert!(problem("float").contains("not a plain integer"));
    assert_eq!(row(&rows, "float")["half_open_due"], true);
    assert!(problem("word").contains("invalid state \"OPEN\""));
    assert_eq!(row(&rows, "word")["state"], "OPEN");
    assert!(problem("binary").contains("non-UTF-8"));
    assert_eq!(problem("fine"), "");

    let table = coordctl(&s, ["breaker", "list"]);
    table.ok().stdout_has("PROBLEM").stdout_has("open\\xff");
    table.stdout_has("never");

    coordctl(&s, ["breaker", "list", "--strict"])
        .code(1)
        .stderr_has("--strict: 6 of 7 circuit breakers");
}

#[test]
fn show_a_breaker_with_no_key_is_closed() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["breaker", "show", "agent:ghost", "-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["state"], "closed");
    assert_eq!(v["exists"], false);
    assert_eq!(v["key"], "circuit_breakers:agent:ghost");
    coordctl(&s, ["breaker", "show", "agent:ghost"])
        .ok()
        .stdout_has("closed (no key: never opened, or its expiry closed it)");
}

#[test]
fn show_gives_times_fields_and_whether_the_last_change_is_current() {
    let s = RedisServer::start();
    let before = now_ms();
    Coordctl::on(&s)
        .args(["breaker", "open", "agent:x", "--reason", "OOM at step 400"])
        .env("USER", "tester")
        .run()
        .ok();
    hset(&s, "circuit_breakers:agent:x", &[("owner", b"ml-team")]);
    let v = coordctl(&s, ["breaker", "show", "agent:x", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["exists"], true);
    assert_eq!(v["fields"], json!({"owner": "ml-team"}));
    let change = &v["last_change"];
    assert_eq!(change["to"], "open");
    assert_eq!(change["reason"], "OOM at step 400");
    assert_eq!(change["current"], true);
    assert!(
        change["by"].as_str().unwrap().starts_with("tester@"),
        "{v:#}"
    );
    let table = coordctl(&s, ["breaker", "show", "agent:x"]);
    table
        .ok()
        .stdout_has("half-open    in ")
        .stdout_has("open by tester@")
        .stdout_has(": OOM at step 400")
        .stdout_has("owner")
        .stdout_has("most likely close");

    // An agent following the seed opens it again: the record no longer describes it.
    let later = (before + 60_000).to_string();
    hset(
        &s,
        "circuit_breakers:agent:x",
        &[("opened_at", later.as_bytes())],
    );
    let v = coordctl(&s, ["breaker", "show", "agent:x", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["last_change"]["current"], false);
    coordctl(&s, ["breaker", "list"])
        .ok()
        .stdout_has("(changed since, unrecorded)");
}

#[test]
fn namespace_applies_to_breaker_keys() {
    let s = RedisServer::start();
    seed_open(&s, "outside", 1_000, None);
    hset(
        &s,
        "staging:circuit_breakers:agent:in",
        &[("state", b"half-open")],
    );
    let rows = coordctl(
        &s,
        ["breaker", "list", "--namespace", "staging", "-o", "jsonl"],
    )
    .jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["component"], "agent:in");
    assert_eq!(rows[0]["key"], "staging:circuit_breakers:agent:in");
}

#[test]
fn many_breakers_stream_as_jsonl_each_once() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut pipe = redis::pipe();
    let opened = now_ms().to_string();
    for i in 0..5000 {
        pipe.cmd("HSET")
            .arg(format!("circuit_breakers:agent:a{i:05}"))
            .arg("state")
            .arg(["open", "half-open", "closed"][i % 3])
            .arg("opened_at")
            .arg(&opened)
            .ignore();
    }
    let _: () = pipe.query(&mut conn).unwrap();
    let rows = coordctl(&s, ["breaker", "list", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 5000);
    let mut names: Vec<&str> = rows
        .iter()
        .map(|r| r["component"].as_str().unwrap())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 5000, "each breaker exactly once");
}
