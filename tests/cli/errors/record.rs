//! `errors record`: the seed's logTaskError, byte for byte, in one transaction.

use std::time::Duration;

use crate::support::{Coordctl, RedisServer, coordctl, hset, redis};

const RETENTION: i64 = 604_800;

fn record(s: &RedisServer, extra: &[&str]) -> crate::support::Run {
    let mut args = vec![
        "errors",
        "record",
        "--task",
        "task-7",
        "--project",
        "proj-1",
        "--agent",
        "trainer",
        "--name",
        "TimeoutError",
        "--message",
        "Batch 3 of 12 timed out after 30000ms",
    ];
    args.extend_from_slice(extra);
    coordctl(s, args)
}

/// The stored entry's timestamp: the only part of it the test cannot know in advance.
fn timestamp_of(entry: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(entry).unwrap();
    v["timestamp"].as_str().unwrap().to_string()
}

#[test]
fn writes_exactly_what_log_task_error_writes() {
    let s = RedisServer::start();
    let run = record(
        &s,
        &["--code", "ETIMEDOUT", "--severity", "high", "--recoverable"],
    );
    run.ok().stdout_has(
        "recorded TimeoutError for task task-7 (severity high, count 1, new signature)",
    );

    // JSON.stringify(errorEvent): the seed's key order, nothing else.
    let log: Vec<String> = redis(&s, &["LRANGE", "errors:tasks:log", "0", "-1"]);
    assert_eq!(log.len(), 1);
    let ts = timestamp_of(&log[0]);
    assert_eq!(
        log[0],
        format!(
            r#"{{"type":"task_failure","taskId":"task-7","projectId":"proj-1","agent":"trainer","error":{{"name":"TimeoutError","message":"Batch 3 of 12 timed out after 30000ms","code":"ETIMEDOUT"}},"timestamp":"{ts}","severity":"high","recoverable":true}}"#
        )
    );
    assert_eq!(ts.len(), 24, "toISOString(): milliseconds and Z: {ts}");
    let ttl: i64 = redis(&s, &["TTL", "errors:tasks:log"]);
    assert!(ttl > RETENTION - 10 && ttl <= RETENTION, "{ttl}");

    let details: Vec<String> = redis(&s, &["HGETALL", "errors:task:task-7:details"]);
    assert_eq!(
        details,
        [
            "error_message",
            "Batch 3 of 12 timed out after 30000ms",
            "agent",
            "trainer",
            "severity",
            "high"
        ]
    );
    let ttl: i64 = redis(&s, &["TTL", "errors:task:task-7:details"]);
    assert!(ttl > RETENTION - 10 && ttl <= RETENTION, "{ttl}");

    let sigs: Vec<String> = redis(&s, &["SMEMBERS", "errors:unique_signatures"]);
    assert_eq!(sigs, ["TimeoutError:Batch N of N timed out after Nms"]);
    let count: String = redis(&s, &["HGET", "errors:counters", "TimeoutError"]);
    assert_eq!(count, "1");

    // Again: the counter goes up, the signature is known, the log grows at the head.
    let run = record(&s, &["-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["count"], 2);
    assert_eq!(v["new_signature"], false);
    assert_eq!(v["log_length"], 2);
    assert_eq!(v["entry"]["severity"], "medium", "the documented default");
    assert_eq!(v["entry"]["recoverable"], false);
    let newest: String = redis(&s, &["LINDEX", "errors:tasks:log", "0"]);
    assert!(
        !newest.contains("\"code\""),
        "no --code: left out, as undefined is: {newest}"
    );
    assert!(
        run.stdout.find("\"type\"") < run.stdout.find("\"taskId\""),
        "the JSON output keeps the entry's key order\n{run}"
    );
}

#[test]
fn escapes_text_as_json_stringify_does() {
    let s = RedisServer::start();
    let message = "say \"hi\"\\n\n\t\u{1b}[31m é 🚀 \u{2028} </script> \u{7f}";
    let run = coordctl(
        &s,
        [
            "errors",
            "record",
            "--task",
            "t-é",
            "--project",
            "p1",
            "--agent",
            "a",
            "--name",
            "E",
            "--message",
            message,
        ],
    );
    run.ok();
    let entry: String = redis(&s, &["LINDEX", "errors:tasks:log", "0"]);
    // Produced by node: JSON.stringify leaves non-ASCII, U+2028, "/" and DEL as they are.
    let expected =
        "\"message\":\"say \\\"hi\\\"\\\\n\\n\\t\\u001b[31m é 🚀 \u{2028} </script> \u{7f}\"";
    assert!(entry.contains(expected), "{entry}");
    assert!(entry.contains("\"taskId\":\"t-é\""), "{entry}");
    let details: String = redis(&s, &["HGET", "errors:task:t-é:details", "error_message"]);
    assert_eq!(details, message);
}

#[test]
fn a_nan_counter_still_logs_the_error_and_names_the_field() {
    let s = RedisServer::start();
    // What an agent going through the Redis MCP server leaves behind.
    hset(
        &s,
        "errors:counters",
        &[("TimeoutError", b"NaN"), ("Other", b"4")],
    );
    let run = record(&s, &[]);
    run.code(1)
        .stderr_has("the error was logged, but errors:counters field \"TimeoutError\" holds \"NaN\", not an integer")
        .stderr_has("hint:")
        .stdout_has("recorded TimeoutError for task task-7");
    assert_eq!(redis::<i64>(&s, &["LLEN", "errors:tasks:log"]), 1);
    assert_eq!(
        redis::<i64>(&s, &["EXISTS", "errors:task:task-7:details"]),
        1
    );
    assert_eq!(redis::<i64>(&s, &["SCARD", "errors:unique_signatures"]), 1);
    let count: String = redis(&s, &["HGET", "errors:counters", "TimeoutError"]);
    assert_eq!(count, "NaN", "left for the operator to fix");

    let v = record(&s, &["-o", "json"]).code(1).json();
    assert_eq!(v["count"], serde_json::Value::Null);
    assert_eq!(v["log_length"], 2);
}

#[test]
fn publish_sends_the_seeds_publish_error_message() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut sub = conn.as_pubsub();
    sub.subscribe("events:errors:critical").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();

    let run = record(&s, &["--severity", "critical", "--publish"]);
    run.ok()
        .stdout_has("published on events:errors:critical to 1 subscribers");
    let msg: String = sub.get_message().unwrap().get_payload().unwrap();
    let ts = timestamp_of(&msg);
    assert_eq!(
        msg,
        format!(
            r#"{{"type":"task_failure","agent":"trainer","taskId":"task-7","error":{{"name":"TimeoutError","message":"Batch 3 of 12 timed out after 30000ms"}},"timestamp":"{ts}"}}"#
        )
    );
}

#[test]
fn severity_must_be_a_plain_word() {
    let s = RedisServer::start();
    for bad in ["high:x", "a b", "*", ""] {
        record(&s, &["--severity", bad, "--publish"])
            .code(2)
            .stderr_has("plain word");
    }
    coordctl(
        &s,
        [
            "errors",
            "record",
            "--task",
            "",
            "--project",
            "p",
            "--agent",
            "a",
            "--name",
            "E",
            "--message",
            "m",
        ],
    )
    .code(2);
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 0);
}

#[test]
fn dry_run_and_read_only_write_nothing() {
    let s = RedisServer::start();
    let run = record(&s, &["--dry-run", "--publish"]);
    run.ok()
        .stdout_has("dry run: would record the error of task task-7")
        .stdout_has("LPUSH errors:tasks:log {\"type\":\"task_failure\",\"taskId\":\"task-7\"")
        .stdout_has("EXPIRE errors:tasks:log 604800")
        .stdout_has("HSET errors:task:task-7:details error_message")
        .stdout_has(
            "SADD errors:unique_signatures \"TimeoutError:Batch N of N timed out after Nms\"",
        )
        .stdout_has("HINCRBY errors:counters \"TimeoutError\" 1")
        .stdout_has(
            "PUBLISH events:errors:medium {\"type\":\"task_failure\",\"agent\":\"trainer\"",
        );
    record(&s, &["--read-only"])
        .code(2)
        .stderr_has("read-only mode: not going to record the error of task task-7");
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 0);
}

#[test]
fn a_wrong_typed_key_refuses_before_writing_anything() {
    let s = RedisServer::start();
    let _: () = redis(&s, &["SET", "errors:tasks:log", "oops"]);
    record(&s, &[])
        .code(1)
        .stderr_has("errors:tasks:log is a string, not a list: nothing recorded");
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 1);
}

#[test]
fn namespace_applies_to_every_key_and_the_channel() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut sub = conn.as_pubsub();
    sub.subscribe("staging:events:errors:low").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    Coordctl::on(&s)
        .args(["--namespace", "staging"])
        .args([
            "errors",
            "record",
            "--task",
            "t",
            "--project",
            "p",
            "--agent",
            "a",
        ])
        .args([
            "--name",
            "E",
            "--message",
            "m",
            "--severity",
            "low",
            "--publish",
        ])
        .run()
        .ok();
    let mut keys: Vec<String> = redis(&s, &["KEYS", "*"]);
    keys.sort();
    assert_eq!(
        keys,
        [
            "staging:errors:counters",
            "staging:errors:task:t:details",
            "staging:errors:tasks:log",
            "staging:errors:unique_signatures"
        ]
    );
    let msg: String = sub.get_message().unwrap().get_payload().unwrap();
    assert!(msg.starts_with("{\"type\":\"task_failure\""), "{msg}");
}
