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

use super::{DLQ, DRAINING, QUEUE, REQUEUEING, census, dead, llen, rpush, tasks, wait_for};
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
    p == ["file", DRAINING]
}

fn requeued_pair(places: &[String]) -> bool {
    let mut p = places.to_vec();
    p.sort();
    p == [QUEUE, REQUEUEING]
}

/// Dead letters with a few unreadable entries among them (they must stay put, in order).
fn load_dead_letters(s: &RedisServer, ids: &[String]) -> Vec<String> {
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if i % 700 == 350 {
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
