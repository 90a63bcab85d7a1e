//! `retry dlq requeue` and `retry dlq drain`: what moves, in what shape, what stays.

use std::process::Stdio;
use std::time::Duration;

use super::{DLQ, KEPT, QUEUE, dead, dead_for, llen, lrange, rpush, tasks, wait_for};
use crate::support::{Coordctl, RedisServer, coordctl, redis};

fn mixed() -> RedisServer {
    let s = RedisServer::start();
    rpush(
        &s,
        DLQ,
        &[
            dead_for("a1", "trainer", "p", "CUDA OOM"),
            dead_for("b1", "labeler", "p", "timeout"),
            "garbage".to_string(),
            dead_for("a2", "trainer", "p", "CUDA OOM"),
            r#"{"projectId":"p","agent":"trainer","error":"no task id","attempts":3}"#.to_string(),
            dead_for("b2", "labeler", "p", "timeout"),
        ],
    );
    s
}

#[test]
fn requeue_writes_enqueue_for_retry_items_and_events() {
    let s = mixed();
    let mut conn = s.conn();
    let mut sub = conn.as_pubsub();
    sub.subscribe("events:errors:retry_scheduled").unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let before = super::now_ms();
    let v = coordctl(
        &s,
        [
            "retry", "dlq", "requeue", "--all", "--agent", "trainer", "-o", "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(v["present"], 6);
    assert_eq!(v["examined"], 6);
    assert_eq!(v["matched"], 2);
    assert_eq!(v["moved"], 2);
    assert_eq!(v["skipped"], 1, "the trainer entry without taskId");
    assert_eq!(v["remaining"], 4);
    let q = lrange(&s, QUEUE);
    assert_eq!(q.len(), 2);
    let first: serde_json::Value = serde_json::from_str(&q[0]).unwrap();
    let retry_after = first["retryAfter"].as_f64().unwrap();
    assert!(
        retry_after >= before && retry_after <= super::now_ms(),
        "due now"
    );
    let ts = first["timestamp"].as_str().unwrap();
    assert_eq!(
        q[0],
        format!(
            r#"{{"taskId":"a1","projectId":"p","agent":"trainer","error":"CUDA OOM (tried to allocate 2.00 GiB)","attempt":0,"retryAfter":{retry_after},"timestamp":"{ts}"}}"#
        ),
        "exactly enqueueForRetry's shape and key order"
    );
    // Kept dead letters are back in their original order, bad entries untouched.
    assert_eq!(
        lrange(&s, DLQ),
        [
            dead_for("b1", "labeler", "p", "timeout"),
            "garbage".to_string(),
            r#"{"projectId":"p","agent":"trainer","error":"no task id","attempts":3}"#.to_string(),
            dead_for("b2", "labeler", "p", "timeout"),
        ]
    );
    assert_eq!(redis::<i64>(&s, &["EXISTS", KEPT]), 0);
    for task in ["a1", "a2"] {
        let ev: serde_json::Value =
            serde_json::from_str(&sub.get_message().unwrap().get_payload::<String>().unwrap())
                .unwrap();
        assert_eq!(ev["type"], "retry_scheduled");
        assert_eq!(ev["taskId"], task);
        assert_eq!(ev["attempt"], 0);
        assert_eq!(ev["delayMs"], 0);
    }
    let keys: Vec<String> = redis(&s, &["KEYS", "*"]);
    let mut keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, [DLQ, QUEUE], "no staging, marker or lock left behind");
}

#[test]
fn requeue_by_task_with_limit_and_attempt() {
    let s = mixed();
    let run = coordctl(
        &s,
        [
            "retry",
            "dlq",
            "requeue",
            "--task",
            "b2",
            "a1",
            "--attempt",
            "2",
        ],
    );
    run.ok()
        .stdout_has("requeued 2 dead letters to retry:queue");
    let q = lrange(&s, QUEUE);
    assert!(q[0].contains(r#""taskId":"a1""#) && q[0].contains(r#""attempt":2"#));
    assert!(q[1].contains(r#""taskId":"b2""#));
    coordctl(&s, ["retry", "dlq", "requeue", "--task", "nope"])
        .code(1)
        .stderr_has("no dead letter for task nope");
    let v = coordctl(
        &s,
        [
            "retry", "dlq", "requeue", "--all", "--limit", "1", "-o", "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(v["moved"], 1);
    assert_eq!(lrange(&s, QUEUE).len(), 3);
    coordctl(&s, ["retry", "dlq", "requeue"])
        .code(2)
        .stderr_has("--task");
}

#[test]
fn requeue_dry_run_and_read_only_change_nothing() {
    let s = mixed();
    let before = lrange(&s, DLQ);
    coordctl(&s, ["retry", "dlq", "requeue", "--all", "--dry-run"])
        .ok()
        .stdout_has("would requeue 4 dead letters")
        .stdout_has("#3 task a2 (project p, agent trainer): CUDA OOM");
    coordctl(&s, ["retry", "dlq", "requeue", "--all", "--read-only"])
        .code(2)
        .stderr_has("read-only");
    assert_eq!(lrange(&s, DLQ), before);
    assert_eq!(llen(&s, QUEUE), 0);
}

#[test]
fn all_means_the_dead_letters_present_at_the_start() {
    let s = RedisServer::start();
    let ids = tasks("d", 3000);
    rpush(&s, DLQ, &ids.iter().map(|t| dead(t)).collect::<Vec<_>>());
    let mut child = Coordctl::on(&s)
        .args(["retry", "dlq", "requeue", "--all", "--batch-size", "5"])
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the requeue to start", Duration::from_secs(20), || {
        llen(&s, QUEUE) > 0
    });
    // Tasks that fail again while the requeue runs land at the tail: not picked up.
    let late: Vec<String> = tasks("late", 50).iter().map(|t| dead(t)).collect();
    rpush(&s, DLQ, &late);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the requeue finished before the late dead letters arrived; the test proves nothing"
    );
    assert!(child.wait().unwrap().success());
    assert_eq!(lrange(&s, DLQ), late);
    assert_eq!(llen(&s, QUEUE), 3000);
}

#[test]
fn drain_appends_lines_fsyncs_and_leaves_bad_entries() {
    let s = mixed();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sub").join("dlq.jsonl");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let drain = |extra: &[&str]| {
        Coordctl::on(&s)
            .args(["retry", "dlq", "drain", "--to"])
            .args([&file])
            .args(extra)
            .run()
    };
    drain(&[]).code(2).stderr_has("without --yes");
    drain(&["--yes", "--agent", "labeler"])
        .ok()
        .stdout_has("drained 2 dead letters");
    let v = drain(&["--yes", "-o", "json"]).ok().json();
    assert_eq!(v["moved"], 2);
    assert_eq!(v["skipped"], 2);
    assert!(v["to"].as_str().unwrap().ends_with("dlq.jsonl"));
    let lines: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        lines,
        [
            dead_for("b1", "labeler", "p", "timeout"),
            dead_for("b2", "labeler", "p", "timeout"),
            dead_for("a1", "trainer", "p", "CUDA OOM"),
            dead_for("a2", "trainer", "p", "CUDA OOM"),
        ],
        "appended, each exactly as stored"
    );
    assert_eq!(lrange(&s, DLQ).len(), 2, "two bad entries stay");
}

#[test]
fn drain_to_stdout_keeps_the_summary_on_stderr() {
    let s = mixed();
    let run = coordctl(
        &s,
        [
            "retry", "dlq", "drain", "--to", "-", "--yes", "--limit", "3",
        ],
    );
    run.ok().stderr_has("drained 3 dead letters to -");
    let tasks: Vec<String> = run
        .stdout
        .lines()
        .map(|l| super::task_of(l).unwrap())
        .collect();
    assert_eq!(tasks, ["a1", "b1", "a2"]);
    assert_eq!(lrange(&s, DLQ).len(), 3);
}

#[test]
fn drain_dry_run_lists_what_would_go() {
    let s = mixed();
    let run = coordctl(
        &s,
        [
            "retry",
            "dlq",
            "drain",
            "--to",
            "/nonexistent/x",
            "--dry-run",
            "-o",
            "json",
        ],
    );
    let v = run.ok().json();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["changes"].as_array().unwrap().len(), 4);
    assert_eq!(lrange(&s, DLQ).len(), 6);
}

#[test]
fn drain_all_means_the_dead_letters_present_at_the_start() {
    let s = RedisServer::start();
    let ids = tasks("d", 3000);
    rpush(&s, DLQ, &ids.iter().map(|t| dead(t)).collect::<Vec<_>>());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dlq.jsonl");
    let mut child = Coordctl::on(&s)
        .args([
            "retry",
            "dlq",
            "drain",
            "--yes",
            "--batch-size",
            "5",
            "--to",
        ])
        .args([&file])
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the drain to start", Duration::from_secs(20), || {
        llen(&s, DLQ) < 3000
    });
    // Drain takes batches ahead; none of them may reach past the dead letters counted at the
    // start into those appended meanwhile.
    let late: Vec<String> = tasks("late", 50).iter().map(|t| dead(t)).collect();
    rpush(&s, DLQ, &late);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the drain finished before the late dead letters arrived; the test proves nothing"
    );
    assert!(child.wait().unwrap().success());
    assert_eq!(lrange(&s, DLQ), late);
    let drained: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| super::task_of(l).unwrap())
        .collect();
    assert_eq!(drained, ids);
}

/// Each batch must start where the drain recorded it would: a line appended by something
/// else stops the drain, and the next drain finishes without losing a dead letter.
#[test]
fn drain_stops_when_something_else_writes_to_its_file() {
    let s = RedisServer::start();
    let ids = tasks("d", 4000);
    rpush(&s, DLQ, &ids.iter().map(|t| dead(t)).collect::<Vec<_>>());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dlq.jsonl");
    let drain = || {
        Coordctl::on(&s)
            .args([
                "retry",
                "dlq",
                "drain",
                "--yes",
                "--batch-size",
                "10",
                "--to",
            ])
            .args([&file])
    };
    let child = drain()
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = || std::fs::read(&file).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
    wait_for("the drain to write", Duration::from_secs(20), || {
        lines() >= 100
    });
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .open(&file)
        .unwrap()
        .write_all(b"not from the drain\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("something else writes to it"), "{stderr}");
    drain().run().ok();
    let seen = super::census(&s, Some(&file));
    assert!(
        ids.iter().all(|t| seen.contains_key(t)),
        "a dead letter is lost"
    );
    assert_eq!(llen(&s, DLQ), 0);
}

/// Ctrl-C stops a drain between batches: what it took (including the batch taken ahead) is
/// written or back in the DLQ, in order, and nothing is left in staging.
#[test]
fn drain_interrupted_leaves_nothing_in_staging() {
    let s = RedisServer::start();
    let ids = tasks("d", 4000);
    rpush(&s, DLQ, &ids.iter().map(|t| dead(t)).collect::<Vec<_>>());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dlq.jsonl");
    let child = Coordctl::on(&s)
        .args([
            "retry",
            "dlq",
            "drain",
            "--yes",
            "--batch-size",
            "10",
            "--to",
        ])
        .args([&file])
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = || std::fs::read(&file).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
    wait_for("the drain to write", Duration::from_secs(20), || {
        lines() >= 100
    });
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let in_file = || -> Vec<String> {
        std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .map(|l| super::task_of(l).unwrap())
            .collect()
    };
    // The signal lands on the handler's thread only, never in a read from Redis (which
    // Linux would fail with EINTR on a socket with a timeout).
    assert!(!stderr.contains("Interrupted system call"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("interrupted:"), "{stderr}");
    for list in [super::DRAINING, super::DRAINING2, super::DRAINING3, KEPT] {
        assert_eq!(llen(&s, list), 0, "{list}");
    }
    let mut seen = in_file();
    assert!(seen.len() < ids.len(), "the drain finished before Ctrl-C");
    seen.extend(lrange(&s, DLQ).iter().map(|e| super::task_of(e).unwrap()));
    assert_eq!(seen, ids, "file then DLQ: every dead letter once, in order");
    Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to"])
        .args([&file])
        .run()
        .ok();
    assert_eq!(
        in_file(),
        ids,
        "after the next drain: every dead letter once, in order"
    );
}
