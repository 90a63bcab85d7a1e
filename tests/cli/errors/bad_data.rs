//! What agents really leave in the error logs: marked rows, a count on stderr, exit 0;
//! `--strict` makes it a failure.

use super::{column, lpush, task_failure, training_event};
use crate::support::{RedisServer, coordctl, hset};

fn messy_log(s: &RedisServer) {
    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("good-old", "a", "E", "fine", 60).as_bytes(),
            b"not json at all",
            b"[\"an\",\"array\"]",
            br#"{"type":"task_failure","taskId":"t-noerr","timestamp":"2026-01-01T00:00:00.000Z"}"#,
            br#"{"type":"task_failure","taskId":"t-str","error":"boom","timestamp":"last tuesday"}"#,
            b"{\"type\":\"task_failure\",\"taskId\":\"t-\xff\"}",
            task_failure("good-new", "a", "E", "fine", 1).as_bytes(),
        ],
    );
    // A key under a training log's name that is not a list.
    hset(s, "errors:training:proj-9:log", &[("type", b"oops")]);
    lpush(
        s,
        "errors:training:proj-1:log",
        &[training_event("nan_loss", 30).as_bytes()],
    );
}

#[test]
fn every_kind_of_bad_entry_is_a_marked_row() {
    let s = RedisServer::start();
    messy_log(&s);
    let run = coordctl(&s, ["errors", "log", "-o", "json"]);
    let rows = run.ok().json();
    let problems = column(&rows, "problem");
    assert_eq!(rows.as_array().unwrap().len(), 9, "{run}");
    assert_eq!(
        problems[0], "errors:training:proj-9:log is a hash, not a list",
        "the wrong-typed key comes first, as a row of its own"
    );
    assert_eq!(rows[0]["index"], serde_json::Value::Null);
    let by_task = |task: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["task_id"] == task)
            .unwrap_or_else(|| panic!("no row for {task}\n{run}"))
            .clone()
    };
    assert!(by_task("good-new").get("problem").is_none());
    assert_eq!(by_task("t-noerr")["problem"], "no error object");
    let str_err = by_task("t-str");
    assert_eq!(
        str_err["problem"],
        "timestamp \"last tuesday\" is not a date; error is a string, not an object"
    );
    assert_eq!(str_err["error"]["message"], "boom");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("entry is not valid JSON")),
        "{run}"
    );
    assert!(problems.contains(&"entry is JSON but not an object: an array".to_string()));
    let not_utf8 = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["problem"] == "entry is not UTF-8")
        .expect("the non-UTF-8 entry");
    assert_eq!(
        not_utf8["raw"],
        "{\"type\":\"task_failure\",\"taskId\":\"t-\\xff\"}"
    );
    run.stderr_has("6 of 9 error log entries could not be read cleanly");

    coordctl(&s, ["errors", "log", "--strict"])
        .code(1)
        .stderr_has("--strict: 6 of 9 error log entries");

    let table = coordctl(&s, ["errors", "log", "--color", "never"]);
    table
        .ok()
        .stdout_has("PROBLEM")
        .stdout_has("no error object")
        .stdout_has("not json at all");
    assert_eq!(table.stdout.lines().count(), 10, "{table}");
}

#[test]
fn filters_still_show_entries_nobody_can_read() {
    let s = RedisServer::start();
    messy_log(&s);
    let rows = coordctl(&s, ["errors", "log", "--agent", "a", "-o", "json"])
        .ok()
        .json();
    let tasks = column(&rows, "task_id");
    // good-new and good-old match; the three unreadable entries and the bad key may.
    assert!(tasks.contains(&"good-new".to_string()) && tasks.contains(&"good-old".to_string()));
    assert!(
        !tasks.contains(&"t-noerr".to_string()),
        "parsed, and not agent a"
    );
    assert_eq!(rows.as_array().unwrap().len(), 6, "{rows}");
}

#[test]
fn terminal_escapes_in_entries_are_neutralised() {
    let s = RedisServer::start();
    lpush(
        &s,
        "errors:tasks:log",
        &[task_failure("t\u{1b}[2J", "a\nFAKE ROW", "E", "m\u{1b}]0;pwned\u{7}", 1).as_bytes()],
    );
    let run = coordctl(&s, ["errors", "log", "--color", "never"]);
    assert!(!run.ok().stdout.contains('\u{1b}'), "{run}");
    assert_eq!(run.stdout.lines().count(), 2, "{run}");
    run.stdout_has("t\\e[2J").stdout_has("a\\nFAKE ROW");
}

#[test]
fn a_log_key_whose_name_is_not_utf8_is_a_marked_row() {
    let s = RedisServer::start();
    let _: i64 = redis::cmd("LPUSH")
        .arg(&b"errors:training:p\xff:log"[..])
        .arg(training_event("nan_loss", 1))
        .query(&mut s.conn())
        .unwrap();
    let run = coordctl(&s, ["errors", "log", "-o", "json"]);
    let rows = run.ok().json();
    assert_eq!(rows[0]["key"], "errors:training:p\\xff:log");
    assert_eq!(rows[0]["problem"], "key name is not UTF-8");
    coordctl(&s, ["errors", "log", "--strict"]).code(1);
}
