//! `metrics avg`: the seed's moving average, with nulls and non-numbers skipped and counted.

use super::{now_ms, point, push, series};
use crate::support::{RedisServer, coordctl};

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
