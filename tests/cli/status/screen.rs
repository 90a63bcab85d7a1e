//! The screen and the JSON document, from a small system with something in every area.

use serde_json::{Value, json};

use super::{agent, line, lines, seed, words};
use crate::support::{RedisServer, coordctl};

#[test]
fn the_screen_shows_every_area() {
    let s = RedisServer::start();
    seed(&s);
    let run = coordctl(&s, ["status"]);
    run.ok();
    assert!(run.stderr.is_empty(), "{run}");
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour off a terminal\n{run}"
    );
    let out = &run.stdout;
    let server = line(out, "server    redis ");
    assert!(
        server.contains("memory ") && server.contains(" keys"),
        "{run}"
    );
    assert!(out.contains(&s.url()), "where the data came from\n{run}");

    assert_eq!(
        line(out, "agents"),
        "agents    4 agents  1 idle  2 busy  1 failed  1 stale (>10m)"
    );
    // Failed first, then the busy agent that went silent.
    let l = lines(out);
    let at = l.iter().position(|x| x.starts_with("agents")).unwrap();
    assert_eq!(words(l[at + 1]), "failed scorer task-9 2m ago");
    assert_eq!(words(l[at + 2]), "busy trainer-2 task-43 3h ago (stale)");

    assert_eq!(
        line(out, "breakers"),
        "breakers  3 breakers  1 open  1 half-open  1 closed"
    );
    assert_eq!(
        words(line(out, "          open")),
        "open agent:trainer-1 opened 1m ago half-open in 3m ttl 4m"
    );
    assert_eq!(
        words(line(out, "          half-open")),
        "half-open api:search opened 6m ago - no ttl"
    );

    assert!(
        line(out, "retry").starts_with("retry     3 queued  2 ready  1 waiting  next due in 9m"),
        "{run}"
    );
    let dlq = line(out, "dlq");
    assert!(
        dlq.starts_with("dlq       2 dead letters  oldest ") && dlq.ends_with(" ago"),
        "{run}"
    );

    assert_eq!(line(out, "errors"), "errors    5 in the last hour");
    let timeout = line(out, "          TimeoutError");
    assert!(
        timeout.contains(" 2  newest 3"),
        "the newest, 30 s ago\n{run}"
    );
    for name in ["OOMError", "nan_loss", "oom"] {
        assert!(out.contains(&format!("          {name} ")), "{name}\n{run}");
    }
    assert!(!out.contains("OldError"), "older than an hour\n{run}");

    assert_eq!(
        line(out, "cascade"),
        "cascade   CASCADE  3 event types in the last 5m"
    );
    assert!(
        line(out, "          task_failure").contains("tasks"),
        "{run}"
    );

    assert_eq!(line(out, "metrics"), "metrics   2 projects  2 lists");
    let l = lines(out);
    let at = l.iter().position(|x| x.starts_with("metrics")).unwrap();
    // Most recently written first.
    assert_eq!(words(l[at + 1]), "speech-de loss 0.2 step 40 1m ago");
    assert_eq!(words(l[at + 2]), "team:asr loss 0.875 step 700 3h ago");
}

#[test]
fn json_has_a_section_per_area() {
    let s = RedisServer::start();
    seed(&s);
    let run = coordctl(&s, ["status", "-o", "json"]);
    let v = run.ok().json();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "agents", "breakers", "cascade", "errors", "metrics", "problems", "retry", "server"
        ],
        "no checks without --check"
    );
    assert!(
        run.stdout.find("\"server\"") < run.stdout.find("\"agents\""),
        "areas in screen order\n{run}"
    );
    assert!(v["server"]["version"].as_str().is_some());
    assert!(v["server"]["used_memory_bytes"].as_u64().unwrap() > 0);
    assert_eq!(v["server"]["address"], s.url());
    assert_eq!(v["server"]["namespace"], Value::Null);

    let a = &v["agents"];
    assert_eq!(
        (
            &a["total"],
            &a["idle"],
            &a["busy"],
            &a["failed"],
            &a["stale"]
        ),
        (&json!(4), &json!(1), &json!(2), &json!(1), &json!(1))
    );
    assert_eq!(a["stale_after_seconds"], 600);
    assert_eq!(a["attention"][0]["agent"], "scorer");
    assert_eq!(a["attention"][0]["current_task"], "task-9");
    assert_eq!(a["attention"][1]["agent"], "trainer-2");
    assert_eq!(a["attention"][1]["stale"], true);
    assert_eq!(a["attention_more"], 0);

    let b = &v["breakers"];
    assert_eq!(
        (&b["open"], &b["half_open"], &b["closed"]),
        (&json!(1), &json!(1), &json!(1))
    );
    assert_eq!(b["open_due"], 0);
    assert_eq!(b["attention"][0]["component"], "agent:trainer-1");
    let due = b["attention"][0]["half_open_in_seconds"].as_i64().unwrap();
    assert!((180..=211).contains(&due), "{due}");
    assert!(
        b["attention"][0]["opened_at"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );

    let r = &v["retry"];
    assert_eq!(
        (&r["queue_length"], &r["ready"], &r["waiting"]),
        (&json!(3), &json!(2), &json!(1))
    );
    assert_eq!(r["dead_letters"], 2);
    assert_eq!(r["oldest_dead_letter"], "2026-11-20T10:00:00.000Z");

    let e = &v["errors"];
    assert_eq!(e["total"], 5);
    assert_eq!(e["window_seconds"], 3600);
    assert_eq!(
        e["by_name"][0],
        json!({"name": "TimeoutError", "count": 2, "newest": e["by_name"][0]["newest"]})
    );
    let names: Vec<&str> = e["by_name"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["TimeoutError", "OOMError", "nan_loss", "oom"]);

    let c = &v["cascade"];
    assert_eq!(c["cascade"], true);
    assert_eq!(
        c["error_counts"],
        json!({"task_failure": 1, "nan_loss": 1, "oom": 1})
    );
    assert_eq!(
        (&c["window_seconds"], &c["threshold"]),
        (&json!(300), &json!(3))
    );

    let m = &v["metrics"];
    assert_eq!((&m["lists"], &m["projects_total"]), (&json!(2), &json!(2)));
    let p = &m["projects"][0];
    assert_eq!(
        (&p["project"], &p["latest_step"]),
        (&json!("speech-de"), &json!(40))
    );
    assert_eq!(p["metrics"][0]["metric"], "loss");
    assert_eq!(p["metrics"][0]["latest_value"], 0.2);
    assert_eq!(p["metrics"][0]["points"], 5);
    assert!(p["age_seconds"].as_i64().unwrap() >= 59);
    assert_eq!(v["problems"], json!([]));

    // JSON lines: the same document on one line.
    let run = coordctl(&s, ["status", "-o", "jsonl"]);
    assert_eq!(run.ok().jsonl().len(), 1, "{run}");
}

#[test]
fn limit_caps_every_list_and_counts_the_rest() {
    let s = RedisServer::start();
    for i in 0..8 {
        agent(&s, &format!("agent:status:w{i}"), "failed", "t", 60 + i);
    }
    let run = coordctl(&s, ["status", "--limit", "3"]);
    let out = &run.ok().stdout;
    assert_eq!(
        out.lines().filter(|l| l.contains("failed  w")).count(),
        3,
        "{run}"
    );
    assert!(
        out.contains("… 5 more: coordctl agents list --status failed, --stale 10m"),
        "{run}"
    );
    // Newest failure first.
    assert!(line(out, "          failed").contains("w0"), "{run}");
    let v = coordctl(&s, ["status", "--limit", "2", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["agents"]["attention"].as_array().unwrap().len(), 2);
    assert_eq!(v["agents"]["attention_more"], 6);
}
