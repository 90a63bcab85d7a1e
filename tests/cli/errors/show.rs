//! `errors show <task>`: the details hash, its TTL, and the task's log entries.

use super::{lpush, task_failure, training_event};
use crate::support::{RedisServer, coordctl, hset, redis};

#[test]
fn shows_the_details_hash_and_the_tasks_entries() {
    let s = RedisServer::start();
    // Older entries first: the list is in time order, as agents leave it.
    lpush(
        &s,
        "errors:tasks:log",
        &[
            task_failure("task-7", "trainer", "TimeoutError", "first try", 60).as_bytes(),
            task_failure("task-8", "labeler", "E", "someone else", 30).as_bytes(),
        ],
    );
    coordctl(
        &s,
        [
            "errors",
            "record",
            "--task",
            "task-7",
            "--project",
            "proj-1",
            "--agent",
            "trainer",
            "--name",
            "OOMError",
            "--message",
            "CUDA out of memory",
            "--severity",
            "critical",
        ],
    )
    .ok();
    lpush(
        &s,
        "errors:training:proj-1:log",
        &[training_event("nan_loss", 2).as_bytes()],
    );

    let v = coordctl(&s, ["errors", "show", "task-7", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["task"], "task-7");
    assert_eq!(v["key"], "errors:task:task-7:details");
    assert_eq!(v["fields"]["error_message"], "CUDA out of memory");
    assert_eq!(v["fields"]["agent"], "trainer");
    assert_eq!(v["fields"]["severity"], "critical");
    assert!(v["ttl_seconds"].as_i64().unwrap() > 604_000);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{v}");
    assert_eq!(entries[0]["error"]["name"], "OOMError", "newest first");
    assert_eq!(entries[1]["error"]["message"], "first try");
    assert_eq!(v["problems"], serde_json::json!([]));

    let run = coordctl(&s, ["errors", "show", "task-7", "--color", "never"]);
    run.ok()
        .stdout_has("error_message  CUDA out of memory")
        .stdout_has("ttl            7d")
        .stdout_has("OOMError: CUDA out of memory")
        .stdout_has("TimeoutError: first try");
    assert!(!run.stdout.contains("someone else"), "{run}");
}

#[test]
fn expired_details_still_show_the_entries() {
    let s = RedisServer::start();
    lpush(
        &s,
        "errors:tasks:log",
        &[task_failure("t1", "a", "E", "m", 5).as_bytes()],
    );
    let run = coordctl(&s, ["errors", "show", "t1"]);
    run.ok()
        .stdout_has("none (never written, or expired)")
        .stdout_has("E: m");
}

#[test]
fn an_unknown_task_is_an_error_with_a_hint() {
    let s = RedisServer::start();
    coordctl(&s, ["errors", "show", "nope"])
        .code(1)
        .stderr_has("no errors recorded for task \"nope\" (errors:task:nope:details does not exist")
        .stderr_has("hint: `coordctl errors log`");
}

#[test]
fn a_partial_or_wrong_typed_details_hash_is_marked() {
    let s = RedisServer::start();
    // Two of the seed's three HSETs happened, and the expiry (set with the last) did not.
    hset(
        &s,
        "errors:task:t1:details",
        &[("error_message", b"boom"), ("agent", b"a")],
    );
    let run = coordctl(&s, ["errors", "show", "t1"]);
    run.ok()
        .stdout_has("missing severity (a partial write?)")
        .stdout_has("no expiry")
        .stderr_has("2 problems");
    coordctl(&s, ["errors", "show", "t1", "--strict"]).code(1);

    let _: () = redis(&s, &["SET", "errors:task:t2:details", "x"]);
    let v = coordctl(&s, ["errors", "show", "t2", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        v["problems"],
        serde_json::json!(["errors:task:t2:details is a string, not a hash"])
    );
}
