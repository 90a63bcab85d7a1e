//! `errors log`: every log, newest first, filtered, reading only what it shows.

use super::{column, iso_ago, lpush, task_failure, training_event};
use crate::support::{RedisServer, coordctl, redis};

/// Six entries over three lists, each list newest first, interleaved in time.
fn three_logs(s: &RedisServer) {
    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("t-50", "trainer", "OOMError", "out of memory", 50).as_bytes(),
            task_failure("t-30", "labeler", "TimeoutError", "took 30s", 30).as_bytes(),
            task_failure("t-10", "trainer", "TimeoutError", "took 10s", 10).as_bytes(),
        ],
    );
    lpush(
        s,
        "errors:training:proj-1:log",
        &[
            training_event("gradient_explosion", 40).as_bytes(),
            training_event("nan_loss", 20).as_bytes(),
        ],
    );
    lpush(
        s,
        "errors:training:proj-2:log",
        &[training_event("checkpoint_failed", 5).as_bytes()],
    );
}

#[test]
fn merges_every_log_newest_first() {
    let s = RedisServer::start();
    three_logs(&s);
    let run = coordctl(&s, ["errors", "log", "-o", "json"]);
    let rows = run.ok().json();
    assert_eq!(
        column(&rows, "source"),
        [
            "training:proj-2",
            "tasks",
            "training:proj-1",
            "tasks",
            "training:proj-1",
            "tasks"
        ]
    );
    assert_eq!(
        column(&rows, "type"),
        [
            "checkpoint_failed",
            "task_failure",
            "nan_loss",
            "task_failure",
            "gradient_explosion",
            "task_failure"
        ]
    );
    let t = &rows[1];
    assert_eq!(t["task_id"], "t-10");
    assert_eq!(t["project_id"], "proj-1");
    assert_eq!(t["agent"], "trainer");
    assert_eq!(t["severity"], "high");
    assert_eq!(t["recoverable"], false);
    assert_eq!(
        t["error"],
        serde_json::json!({"name": "TimeoutError", "message": "took 10s", "code": "E42"})
    );
    assert_eq!(t["key"], "errors:tasks:log");
    assert_eq!(t["index"], 0);
    assert!(t["timestamp"].as_str().unwrap().ends_with('Z'));
    // Training events keep what they carry beyond the seed's fields.
    assert_eq!(rows[0]["extra"]["step"], 40);
    assert!(run.stderr.is_empty(), "{run}");

    let table = coordctl(&s, ["errors", "log", "--color", "never"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert!(lines[0].starts_with("TIME"), "{table}");
    assert!(
        lines[2].contains("10s ago") && lines[2].contains("TimeoutError: took 10s"),
        "{table}"
    );
}

#[test]
fn filters_narrow_the_rows() {
    let s = RedisServer::start();
    three_logs(&s);
    let tasks = |args: &[&str]| {
        let mut all = vec!["errors", "log", "-o", "json"];
        all.extend_from_slice(args);
        column(&coordctl(&s, all).ok().json(), "task_id")
    };
    assert_eq!(tasks(&["--source", "tasks"]), ["t-10", "t-30", "t-50"]);
    assert_eq!(tasks(&["--agent", "trainer"]), ["t-10", "t-50"]);
    assert_eq!(tasks(&["--name", "TimeoutError"]), ["t-10", "t-30"]);
    assert_eq!(tasks(&["--task", "t-30"]), ["t-30"]);
    assert_eq!(tasks(&["--severity", "low"]), Vec::<String>::new());
    assert_eq!(tasks(&["--since", "35s"]), ["-", "t-10", "-", "t-30"]);
    assert_eq!(tasks(&["--since", &iso_ago(25)]), ["-", "t-10", "-"]);
    let sources = |args: &[&str]| {
        let mut all = vec!["errors", "log", "-o", "json"];
        all.extend_from_slice(args);
        column(&coordctl(&s, all).ok().json(), "source")
    };
    assert_eq!(
        sources(&["--source", "training"]),
        ["training:proj-2", "training:proj-1", "training:proj-1"]
    );
    // A project: its task entries (by projectId) and its own training log only.
    assert_eq!(
        sources(&["--project", "proj-1"]),
        [
            "tasks",
            "training:proj-1",
            "tasks",
            "training:proj-1",
            "tasks"
        ]
    );
    assert_eq!(
        column(
            &coordctl(&s, ["errors", "log", "--type", "nan_loss", "-o", "json"]).json(),
            "type"
        ),
        ["nan_loss"]
    );
    coordctl(&s, ["errors", "log", "--since", "yesterday"])
        .code(2)
        .stderr_has("neither a duration");
}

#[test]
fn limit_shows_the_newest_and_says_there_is_more() {
    let s = RedisServer::start();
    three_logs(&s);
    let rows = coordctl(&s, ["errors", "log", "--limit", "2", "-o", "json"]).json();
    assert_eq!(column(&rows, "source"), ["training:proj-2", "tasks"]);
    coordctl(&s, ["errors", "log", "--limit", "2"])
        .ok()
        .stderr_has("showing the newest 2; older entries not shown");
    let run = coordctl(&s, ["errors", "log", "--limit", "6"]);
    assert!(run.ok().stderr.is_empty(), "all six shown: no note\n{run}");
    coordctl(&s, ["errors", "log", "--limit", "0"]).code(2);
}

/// The first LRANGE window is the limit plus one, and nothing else of the list is read:
/// Redis's own slow log (threshold 0 µs) lists every command with its arguments.
#[test]
fn limit_reads_only_what_it_shows() {
    let s = RedisServer::start();
    let entries: Vec<String> = (0..5000)
        .map(|i| task_failure(&format!("t{i}"), "a", "E", "m", 5000 - i))
        .collect();
    for chunk in entries.chunks(1000) {
        let refs: Vec<&[u8]> = chunk.iter().map(|e| e.as_bytes()).collect();
        lpush(&s, "errors:tasks:log", &refs);
    }
    let _: () = redis(&s, &["CONFIG", "SET", "slowlog-log-slower-than", "0"]);
    let _: () = redis(&s, &["CONFIG", "SET", "slowlog-max-len", "1000"]);
    let _: () = redis(&s, &["SLOWLOG", "RESET"]);
    let rows = coordctl(&s, ["errors", "log", "--limit", "10", "-o", "json"]).json();
    assert_eq!(column(&rows, "task_id")[..2], ["t4999", "t4998"]);
    let log: Vec<redis::Value> = redis(&s, &["SLOWLOG", "GET", "1000"]);
    let lranges: Vec<Vec<String>> = log
        .iter()
        .filter_map(|entry| match entry {
            redis::Value::Array(fields) => match &fields[3] {
                redis::Value::Array(args) => Some(
                    args.iter()
                        .map(|a| redis::from_redis_value_ref::<String>(a).unwrap())
                        .collect::<Vec<String>>(),
                ),
                _ => None,
            },
            _ => None,
        })
        .filter(|args| args[0].eq_ignore_ascii_case("LRANGE"))
        .collect();
    assert_eq!(lranges, [["LRANGE", "errors:tasks:log", "0", "10"]]);
}

/// `--all -o jsonl` walks a big list in growing windows and streams every entry once,
/// in order.
#[test]
fn all_streams_every_entry_in_order() {
    let s = RedisServer::start();
    let entries: Vec<String> = (0..2500)
        .map(|i| task_failure(&format!("t{i}"), "a", "E", "m", 3000 - i))
        .collect();
    let refs: Vec<&[u8]> = entries.iter().map(|e| e.as_bytes()).collect();
    lpush(&s, "errors:tasks:log", &refs);
    lpush(
        &s,
        "errors:training:p:log",
        &[training_event("nan_loss", 1).as_bytes()],
    );
    let rows = coordctl(&s, ["errors", "log", "--all", "-o", "jsonl"])
        .ok()
        .jsonl();
    assert_eq!(rows.len(), 2501);
    assert_eq!(rows[0]["type"], "nan_loss");
    for (i, r) in rows[1..].iter().enumerate() {
        assert_eq!(r["index"], i, "row {i}");
        assert_eq!(r["task_id"], format!("t{}", 2499 - i));
    }
}

#[test]
fn nothing_to_show_is_not_an_error() {
    let s = RedisServer::start();
    coordctl(&s, ["errors", "log"])
        .ok()
        .stderr_has("no error log entries found");
    assert_eq!(
        coordctl(&s, ["errors", "log", "-o", "json"]).ok().json(),
        serde_json::json!([])
    );
}
