//! An empty server, bad data, untrusted text, namespaces, read-only, a dead server, and a
//! screen that fits an 80-column terminal.

use std::process::Command;

use serde_json::json;

use super::{agent, line, seed};
use crate::breaker::seed_open;
use crate::errors::{lpush, task_failure};
use crate::support::{Coordctl, RedisServer, bin, coordctl, hset, redis};

#[test]
fn an_empty_server_is_all_zero_and_passes_every_check() {
    let s = RedisServer::start();
    let run = coordctl(&s, ["status"]);
    run.ok();
    assert!(run.stderr.is_empty(), "{run}");
    let out = &run.stdout;
    for (prefix, whole) in [
        ("agents", "agents    0 agents"),
        ("breakers", "breakers  0 breakers"),
        ("retry", "retry     0 queued"),
        ("dlq", "dlq       0 dead letters"),
        ("errors", "errors    0 in the last hour"),
        (
            "cascade",
            "cascade   none  0 event types in the last 5m (3 make a cascade)",
        ),
        ("metrics", "metrics   0 projects"),
    ] {
        assert_eq!(line(out, prefix), whole, "{run}");
    }
    let v = coordctl(&s, ["status", "-o", "json"]).ok().json();
    for (area, field) in [
        ("agents", "total"),
        ("agents", "stale"),
        ("breakers", "total"),
        ("retry", "queue_length"),
        ("retry", "dead_letters"),
        ("errors", "total"),
        ("metrics", "lists"),
    ] {
        assert_eq!(v[area][field], 0, "{area}.{field}");
    }
    assert_eq!(v["cascade"]["cascade"], false);
    assert_eq!(v["agents"]["attention"], json!([]));
    assert_eq!(v["problems"], json!([]));
    assert_eq!(v["server"]["keys"], 0);
    let every = [
        "status",
        "--check",
        "--max-dlq",
        "0",
        "--max-open-breakers",
        "0",
        "--max-failed-agents",
        "0",
        "--max-stale-agents",
        "0",
        "--max-errors-last-hour",
        "0",
        "--no-cascade",
    ];
    let run = coordctl(&s, every);
    assert_eq!(line(&run.ok().stdout, "checks"), "checks    all 6 passed");
}

/// Something wrong in every area.
fn messy(s: &RedisServer) {
    let _: i64 = redis(s, &["RPUSH", "agent:status:weird", "x"]);
    agent(s, "agent:status:odd", "sleeping", "t", 5);
    hset(s, "circuit_breakers:x", &[("state", b"OPEN")]);
    let _: i64 = redis(s, &["RPUSH", "retry:queue", "not json at all"]);
    lpush(
        s,
        "errors:tasks:log",
        &[
            task_failure("t1", "a", "TimeoutError", "m", 60).as_bytes(),
            b"not json at all",
        ],
    );
    hset(s, "errors:training:proj-9:log", &[("type", b"oops")]);
    let _: i64 = redis(s, &["LPUSH", "metrics:training:p:loss", "garbage"]);
}

#[test]
fn bad_data_is_counted_and_shown_not_fatal() {
    let s = RedisServer::start();
    messy(&s);
    let run = coordctl(&s, ["status"]);
    run.ok()
        .stderr_has("warning: 7 problems in the data: agents: 2 unreadable, e.g. agent:status:");
    for area in ["breakers: 1", "retry: 1", "error logs: 2", "metrics: 1"] {
        run.stderr_has(area);
    }
    let out = &run.stdout;
    assert!(line(out, "agents").ends_with("2 unreadable"), "{run}");
    assert!(line(out, "breakers").ends_with("1 unreadable"), "{run}");
    assert!(line(out, "retry").ends_with("1 unreadable"), "{run}");
    assert!(line(out, "errors").ends_with("2 unreadable"), "{run}");
    assert!(line(out, "metrics").ends_with("1 unreadable"), "{run}");

    let v = coordctl(&s, ["status", "-o", "json"]).ok().json();
    assert_eq!(
        (&v["agents"]["unreadable"], &v["agents"]["unknown"]),
        (&json!(2), &json!(2))
    );
    assert_eq!(
        (&v["breakers"]["unreadable"], &v["breakers"]["unknown"]),
        (&json!(1), &json!(1))
    );
    assert_eq!(v["retry"]["bad_entries"], 1);
    assert_eq!(
        (&v["errors"]["unreadable"], &v["errors"]["total"]),
        (&json!(2), &json!(2))
    );
    assert_eq!(v["errors"]["by_name"][0]["name"], "TimeoutError");
    assert_eq!(v["metrics"]["unreadable"], 1);
    assert_eq!(v["problems"].as_array().unwrap().len(), 5);

    coordctl(&s, ["status", "--strict"])
        .code(1)
        .stderr_has("--strict: 7 problems in the data");
}

#[test]
fn a_queue_of_the_wrong_type_is_bad_data_too() {
    let s = RedisServer::start();
    hset(&s, "retry:queue", &[("a", b"b")]);
    let run = coordctl(&s, ["status"]);
    run.ok()
        .stdout_has("problem  retry:queue is a hash, not a list")
        .stderr_has("retry: 1 unreadable, e.g. retry:queue is a hash, not a list");
    let v = coordctl(&s, ["status", "-o", "json"]).ok().json();
    assert_eq!(
        v["retry"]["problems"],
        json!(["retry:queue is a hash, not a list"])
    );
}

#[test]
fn text_from_redis_cannot_reach_the_terminal_raw() {
    let s = RedisServer::start();
    agent(
        &s,
        "agent:status:evil\x1b[2J",
        "failed",
        "task\nforged row",
        5,
    );
    let run = coordctl(&s, ["status"]);
    let out = &run.ok().stdout;
    assert!(!out.contains('\x1b'), "{run}");
    assert!(
        out.contains("evil\\e[2J") && out.contains("task\\nforged row"),
        "{run}"
    );
    let v = coordctl(&s, ["status", "-o", "json"]).ok().json();
    assert_eq!(
        v["agents"]["attention"][0]["agent"], "evil\x1b[2J",
        "JSON keeps the data"
    );
}

#[test]
fn the_namespace_is_respected() {
    let s = RedisServer::start();
    seed(&s);
    agent(&s, "staging:agent:status:a", "failed", "t", 5);
    hset(
        &s,
        "staging:circuit_breakers:x",
        &[("state", b"open"), ("opened_at", b"1764100000123")],
    );
    lpush(
        &s,
        "staging:errors:tasks:log",
        &[task_failure("t", "a", "StagingError", "m", 5).as_bytes()],
    );
    let v = coordctl(&s, ["status", "--namespace", "staging", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["server"]["namespace"], "staging");
    assert_eq!(
        (&v["agents"]["total"], &v["agents"]["failed"]),
        (&json!(1), &json!(1))
    );
    assert_eq!(v["agents"]["attention"][0]["agent"], "a");
    assert_eq!(v["breakers"]["open"], 1);
    assert_eq!(v["retry"]["dead_letters"], 0);
    assert_eq!(v["errors"]["total"], 1);
    assert_eq!(v["errors"]["by_name"][0]["name"], "StagingError");
    assert_eq!(v["metrics"]["lists"], 0);
    let run = Coordctl::on(&s)
        .args(["status"])
        .env("COORDCTL_NAMESPACE", "staging")
        .run();
    run.ok().stdout_has("namespace staging");
    // And without one, the namespaced keys are not counted.
    let v = coordctl(&s, ["status", "-o", "json"]).ok().json();
    assert_eq!(v["agents"]["total"], 4);
}

#[test]
fn status_never_writes_and_works_read_only() {
    let s = RedisServer::start();
    seed(&s);
    // Due to go half-open: a check would move it; status only looks.
    seed_open(&s, "due", 600_000, None);
    let _: () = redis(&s, &["CONFIG", "RESETSTAT"]);
    coordctl(&s, ["status", "--read-only"]).ok();
    Coordctl::on(&s)
        .args(["status", "-o", "json"])
        .env("COORDCTL_READ_ONLY", "1")
        .run()
        .ok();
    coordctl(&s, ["status"]).ok();
    let state: String = redis(&s, &["HGET", "circuit_breakers:due", "state"]);
    assert_eq!(state, "open");
    let stats: String = redis(&s, &["INFO", "commandstats"]);
    for write in [
        "hset", "hdel", "del", "set", "lpush", "rpush", "lpop", "ltrim", "lmove", "expire",
        "publish", "eval", "evalsha", "exec", "multi",
    ] {
        assert!(
            !stats.contains(&format!("cmdstat_{write}:")),
            "status ran {write}:\n{stats}"
        );
    }
}

#[test]
fn a_user_refused_info_still_gets_the_rest() {
    let s = RedisServer::start();
    seed(&s);
    let _: () = redis(
        &s,
        &[
            "ACL",
            "SETUSER",
            "ops",
            "on",
            ">pw",
            "~*",
            "&*",
            "+@all",
            "-@dangerous",
        ],
    );
    let url = s.url().replace("redis://", "redis://ops:pw@");
    let run = Coordctl::bare().args(["status", "--url", &url]).run();
    run.ok();
    assert!(line(&run.stdout, "server").contains("NOPERM"), "{run}");
    assert!(!run.stdout.contains("pw@"), "no password on screen\n{run}");
    line(&run.stdout, "agents    4 agents");
    let v = Coordctl::bare()
        .args(["status", "--url", &url, "-o", "json"])
        .run()
        .json();
    assert!(
        v["server"]["problem"]
            .as_str()
            .unwrap()
            .starts_with("INFO: NOPERM")
    );
    assert_eq!(v["server"]["version"], serde_json::Value::Null);
    assert!(
        v["server"]["keys"].as_u64().unwrap() > 0,
        "DBSIZE is not dangerous"
    );
    assert_eq!(v["server"]["address"], url.replace(":pw@", "@"));
}

#[test]
fn a_stopped_server_exits_4() {
    let mut s = RedisServer::start();
    s.kill();
    coordctl(&s, ["status"])
        .code(4)
        .stderr_has("cannot connect to")
        .stderr_has("hint:");
}

/// What a person sees: the same screen under a pseudo-terminal 80 columns wide, in colour.
#[test]
fn on_an_80_column_terminal_every_line_fits() {
    let s = RedisServer::start();
    seed(&s);
    let long = "an-agent-whose-name-goes-on-and-on-well-past-any-sensible-length-0123456789";
    agent(&s, &format!("agent:status:{long}"), "failed", long, 5);
    lpush(
        &s,
        "errors:tasks:log",
        &[task_failure("t", "a", long, "m", 5).as_bytes()],
    );
    let out = Command::new("script")
        .args([
            "-qec",
            &format!("stty cols 80 rows 60; {} status", bin()),
            "/dev/null",
        ])
        .env("REDIS_URL", s.url())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("running `script` (util-linux) for a pseudo-terminal");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains('\x1b'), "colour on a terminal\n{screen}");
    let plain = strip_ansi(&screen);
    assert!(plain.contains("agents    5 agents"), "{plain}");
    assert!(plain.contains('…'), "long cells are cut\n{plain}");
    for l in plain.lines() {
        assert!(
            l.trim_end_matches('\r').chars().count() <= 80,
            "{l:?}\n{plain}"
        );
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
