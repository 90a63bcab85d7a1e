//! `coordctl context`: project context hashes and the events:context:updated message.

use std::time::Duration;

use crate::support::{RedisServer, coordctl, hset, redis};

/// What the seed's storeProjectContext leaves: four string fields.
fn seed_project(s: &RedisServer, id: &str) {
    hset(
        s,
        &format!("context:project:{id}"),
        &[
            ("name", "Spracherkennung für Ärzte".as_bytes()),
            ("status", b"training"),
            ("dataset_size", b"125000"),
            ("quality_score", b"0.87"),
        ],
    );
}

/// Listen on events:context:updated (the subscription lasts as long as the PubSub).
fn subscribe(conn: &mut redis::Connection) -> redis::PubSub<'_> {
    let mut sub = conn.as_pubsub();
    sub.subscribe("events:context:updated").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    sub
}

/// The next message's payload, raw.
fn next_event(sub: &mut redis::PubSub<'_>) -> String {
    let msg = sub
        .get_message()
        .expect("an events:context:updated message");
    msg.get_payload().unwrap()
}

fn parsed(raw: &str) -> serde_json::Value {
    serde_json::from_str(raw).unwrap()
}

#[test]
fn list_and_show_read_the_seeds_fields() {
    let s = RedisServer::start();
    seed_project(&s, "proj-1");
    seed_project(&s, "proj-2");
    let _: () = redis(&s, &["EXPIRE", "context:project:proj-2", "5000"]);

    let rows = coordctl(&s, ["context", "list", "-o", "json"]).json();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert_eq!(rows[0]["project"], "proj-1");
    assert_eq!(
        rows[0]["fields"]["dataset_size"], "125000",
        "numbers stay strings"
    );
    assert_eq!(rows[0]["ttl_seconds"], serde_json::Value::Null);
    assert!(rows[1]["ttl_seconds"].as_i64().unwrap() > 4900);

    let table = coordctl(&s, ["context", "list"]);
    table
        .ok()
        .stdout_has("Spracherkennung für Ärzte")
        .stdout_has("125000")
        .stdout_has(" 1h");

    let run = coordctl(&s, ["context", "show", "proj-1"]);
    run.ok().stdout_has("quality_score").stdout_has("0.87");
    coordctl(&s, ["context", "show", "nope"])
        .code(1)
        .stderr_has("context:project:nope does not exist");
}

#[test]
fn set_writes_all_fields_and_publishes_once() {
    let s = RedisServer::start();
    seed_project(&s, "p");
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    let run = coordctl(
        &s,
        [
            "context",
            "set",
            "p",
            "status=evaluating",
            "owner=ops",
            "--ttl",
            "1h",
        ],
    );
    run.ok().stdout_has("set 2 fields (1 new)");
    assert_eq!(
        redis::<String>(&s, &["HGET", "context:project:p", "status"]),
        "evaluating"
    );
    assert_eq!(
        redis::<String>(&s, &["HGET", "context:project:p", "owner"]),
        "ops"
    );
    assert_eq!(
        redis::<String>(&s, &["HGET", "context:project:p", "name"]),
        "Spracherkennung für Ärzte"
    );
    let ttl: i64 = redis(&s, &["TTL", "context:project:p"]);
    assert!((3590..=3600).contains(&ttl), "{ttl}");

    let raw = next_event(&mut sub);
    // The exact text the seed's JSON.stringify produces, key order included.
    assert!(
        raw.starts_with(
            "{\"type\":\"project_context_updated\",\"projectId\":\"p\",\"timestamp\":\""
        ),
        "{raw}"
    );
    let ts = parsed(&raw)["timestamp"].as_str().unwrap().to_string();
    assert!(ts.ends_with('Z') && ts.len() == 24, "{ts}");
    sub.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    assert!(sub.get_message().is_err(), "exactly one event");
}

#[test]
fn set_prints_the_result_as_json() {
    let s = RedisServer::start();
    let v = coordctl(
        &s,
        [
            "context",
            "set",
            "new",
            "name=New",
            "dataset_size=0",
            "-o",
            "json",
        ],
    )
    .json();
    assert_eq!(v["project"], "new");
    assert_eq!(v["fields"]["name"], "New");
    assert_eq!(v["fields"]["dataset_size"], "0");
}

#[test]
fn set_on_a_wrong_type_key_writes_and_publishes_nothing() {
    let s = RedisServer::start();
    let _: i64 = redis(&s, &["RPUSH", "context:project:bad", "x"]);
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    let run = coordctl(&s, ["context", "set", "bad", "status=x"]);
    run.code(1)
        .stderr_has("context:project:bad")
        .stderr_has("is a list, not a hash");
    // A write that does publish, so "nothing arrived" cannot mean "not listening".
    coordctl(&s, ["context", "set", "good", "status=x"]).ok();
    assert_eq!(
        parsed(&next_event(&mut sub))["projectId"],
        "good",
        "no event for the failed write"
    );
}

#[test]
fn unset_and_delete() {
    let s = RedisServer::start();
    seed_project(&s, "p");
    coordctl(&s, ["context", "unset", "p", "quality_score"])
        .code(2)
        .stderr_has("--yes");
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    coordctl(&s, ["context", "unset", "p", "quality_score", "--yes"])
        .ok()
        .stdout_has("removed 1 field");
    assert_eq!(
        redis::<i64>(&s, &["HEXISTS", "context:project:p", "quality_score"]),
        0
    );
    assert_eq!(parsed(&next_event(&mut sub))["projectId"], "p");

    coordctl(&s, ["context", "delete", "p", "--yes"])
        .ok()
        .stdout_has("deleted context p");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "context:project:p"]), 0);
    assert_eq!(
        parsed(&next_event(&mut sub))["type"],
        "project_context_updated"
    );
    coordctl(&s, ["context", "delete", "p", "--yes"])
        .code(1)
        .stderr_has("does not exist");
}

#[test]
fn bad_context_data_is_marked() {
    let s = RedisServer::start();
    seed_project(&s, "good");
    let _: i64 = redis(&s, &["SADD", "context:project:aset", "x"]);
    hset(&s, "context:project:partial", &[("name", b"half written")]);
    hset(
        &s,
        "context:project:binary",
        &[
            ("name", b"caf\xe9"),
            ("status", b"ok"),
            ("dataset_size", b"many"),
            ("quality_score", b"0.5"),
        ],
    );
    let run = coordctl(&s, ["context", "list", "-o", "json"]);
    run.ok()
        .stderr_has("3 of 4 project contexts could not be read cleanly");
    let rows = run.json();
    let by = |p: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["project"] == p)
            .unwrap()["problem"]
            .clone()
    };
    assert!(
        by("aset")
            .as_str()
            .unwrap()
            .contains("key is a set, not a hash")
    );
    assert!(
        by("partial")
            .as_str()
            .unwrap()
            .contains("missing status, dataset_size, quality_score")
    );
    let binary = by("binary");
    assert!(binary.as_str().unwrap().contains("non-UTF-8"), "{binary}");
    assert!(
        binary
            .as_str()
            .unwrap()
            .contains("dataset_size \"many\" is not an integer"),
        "{binary}"
    );
    assert_eq!(by("good"), serde_json::Value::Null);
    coordctl(&s, ["context", "list", "--strict"]).code(1);
    coordctl(&s, ["context", "show", "aset"])
        .ok()
        .stdout_has("key is a set, not a hash");
    coordctl(&s, ["context", "show", "aset", "--strict"]).code(1);
}
