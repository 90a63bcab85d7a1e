//! `retry dlq list`, `import`, `purge`, and the lock that keeps DLQ moves one at a time.

use super::{DLQ, KEPT, QUEUE, dead, dead_for, lrange, rpush};
use crate::support::{Coordctl, RedisServer, coordctl, redis};

fn seeded() -> RedisServer {
    let s = RedisServer::start();
    rpush(
        &s,
        DLQ,
        &[
            dead_for("t1", "trainer", "speech-de", "CUDA out of memory"),
            dead_for("t2", "labeler", "speech-de", "Timeout talking to S3"),
            "{\"taskId\":".to_string(),
            dead_for("t3", "trainer", "vision", "cuda error 700"),
            r#"{"taskId":"t4","projectId":"vision","agent":"trainer","error":"disk full","attempts":3,"timestamp":"2099-01-01T00:00:00.000Z"}"#.to_string(),
        ],
    );
    s
}

fn tasks(run: &crate::support::Run) -> Vec<String> {
    run.jsonl()
        .iter()
        .map(|r| r["task_id"].as_str().unwrap_or("-").to_string())
        .collect()
}

#[test]
fn list_filters_by_agent_project_error_and_age() {
    let s = seeded();
    let all = coordctl(&s, ["retry", "dlq", "list", "-o", "jsonl"]);
    all.ok()
        .stderr_has("1 of 5 dead letters could not be read cleanly");
    assert_eq!(tasks(&all), ["t1", "t2", "-", "t3", "t4"]);
    let rows = all.jsonl();
    assert_eq!(rows[0]["attempts"], 3);
    assert_eq!(rows[0]["timestamp"], "2026-11-20T10:00:00.000Z");

    let by = |args: &[&str]| {
        let mut a = vec!["retry", "dlq", "list", "-o", "jsonl"];
        a.extend_from_slice(args);
        tasks(coordctl(&s, a).ok())
    };
    assert_eq!(by(&["--agent", "trainer"]), ["t1", "t3", "t4"]);
    assert_eq!(by(&["--project", "vision"]), ["t3", "t4"]);
    assert_eq!(by(&["--match", "CUDA"]), ["t1", "t3"], "case-insensitive");
    assert_eq!(by(&["--older-than", "1d"]), ["t1", "t2", "t3"]);
    assert_eq!(by(&["--agent", "trainer", "--limit", "2"]), ["t1", "t3"]);
}

#[test]
fn import_validates_every_line_first() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dead.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\n\nnot json\n{}\n{{\"agent\":\"x\"}}\n",
            dead("a1"),
            dead("a2")
        ),
    )
    .unwrap();
    let run = Coordctl::on(&s)
        .args(["retry", "dlq", "import"])
        .args([&file])
        .run();
    run.code(1)
        .stderr_has("line 3: entry is not valid JSON")
        .stderr_has("line 5: no taskId")
        .stderr_has("2 of 4 lines are not dead letters; nothing imported");
    assert!(lrange(&s, DLQ).is_empty());

    let run = Coordctl::on(&s)
        .args(["retry", "dlq", "import", "--skip-invalid", "-o", "json"])
        .args([&file])
        .run();
    let v = run.ok().json();
    assert_eq!(v["imported"], 2);
    assert_eq!(v["invalid"], 2);
    assert_eq!(lrange(&s, DLQ), [dead("a1"), dead("a2")], "byte for byte");
}

#[test]
fn drain_then_import_round_trips_and_to_queue_converts() {
    let s = seeded();
    let before = lrange(&s, DLQ);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.jsonl");
    Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to"])
        .args([&file])
        .run()
        .ok();
    assert_eq!(lrange(&s, DLQ), ["{\"taskId\":"], "the bad entry stays");
    redis::<i64>(&s, &["DEL", DLQ]);
    Coordctl::on(&s)
        .args(["retry", "dlq", "import"])
        .args([&file])
        .run()
        .ok();
    let good: Vec<String> = before.into_iter().filter(|e| e != "{\"taskId\":").collect();
    assert_eq!(lrange(&s, DLQ), good);

    Coordctl::on(&s)
        .args(["retry", "dlq", "import", "--to-queue", "--attempt", "1"])
        .args([&file])
        .run()
        .ok()
        .stdout_has("imported 4 lines");
    let q = lrange(&s, QUEUE);
    assert_eq!(q.len(), 4);
    assert!(
        q[0].starts_with(r#"{"taskId":"t1","projectId":"speech-de","agent":"trainer","error":"CUDA out of memory (tried to allocate 2.00 GiB)","attempt":1,"retryAfter":"#),
        "{}",
        q[0]
    );
}

#[test]
fn purge_needs_yes_and_deletes_only_what_was_there() {
    let s = seeded();
    rpush(&s, KEPT, &[dead("k1")]);
    coordctl(&s, ["retry", "dlq", "purge"])
        .code(2)
        .stderr_has("without --yes");
    let dry = coordctl(&s, ["retry", "dlq", "purge", "--dry-run"]);
    dry.ok()
        .stdout_has("would delete 6 dead letters from retry:dead_letter_queue");
    assert_eq!(lrange(&s, DLQ).len(), 5);
    coordctl(&s, ["retry", "dlq", "purge", "--yes", "--read-only"]).code(2);
    let v = coordctl(&s, ["retry", "dlq", "purge", "--yes", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["deleted"], 6);
    assert_eq!(v["remaining"], 0);
    assert_eq!(redis::<i64>(&s, &["EXISTS", KEPT]), 0);
}

#[test]
fn one_dlq_move_at_a_time_and_dead_holders_are_replaced() {
    let s = seeded();
    let lock = "{retry:dead_letter_queue}:lock";
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap_or_default()
        .trim()
        .to_string();
    // A live holder: this test process.
    let live = format!("tok {host} {} drain 0", std::process::id());
    let _: () = redis(&s, &["SET", lock, &live, "PX", "30000"]);
    coordctl(&s, ["retry", "dlq", "requeue", "--all"])
        .code(1)
        .stderr_has("another coordctl is moving dead letters: `drain` by pid");
    assert_eq!(lrange(&s, DLQ).len(), 5);
    // A holder whose process is gone (pid beyond pid_max) is taken over at once.
    let dead_holder = format!("tok {host} 999999999 drain 0");
    let _: () = redis(&s, &["SET", lock, &dead_holder, "PX", "30000"]);
    coordctl(&s, ["retry", "dlq", "requeue", "--all"]).ok();
    assert_eq!(lrange(&s, QUEUE).len(), 4);
    assert_eq!(redis::<i64>(&s, &["EXISTS", lock]), 0, "released");
}

#[test]
fn namespace_prefixes_lists_staging_and_channels() {
    let s = RedisServer::start();
    rpush(&s, "staging:retry:dead_letter_queue", &[dead("n1")]);
    rpush(&s, DLQ, &[dead("other")]);
    coordctl(
        &s,
        ["--namespace", "staging", "retry", "dlq", "requeue", "--all"],
    )
    .ok();
    assert_eq!(lrange(&s, "staging:retry:queue").len(), 1);
    assert_eq!(
        lrange(&s, DLQ),
        [dead("other")],
        "other namespaces untouched"
    );
    let keys: Vec<String> = redis(&s, &["KEYS", "*"]);
    assert!(
        keys.iter().all(|k| k.contains("staging:") || k == DLQ),
        "{keys:?}"
    );
}
