//! Output: the same rows as a table, JSON or JSON lines; colour only when wanted; untrusted
//! text neutralised; quiet on a broken pipe.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::support::{Coordctl, RedisServer, coordctl, hset};

fn agents(s: &RedisServer) {
    hset(
        s,
        "agent:status:a",
        &[
            ("status", b"busy"),
            ("current_task", b"t1"),
            ("updated_at", b"2026-01-01T00:00:00.000Z"),
        ],
    );
    hset(
        s,
        "agent:status:b",
        &[
            ("status", b"idle"),
            ("updated_at", b"2026-01-02T00:00:00.000Z"),
        ],
    );
}

#[test]
fn table_json_and_jsonl_carry_the_same_rows() {
    let s = RedisServer::start();
    agents(&s);
    let json = coordctl(&s, ["agents", "list", "-o", "json"]).json();
    let mut jsonl = coordctl(&s, ["agents", "list", "-o", "jsonl"]).jsonl();
    jsonl.sort_by_key(|r| r["agent"].as_str().unwrap().to_string());
    assert_eq!(json, serde_json::Value::Array(jsonl));
    assert_eq!(
        json[0]["updated_at"], "2026-01-01T00:00:00.000Z",
        "RFC 3339 in JSON"
    );

    let table = coordctl(&s, ["agents", "list"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(
        lines[1].starts_with("a ") && lines[1].contains("t1"),
        "{table}"
    );
    assert!(
        lines[1].contains(" ago"),
        "relative time in tables\n{table}"
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let s = RedisServer::start();
    agents(&s);
    let run = coordctl(&s, ["agents", "list", "--color", "always"]);
    assert!(run.ok().stdout.contains("\x1b["), "{run}");
    let run = Coordctl::on(&s)
        .args(["agents", "list"])
        .env("NO_COLOR", "1")
        .run();
    assert!(!run.ok().stdout.contains('\x1b'), "{run}");
    let run = coordctl(&s, ["agents", "list", "--color", "never"]);
    assert!(!run.ok().stdout.contains('\x1b'), "{run}");
}

#[test]
fn escape_sequences_and_newlines_are_neutralised_in_tables() {
    let s = RedisServer::start();
    hset(
        &s,
        "agent:status:evil\x1b[2J",
        &[
            ("status", b"busy"),
            ("current_task", b"line1\nFAKE  idle  row\x1b[31m"),
            ("updated_at", b"2026-01-01T00:00:00.000Z"),
        ],
    );
    let run = coordctl(&s, ["agents", "list"]);
    run.ok();
    assert!(!run.stdout.contains('\x1b'), "{run}");
    assert_eq!(
        run.stdout.lines().count(),
        2,
        "the newline must not forge a row\n{run}"
    );
    run.stdout_has("evil\\e[2J").stdout_has("line1\\nFAKE");

    let run = coordctl(&s, ["agents", "show", "evil\x1b[2J"]);
    assert!(!run.ok().stdout.contains('\x1b'), "{run}");

    // JSON keeps the data exactly, escaped the JSON way.
    let v = coordctl(&s, ["agents", "list", "-o", "json"]).json();
    assert_eq!(v[0]["current_task"], "line1\nFAKE  idle  row\x1b[31m");
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut pipe = redis::pipe();
    for i in 0..5000 {
        pipe.cmd("HSET")
            .arg(format!("agent:status:agent-{i:05}"))
            .arg("status")
            .arg("idle")
            .arg("updated_at")
            .arg("2026-01-01T00:00:00.000Z")
            .ignore();
    }
    let _: () = pipe.query(&mut conn).unwrap();
    // `coordctl agents list | head -1`: read one line, then close the pipe. JSON lines stop
    // the scan part-way; a table has everything in hand before it writes.
    for format in ["table", "jsonl"] {
        let mut cmd = Coordctl::on(&s)
            .args(["agents", "list", "-o", format])
            .command();
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(
            first.starts_with("AGENT") || first.starts_with('{'),
            "{first}"
        );
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{format}: {stderr}");
        assert!(stderr.is_empty(), "{format}: {stderr}");
    }
}

#[test]
fn empty_lists_say_so_on_stderr_only() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["agents", "list"]);
    assert_eq!(run.ok().stdout, "");
    run.stderr_has("no agents found");
    assert_eq!(
        coordctl(&s, ["agents", "list", "-o", "json"]).json(),
        serde_json::json!([])
    );
}
