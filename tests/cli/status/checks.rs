//! `status --check`: each threshold crossed (exit 3, named on stderr) and not (exit 0).

use serde_json::json;

use super::{line, seed};
use crate::errors::{lpush, task_failure};
use crate::support::{RedisServer, coordctl};

/// The seeded system has 2 dead letters, 1 open breaker, 1 failed and 1 stale agent, 5
/// errors in the last hour and a cascade of 3 event types (named in the order the seed's
/// correlateErrors meets them: the task log, then the training logs by name). Each threshold
/// just below that, and what stderr says about it.
const CROSSED: [(&[&str], &str); 6] = [
    (&["--max-dlq", "1"], "--max-dlq 1: 2 dead letters"),
    (
        &["--max-open-breakers", "0"],
        "--max-open-breakers 0: 1 open",
    ),
    (
        &["--max-failed-agents", "0"],
        "--max-failed-agents 0: 1 failed",
    ),
    (
        &["--max-stale-agents", "0"],
        "--max-stale-agents 0: 1 stale (silent for over 10m)",
    ),
    (
        &["--max-errors-last-hour", "4"],
        "--max-errors-last-hour 4: 5 in the last hour",
    ),
    (
        &["--no-cascade"],
        "--no-cascade: cascade: 3 event types in the last 5m (task_failure, oom, nan_loss)",
    ),
];

/// The same thresholds at the seeded values (or, for staleness, a longer --stale-after).
const PASSED: [&[&str]; 6] = [
    &["--max-dlq", "2"],
    &["--max-open-breakers", "1"],
    &["--max-failed-agents", "1"],
    &["--max-stale-agents", "1"],
    &["--max-stale-agents", "0", "--stale-after", "4h"],
    &["--max-errors-last-hour", "5"],
];

fn check(s: &RedisServer, flags: &[&str]) -> crate::support::Run {
    let mut args = vec!["status", "--check"];
    args.extend_from_slice(flags);
    coordctl(s, args)
}

#[test]
fn each_threshold_crossed_exits_3_and_is_named() {
    let s = RedisServer::start();
    seed(&s);
    for (flags, said) in CROSSED {
        let run = check(&s, flags);
        run.code(3)
            .stderr_has(&format!("check failed: {said}\n"))
            .stdout_has("CROSSED");
        assert_eq!(
            line(&run.stdout, "checks"),
            "checks    1 of 1 crossed",
            "{run}"
        );
        assert_eq!(
            run.stderr.lines().count(),
            1,
            "only the crossed check\n{run}"
        );
    }
}

#[test]
fn each_threshold_not_crossed_exits_0() {
    let s = RedisServer::start();
    seed(&s);
    for flags in PASSED {
        let run = check(&s, flags);
        run.ok();
        assert!(run.stderr.is_empty(), "{run}");
        assert_eq!(
            line(&run.stdout, "checks"),
            "checks    all 1 passed",
            "{run}"
        );
    }
    // No cascade: a single event type in the window.
    let calm = RedisServer::start();
    lpush(
        &calm,
        "errors:tasks:log",
        &[task_failure("t1", "a", "TimeoutError", "m", 10).as_bytes()],
    );
    check(&calm, &["--no-cascade"]).ok();
}

#[test]
fn checks_in_json_name_the_limit_and_the_value() {
    let s = RedisServer::start();
    seed(&s);
    let run = check(
        &s,
        &[
            "--max-dlq",
            "1",
            "--max-failed-agents",
            "5",
            "--no-cascade",
            "-o",
            "json",
        ],
    );
    let v = run.code(3).json();
    // In the order of --help, whatever the order given.
    assert_eq!(
        v["checks"],
        json!([
            {"name": "max_dlq", "limit": 1, "value": 2, "ok": false},
            {"name": "max_failed_agents", "limit": 5, "value": 1, "ok": true},
            {"name": "no_cascade", "limit": 2, "value": 3, "ok": false},
        ])
    );
    run.stderr_has("check failed: --max-dlq 1")
        .stderr_has("check failed: --no-cascade");
    assert!(!run.stderr.contains("--max-failed-agents"), "{run}");
}

#[test]
fn several_thresholds_at_once() {
    let s = RedisServer::start();
    seed(&s);
    let mut flags = vec![
        "--max-open-breakers",
        "1",
        "--max-failed-agents",
        "1",
        "--max-stale-agents",
        "1",
        "--max-errors-last-hour",
        "5",
    ];
    let run = check(&s, &[&flags[..], &["--max-dlq", "2"]].concat());
    assert_eq!(line(&run.ok().stdout, "checks"), "checks    all 5 passed");
    flags.extend(["--max-dlq", "0", "--no-cascade"]);
    let run = check(&s, &flags);
    assert_eq!(
        line(&run.code(3).stdout, "checks"),
        "checks    2 of 6 crossed"
    );
    assert_eq!(run.stderr.lines().count(), 2, "{run}");
}

#[test]
fn check_and_thresholds_go_together() {
    let s = RedisServer::start();
    coordctl(&s, ["status", "--check"])
        .code(2)
        .stderr_has("--max-dlq");
    coordctl(&s, ["status", "--max-dlq", "0"])
        .code(2)
        .stderr_has("--check");
    coordctl(&s, ["status", "--check", "--max-dlq", "-1"]).code(2);
}
