//! `retry run -- <command…>`: the seed's processRetryQueue, made reliable.

use std::time::Duration;

use super::{DLQ, QUEUE, item, lrange, now_ms, rpush};
use crate::support::{Coordctl, RedisServer, coordctl, redis};

/// A job script: records its environment and stdin in `dir`, exits with $EXIT_FOR_<task> or 0.
fn job(dir: &std::path::Path) -> String {
    let script = dir.join("job.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nin=$(cat)\necho \"$TASK_ID $PROJECT_ID $AGENT $ATTEMPT $in\" >> {}/ran\n\
             case \"$TASK_ID\" in fail*) exit 3;; esac\nexit 0\n",
            dir.display()
        ),
    )
    .unwrap();
    let _ = std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status();
    script.display().to_string()
}

fn ran(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("ran"))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn subscribe(conn: &mut redis::Connection) -> redis::PubSub<'_> {
    let mut sub = conn.as_pubsub();
    sub.psubscribe("events:errors:retry_*").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    sub
}

fn event(sub: &mut redis::PubSub<'_>) -> (String, serde_json::Value) {
    let m = sub.get_message().unwrap();
    let payload: String = m.get_payload().unwrap();
    (
        m.get_channel_name().to_string(),
        serde_json::from_str(&payload).unwrap(),
    )
}

#[test]
fn success_runs_the_command_with_the_item_and_publishes() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let waiting = item("later", "trainer", 1, now_ms() + 600_000.0);
    let due = item("ok-1", "trainer", 2, now_ms() - 1000.5);
    rpush(&s, QUEUE, &[waiting.clone(), due.clone()]);
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    let run = coordctl(
        &s,
        [
            "retry",
            "run",
            "--once",
            "-o",
            "json",
            "--",
            &job(dir.path()),
        ],
    );
    let v = run.ok().json();
    assert_eq!(v["claimed"], 1);
    assert_eq!(v["succeeded"], 1);
    assert_eq!(ran(dir.path()), [format!("ok-1 speech-de trainer 2 {due}")]);
    assert_eq!(
        lrange(&s, QUEUE),
        [waiting],
        "the waiting item is untouched"
    );
    let (channel, ev) = event(&mut sub);
    assert_eq!(channel, "events:errors:retry_success");
    assert_eq!(ev["type"], "retry_success");
    assert_eq!(ev["taskId"], "ok-1");
    assert_eq!(ev["attempt"], 2);
    let keys: Vec<String> = redis(&s, &["KEYS", "{retry:queue}:*"]);
    assert!(
        keys.is_empty(),
        "no processing list or heartbeat left: {keys:?}"
    );
}

#[test]
fn failure_reenqueues_with_the_next_attempt_then_dead_letters() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    rpush(
        &s,
        QUEUE,
        &[
            item("fail-a", "trainer", 1, now_ms() - 10.0),
            item("fail-b", "trainer", 3, now_ms() - 10.0),
        ],
    );
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn);
    let before = now_ms();
    let v = coordctl(
        &s,
        [
            "retry",
            "run",
            "--exit-when-idle",
            "-o",
            "json",
            "--",
            &job(dir.path()),
        ],
    )
    .ok()
    .json();
    assert_eq!(v["retried"], 1);
    assert_eq!(v["dead_lettered"], 1);
    let q = lrange(&s, QUEUE);
    assert_eq!(q.len(), 1);
    let next: serde_json::Value = serde_json::from_str(&q[0]).unwrap();
    assert_eq!(next["taskId"], "fail-a");
    assert_eq!(next["attempt"], 2);
    assert!(
        next["error"]
            .as_str()
            .unwrap()
            .ends_with("job.sh exited with status 3")
    );
    let delay = next["retryAfter"].as_f64().unwrap() - before;
    assert!(
        (2000.0..4000.0).contains(&delay),
        "1000·2^1 + jitter: {delay}"
    );
    let d = lrange(&s, DLQ);
    assert_eq!(d.len(), 1);
    assert!(
        d[0].starts_with(
            r#"{"taskId":"fail-b","projectId":"speech-de","agent":"trainer","error":""#
        ) && d[0].contains(r#""attempts":3,"timestamp":"#),
        "{}",
        d[0]
    );
    let (c1, e1) = event(&mut sub);
    assert_eq!(c1, "events:errors:retry_scheduled");
    assert_eq!(e1["attempt"], 2);
    let (c2, e2) = event(&mut sub);
    assert_eq!(c2, "events:errors:retry_exhausted");
    assert_eq!(e2["attempts"], 3);
}

#[test]
fn an_open_breaker_defers_the_item_by_a_minute() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    rpush(&s, QUEUE, &[item("t1", "trainer", 1, now_ms() - 10.0)]);
    let opened = (now_ms() as i64 - 1000).to_string();
    let _: i64 = redis(
        &s,
        &[
            "HSET",
            "circuit_breakers:agent:trainer",
            "state",
            "open",
            "opened_at",
            &opened,
        ],
    );
    let v = coordctl(
        &s,
        [
            "retry",
            "run",
            "--once",
            "-o",
            "json",
            "--",
            &job(dir.path()),
        ],
    )
    .ok()
    .json();
    assert_eq!(v["deferred"], 1);
    assert!(ran(dir.path()).is_empty(), "the command did not run");
    let q = lrange(&s, QUEUE);
    let v: serde_json::Value = serde_json::from_str(&q[0]).unwrap();
    let wait = v["retryAfter"].as_f64().unwrap() - now_ms();
    assert!((55_000.0..=60_000.0).contains(&wait), "{wait}");
    assert_eq!(v["attempt"], 1);
    // A breaker opened more than 5 minutes ago no longer holds the task back.
    let old = (now_ms() as i64 - 400_000).to_string();
    let _: i64 = redis(
        &s,
        &["HSET", "circuit_breakers:agent:trainer", "opened_at", &old],
    );
    rpush(&s, QUEUE, &[item("t2", "trainer", 1, now_ms() - 10.0)]);
    coordctl(&s, ["retry", "run", "--once", "--", &job(dir.path())]).ok();
    assert_eq!(ran(dir.path()).len(), 1);
}

#[test]
fn recovers_a_dead_workers_processing_list() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let orphan = item("orphan", "trainer", 1, now_ms() - 10.0);
    // A worker that died with an item in hand (no heartbeat), and one that is alive.
    rpush(&s, "{retry:queue}:processing:dead-box:1", &[orphan]);
    let busy = item("busy", "trainer", 1, now_ms() - 10.0);
    rpush(
        &s,
        "{retry:queue}:processing:live-box:2",
        std::slice::from_ref(&busy),
    );
    let _: () = redis(
        &s,
        &[
            "SET",
            "{retry:queue}:worker:live-box:2",
            "tok elsewhere 1 run 0",
            "PX",
            "30000",
        ],
    );
    let run = coordctl(
        &s,
        [
            "retry",
            "run",
            "--exit-when-idle",
            "-o",
            "json",
            "--",
            &job(dir.path()),
        ],
    );
    let v = run.ok().json();
    run.stderr_has("recovered worker dead-box:1's processing list: 1 item back on the queue");
    assert_eq!(v["recovered"], 1);
    assert_eq!(v["succeeded"], 1);
    assert!(ran(dir.path())[0].starts_with("orphan "));
    assert_eq!(
        lrange(&s, "{retry:queue}:processing:live-box:2"),
        [busy],
        "a live worker's item is left alone"
    );
}

#[test]
fn a_second_worker_with_the_same_name_is_refused() {
    let s = RedisServer::start();
    let _: () = redis(
        &s,
        &[
            "SET",
            "{retry:queue}:worker:w1",
            "tok elsewhere 1 run 0",
            "PX",
            "30000",
        ],
    );
    coordctl(
        &s,
        ["retry", "run", "--worker", "w1", "--once", "--", "true"],
    )
    .code(1)
    .stderr_has("worker \"w1\" is already running");
}

#[test]
fn max_items_and_a_command_that_cannot_start() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let items: Vec<String> = (0..5)
        .map(|i| item(&format!("t{i}"), "a", 0, now_ms() - 10.0))
        .collect();
    rpush(&s, QUEUE, &items);
    let v = coordctl(
        &s,
        [
            "retry",
            "run",
            "--max-items",
            "2",
            "-o",
            "json",
            "--",
            &job(dir.path()),
        ],
    )
    .ok()
    .json();
    assert_eq!(v["claimed"], 2);
    assert_eq!(lrange(&s, QUEUE).len(), 3);
    let run = Coordctl::on(&s)
        .args(["retry", "run", "--once", "--", "/no/such/program"])
        .run();
    run.code(1).stderr_has("cannot run \"/no/such/program\"");
    assert_eq!(lrange(&s, QUEUE).len(), 3, "the item went back unchanged");
    assert!(lrange(&s, QUEUE).contains(&items[2]));
}
