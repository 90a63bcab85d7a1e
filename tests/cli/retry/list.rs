//! `retry list`, `retry stats`, `retry enqueue`.

use std::time::Duration;

use super::{DLQ, QUEUE, dead, item, lrange, now_ms, rpush};
use crate::support::{RedisServer, coordctl, redis};

fn seeded() -> RedisServer {
    let s = RedisServer::start();
    let now = now_ms();
    rpush(
        &s,
        QUEUE,
        &[
            item("due-1", "trainer", 1, now - 5000.25),
            item("later", "labeler", 2, now + 600_000.5),
            "not json at all".to_string(),
            item("due-2", "labeler", 3, now - 1.5),
        ],
    );
    s
}

#[test]
fn list_shows_due_and_waiting_items_in_queue_order() {
    let s = seeded();
    let run = coordctl(&s, ["retry", "list", "-o", "json"]);
    run.ok()
        .stderr_has("1 of 4 retry items could not be read cleanly");
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["position"], 0);
    assert_eq!(rows[0]["task_id"], "due-1");
    assert_eq!(rows[0]["ready"], true);
    assert_eq!(rows[0]["attempt"], 1);
    assert!(rows[0]["retry_after_ms"].as_f64().unwrap().fract() != 0.0);
    assert!(rows[0]["retry_after"].as_str().unwrap().ends_with('Z'));
    assert_eq!(rows[1]["ready"], false);
    assert_eq!(rows[2]["ready"], serde_json::Value::Null);
    assert!(
        rows[2]["problem"]
            .as_str()
            .unwrap()
            .contains("not valid JSON")
    );
    assert_eq!(rows[3]["error"], "timeout");

    let table = coordctl(&s, ["retry", "list"]);
    table.ok();
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].starts_with("POS") && lines[0].contains("PROBLEM"),
        "{table}"
    );
    assert!(
        lines[1].contains("due-1") && lines[1].contains("ready"),
        "{table}"
    );
    assert!(
        lines[2].contains("later") && lines[2].contains("in 9m"),
        "{table}"
    );
}

#[test]
fn list_filters_ready_agent_and_limit() {
    let s = seeded();
    let ready = coordctl(&s, ["retry", "list", "--ready", "-o", "jsonl"]);
    let rows = ready.ok().jsonl();
    let tasks: Vec<&str> = rows
        .iter()
        .map(|r| r["task_id"].as_str().unwrap())
        .collect();
    assert_eq!(tasks, ["due-1", "due-2"]);
    ready.stderr_has("1 entry in retry:queue could not be read");

    let rows = coordctl(&s, ["retry", "list", "--agent", "labeler", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 2);
    let rows = coordctl(&s, ["retry", "list", "--limit", "1", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["task_id"], "due-1");
    // --strict turns the unreadable entry into a failure.
    coordctl(&s, ["retry", "list", "--strict"]).code(1);
}

#[test]
fn stats_counts_everything_including_staging() {
    let s = seeded();
    rpush(&s, DLQ, &[dead("d1"), dead("d2")]);
    rpush(&s, super::KEPT, &[dead("k1")]);
    rpush(
        &s,
        "{retry:queue}:processing:gone",
        &[item("p1", "a", 1, 0.0)],
    );
    let v = coordctl(&s, ["retry", "stats", "-o", "json"]).ok().json();
    assert_eq!(v["queue_length"], 4);
    assert_eq!(v["ready"], 2);
    assert_eq!(v["waiting"], 1);
    assert_eq!(v["bad_entries"], 1);
    assert!(v["next_due"].as_str().is_some());
    assert_eq!(v["dead_letters"], 2);
    assert_eq!(v["oldest_dead_letter"], "2026-11-20T10:00:00.000Z");
    assert_eq!(v["staging"]["kept"], 1);
    assert_eq!(v["staging"]["processing"], 1);
    assert_eq!(v["staging"]["workers"][0]["worker"], "gone");
    assert_eq!(v["staging"]["workers"][0]["alive"], false);
    let table = coordctl(&s, ["retry", "stats"]);
    table
        .ok()
        .stdout_has("dead letters")
        .stdout_has("worker gone");
}

#[test]
fn enqueue_writes_the_seeds_shape_and_events() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut sub = conn.as_pubsub();
    sub.psubscribe("events:errors:retry_*").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let before = now_ms();
    let run = coordctl(
        &s,
        [
            "retry",
            "enqueue",
            "task-7",
            "--project",
            "speech-de",
            "--agent",
            "trainer",
            "--error",
            "CUDA OOM",
            "--attempt",
            "1",
            "-o",
            "json",
        ],
    );
    let out = run.ok().json();
    assert_eq!(out["dead_lettered"], false);
    assert_eq!(out["attempt"], 2);
    let items = lrange(&s, QUEUE);
    assert_eq!(items.len(), 1);
    let keys: Vec<&str> = items[0]
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|k| {
            [
                "taskId",
                "projectId",
                "agent",
                "error",
                "attempt",
                "retryAfter",
                "timestamp",
            ]
            .contains(k)
        })
        .collect();
    assert_eq!(
        keys,
        [
            "taskId",
            "projectId",
            "agent",
            "error",
            "attempt",
            "retryAfter",
            "timestamp"
        ],
        "{}",
        items[0]
    );
    let v: serde_json::Value = serde_json::from_str(&items[0]).unwrap();
    let delay = v["retryAfter"].as_f64().unwrap() - before;
    // 1000·2^1 ms plus up to a second of jitter (and the time the command took).
    assert!((2000.0..3500.0).contains(&delay), "delay {delay}");
    let msg = sub.get_message().unwrap();
    assert_eq!(msg.get_channel_name(), "events:errors:retry_scheduled");
    let ev: serde_json::Value =
        serde_json::from_str(&msg.get_payload::<String>().unwrap()).unwrap();
    assert_eq!(ev["type"], "retry_scheduled");
    assert_eq!(ev["taskId"], "task-7");
    assert_eq!(ev["attempt"], 2);
    assert!(ev["delayMs"].as_f64().unwrap() >= 2000.0);

    // At max retries it becomes a dead letter, with retry_exhausted.
    coordctl(
        &s,
        [
            "retry",
            "enqueue",
            "task-8",
            "--project",
            "p",
            "--agent",
            "a",
            "--error",
            "e",
            "--attempt",
            "3",
        ],
    )
    .ok()
    .stdout_has("dead-lettered after 3 attempts");
    let d = lrange(&s, DLQ);
    assert_eq!(d.len(), 1);
    assert!(
        d[0].starts_with(r#"{"taskId":"task-8","projectId":"p","agent":"a","error":"e","attempts":3,"timestamp":""#),
        "{}",
        d[0]
    );
    let msg = sub.get_message().unwrap();
    assert_eq!(msg.get_channel_name(), "events:errors:retry_exhausted");
    let ev: serde_json::Value =
        serde_json::from_str(&msg.get_payload::<String>().unwrap()).unwrap();
    assert_eq!(ev["attempts"], 3);
    assert_eq!(ev["projectId"], "p");
}

#[test]
fn wrong_type_is_a_clear_error() {
    let s = RedisServer::start();
    let _: i64 = redis(&s, &["HSET", QUEUE, "a", "b"]);
    coordctl(&s, ["retry", "list"])
        .code(1)
        .stderr_has("retry:queue is a hash, not a list");
    coordctl(
        &s,
        [
            "retry",
            "enqueue",
            "t",
            "--project",
            "p",
            "--agent",
            "a",
            "--error",
            "e",
        ],
    )
    .code(1)
    .stderr_has("WRONGTYPE");
}
