//! Proof that the `retry run` worker loses nothing: SIGKILL it at many points, and SIGKILL
//! redis-server under it, then count every task (see `crash.rs` for the one allowed double).

use std::collections::HashMap;
use std::path::Path;

use super::crash::{PATIENCE, durable_server, kill_when, spawn};
use super::{DLQ, QUEUE, census, item, llen, now_ms, rpush, wait_for};
use crate::support::{Coordctl, RedisServer, redis};

/// The worker's job: fail (→ dead letter with --max-retries 0) for fail-*, else succeed and
/// note the task in `done`.
fn worker_job(dir: &Path) -> String {
    let script = dir.join("job.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncat >/dev/null\ncase \"$TASK_ID\" in fail*) exit 1;; esac\necho \"$TASK_ID\" >> {}/done\n",
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

fn done(dir: &Path) -> std::collections::HashSet<String> {
    std::fs::read_to_string(dir.join("done"))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// The marker the worker leaves when it dead-letters a processing-list item (FNV-1a).
fn dead_marker(entry: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in entry.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{{retry:dead_letter_queue}}:dead-lettered:{h:016x}")
}

/// Worker invariant: every task is in exactly one list, or in none because it succeeded; a
/// task in a processing list and the DLQ at once carries its dead-lettered marker.
fn check_worker_state(
    s: &RedisServer,
    dir: &Path,
    ids: &[String],
    entries: &HashMap<String, String>,
    when: &str,
) {
    let seen = census(s, None);
    let finished = done(dir);
    for id in ids {
        let places = seen.get(id).cloned().unwrap_or_default();
        match places.len() {
            0 => assert!(
                finished.contains(id),
                "{when}: task {id} is in no list and never succeeded: lost"
            ),
            1 => {}
            _ => {
                let processing = places
                    .iter()
                    .any(|p| p.starts_with("{retry:queue}:processing:"));
                assert!(
                    places.len() == 2 && processing && places.iter().any(|p| p == DLQ),
                    "{when}: task {id} is in {places:?}"
                );
                assert_eq!(
                    redis::<i64>(s, &["EXISTS", &dead_marker(&entries[id])]),
                    1,
                    "{when}: {id} is in a processing list and the DLQ without a marker"
                );
            }
        }
    }
}

fn load_queue(s: &RedisServer, n: usize) -> (Vec<String>, HashMap<String, String>) {
    let ids: Vec<String> = (0..n)
        .map(|i| {
            if i % 3 == 0 {
                format!("fail{i:04}")
            } else {
                format!("ok{i:04}")
            }
        })
        .collect();
    let now = now_ms();
    let entries: HashMap<String, String> = ids
        .iter()
        .map(|id| (id.clone(), item(id, "trainer", 0, now - 1000.0)))
        .collect();
    rpush(
        s,
        QUEUE,
        &ids.iter().map(|id| entries[id].clone()).collect::<Vec<_>>(),
    );
    (ids, entries)
}

#[test]
fn worker_killed_at_many_points_loses_nothing() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let job = worker_job(dir.path());
    let (ids, entries) = load_queue(&s, 240);
    for (n, point) in [10usize, 40, 75, 110, 150, 190].into_iter().enumerate() {
        let mut child = spawn(
            &s,
            &[
                "retry",
                "run",
                "--max-retries",
                "0",
                "--exit-when-idle",
                "--",
                &job,
            ],
        );
        kill_when(&mut child, || {
            done(dir.path()).len() + llen(&s, DLQ) as usize >= point
        });
        check_worker_state(&s, dir.path(), &ids, &entries, &format!("after kill {n}"));
    }
    Coordctl::on(&s)
        .args([
            "retry",
            "run",
            "--max-retries",
            "0",
            "--exit-when-idle",
            "--",
            &job,
        ])
        .run()
        .ok();
    check_worker_state(&s, dir.path(), &ids, &entries, "after the final run");
    assert_eq!(llen(&s, QUEUE), 0);
    let processing: Vec<String> = redis(&s, &["KEYS", "{retry:queue}:processing:*"]);
    assert!(processing.is_empty(), "{processing:?}");
    let seen = census(&s, None);
    let failing: Vec<&String> = ids.iter().filter(|i| i.starts_with("fail")).collect();
    assert_eq!(
        seen.len(),
        failing.len(),
        "only the failing tasks remain, once each"
    );
    assert!(failing.iter().all(|f| seen[*f] == [DLQ]));
    let finished = done(dir.path());
    assert!(
        ids.iter()
            .filter(|i| i.starts_with("ok"))
            .all(|i| finished.contains(i))
    );
}

#[test]
fn redis_killed_under_a_worker_loses_nothing() {
    let mut s = durable_server();
    let dir = tempfile::tempdir().unwrap();
    let job = worker_job(dir.path());
    let (ids, entries) = load_queue(&s, 150);
    let mut child = spawn(
        &s,
        &[
            "retry",
            "run",
            "--max-retries",
            "0",
            "--exit-when-idle",
            "--",
            &job,
        ],
    );
    wait_for("the worker to get going", PATIENCE, || {
        done(dir.path()).len() >= 40
    });
    s.kill();
    let _ = child.wait();
    s.restart();
    check_worker_state(
        &s,
        dir.path(),
        &ids,
        &entries,
        "after Redis died under the worker",
    );
    // The dead worker's heartbeat survives the restart for up to 30 s; its pid is gone, so the
    // next worker on this host recovers its list at once.
    Coordctl::on(&s)
        .args([
            "retry",
            "run",
            "--max-retries",
            "0",
            "--exit-when-idle",
            "--",
            &job,
        ])
        .run()
        .ok();
    check_worker_state(&s, dir.path(), &ids, &entries, "after the next run");
    assert_eq!(llen(&s, QUEUE), 0);
    let seen = census(&s, None);
    assert!(seen.values().all(|p| p == &[DLQ]));
}
