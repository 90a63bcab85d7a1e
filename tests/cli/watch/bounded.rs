//! Bounded watches for scripts: filters, --count, --until, --timeout and Ctrl-C, and the
//! exit codes they end with.

use super::{Tail, publish, task_failure, wait_subscribed};
use crate::support::{RedisServer, coordctl};

fn tasks(records: &[serde_json::Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["message"]["taskId"].as_str().unwrap_or("?").to_string())
        .collect()
}

#[test]
fn filter_by_dotted_path() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "-o",
            "jsonl",
            "--filter",
            "error.name=TimeoutError",
            "--count",
            "2",
        ],
    );
    wait_subscribed(&s, 0, 1);
    publish(
        &s,
        "events:errors:high",
        task_failure("t-1", "OOMError", "m"),
    );
    publish(
        &s,
        "events:errors:high",
        task_failure("t-2", "TimeoutError", "m"),
    );
    publish(&s, "events:errors:high", "not json at all");
    publish(
        &s,
        "events:errors:low",
        task_failure("t-3", "TimeoutError", "m"),
    );
    let run = tail.finish();
    assert_eq!(tasks(&run.ok().jsonl()), ["t-2", "t-3"]);
}

#[test]
fn one_field_several_values_is_either_several_fields_is_all() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "-o",
            "jsonl",
            "--filter",
            "severity=high",
            "--filter",
            "severity=critical",
            "--filter",
            "agent=a",
            "--count",
            "2",
        ],
    );
    wait_subscribed(&s, 0, 1);
    let ev = |task: &str, severity: &str, agent: &str| {
        serde_json::json!({"taskId": task, "severity": severity, "agent": agent}).to_string()
    };
    publish(&s, "events:x", ev("t-1", "low", "a"));
    publish(&s, "events:x", ev("t-2", "high", "b"));
    publish(&s, "events:x", ev("t-3", "critical", "a"));
    publish(&s, "events:x", ev("t-4", "high", "a"));
    let run = tail.finish();
    assert_eq!(tasks(&run.ok().jsonl()), ["t-3", "t-4"]);
}

#[test]
fn until_exits_0_at_the_first_match_and_shows_what_came_before() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "events:tasks:completed",
            "--until",
            "taskId=t-3",
            "-o",
            "jsonl",
        ],
    );
    wait_subscribed(&s, 1, 0);
    for t in ["t-1", "t-2", "t-3", "t-4"] {
        publish(
            &s,
            "events:tasks:completed",
            serde_json::json!({"taskId": t}).to_string(),
        );
    }
    let run = tail.finish();
    assert_eq!(tasks(&run.ok().jsonl()), ["t-1", "t-2", "t-3"]);
}

#[test]
fn until_type_names_typeless_events_after_their_channel() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "--until",
            "type=tasks_completed",
            "--timeout",
            "20s",
        ],
    );
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:training:progress", r#"{"step":1}"#);
    publish(&s, "events:tasks:completed", r#"{"taskId":"t-9"}"#);
    let run = tail.finish();
    run.ok()
        .stdout_has("training_progress")
        .stdout_has("task=t-9");
}

#[test]
fn timeout_exits_3_when_fewer_than_count_arrived() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &["watch", "-o", "jsonl", "--count", "3", "--timeout", "2s"],
    );
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"taskId":"t-1"}"#);
    let run = tail.finish();
    run.code(3)
        .stderr_has("timed out after 2s: 1 of 3 messages arrived")
        .stderr_has("1 message in");
    assert_eq!(tasks(&run.jsonl()), ["t-1"]);
}

#[test]
fn timeout_waiting_for_until_exits_3() {
    let s = RedisServer::start();
    let run = coordctl(
        &s,
        ["watch", "--until", "taskId=never", "--timeout", "300ms"],
    );
    run.code(3)
        .stderr_has("0 of 1 messages matching --until arrived");
}

#[test]
fn timeout_alone_ends_with_0_and_a_summary() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["watch", "--timeout", "300ms", "-o", "jsonl"]);
    run.ok().stderr_has("0 messages in").stderr_has("0 gaps");
    assert_eq!(run.stdout, "");
}

#[test]
fn exclude_leaves_out_matching_channels() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "--exclude",
            "events:training:*",
            "--exclude",
            "events:errors:correlations",
            "-o",
            "jsonl",
            "--count",
            "1",
        ],
    );
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:training:progress", r#"{"taskId":"t-1"}"#);
    publish(&s, "events:errors:correlations", r#"{"taskId":"t-2"}"#);
    publish(&s, "events:tasks:completed", r#"{"taskId":"t-3"}"#);
    let run = tail.finish();
    assert_eq!(tasks(&run.ok().jsonl()), ["t-3"]);
}

#[test]
fn ctrl_c_prints_a_summary_per_channel() {
    let s = RedisServer::start();
    let mut tail = Tail::start(&s, &["watch"]);
    wait_subscribed(&s, 0, 1);
    for _ in 0..3 {
        publish(&s, "events:tasks:completed", r#"{"taskId":"t"}"#);
    }
    publish(&s, "events:errors:high", task_failure("last", "E", "m"));
    tail.wait_stdout("task=last");
    tail.interrupt();
    let run = tail.finish();
    run.ok()
        .stderr_has("4 messages in")
        .stderr_has("0 gaps")
        .stderr_has("  events:tasks:completed  3")
        .stderr_has("  events:errors:high      1");
}

#[test]
fn ctrl_c_before_the_count_exits_3() {
    let s = RedisServer::start();
    let mut tail = Tail::start(&s, &["watch", "-o", "jsonl", "--count", "5"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"taskId":"t-1"}"#);
    tail.wait_stdout("t-1");
    tail.interrupt();
    let run = tail.finish();
    run.code(3)
        .stderr_has("interrupted: 1 of 5 messages arrived");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let s = RedisServer::start();
    coordctl(&s, ["watch", "--filter", "novalue"])
        .code(2)
        .stderr_has("FIELD=VALUE");
    coordctl(&s, ["watch", "--count", "0"]).code(2);
    coordctl(&s, ["watch", "--ping-interval", "1ms"])
        .code(2)
        .stderr_has("--ping-interval");
}
