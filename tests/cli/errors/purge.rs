//! `errors purge`: counted, confirmed (or --yes), dry-run shows exactly what would go.

use super::{lpush, task_failure, training_event};
use crate::support::{RedisServer, coordctl, hset, redis};

fn everything(s: &RedisServer) {
    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("t1", "a", "E", "m", 3).as_bytes(),
            task_failure("t2", "a", "E", "m", 2).as_bytes(),
            task_failure("t3", "a", "E", "m", 1).as_bytes(),
        ],
    );
    lpush(
        s,
        "errors:training:p1:log",
        &[training_event("nan_loss", 1).as_bytes()],
    );
    for t in ["t1", "t2"] {
        hset(
            s,
            &format!("errors:task:{t}:details"),
            &[
                ("error_message", b"m"),
                ("agent", b"a"),
                ("severity", b"high"),
            ],
        );
    }
    hset(s, "errors:counters", &[("E", b"3"), ("F", b"NaN")]);
    let _: i64 = redis(s, &["SADD", "errors:unique_signatures", "E:m"]);
    // Not ours.
    hset(s, "agent:status:a", &[("status", b"idle")]);
}

#[test]
fn refuses_without_yes_and_dry_run_changes_nothing() {
    let s = RedisServer::start();
    everything(&s);
    coordctl(&s, ["errors", "purge", "all"])
        .code(2)
        .stderr_has("refusing to purge")
        .stderr_has("without --yes");
    let run = coordctl(&s, ["errors", "purge", "all", "--dry-run"]);
    run.ok()
        .stdout_has("dry run: would purge errors:tasks:log (3 entries), errors:training:p1:log (1 entry), errors:counters (2 counters), errors:unique_signatures (1 signature), 2 details hashes")
        .stdout_has("LTRIM errors:tasks:log 0 -4 (removes the 3 entries counted; entries pushed since stay)")
        .stdout_has("UNLINK errors:counters (2 counters)")
        .stdout_has("UNLINK errors:task:t1:details");
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 7);
}

#[test]
fn purges_only_what_was_asked() {
    let s = RedisServer::start();
    everything(&s);
    let run = coordctl(&s, ["errors", "purge", "counters", "signatures", "--yes"]);
    run.ok()
        .stdout_has("purged errors:counters (2 counters)")
        .stdout_has("purged errors:unique_signatures (1 signature)");
    assert_eq!(
        redis::<i64>(
            &s,
            &["EXISTS", "errors:counters", "errors:unique_signatures"]
        ),
        0
    );
    assert_eq!(redis::<i64>(&s, &["LLEN", "errors:tasks:log"]), 3);

    let v = coordctl(&s, ["errors", "purge", "log", "--yes", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        v["purged"],
        serde_json::json!([
            {"key": "errors:tasks:log", "what": "log", "count": 3},
            {"key": "errors:training:p1:log", "what": "log", "count": 1},
        ])
    );
    assert_eq!(
        redis::<i64>(
            &s,
            &["EXISTS", "errors:tasks:log", "errors:training:p1:log"]
        ),
        0
    );

    coordctl(&s, ["errors", "purge", "details", "--yes"]).ok();
    let mut left: Vec<String> = redis(&s, &["KEYS", "*"]);
    left.sort();
    assert_eq!(left, ["agent:status:a"]);
    coordctl(&s, ["errors", "purge", "all", "--yes"])
        .ok()
        .stderr_has("nothing to purge");
}

#[test]
fn a_wrong_typed_log_key_is_deleted_whole() {
    let s = RedisServer::start();
    let _: () = redis(&s, &["SET", "errors:tasks:log", "junk"]);
    coordctl(&s, ["errors", "purge", "log", "--dry-run"])
        .ok()
        .stdout_has("UNLINK errors:tasks:log (a string, not a list)");
    coordctl(&s, ["errors", "purge", "log", "--yes"]).ok();
    assert_eq!(redis::<i64>(&s, &["EXISTS", "errors:tasks:log"]), 0);
}

#[test]
fn read_only_refuses() {
    let s = RedisServer::start();
    everything(&s);
    coordctl(&s, ["errors", "purge", "all", "--yes", "--read-only"])
        .code(2)
        .stderr_has("read-only mode");
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 7);
}

/// An error logged while the operator reads the prompt is not purged: the plan counted
/// three entries, and LTRIM drops exactly those three, the oldest.
#[test]
fn an_entry_logged_during_the_prompt_survives() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let s = RedisServer::start();
    everything(&s);
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("{} errors purge log", crate::support::bin()),
            "/dev/null",
        ])
        .env("REDIS_URL", s.url())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("running `script` (util-linux) for a pseudo-terminal");
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut screen = String::new();
    while !screen.contains("[y/N]") {
        let left = deadline.saturating_duration_since(Instant::now());
        let chunk = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no prompt:\n{screen}"));
        screen.push_str(&String::from_utf8_lossy(&chunk));
    }
    lpush(
        &s,
        "errors:tasks:log",
        &[task_failure("t-late", "a", "E", "m", 0).as_bytes()],
    );
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"y\n").unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success(), "{screen}");
    let left: Vec<String> = redis(&s, &["LRANGE", "errors:tasks:log", "0", "-1"]);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].contains("t-late"));
    assert_eq!(redis::<i64>(&s, &["EXISTS", "errors:training:p1:log"]), 0);
}
