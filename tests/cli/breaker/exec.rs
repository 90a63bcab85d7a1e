//! `breaker exec`: the seed's executeWithCircuitBreaker for scripts — refuse while open, run
//! the command in the foreground, record the outcome, pass its status through.

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use super::{CHANNEL, events_during, field, seed_open};
use crate::support::{Coordctl, RedisServer, coordctl, hset, redis};

fn exec(s: &RedisServer, component: &str, script: &str) -> crate::support::Run {
    coordctl(s, ["breaker", "exec", component, "--", "sh", "-c", script])
}

/// Poll for a file the child creates once it is running (bounded, not a fixed sleep).
fn wait_for(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_command_gets_the_terminal_streams_and_its_status_passes_through() {
    let s = RedisServer::start();
    let mut child = Coordctl::on(&s)
        .args(["breaker", "exec", "job:etl", "--", "sh", "-c"])
        .args(["read line; echo \"got $line\"; echo oops >&2; exit 0"])
        .command()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"rows=42\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "got rows=42\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "oops\n");
    // Closed and successful: nothing to record, no key created.
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:job:etl"]), 0);
}

#[test]
fn a_failure_opens_the_breaker_with_the_reason_and_keeps_the_status() {
    let s = RedisServer::start();
    let (run, events) = events_during(&s, CHANNEL, || exec(&s, "job:etl", "exit 7"));
    run.code(7)
        .stderr_has("breaker job:etl opened: sh exited with status 7");
    assert_eq!(field(&s, "job:etl", "state").as_deref(), Some("open"));
    assert_eq!(
        field(&s, "job:etl", "reason").as_deref(),
        Some("sh exited with status 7")
    );
    let ttl: i64 = redis(&s, &["TTL", "circuit_breakers:job:etl"]);
    assert!((299..=300).contains(&ttl));
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["type"], "circuit_breaker_opened");
    assert_eq!(events[0]["reason"], "sh exited with status 7");

    // Open now: the next run is refused and the command never starts.
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let run = exec(&s, "job:etl", &format!("touch {}", marker.display()));
    run.code(3)
        .stderr_has("breaker job:etl is open (half-open in ")
        .stderr_has("not running sh");
    assert!(!marker.exists(), "the command must not run while open");
}

#[test]
fn success_closes_a_half_open_breaker() {
    let s = RedisServer::start();
    hset(&s, "circuit_breakers:job:etl", &[("state", b"half-open")]);
    let (run, events) = events_during(&s, CHANNEL, || exec(&s, "job:etl", "true"));
    run.ok()
        .stderr_has("breaker job:etl closed: the trial call succeeded");
    assert_eq!(field(&s, "job:etl", "state").as_deref(), Some("closed"));
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["type"], "circuit_breaker_closed");
    assert_eq!(events[0]["reason"], "recovery_successful");
}

#[test]
fn a_due_breaker_lets_one_trial_run_through() {
    let s = RedisServer::start();
    seed_open(&s, "job:etl", 400_000, None);
    let (run, events) = events_during(&s, CHANNEL, || exec(&s, "job:etl", "exit 0"));
    run.ok()
        .stderr_has("moved to half-open: this run is the trial call");
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        ["circuit_breaker_half_open", "circuit_breaker_closed"]
    );
    assert_eq!(field(&s, "job:etl", "state").as_deref(), Some("closed"));
}

#[test]
fn a_command_that_cannot_start_leaves_the_breaker_alone() {
    let s = RedisServer::start();
    let run = coordctl(
        &s,
        ["breaker", "exec", "job:etl", "--", "/nonexistent/etl-job"],
    );
    run.code(127)
        .stderr_has("running /nonexistent/etl-job")
        .stderr_has("breaker job:etl was not changed");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "circuit_breakers:job:etl"]), 0);
}

#[test]
fn read_only_and_dry_run_never_run_the_command() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let touch = format!("touch {}", marker.display());
    coordctl(
        &s,
        [
            "breaker",
            "exec",
            "j",
            "--read-only",
            "--",
            "sh",
            "-c",
            &touch,
        ],
    )
    .code(2)
    .stderr_has("read-only mode");
    coordctl(
        &s,
        [
            "breaker",
            "exec",
            "j",
            "--dry-run",
            "--",
            "sh",
            "-c",
            &touch,
        ],
    )
    .ok()
    .stdout_has("dry run: would run sh under breaker j")
    .stdout_has("on failure: open j for 5m");
    assert!(!marker.exists());
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 0);
}

/// Ctrl-C at a terminal: SIGINT goes to the whole foreground process group. The child dies of
/// it; coordctl survives, opens the breaker and exits 128+2 like the child.
#[test]
fn ctrl_c_reaches_the_child_and_the_failure_is_recorded() {
    let s = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let started = dir.path().join("started");
    let mut child = Coordctl::on(&s)
        .args(["breaker", "exec", "job:etl", "--", "sh", "-c"])
        .args([format!("touch {}; exec sleep 60", started.display())])
        .command()
        // A process group of its own, standing in for the terminal's foreground group.
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for(&started);
    let group = format!("-{}", child.id());
    let kill = std::process::Command::new("kill")
        .args(["-INT", "--", &group])
        .status()
        .expect("running kill");
    assert!(kill.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "coordctl did not finish");
        std::thread::sleep(Duration::from_millis(10));
    };
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("killed by SIGINT"), "{stderr}");
    assert_eq!(field(&s, "job:etl", "state").as_deref(), Some("open"));
    assert_eq!(
        field(&s, "job:etl", "reason").as_deref(),
        Some("sh was killed by SIGINT (signal 2)")
    );
}
