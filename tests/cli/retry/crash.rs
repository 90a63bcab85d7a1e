//! Proof that nothing is lost: SIGKILL coordctl at many points of drain, requeue and run, and
//! SIGKILL redis-server (appendonly, appendfsync always) mid-move, then count every task in
//! every list and the output file. Counted, not sampled.
//!
//! The one state in which a task is legitimately in two places is the hand-over between two
//! hash slots (README: "when can an item appear twice"): a drained batch still in
//! `…:draining` after its fsync, a requeued batch still in `…:requeueing` after it reached the
//! queue, a dead-lettered item still in a processing list (with its dead-lettered marker).
//! The next run resolves each without a duplicate, which every test then checks.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

use super::{
    DLQ, DRAINING, DRAINING2, QUEUE, REQUEUEING, census, dead, llen, rpush, tasks, wait_for,
};
use crate::support::{Coordctl, RedisServer, redis};

pub const PATIENCE: Duration = Duration::from_secs(30);

pub fn spawn(s: &RedisServer, args: &[&str]) -> Child {
    Coordctl::on(s)
        .args(args)
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawning coordctl")
}

/// SIGKILL `child` once `reached` holds (or it has ended by itself).
pub fn kill_when(child: &mut Child, mut reached: impl FnMut() -> bool) {
    wait_for("the kill point", PATIENCE, || {
        reached() || child.try_wait().ok().flatten().is_some()
    });
    let _ = child.kill();
    let _ = child.wait();
}

fn file_lines(p: &Path) -> usize {
    std::fs::read(p).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count())
}

/// The tasks in a drained file, in file order.
fn file_tasks(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(|l| super::task_of(l).unwrap_or_else(|| format!("not a dead letter: {l}")))
        .collect()
}

/// The `state` a staging list's batch is marked with (`taken`, `sorted`), if any.
fn batch_state(s: &RedisServer, list: &str) -> Option<String> {
    redis(s, &["HGET", &format!("{list}:meta"), "state"])
}

/// Every task of `ids` is somewhere, and in two places only in an allowed hand-over pair.
#[track_caller]
fn assert_each_once(
    seen: &HashMap<String, Vec<String>>,
    ids: &[String],
    allowed: &dyn Fn(&str, &[String]) -> bool,
    when: &str,
) {
    for id in ids {
        let places = seen.get(id).cloned().unwrap_or_default();
        match places.len() {
            1 => {}
            0 => panic!("{when}: task {id} is lost"),
            _ => assert!(allowed(id, &places), "{when}: task {id} is in {places:?}"),
        }
    }
    assert_eq!(seen.len(), ids.len(), "{when}: unexpected tasks appeared");
}

fn exactly_once(seen: &HashMap<String, Vec<String>>, ids: &[String], when: &str) {
    assert_each_once(seen, ids, &|_, _| false, when);
}

fn drained_pair(places: &[String]) -> bool {
    let mut p = places.to_vec();
    p.sort();
    p == ["file", DRAINING] || p == ["file", DRAINING2]
}

fn requeued_pair(places: &[String]) -> bool {
    let mut p = places.to_vec();
    p.sort();
    p == [QUEUE, REQUEUEING]
}

/// Dead letters with a few unreadable entries among them (they must stay put, in order).
fn load_dead_letters(s: &RedisServer, ids: &[String]) -> Vec<String> {
    load_with_bad_every(s, ids, 700)
}

/// Dead letters with an unreadable entry every `every` (batches that hold one are sorted).
fn load_with_bad_every(s: &RedisServer, ids: &[String], every: usize) -> Vec<String> {
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if i % every == every / 2 {
            let b = format!("unreadable #{i}");
            bad.push(b.clone());
            entries.push(b);
        }
        entries.push(dead(id));
    }
    rpush(s, DLQ, &entries);
    bad
}

#[test]
fn drain_killed_at_many_points_loses_and_doubles_nothing() {
    let s = RedisServer::start();
    let ids = tasks("d", 4000);
    let bad = load_dead_letters(&s, &ids);
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("dlq.jsonl");
    let f = file.to_str().unwrap().to_string();
    let total = llen(&s, DLQ);
    for (n, point) in [150i64, 600, 1100, 1700, 2200, 2800, 3300, 3800]
        .into_iter()
        .enumerate()
    {
        let mut child = spawn(
            &s,
            &[
                "retry",
                "dlq",
                "drain",
                "--yes",
                "--to",
                &f,
                "--batch-size",
                "25",
            ],
        );
        // Alternate what the kill point watches: lines on disk, or dead letters taken.
        if n % 2 == 0 {
            kill_when(&mut child, || file_lines(&file) >= point as usize);
        } else {
            kill_when(&mut child, || total - llen(&s, DLQ) >= point);
        }
        let seen = census(&s, Some(&file));
        assert_each_once(
            &seen,
            &ids,
            &|_, p| drained_pair(p),
            &format!("after kill {n}"),
        );
    }
    let run = Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to", &f])
        .run();
    run.ok();
    let seen = census(&s, Some(&file));
    exactly_once(&seen, &ids, "after the final drain");
    assert!(seen.values().all(|p| p == &["file"]));
    assert_eq!(
        super::lrange(&s, DLQ),
        bad,
        "unreadable entries stay, in order"
    );
    assert_eq!(file_lines(&file), ids.len(), "no line twice, none torn");
    assert_eq!(file_tasks(&file), ids, "in the order they were in the DLQ");
}

/// Drain keeps a batch in each of its two staging lists while it writes one and takes the
/// next, and the take marks the older batch decided: kill it in those states.
#[test]
fn drain_killed_with_two_batches_staged_loses_and_doubles_nothing() {
    let s = RedisServer::start();
    let ids = tasks("w", 3000);
    // Most batches hold an unreadable entry, so most are sorted (some stay in `…:kept`).
    let bad = load_with_bad_every(&s, &ids, 37);
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("dlq.jsonl");
    let f = file.to_str().unwrap().to_string();
    let both = || llen(&s, DRAINING) > 0 && llen(&s, DRAINING2) > 0;
    let decided = |list| batch_state(&s, list).as_deref() == Some("sorted");
    for n in 0..30usize {
        let batch = (10 + n * 3).to_string();
        let mut child = spawn(
            &s,
            &[
                "retry",
                "dlq",
                "drain",
                "--yes",
                "--to",
                &f,
                "--batch-size",
                &batch,
            ],
        );
        match n % 3 {
            0 => kill_when(&mut child, both),
            1 => kill_when(&mut child, || both() && decided(DRAINING)),
            _ => kill_when(&mut child, || both() && decided(DRAINING2)),
        }
        // At most one batch is undecided, and it is the newer one.
        if both() {
            let number = |list: &str| -> u64 {
                let batch: String = redis(&s, &["HGET", &format!("{list}:meta"), "batch"]);
                batch.rsplit_once('-').unwrap().1.parse().unwrap()
            };
            let older = if number(DRAINING) < number(DRAINING2) {
                DRAINING
            } else {
                DRAINING2
            };
            assert!(
                decided(older),
                "after kill {n}: the older batch in {older} is undecided"
            );
        }
        let seen = census(&s, Some(&file));
        assert_each_once(
            &seen,
            &ids,
            &|_, p| drained_pair(p),
            &format!("after kill {n}"),
        );
    }
    Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to", &f])
        .run()
        .ok();
    let seen = census(&s, Some(&file));
    exactly_once(&seen, &ids, "after the final drain");
    assert_eq!(
        super::lrange(&s, DLQ),
        bad,
        "unreadable entries stay, in order"
    );
    assert_eq!(file_tasks(&file), ids, "no line twice, none torn, in order");
}

#[test]
fn requeue_killed_at_many_points_loses_and_doubles_nothing() {
    let s = RedisServer::start();
    let ids = tasks("r", 3000);
    let bad = load_dead_letters(&s, &ids);
    for (n, point) in [100i64, 500, 900, 1400, 1900, 2400, 2900]
        .into_iter()
        .enumerate()
    {
        let mut child = spawn(
            &s,
            &[
                "retry",
                "dlq",
                "requeue",
                "--all",
                "--batch-size",
                &(10 + n * 7).to_string(),
            ],
        );
        kill_when(&mut child, || llen(&s, QUEUE) >= point);
        let seen = census(&s, None);
        assert_each_once(
            &seen,
            &ids,
            &|_, p| requeued_pair(p),
            &format!("after kill {n}"),
        );
    }
    Coordctl::on(&s)
        .args(["retry", "dlq", "requeue", "--all"])
        .run()
        .ok();
    let seen = census(&s, None);
    exactly_once(&seen, &ids, "after the final requeue");
    assert!(seen.values().all(|p| p == &[QUEUE]));
    assert_eq!(super::lrange(&s, DLQ), bad);
    let markers: Vec<String> = redis(&s, &["KEYS", "{retry:queue}:requeued:*"]);
    assert!(markers.is_empty(), "{markers:?}");
}

pub fn durable_server() -> RedisServer {
    RedisServer::with_args(&["--appendonly", "yes", "--appendfsync", "always"])
}

#[test]
fn redis_killed_mid_drain_and_mid_requeue_loses_nothing() {
    let mut s = durable_server();
    let ids = tasks("k", 3000);
    load_dead_letters(&s, &ids);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dlq.jsonl");
    let f = file.to_str().unwrap().to_string();

    // Drain a third to the file, then requeue some, killing Redis in the middle of each.
    let mut child = spawn(
        &s,
        &[
            "retry",
            "dlq",
            "drain",
            "--yes",
            "--to",
            &f,
            "--batch-size",
            "20",
            "--limit",
            "1000",
        ],
    );
    wait_for("the drain to get going", PATIENCE, || {
        file_lines(&file) >= 300
    });
    s.kill();
    assert!(
        !child.wait().unwrap().success(),
        "coordctl fails when Redis dies"
    );
    s.restart();
    assert_each_once(
        &census(&s, Some(&file)),
        &ids,
        &|_, p| drained_pair(p),
        "after Redis died mid-drain",
    );

    // A drain batch caught between its fsync and its clear must be finished by a drain (only
    // a drain knows where to write it); a requeue refuses until then.
    Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to", &f, "--limit", "0"])
        .run()
        .ok();
    exactly_once(
        &census(&s, Some(&file)),
        &ids,
        "after the drain finished its batch",
    );
    let mut child = spawn(
        &s,
        &["retry", "dlq", "requeue", "--all", "--batch-size", "20"],
    );
    wait_for("the requeue to get going", PATIENCE, || {
        llen(&s, QUEUE) >= 400 || child.try_wait().ok().flatten().is_some()
    });
    assert!(
        child.try_wait().unwrap().is_none(),
        "the requeue ended early"
    );
    s.kill();
    assert!(!child.wait().unwrap().success());
    s.restart();
    assert_each_once(
        &census(&s, Some(&file)),
        &ids,
        &|_, p| requeued_pair(p),
        "after Redis died mid-requeue",
    );

    // The next run finishes it.
    Coordctl::on(&s)
        .args(["retry", "dlq", "requeue", "--all"])
        .run()
        .ok();
    let seen = census(&s, Some(&file));
    exactly_once(&seen, &ids, "after finishing");
    assert!(seen.values().all(|p| p == &["file"] || p == &[QUEUE]));
    assert_eq!(
        file_lines(&file),
        seen.values().filter(|p| *p == &["file"]).count()
    );
}

/// What a killed drain can leave in its two staging lists, set up by hand, and what the next
/// drain must make of it: the older batch (by number, whichever list holds it) goes to the
/// file first; the newer one follows, or goes back behind the kept dead letters of earlier
/// batches. Either way the file ends up in DLQ order, every task once, none torn.
#[test]
fn recovery_finishes_the_older_staged_batch_first() {
    struct Case {
        name: &'static str,
        older_in: &'static str,
        newer_in: &'static str,
        /// The newer batch had an unreadable entry sorted out into `…:kept`.
        newer_sorted: bool,
        /// Bytes of the older batch already in the file (a torn write).
        written: usize,
    }
    let cases = [
        (
            "both decided, nothing written",
            DRAINING,
            DRAINING2,
            true,
            0,
        ),
        ("lists the other way round", DRAINING2, DRAINING, true, 0),
        ("newer undecided", DRAINING, DRAINING2, false, 0),
        (
            "older torn, newer undecided",
            DRAINING2,
            DRAINING,
            false,
            130,
        ),
        ("older torn, newer decided", DRAINING, DRAINING2, true, 250),
    ]
    .map(|(name, older_in, newer_in, newer_sorted, written)| Case {
        name,
        older_in,
        newer_in,
        newer_sorted,
        written,
    });
    for case in cases {
        let s = RedisServer::start();
        let ids = tasks("o", 20);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("dlq.jsonl");
        let lines: Vec<String> = ids.iter().map(|t| dead(t) + "\n").collect();
        let older = lines[..5].concat();
        std::fs::write(&file, &older.as_bytes()[..case.written]).unwrap();
        let path = std::fs::canonicalize(&file).unwrap();
        let path = path.to_str().unwrap();
        let stage = |list: &str, n: u32, from: usize, state: &str, offset: usize| {
            let items: Vec<String> = ids[from..from + 5].iter().map(|t| dead(t)).collect();
            rpush(&s, list, &items);
            let batch = format!("0123456789abcdef-{n}");
            let offset = offset.to_string();
            crate::support::hset(
                &s,
                &format!("{list}:meta"),
                &[
                    ("batch", batch.as_bytes()),
                    ("path", path.as_bytes()),
                    ("offset", offset.as_bytes()),
                    ("state", state.as_bytes()),
                ],
            );
        };
        stage(case.older_in, 7, 0, "sorted", 0);
        let newer_state = if case.newer_sorted { "sorted" } else { "taken" };
        stage(case.newer_in, 8, 5, newer_state, older.len());
        if case.newer_sorted {
            rpush(&s, super::KEPT, &["unreadable #1".to_string()]);
        }
        rpush(
            &s,
            DLQ,
            &ids[10..].iter().map(|t| dead(t)).collect::<Vec<_>>(),
        );
        let f = file.to_str().unwrap();
        Coordctl::on(&s)
            .args(["retry", "dlq", "drain", "--yes", "--to", f])
            .run()
            .ok();
        let seen = census(&s, Some(&file));
        exactly_once(&seen, &ids, case.name);
        assert_eq!(file_tasks(&file), ids, "{}: file order", case.name);
        let left: &[&str] = if case.newer_sorted {
            &["unreadable #1"]
        } else {
            &[]
        };
        assert_eq!(super::lrange(&s, DLQ), left, "{}", case.name);
    }
}
