//! `metrics show`: points as written, null and absent kept apart, bad entries marked, long
//! lists streamed.

use super::{now_ms, point, push, series};
use crate::support::{RedisServer, coordctl, hset};

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

    // -o json streams too, and is exactly the one pretty document it would have printed.
    let run = coordctl(&s, ["metrics", "show", "big", "--limit", "0", "-o", "json"]);
    let doc = run.ok().json();
    assert_eq!(
        run.stdout,
        serde_json::to_string_pretty(&doc).unwrap() + "\n"
    );
    assert_eq!(doc, serde_json::Value::Array(rows));
}
