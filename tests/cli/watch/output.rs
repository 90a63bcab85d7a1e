//! What a watch prints: JSON records in order, readable lines, raw payloads, and whatever
//! the publishers sent, however odd.

use serde_json::{Value, json};

use super::{Tail, publish, task_failure, wait_gone, wait_subscribed};
use crate::support::RedisServer;

#[test]
fn jsonl_records_arrive_in_publish_order() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "-o", "jsonl", "--count", "200"]);
    wait_subscribed(&s, 0, 1);
    for i in 0..200 {
        let channel = if i % 2 == 0 {
            "events:tasks:completed"
        } else {
            "events:training:progress"
        };
        assert_eq!(publish(&s, channel, json!({"step": i}).to_string()), 1);
    }
    let run = tail.finish();
    run.ok();
    let records = run.jsonl();
    assert_eq!(records.len(), 200, "{run}");
    let mut last = String::new();
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["message"]["step"], i, "{r}");
        let channel = if i % 2 == 0 {
            "events:tasks:completed"
        } else {
            "events:training:progress"
        };
        assert_eq!(r["channel"], channel);
        assert_eq!(r["pattern"], "events:*");
        let at = r["received_at"].as_str().unwrap().to_string();
        assert!(
            chrono::DateTime::parse_from_rfc3339(&at).is_ok(),
            "received_at {at}"
        );
        assert!(at >= last, "received_at went back: {last} then {at}");
        last = at;
    }
    assert!(run.stderr.is_empty(), "{run}");
}

#[test]
fn names_with_globs_are_patterns_and_others_channels() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "events:tasks:completed",
            "events:errors:*",
            "-o",
            "jsonl",
            "--count",
            "2",
        ],
    );
    wait_subscribed(&s, 1, 1);
    assert_eq!(publish(&s, "events:training:progress", "{}"), 0);
    assert_eq!(
        publish(&s, "events:tasks:completed", r#"{"taskId":"t-1"}"#),
        1
    );
    assert_eq!(
        publish(&s, "events:errors:high", task_failure("t-2", "E", "m")),
        1
    );
    let run = tail.finish();
    let records = run.ok().jsonl();
    assert_eq!(records[0]["channel"], "events:tasks:completed");
    assert_eq!(records[0]["pattern"], Value::Null);
    assert_eq!(records[1]["channel"], "events:errors:high");
    assert_eq!(records[1]["pattern"], "events:errors:*");
    assert_eq!(records[1]["message"]["error"]["name"], "E");
}

#[test]
fn table_lines_show_type_and_the_fields_that_matter() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "--count", "4"]);
    wait_subscribed(&s, 0, 1);
    publish(
        &s,
        "events:errors:high",
        task_failure("task-42", "TimeoutError", "step took too long"),
    );
    // The seed's task completion and training progress messages carry no type.
    publish(
        &s,
        "events:tasks:completed",
        r#"{"projectId":"proj-1","taskId":"task-43","agent":"labeler","completedAt":"2026-11-25T19:52:15.123Z","result":"ok"}"#,
    );
    publish(
        &s,
        "events:training:progress",
        r#"{"projectId":"proj-1","step":1200,"loss":0.2311,"wer":0.12,"timestamp":"2026-11-25T19:52:15.123Z"}"#,
    );
    publish(
        &s,
        "events:errors:circuit_breakers",
        r#"{"type":"circuit_breaker_opened","component":"agent:trainer","reason":"too many failures","timestamp":"2026-11-25T19:52:15.123Z"}"#,
    );
    let run = tail.finish();
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{run}");
    assert!(lines[0].starts_with("TIME"), "{run}");
    let fields = |l: &str| l.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let f = fields(lines[1]);
    assert_eq!(f[1..3], ["events:errors:high", "task_failure"], "{run}");
    assert!(
        lines[1].ends_with("task=task-42 agent=trainer-1 TimeoutError: step took too long"),
        "{run}"
    );
    assert_eq!(fields(lines[2])[2], "tasks_completed", "{run}");
    assert!(
        lines[2].contains("task=task-43 project=proj-1 agent=labeler"),
        "{run}"
    );
    assert_eq!(fields(lines[3])[2], "training_progress", "{run}");
    assert!(
        lines[3].contains("project=proj-1 step=1200 loss=0.2311"),
        "{run}"
    );
    assert!(
        lines[4].contains("component=agent:trainer reason=\"too many failures\""),
        "{run}"
    );
    // Piped: no colour.
    assert!(!run.stdout.contains('\x1b'), "{run}");
}

#[test]
fn colour_when_asked() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "--count", "1", "--color", "always"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:errors:high", task_failure("t", "E", "m"));
    let run = tail.finish();
    // Red for the failure's type.
    assert!(run.ok().stdout.contains("\x1b[31m"), "{run}");
}

#[test]
fn untrusted_text_is_neutralised_in_the_table() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "--count", "2", "--color", "always"]);
    wait_subscribed(&s, 0, 1);
    publish(
        &s,
        "events:x\x1b[2J",
        json!({"agent": "a\x1b]0;pwned\x07", "reason": "line1\nline2"}).to_string(),
    );
    publish(&s, "events:y", "text \x1b[31mred\u{202e} and\r\nmore");
    let run = tail.finish();
    run.ok();
    assert!(!run.stdout.contains("\x1b[2J"), "{run}");
    assert!(!run.stdout.contains("\x1b]0;"), "{run}");
    assert!(!run.stdout.contains('\u{202e}'), "{run}");
    assert!(run.stdout.contains("events:x\\e[2J"), "{run}");
    assert!(
        run.stdout
            .contains("text \\e[31mred\\u{202e} and\\r\\nmore"),
        "{run}"
    );
    // Header and one line per message, whatever the payload held.
    assert_eq!(run.stdout.lines().count(), 3, "{run}");
}

#[test]
fn non_json_and_non_utf8_payloads() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "-o", "jsonl", "--count", "4"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", "plain text");
    publish(&s, "events:a", "{broken");
    publish(&s, "events:a", "42");
    publish(&s, "events:a", b"\xff\xfeok".as_slice());
    let run = tail.finish();
    let records = run.ok().jsonl();
    assert_eq!(records[0]["message"], "plain text");
    assert_eq!(records[1]["message"], "{broken");
    assert_eq!(records[2]["message"], 42);
    assert_eq!(records[3]["message"], "\\xff\\xfeok");
    assert_eq!(records[3]["problem"], "payload is not UTF-8");
    assert!(records[0].get("problem").is_none());
    run.stderr_has("1 message could not be read cleanly");

    // --strict turns it into a failure, after printing everything.
    wait_gone(&s);
    let tail = Tail::start(&s, &["watch", "--strict", "--count", "1"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", b"\xff".as_slice());
    let run = tail.finish();
    run.code(1).stderr_has("--strict").stdout_has("(not UTF-8)");
}

#[test]
fn huge_payloads_are_whole_in_jsonl_and_cut_in_the_table() {
    let s = RedisServer::start();
    let big = "x".repeat(4 << 20);
    let payload = json!({"taskId": "big", "result": big}).to_string();

    let tail = Tail::start(&s, &["watch", "-o", "jsonl", "--count", "2"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:tasks:completed", &payload);
    publish(&s, "events:tasks:completed", &big);
    let run = tail.finish();
    let records = run.ok().jsonl();
    assert_eq!(
        records[0]["message"]["result"].as_str().unwrap().len(),
        4 << 20
    );
    assert_eq!(records[1]["message"].as_str().unwrap().len(), 4 << 20);

    wait_gone(&s);
    let tail = Tail::start(&s, &["watch", "--count", "2"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:tasks:completed", &payload);
    publish(&s, "events:tasks:completed", &big);
    let run = tail.finish();
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "header and two lines");
    assert!(
        lines[1].contains("task=big result=xxx"),
        "{}",
        &lines[1][..200]
    );
    assert!(lines[1].len() < 400, "{}", lines[1].len());
    assert!(lines[2].len() < 400, "{}", lines[2].len());
    assert!(lines[2].ends_with("… (4.0 MB in all)"), "{}", lines[2]);
}

#[test]
fn raw_prints_payloads_alone() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "--raw", "--count", "3"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"taskId":"t-1"}"#);
    publish(&s, "events:b", "plain");
    publish(&s, "events:c", b"\xff".as_slice());
    let run = tail.finish();
    // Bytes as published (the test reads them lossily, hence U+FFFD for the 0xff byte).
    assert_eq!(run.ok().stdout, "{\"taskId\":\"t-1\"}\nplain\n\u{fffd}\n");

    let run = Tail::start(&s, &["watch", "--raw", "-o", "jsonl"]).finish();
    run.code(2).stderr_has("--raw");
}

#[test]
fn json_output_is_one_array() {
    let s = RedisServer::start();
    let tail = Tail::start(&s, &["watch", "-o", "json", "--count", "2"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"n":1}"#);
    publish(&s, "events:b", "two");
    let run = tail.finish();
    let doc = run.ok().json();
    assert_eq!(doc.as_array().map(Vec::len), Some(2), "{run}");
    assert_eq!(doc[0]["message"]["n"], 1);
    assert_eq!(doc[1]["message"], "two");
}

#[test]
fn namespace_applies_to_channels_and_patterns() {
    let s = RedisServer::start();
    let tail = Tail::start(
        &s,
        &[
            "watch",
            "--namespace",
            "staging",
            "events:tasks:completed",
            "events:errors:*",
            "-o",
            "jsonl",
            "--count",
            "2",
        ],
    );
    wait_subscribed(&s, 1, 1);
    assert_eq!(publish(&s, "events:tasks:completed", "{}"), 0);
    assert_eq!(publish(&s, "events:errors:high", "{}"), 0);
    assert_eq!(publish(&s, "staging:events:errors:high", r#"{"n":1}"#), 1);
    assert_eq!(
        publish(&s, "staging:events:tasks:completed", r#"{"n":2}"#),
        1
    );
    let run = tail.finish();
    let records = run.ok().jsonl();
    // Shown without the namespace, as the operator named them.
    assert_eq!(records[0]["channel"], "events:errors:high");
    assert_eq!(records[0]["pattern"], "events:errors:*");
    assert_eq!(records[1]["channel"], "events:tasks:completed");
}
