//! `coordctl agents`: reading what agents write, and changing it the way they would.

use chrono::{Duration, SecondsFormat, Utc};

use crate::support::{RedisServer, coordctl, hset, redis};

fn iso_ago(secs: i64) -> String {
    (Utc::now() - Duration::seconds(secs)).to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Three agents the way the seed's updateAgentStatus leaves them.
fn seed_agents(s: &RedisServer) {
    let fresh = iso_ago(5);
    let old = iso_ago(3 * 3600);
    hset(
        s,
        "agent:status:trainer",
        &[
            ("status", b"busy"),
            ("current_task", b"task-42"),
            ("updated_at", fresh.as_bytes()),
        ],
    );
    // Idle, but the seed never clears current_task.
    hset(
        s,
        "agent:status:labeler",
        &[
            ("status", b"idle"),
            ("current_task", b"task-7"),
            ("updated_at", fresh.as_bytes()),
        ],
    );
    hset(
        s,
        "agent:status:évaluateur",
        &[
            ("status", b"failed"),
            ("current_task", "tâche-9".as_bytes()),
            ("updated_at", old.as_bytes()),
        ],
    );
}

#[test]
fn list_reads_what_agents_write() {
    let s = RedisServer::start();
    seed_agents(&s);
    let run = coordctl(&s, ["agents", "list", "-o", "json"]);
    run.ok();
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    // Sorted by name.
    let names: Vec<&str> = rows.iter().map(|r| r["agent"].as_str().unwrap()).collect();
    assert_eq!(names, ["labeler", "trainer", "évaluateur"]);
    let labeler = &rows[0];
    assert_eq!(labeler["status"], "idle");
    assert_eq!(
        labeler["current_task"],
        serde_json::Value::Null,
        "idle: no current work"
    );
    assert_eq!(labeler["last_task"], "task-7");
    assert_eq!(labeler["stale"], false);
    let trainer = &rows[1];
    assert_eq!(trainer["current_task"], "task-42");
    let failed = &rows[2];
    assert_eq!(failed["current_task"], "tâche-9");
    assert_eq!(failed["stale"], true);
    assert!(run.stderr.is_empty(), "{run}");
}

#[test]
fn table_shows_last_task_and_staleness() {
    let s = RedisServer::start();
    seed_agents(&s);
    let run = coordctl(&s, ["agents", "list"]);
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("AGENT"), "{run}");
    assert!(
        lines[1].contains("labeler") && lines[1].contains("(last: task-7)"),
        "{run}"
    );
    assert!(
        lines[3].contains("évaluateur") && lines[3].contains("3h ago (stale)"),
        "{run}"
    );
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour off a terminal\n{run}"
    );
}

#[test]
fn list_filters_by_status_and_staleness() {
    let s = RedisServer::start();
    seed_agents(&s);
    let run = coordctl(&s, ["agents", "list", "--status", "busy", "-o", "jsonl"]);
    let rows = run.ok().jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["agent"], "trainer");

    let rows = coordctl(&s, ["agents", "list", "--stale", "1h", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["agent"], "évaluateur");

    let rows = coordctl(&s, ["agents", "list", "--stale", "1s", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 3);
}

#[test]
fn available_lists_idle_agents_one_per_line() {
    let s = RedisServer::start();
    seed_agents(&s);
    hset(
        &s,
        "agent:status:scorer",
        &[("status", b"idle"), ("updated_at", iso_ago(1).as_bytes())],
    );
    let run = coordctl(&s, ["agents", "available"]);
    assert_eq!(run.ok().stdout, "labeler\nscorer\n");
    let run = coordctl(&s, ["agents", "available", "-o", "json"]);
    assert_eq!(run.ok().json(), serde_json::json!(["labeler", "scorer"]));
}

#[test]
fn show_one_agent_and_a_missing_one() {
    let s = RedisServer::start();
    seed_agents(&s);
    hset(&s, "agent:status:trainer", &[("host", b"gpu-3")]);
    let run = coordctl(&s, ["agents", "show", "trainer", "-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["agent"], "trainer");
    assert_eq!(v["key"], "agent:status:trainer");
    assert_eq!(v["fields"]["host"], "gpu-3");
    let run = coordctl(&s, ["agents", "show", "trainer"]);
    run.ok().stdout_has("task-42").stdout_has("gpu-3");

    let run = coordctl(&s, ["agents", "show", "ghost"]);
    run.code(1).stderr_has("agent:status:ghost does not exist");
}

#[test]
fn set_writes_what_the_seed_writes() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["agents", "set", "trainer", "busy", "--task", "task-1"]);
    run.ok().stdout_has("agent trainer set to busy");
    let status: String = redis(&s, &["HGET", "agent:status:trainer", "status"]);
    let task: String = redis(&s, &["HGET", "agent:status:trainer", "current_task"]);
    let updated: String = redis(&s, &["HGET", "agent:status:trainer", "updated_at"]);
    assert_eq!((status.as_str(), task.as_str()), ("busy", "task-1"));
    // new Date().toISOString(): 2026-11-25T19:52:15.123Z
    assert_eq!(updated.len(), 24, "{updated}");
    assert!(
        updated.ends_with('Z') && updated.as_bytes()[19] == b'.',
        "{updated}"
    );

    // Going idle without a task keeps current_task, as the seed does.
    coordctl(&s, ["agents", "set", "trainer", "idle"]).ok();
    let task: String = redis(&s, &["HGET", "agent:status:trainer", "current_task"]);
    assert_eq!(task, "task-1");

    let run = coordctl(
        &s,
        [
            "agents",
            "set",
            "trainer",
            "idle",
            "--clear-task",
            "-o",
            "json",
        ],
    );
    let v = run.ok().json();
    assert_eq!(v["status"], "idle");
    assert_eq!(v["last_task"], serde_json::Value::Null);
    let exists: bool = redis(&s, &["HEXISTS", "agent:status:trainer", "current_task"]);
    assert!(!exists);
}

#[test]
fn set_rejects_an_invalid_status() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["agents", "set", "trainer", "sleeping"]);
    run.code(2).stderr_has("invalid value 'sleeping'");
    let n: i64 = redis(&s, &["EXISTS", "agent:status:trainer"]);
    assert_eq!(n, 0);
}

#[test]
fn set_on_a_key_of_the_wrong_type_fails_cleanly() {
    let s = RedisServer::start();
    let _: i64 = redis(&s, &["RPUSH", "agent:status:weird", "x"]);
    let run = coordctl(&s, ["agents", "set", "weird", "busy"]);
    run.code(1)
        .stderr_has("agent:status:weird")
        .stderr_has("WRONGTYPE");
    let len: i64 = redis(&s, &["LLEN", "agent:status:weird"]);
    assert_eq!(len, 1);
}

#[test]
fn remove_needs_yes_and_deletes() {
    let s = RedisServer::start();
    seed_agents(&s);
    coordctl(&s, ["agents", "remove", "trainer"])
        .code(2)
        .stderr_has("--yes");
    let n: i64 = redis(&s, &["EXISTS", "agent:status:trainer"]);
    assert_eq!(n, 1);
    coordctl(&s, ["agents", "remove", "trainer", "--yes"])
        .ok()
        .stdout_has("deleted agent trainer");
    let n: i64 = redis(&s, &["EXISTS", "agent:status:trainer"]);
    assert_eq!(n, 0);
    coordctl(&s, ["agents", "remove", "trainer", "--yes"])
        .code(1)
        .stderr_has("no such agent: trainer");
}

#[test]
fn prune_deletes_only_stale_agents() {
    let s = RedisServer::start();
    seed_agents(&s);
    hset(
        &s,
        "agent:status:nodate",
        &[("status", b"idle"), ("updated_at", b"last tuesday")],
    );
    let run = coordctl(&s, ["agents", "prune", "--stale", "1h", "--dry-run"]);
    run.ok()
        .stdout_has("would delete 1 agent")
        .stdout_has("DEL agent:status:évaluateur");
    let n: i64 = redis(&s, &["EXISTS", "agent:status:évaluateur"]);
    assert_eq!(n, 1, "dry run changed nothing");

    let run = coordctl(
        &s,
        ["agents", "prune", "--stale", "1h", "--yes", "-o", "json"],
    );
    let v = run.ok().json();
    assert_eq!(v["pruned"], serde_json::json!(["évaluateur"]));
    assert_eq!(v["unreadable"], serde_json::json!(["nodate"]));
    run.stderr_has("no readable updated_at: nodate");
    let left: i64 = redis(&s, &["DBSIZE"]);
    assert_eq!(left, 3);
}

#[test]
fn bad_agent_data_is_marked_not_fatal() {
    let s = RedisServer::start();
    seed_agents(&s);
    let _: i64 = redis(&s, &["RPUSH", "agent:status:alist", "x"]);
    hset(
        &s,
        "agent:status:nostatus",
        &[("updated_at", iso_ago(1).as_bytes())],
    );
    hset(
        &s,
        "agent:status:baddate",
        &[("status", b"idle"), ("updated_at", b"soon")],
    );
    hset(
        &s,
        "agent:status:badword",
        &[
            ("status", b"sleeping"),
            ("updated_at", iso_ago(1).as_bytes()),
        ],
    );
    hset(
        &s,
        "agent:status:binary",
        &[
            ("status", b"idle"),
            ("current_task", b"t\xff\xfe"),
            ("updated_at", iso_ago(1).as_bytes()),
        ],
    );

    let run = coordctl(&s, ["agents", "list", "-o", "json"]);
    run.ok()
        .stderr_has("5 of 8 agents could not be read cleanly");
    let rows = run.json();
    let problem = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["agent"] == name)
            .unwrap_or_else(|| panic!("no row for {name}\n{run}"))["problem"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert!(problem("alist").contains("key is a list, not a hash"));
    assert!(problem("nostatus").contains("no status field"));
    assert!(problem("baddate").contains("is not a date"));
    assert!(problem("badword").contains("invalid status"));
    assert!(problem("binary").contains("non-UTF-8"));
    assert_eq!(problem("trainer"), "");

    let table = coordctl(&s, ["agents", "list"]);
    table.ok().stdout_has("PROBLEM").stdout_has("t\\xff\\xfe");

    coordctl(&s, ["agents", "list", "--strict"])
        .code(1)
        .stderr_has("--strict: 5 of 8 agents");
}

#[test]
fn many_agents_stream_as_jsonl() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut pipe = redis::pipe();
    let now = iso_ago(0);
    for i in 0..5000 {
        pipe.cmd("HSET")
            .arg(format!("agent:status:a{i:05}"))
            .arg("status")
            .arg(["idle", "busy", "failed"][i % 3])
            .arg("updated_at")
            .arg(&now)
            .ignore();
    }
    // Wrong-type keys scattered among the batches: each needs a follow-up question while
    // the next batch is already being fetched.
    for i in [7, 2500, 4999] {
        pipe.cmd("RPUSH")
            .arg(format!("agent:status:a{i:05}-list"))
            .arg("x")
            .ignore();
    }
    let _: () = pipe.query(&mut conn).unwrap();
    let rows = coordctl(&s, ["agents", "list", "-o", "jsonl"]).jsonl();
    assert_eq!(rows.len(), 5003);
    let mut names: Vec<&str> = rows.iter().map(|r| r["agent"].as_str().unwrap()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 5003, "each agent exactly once");

    // The sorted JSON array holds the same rows, in name order, the three marked.
    let out = coordctl(&s, ["agents", "list", "-o", "json"]);
    let array: Vec<serde_json::Value> = serde_json::from_str(&out.ok().stdout).unwrap();
    let sorted: Vec<&str> = array.iter().map(|r| r["agent"].as_str().unwrap()).collect();
    assert_eq!(sorted, names);
    let marked: Vec<&str> = array
        .iter()
        .filter(|r| r["problem"].as_str().is_some_and(|p| p.contains("list")))
        .map(|r| r["agent"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["a00007-list", "a02500-list", "a04999-list"]);
}
