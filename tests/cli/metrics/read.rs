//! `metrics list`, `show` and `avg` over what agents leave behind, bad data included.

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
    // The sparkline's values: the newest 20, oldest first.
    let recent = p1["recent"].as_array().unwrap();
    assert_eq!(recent.len(), 20);
    assert!(recent[0].as_f64() > recent[19].as_f64(), "{p1}");
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
fn show_prints_null_loss_and_a_missing_learning_rate_as_such() {
    let s = RedisServer::start();
    let now = now_ms();
    push(
        &s,
        "metrics:training:p:loss",
        &[
            point(now - 3000, 100, "0.5", Some("0.001")).as_bytes(),
            point(now - 2000, 110, "null", Some("0.001")).as_bytes(),
            point(now - 1000, 120, "0.25", None).as_bytes(),
        ],
    );
    let run = coordctl(&s, ["metrics", "show", "p"]);
    let lines: Vec<&str> = run.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{run}");
    assert!(
        lines[0].contains("STEP") && lines[0].contains("LEARNING RATE"),
        "{run}"
    );
    let cols = |l: &str| l.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(cols(lines[1])[..4], ["0", "120", "0.25", "-"], "{run}");
    assert_eq!(cols(lines[2])[..4], ["1", "110", "null", "0.001"], "{run}");
    assert_eq!(cols(lines[3])[..4], ["2", "100", "0.5", "0.001"], "{run}");
    assert!(
        run.stderr.is_empty(),
        "null and absent are not problems\n{run}"
    );

    let rows = coordctl(&s, ["metrics", "show", "p", "--limit", "2", "-o", "json"]).json();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert_eq!(rows[0]["index"], 0);
    assert_eq!(rows[0]["step"], 120);
    assert!(
        rows[0].get("learning_rate").is_none(),
        "absent stays absent\n{rows}"
    );
    assert_eq!(rows[1]["loss"], serde_json::Value::Null);
    assert!(
        rows[1]["timestamp"].as_str().unwrap().ends_with('Z'),
        "{rows}"
    );
}

#[test]
fn show_marks_unparseable_points_and_strict_fails() {
    let s = RedisServer::start();
    push(
        &s,
        "metrics:training:p:loss",
        &[
            point(now_ms(), 1, "1", None).as_bytes(),
            b"{oops",
            b"\xff\xfe",
            br#"{"timestamp":1764100000000,"step":"two","loss":"high"}"#,
            b"[1,2]",
        ],
    );
    let run = coordctl(&s, ["metrics", "show", "p", "-o", "json"]);
    run.ok()
        .stderr_has("4 of 5 points could not be read cleanly");
    let rows = run.json();
    assert!(
        rows[0]["problem"]
            .as_str()
            .unwrap()
            .contains("not an object")
    );
    assert!(
        rows[1]["problem"]
            .as_str()
            .unwrap()
            .contains("step \"two\" is not a number")
    );
    assert!(
        rows[1]["problem"]
            .as_str()
            .unwrap()
            .contains("loss \"high\" is not a number")
    );
    assert_eq!(rows[2]["raw"], "\\xff\\xfe");
    assert!(rows[2]["problem"].as_str().unwrap().contains("not UTF-8"));
    assert_eq!(rows[3]["raw"], "{oops");
    assert!(rows[4].get("problem").is_none(), "{rows}");

    let table = coordctl(&s, ["metrics", "show", "p"]);
    table.ok().stdout_has("PROBLEM").stdout_has("{oops");
    coordctl(&s, ["metrics", "show", "p", "--strict"])
        .code(1)
        .stderr_has("--strict: 4 of 5 points");
}

#[test]
fn show_names_the_key_when_it_is_missing_or_not_a_list() {
    let s = RedisServer::start();
    coordctl(&s, ["metrics", "show", "nope"])
        .code(1)
        .stderr_has("no metrics list \"metrics:training:nope:loss\"")
        .stderr_has("hint:");
    hset(&s, "metrics:training:h:loss", &[("a", b"b")]);
    coordctl(&s, ["metrics", "show", "h"])
        .code(1)
        .stderr_has("metrics:training:h:loss is a hash, not a list");
    coordctl(&s, ["metrics", "show", "p", "--metric", "a:b"])
        .code(2)
        .stderr_has("contain no ':'");
}

#[test]
fn show_streams_a_long_list_page_by_page() {
    let s = RedisServer::start();
    // An untrimmed list: a writer that never called LTRIM.
    series(&s, "metrics:training:big:loss", 5000, |i| i as f64);
    let rows = coordctl(
        &s,
        ["metrics", "show", "big", "--limit", "0", "-o", "jsonl"],
    );
    let rows = rows.ok().jsonl();
    assert_eq!(rows.len(), 5000);
    assert_eq!(rows[0]["step"], 49_990, "newest first");
    assert_eq!(rows[4999]["index"], 4999);
    assert_eq!(rows[4999]["step"], 0);
    let default = coordctl(&s, ["metrics", "show", "big", "-o", "json"]).json();
    assert_eq!(
        default.as_array().unwrap().len(),
        100,
        "the seed's getRecentMetrics limit"
    );
}

#[test]
fn avg_skips_nulls_and_non_numbers_instead_of_averaging_them() {
    let s = RedisServer::start();
    let now = now_ms();
    let older: Vec<String> = (0..20).map(|i| point(now, i, "100", None)).collect();
    let mut entries: Vec<&[u8]> = older.iter().map(|e| e.as_bytes()).collect();
    // The newest five, oldest first: 1, 2, null, "x", 4.
    let newest = [
        point(now, 20, "1", None),
        point(now, 21, "2", None),
        point(now, 22, "null", None),
        point(now, 23, "\"x\"", None),
        point(now, 24, "4", None),
    ];
    entries.extend(newest.iter().map(|e| e.as_bytes()));
    push(&s, "metrics:training:p:loss", &entries);

    let run = coordctl(&s, ["metrics", "avg", "p", "--window", "5", "-o", "json"]);
    let v = run.ok().json();
    assert!(
        (v["average"].as_f64().unwrap() - 7.0 / 3.0).abs() < 1e-12,
        "{run}"
    );
    assert_eq!(v["points"], 5);
    assert_eq!(v["used"], 3);
    assert_eq!(v["skipped_null"], 1);
    assert_eq!(v["skipped_non_numeric"], 1);
    assert_eq!(v["from_step"], 20);
    assert_eq!(v["to_step"], 24);
    run.stderr_has("1 problem in this entry");
    coordctl(&s, ["metrics", "avg", "p", "--window", "5", "--strict"]).code(1);

    // The default window is 10.
    let v = coordctl(&s, ["metrics", "avg", "p", "-o", "json"]).json();
    assert_eq!(v["window"], 10);
    assert!(
        (v["average"].as_f64().unwrap() - (500.0 + 7.0) / 8.0).abs() < 1e-12,
        "{v}"
    );

    let table = coordctl(&s, ["metrics", "avg", "p", "--window", "5"]);
    table
        .ok()
        .stdout_has("2.33333")
        .stdout_has("3 used of the newest 5")
        .stdout_has("1 null or missing, 1 not a number");
}

#[test]
fn avg_of_another_field_and_hints_when_nothing_is_numeric() {
    let s = RedisServer::start();
    series(&s, "metrics:training:p:loss", 4, |i| i as f64);
    series(&s, "metrics:training:p:wer", 4, |_| 0.2);
    // A clean window is the seed's plain mean: the newest two losses are 3 and 2.
    let v = coordctl(&s, ["metrics", "avg", "p", "--window", "2", "-o", "json"]).json();
    assert_eq!(v["average"], 2.5);
    let v = coordctl(
        &s,
        [
            "metrics",
            "avg",
            "p",
            "--field",
            "learning_rate",
            "-o",
            "json",
        ],
    )
    .json();
    assert!(
        (v["average"].as_f64().unwrap() - 0.0001).abs() < 1e-15,
        "{v}"
    );
    assert_eq!(v["field"], "learning_rate");
    coordctl(&s, ["metrics", "avg", "p", "--field", "wer"])
        .code(1)
        .stderr_has("no numeric wer in the newest 4 points of metrics:training:p:loss")
        .stderr_has("add --metric wer");
    coordctl(&s, ["metrics", "avg", "p", "--field", "accuracy"])
        .code(1)
        .stderr_has("numeric fields in these points: learning_rate, loss");
    coordctl(&s, ["metrics", "avg", "p", "--window", "0"]).code(2);
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
