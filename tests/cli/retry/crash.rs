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
    DLQ, DRAINING, DRAINING2, DRAINING3, QUEUE, REQUEUEING, census, dead, llen, rpush, tasks,
    wait_for,
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
    [DRAINING, DRAINING2, DRAINING3]
        .iter()
        .any(|list| p == ["file", list])
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

/// Drain keeps up to three batches in its staging lists (one being written, one being
/// judged, one taken ahead), and each take marks the newest judged batch decided: kill it
/// in those states, with and without a limit (which takes no batch ahead).
#[test]
fn drain_killed_with_batches_in_every_staging_list_loses_and_doubles_nothing() {
    let s = RedisServer::start();
    let ids = tasks("w", 3000);
    // Most batches hold an unreadable entry, so most are sorted (some stay in `…:kept`).
    let bad = load_with_bad_every(&s, &ids, 37);
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("dlq.jsonl");
    let f = file.to_str().unwrap().to_string();
    // The batches in staging, oldest first: (number, decided).
    let staged = || {
        let mut found: Vec<(u64, bool)> = [DRAINING, DRAINING2, DRAINING3]
            .into_iter()
            .filter(|list| llen(&s, list) > 0)
            .filter_map(|list| {
                // While the drain runs, the list may change between two reads.
                let batch: Option<String> = redis(&s, &["HGET", &format!("{list}:meta"), "batch"]);
                let number = batch?.rsplit_once('-')?.1.parse().ok()?;
                Some((number, batch_state(&s, list).as_deref() == Some("sorted")))
            })
            .collect();
        found.sort();
        found
    };
    for n in 0..36usize {
        // Batches of 10 to 34: about half of them hold an unreadable entry.
        let batch = (10 + n * 7 % 25).to_string();
        let mut args = vec!["retry", "dlq", "drain", "--yes", "--to", &f];
        args.extend(["--batch-size", &batch]);
        if n % 4 == 3 {
            args.extend(["--limit", "100000"]);
        }
        let mut child = spawn(&s, &args);
        match n % 3 {
            0 => kill_when(&mut child, || staged().len() >= 2),
            1 => kill_when(&mut child, || staged().len() == 3),
            _ => kill_when(&mut child, || {
                staged().iter().filter(|(_, decided)| !decided).count() == 2
            }),
        }
        let st = staged();
        assert!(
            st.windows(2).all(|w| w[0].1 || !w[1].1),
            "after kill {n}: a decided batch is newer than an undecided one: {st:?}"
        );
        assert!(
            st.iter().filter(|(_, decided)| !decided).count() <= 2,
            "after kill {n}: more than two undecided batches: {st:?}"
        );
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

/// What a killed drain can leave in its staging lists, set up by hand, and what the next
/// drain must make of it: decided batches (by number, whichever list holds them) go to the
/// file first, oldest first; undecided ones are found written, or go back to the DLQ head
/// in order, behind the kept dead letters of earlier batches. Either way the file ends up
/// in DLQ order, every task once, none torn.
#[test]
fn recovery_finishes_staged_batches_in_order() {
    struct Case {
        name: &'static str,
        /// Batches 7, 8, … of five dead letters each: (list, state, offset recorded).
        batches: &'static [(&'static str, &'static str, bool)],
        /// How much of them is in the file already: whole lines, then bytes of the next.
        written: (usize, usize),
        /// A decided batch had an unreadable entry sorted out into `…:kept`.
        kept: bool,
    }
    const D1: &str = DRAINING;
    const D2: &str = DRAINING2;
    const D3: &str = DRAINING3;
    let cases = [
        Case {
            name: "both decided, nothing written",
            batches: &[(D1, "sorted", true), (D2, "sorted", true)],
            written: (0, 0),
            kept: true,
        },
        Case {
            name: "lists the other way round",
            batches: &[(D2, "sorted", true), (D1, "sorted", true)],
            written: (0, 0),
            kept: true,
        },
        Case {
            name: "newer undecided",
            batches: &[(D1, "sorted", true), (D2, "taken", true)],
            written: (0, 0),
            kept: false,
        },
        Case {
            name: "older torn, newer undecided",
            batches: &[(D2, "sorted", true), (D1, "taken", true)],
            written: (0, 130),
            kept: false,
        },
        Case {
            name: "older torn, newer decided",
            batches: &[(D1, "sorted", true), (D2, "sorted", true)],
            written: (1, 50),
            kept: true,
        },
        Case {
            name: "two undecided, nothing written",
            batches: &[
                (D3, "sorted", true),
                (D1, "taken", true),
                (D2, "taken", false),
            ],
            written: (0, 0),
            kept: true,
        },
        Case {
            name: "two undecided, the older written",
            batches: &[
                (D1, "sorted", true),
                (D2, "taken", true),
                (D3, "taken", false),
            ],
            written: (10, 0),
            kept: true,
        },
        Case {
            name: "two undecided, the older torn",
            batches: &[
                (D2, "sorted", true),
                (D3, "taken", true),
                (D1, "taken", false),
            ],
            written: (7, 100),
            kept: false,
        },
        Case {
            name: "undecided, where it goes not yet recorded",
            batches: &[(D1, "taken", false)],
            written: (0, 0),
            kept: false,
        },
    ];
    for case in cases {
        let s = RedisServer::start();
        let ids = tasks("o", 20);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("dlq.jsonl");
        let lines: Vec<String> = ids.iter().map(|t| dead(t) + "\n").collect();
        let all = lines.concat();
        let (whole, extra) = case.written;
        let written = lines[..whole].concat().len() + extra;
        std::fs::write(&file, &all.as_bytes()[..written]).unwrap();
        let path = std::fs::canonicalize(&file).unwrap();
        let path = path.to_str().unwrap();
        for (i, (list, state, placed)) in case.batches.iter().enumerate() {
            let items: Vec<String> = ids[i * 5..i * 5 + 5].iter().map(|t| dead(t)).collect();
            rpush(&s, list, &items);
            let batch = format!("0123456789abcdef-{}", 7 + i);
            let offset = lines[..i * 5].concat().len().to_string();
            let mut meta: Vec<(&str, &[u8])> = vec![
                ("batch", batch.as_bytes()),
                ("path", path.as_bytes()),
                ("state", state.as_bytes()),
            ];
            if *placed {
                meta.push(("offset", offset.as_bytes()));
            }
            crate::support::hset(&s, &format!("{list}:meta"), &meta);
        }
        if case.kept {
            rpush(&s, super::KEPT, &["unreadable #1".to_string()]);
        }
        let rest = case.batches.len() * 5;
        rpush(
            &s,
            DLQ,
            &ids[rest..].iter().map(|t| dead(t)).collect::<Vec<_>>(),
        );
        let f = file.to_str().unwrap();
        Coordctl::on(&s)
            .args(["retry", "dlq", "drain", "--yes", "--to", f])
            .run()
            .ok();
        let seen = census(&s, Some(&file));
        exactly_once(&seen, &ids, case.name);
        assert_eq!(file_tasks(&file), ids, "{}: file order", case.name);
        let left: &[&str] = if case.kept { &["unreadable #1"] } else { &[] };
        assert_eq!(super::lrange(&s, DLQ), left, "{}", case.name);
    }
}

/// Redis killed while a drain without a limit has a take in flight ahead of the batch being
/// judged, several times; each next drain finishes what the last left.
#[test]
fn redis_killed_while_drain_takes_ahead_loses_nothing() {
    let mut s = durable_server();
    let ids = tasks("a", 3000);
    let bad = load_with_bad_every(&s, &ids, 90);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dlq.jsonl");
    let f = file.to_str().unwrap().to_string();
    for (n, lines) in [200usize, 900, 1700].into_iter().enumerate() {
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
                "15",
            ],
        );
        wait_for("the drain to get going", PATIENCE, || {
            file_lines(&file) >= lines || child.try_wait().ok().flatten().is_some()
        });
        assert!(child.try_wait().unwrap().is_none(), "the drain ended early");
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
            &format!("after Redis died mid-drain ({n})"),
        );
    }
    Coordctl::on(&s)
        .args(["retry", "dlq", "drain", "--yes", "--to", &f])
        .run()
        .ok();
    exactly_once(&census(&s, Some(&file)), &ids, "after the final drain");
    assert_eq!(
        super::lrange(&s, DLQ),
        bad,
        "unreadable entries stay, in order"
    );
    assert_eq!(file_tasks(&file), ids, "no line twice, none torn, in order");
}
