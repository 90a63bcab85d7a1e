//! `metrics list`: keys split into kind, project and metric; bad lists marked; namespaces;
//! a server that is not there.

use super::{now_ms, point, push, series};
use crate::support::{Coordctl, RedisServer, coordctl, hset};

#[test]
fn list_splits_keys_and_shows_the_newest_point() {
    let s = RedisServer::start();
    series(&s, "metrics:training:proj-1:loss", 30, |i| {
        3.0 - i as f64 * 0.1
    });
    // Project ids may hold colons: the metric is the last segment, the kind the second.
    series(&s, "metrics:training:team:asr:v2:wer", 3, |i| {
        0.5 - i as f64 * 0.1
    });
    series(&s, "metrics:eval:proj-1:accuracy", 2, |_| 0.9);

    let run = coordctl(&s, ["metrics", "list", "-o", "json"]);
    let rows = run.ok().json();
    assert!(run.stderr.is_empty(), "{run}");
    assert_eq!(
        rows.as_array().unwrap().len(),
        2,
        "training only by default\n{run}"
    );
    let p1 = &rows[0];
    assert_eq!(p1["kind"], "training");
    assert_eq!(p1["project"], "proj-1");
    assert_eq!(p1["metric"], "loss");
    assert_eq!(p1["points"], 30);
    assert_eq!(p1["latest_step"], 290);
    assert!(
        (p1["latest_value"].as_f64().unwrap() - 0.1).abs() < 1e-9,
        "{p1}"
    );
    assert!(
        p1["updated_at"].as_str().unwrap().ends_with('Z'),
        "RFC 3339\n{p1}"
    );
    // The sparkline's values: the newest 12, oldest first.
    let recent = p1["recent"].as_array().unwrap();
    assert_eq!(recent.len(), 12);
    assert!(recent[0].as_f64() > recent[11].as_f64(), "{p1}");
    assert_eq!(rows[1]["project"], "team:asr:v2");
    assert_eq!(rows[1]["metric"], "wer");

    let all = coordctl(&s, ["metrics", "list", "--all-kinds", "-o", "json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 3);
    assert_eq!(all[0]["kind"], "eval");
    let eval = coordctl(&s, ["metrics", "list", "--kind", "eval", "-o", "jsonl"]);
    let eval = eval.ok().jsonl();
    assert_eq!(eval.len(), 1);
    assert_eq!(eval[0]["metric"], "accuracy");

    let table = coordctl(&s, ["metrics", "list"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert!(
        lines[0].starts_with("PROJECT") && lines[0].contains("RECENT"),
        "{table}"
    );
    assert!(
        lines[1].starts_with("proj-1") && lines[1].contains("1m ago"),
        "{table}"
    );
    // Falling loss: the sparkline runs from the top block down to the bottom one.
    assert!(
        lines[1].trim_end().ends_with('▁') && lines[1].contains('█'),
        "{table}"
    );
    assert!(lines[2].starts_with("team:asr:v2"), "{table}");
    let kinds = coordctl(&s, ["metrics", "list", "--all-kinds"]);
    assert!(kinds.ok().stdout.starts_with("KIND"), "{kinds}");
}

#[test]
fn list_marks_bad_lists_and_fails_only_under_strict() {
    let s = RedisServer::start();
    series(&s, "metrics:training:good:loss", 3, |i| i as f64);
    hset(&s, "metrics:training:ahash:loss", &[("loss", b"1")]);
    push(
        &s,
        "metrics:training:lonely",
        &[point(now_ms(), 1, "1", None).as_bytes()],
    );
    push(&s, "metrics:training:garbled:loss", &[b"{oops"]);
    push(
        &s,
        "metrics:training:badstep:loss",
        &[br#"{"timestamp":1764100000000,"step":"ten","loss":1}"#],
    );

    let run = coordctl(&s, ["metrics", "list", "-o", "json"]);
    run.ok()
        .stderr_has("4 of 5 metrics lists could not be read cleanly");
    let rows = run.json();
    let problem = |project: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["project"] == project)
            .unwrap_or_else(|| panic!("no row for {project}\n{run}"))["problem"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert!(problem("ahash").contains("key is a hash, not a list"));
    assert!(problem("lonely").contains("no metric"));
    assert!(problem("garbled").contains("not valid JSON"));
    assert!(problem("badstep").contains("step \"ten\" is not a number"));
    assert_eq!(problem("good"), "");

    let table = coordctl(&s, ["metrics", "list"]);
    table.ok().stdout_has("PROBLEM");
    coordctl(&s, ["metrics", "list", "--strict"])
        .code(1)
        .stderr_has("--strict: 4 of 5 metrics lists");
}

#[test]
fn namespace_applies_to_every_key() {
    let s = RedisServer::start();
    series(&s, "metrics:training:outside:loss", 2, |_| 1.0);
    series(&s, "staging:metrics:training:inside:loss", 2, |_| 1.0);
    let rows = coordctl(
        &s,
        ["metrics", "list", "--namespace", "staging", "-o", "json"],
    )
    .json();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(rows[0]["project"], "inside");
    assert_eq!(rows[0]["key"], "staging:metrics:training:inside:loss");
    coordctl(&s, ["metrics", "show", "inside", "--namespace", "staging"]).ok();
    coordctl(&s, ["metrics", "show", "outside", "--namespace", "staging"]).code(1);
}

#[test]
fn an_unreachable_server_exits_4() {
    let mut s = RedisServer::start();
    s.kill();
    Coordctl::on(&s)
        .args(["metrics", "list", "--connect-timeout", "2s"])
        .run()
        .code(4)
        .stderr_has("hint:");
}
