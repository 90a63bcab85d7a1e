//! `errors correlate`: the seed's cascade detection over the task log and every training log.

use std::time::Duration;

use super::{lpush, task_failure, training_event};
use crate::support::{RedisServer, coordctl, redis};

/// Three subsystems failing within a minute, plus old and unreadable noise.
fn cascade(s: &RedisServer) {
    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("t0", "a", "E", "old", 3600).as_bytes(),
            task_failure("t1", "a", "E", "m", 40).as_bytes(),
            task_failure("t2", "a", "E", "m", 10).as_bytes(),
        ],
    );
    lpush(
        s,
        "errors:training:proj-1:log",
        &[training_event("nan_loss", 20).as_bytes()],
    );
    lpush(
        s,
        "errors:training:proj-2:log",
        &[
            training_event("oom", 30).as_bytes(),
            training_event("oom", 25).as_bytes(),
        ],
    );
}

fn subscribe(conn: &mut redis::Connection) -> redis::PubSub<'_> {
    let mut sub = conn.as_pubsub();
    sub.subscribe("events:errors:correlations").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    sub
}

#[test]
fn finds_a_cascade_across_logs() {
    let s = RedisServer::start();
    cascade(&s);
    let run = coordctl(&s, ["errors", "correlate", "-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["cascade"], true);
    // The seed's order: the task log first, then training logs; types by first appearance.
    assert_eq!(
        v["error_types"],
        serde_json::json!(["task_failure", "nan_loss", "oom"])
    );
    assert_eq!(
        v["error_counts"],
        serde_json::json!({"task_failure": 2, "nan_loss": 1, "oom": 2})
    );
    assert_eq!(v["window_seconds"], 300);
    assert_eq!(v["threshold"], 3);
    assert_eq!(v["entries_read"], 6);
    assert_eq!(v["entries_in_window"], 5);
    assert!(
        run.stdout.find("\"task_failure\": 2") < run.stdout.find("\"nan_loss\": 1"),
        "error_counts keeps first-seen order\n{run}"
    );
    coordctl(&s, ["errors", "correlate", "--check"])
        .code(3)
        .stdout_has("yes: 3 event types within 5m (threshold 3)");
    // A narrower window or a higher threshold: no cascade.
    let v = coordctl(
        &s,
        [
            "errors",
            "correlate",
            "--window",
            "15s",
            "--check",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(v["error_types"], serde_json::json!(["task_failure"]));
    assert_eq!(v["window_seconds"], 15);
    coordctl(&s, ["errors", "correlate", "--threshold", "4", "--check"])
        .ok()
        .stdout_has("no: 3 event types within 5m (threshold 4)");
    // Only the newest N of each log count, as the seed's lrange 0 99.
    let v = coordctl(&s, ["errors", "correlate", "--per-log", "1", "-o", "json"]).json();
    assert_eq!(
        v["error_counts"],
        serde_json::json!({"task_failure": 1, "nan_loss": 1, "oom": 1})
    );
}

#[test]
fn publish_sends_the_seeds_message_only_on_a_cascade() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    lpush(
        &s,
        "errors:tasks:log",
        &[task_failure("t", "a", "E", "m", 1).as_bytes()],
    );
    coordctl(&s, ["errors", "correlate", "--publish"]).ok();
    // Nothing was published: the first message on the channel is our own marker.
    let _: i64 = redis(&s, &["PUBLISH", "events:errors:correlations", "marker"]);
    let first: String = sub.get_message().unwrap().get_payload().unwrap();
    assert_eq!(first, "marker");

    cascade(&s);
    let v = coordctl(&s, ["errors", "correlate", "--publish", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["published_to"], 1);
    let msg: String = sub.get_message().unwrap().get_payload().unwrap();
    assert!(
        msg.starts_with(
            r#"{"type":"error_cascade_detected","severity":"critical","error_types":["task_failure","nan_loss","oom"],"error_counts":{"task_failure":3,"nan_loss":1,"oom":2},"recommendation":"Investigate root cause - multiple subsystems failing","timestamp":""#
        ),
        "{msg}"
    );
    coordctl(&s, ["errors", "correlate", "--publish", "--read-only"])
        .code(2)
        .stderr_has("read-only mode: not going to publish on events:errors:correlations");
}

#[test]
fn unreadable_entries_are_reported_not_counted() {
    let s = RedisServer::start();
    cascade(&s);
    lpush(
        &s,
        "errors:tasks:log",
        &[b"{broken", br#"{"timestamp":"2099-01-01T00:00:00Z"}"#],
    );
    let _: () = redis(&s, &["SET", "errors:training:proj-3:log", "x"]);
    let run = coordctl(&s, ["errors", "correlate", "-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["cascade"], true, "the readable entries still count");
    assert_eq!(
        v["error_types"],
        serde_json::json!(["task_failure", "nan_loss", "oom"])
    );
    assert_eq!(
        v["problems"],
        serde_json::json!([
            "errors:training:proj-3:log is a string, not a list",
            "errors:tasks:log: 2 entries not counted, e.g. [0]: no type"
        ])
    );
    run.stderr_has("2 problems");
    coordctl(&s, ["errors", "correlate", "--strict"]).code(1);
}

#[test]
fn no_logs_is_no_cascade() {
    let s = RedisServer::start();
    let v = coordctl(&s, ["errors", "correlate", "--check", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["cascade"], false);
    assert_eq!(v["error_counts"], serde_json::json!({}));
    assert_eq!(v["entries_read"], 0);
}
