//! `metrics record`: the seed's JSON byte for byte, LPUSH + LTRIM as one transaction, and the
//! seed's progress event only after the point is stored.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{now_ms, series};
use crate::support::{Coordctl, RedisServer, coordctl, hset, redis};

fn subscribe<'a>(conn: &'a mut redis::Connection, channel: &str) -> redis::PubSub<'a> {
    let mut sub = conn.as_pubsub();
    sub.subscribe(channel).unwrap();
    sub.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    sub
}

fn next_message(sub: &mut redis::PubSub<'_>) -> String {
    sub.get_message()
        .expect("a message within 5s")
        .get_payload()
        .unwrap()
}

/// The timestamp the seed wrote (`Date.now()`), checked to be about now, and the rest.
fn split_timestamp(entry: &str) -> (i64, String) {
    let rest = entry
        .strip_prefix(r#"{"timestamp":"#)
        .unwrap_or_else(|| panic!("{entry}"));
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let ts: i64 = digits.parse().unwrap();
    assert!((now_ms() - ts).abs() < 60_000, "{entry}");
    (ts, rest[digits.len()..].to_string())
}

#[test]
fn record_writes_what_the_seeds_record_training_metric_writes() {
    let s = RedisServer::start();
    let run = coordctl(
        &s,
        [
            "metrics",
            "record",
            "proj-1",
            "--step",
            "1200",
            "--loss",
            "0.43",
            "--learning-rate",
            "1e-4",
        ],
    );
    run.ok()
        .stdout_has("recorded step 1200 in metrics:training:proj-1:loss (1 point)");
    coordctl(
        &s,
        [
            "metrics", "record", "proj-1", "--step", "1201", "--loss", "2",
        ],
    )
    .ok();
    coordctl(
        &s,
        [
            "metrics", "record", "proj-1", "--step", "1202", "--loss", "NaN",
        ],
    )
    .ok();
    coordctl(
        &s,
        [
            "metrics", "record", "proj-1", "--step", "1203", "--loss", "-1e-7",
        ],
    )
    .ok();
    let list: Vec<String> = redis(&s, &["LRANGE", "metrics:training:proj-1:loss", "0", "-1"]);
    let rest: Vec<String> = list.iter().map(|e| split_timestamp(e).1).collect();
    // JSON.stringify: key order, `1e-7`/`2` not `1e-07`/`2.0`, NaN as null, undefined left out.
    assert_eq!(
        rest,
        [
            r#","step":1203,"loss":-1e-7}"#,
            r#","step":1202,"loss":null}"#,
            r#","step":1201,"loss":2}"#,
            r#","step":1200,"loss":0.43,"learning_rate":0.0001}"#,
        ]
    );
    // And coordctl reads it back as the seed's data.
    let rows = coordctl(&s, ["metrics", "show", "proj-1", "-o", "json"]).json();
    assert_eq!(rows[1]["loss"], serde_json::Value::Null);
    assert_eq!(rows[3]["learning_rate"], 0.0001);
}

#[test]
fn record_keeps_the_newest_1000_points_even_with_concurrent_writers() {
    let s = RedisServer::start();
    series(&s, "metrics:training:p:loss", 1000, |i| i as f64);
    // Four writers of 25 points each, while we watch LLEN: LPUSH and LTRIM in one
    // transaction means nobody ever sees 1,001 points.
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let script = (0..25)
                .map(|i| {
                    format!(
                        "{} metrics record p --step {} --loss 0.5 || exit 1",
                        crate::support::bin(),
                        100_000 + w * 100 + i
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            Command::new("sh")
                .args(["-c", &script])
                .env("REDIS_URL", s.url())
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut conn = s.conn();
    let mut seen_max = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut writers = writers;
    while !writers.is_empty() {
        let n: i64 = redis::cmd("LLEN")
            .arg("metrics:training:p:loss")
            .query(&mut conn)
            .unwrap();
        seen_max = seen_max.max(n);
        writers.retain_mut(|c| match c.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "a writer failed");
                false
            }
            None => true,
        });
        assert!(Instant::now() < deadline, "writers did not finish");
    }
    assert_eq!(seen_max, 1000, "the list went over its bound");
    let newest: Vec<String> = redis(&s, &["LRANGE", "metrics:training:p:loss", "0", "99"]);
    let mut steps: Vec<i64> = newest
        .iter()
        .map(|e| {
            serde_json::from_str::<serde_json::Value>(e).unwrap()["step"]
                .as_i64()
                .unwrap()
        })
        .collect();
    steps.sort();
    let expected: Vec<i64> = (0..4)
        .flat_map(|w| (0..25).map(move |i| 100_000 + w * 100 + i))
        .collect();
    assert_eq!(
        steps, expected,
        "every recorded point is among the newest 100"
    );
    assert_eq!(redis::<i64>(&s, &["LLEN", "metrics:training:p:loss"]), 1000);
}

#[test]
fn publish_sends_the_seeds_progress_message() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn, "events:training:progress");
    let run = coordctl(
        &s,
        [
            "metrics",
            "record",
            "team:asr",
            "--step",
            "5",
            "--loss",
            "0.5",
            "--wer",
            "0.2",
            "--publish",
            "-o",
            "json",
        ],
    );
    let v = run.ok().json();
    assert_eq!(v["published_to"], 1);
    assert_eq!(v["points"], 1);
    assert_eq!(v["key"], "metrics:training:team:asr:loss");
    let msg = next_message(&mut sub);
    // publishTrainingMetrics: no `type`, wer as given, an ISO timestamp, in this order.
    let prefix = r#"{"projectId":"team:asr","step":5,"loss":0.5,"wer":0.2,"timestamp":""#;
    assert!(msg.starts_with(prefix), "{msg}");
    let ts = msg[prefix.len()..].trim_end_matches("\"}");
    assert!(chrono::DateTime::parse_from_rfc3339(ts).is_ok(), "{msg}");
    assert_eq!(ts.len(), 24, "toISOString() shape\n{msg}");

    // Without --publish nothing is sent: the next message is our own marker.
    coordctl(
        &s,
        [
            "metrics", "record", "team:asr", "--step", "6", "--loss", "1",
        ],
    )
    .ok();
    redis::<i64>(&s, &["PUBLISH", "events:training:progress", "marker"]);
    assert_eq!(next_message(&mut sub), "marker");
    coordctl(
        &s,
        [
            "metrics", "record", "x", "--step", "1", "--loss", "1", "--wer", "1",
        ],
    )
    .code(2)
    .stderr_has("--publish");
}

#[test]
fn record_on_a_key_of_another_type_changes_and_publishes_nothing() {
    let s = RedisServer::start();
    hset(&s, "metrics:training:h:loss", &[("a", b"b")]);
    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn, "events:training:progress");
    coordctl(
        &s,
        [
            "metrics",
            "record",
            "h",
            "--step",
            "1",
            "--loss",
            "1",
            "--publish",
        ],
    )
    .code(1)
    .stderr_has("metrics:training:h:loss is a hash, not a list");
    assert_eq!(
        redis::<String>(&s, &["HGET", "metrics:training:h:loss", "a"]),
        "b"
    );
    redis::<i64>(&s, &["PUBLISH", "events:training:progress", "marker"]);
    assert_eq!(next_message(&mut sub), "marker");
}

#[test]
fn record_respects_read_only_dry_run_and_namespace() {
    let s = RedisServer::start();
    let args = [
        "metrics",
        "record",
        "p",
        "--step",
        "1",
        "--loss",
        "1",
        "--publish",
    ];
    coordctl(&s, [&args[..], &["--read-only"]].concat())
        .code(2)
        .stderr_has("read-only mode");
    let run = coordctl(&s, [&args[..], &["--dry-run"]].concat());
    run.ok()
        .stdout_has("dry run: would record step 1 of p")
        .stdout_has(r#"LPUSH metrics:training:p:loss {"timestamp":"#)
        .stdout_has("LTRIM metrics:training:p:loss 0 999")
        .stdout_has(
            r#"PUBLISH events:training:progress {"projectId":"p","step":1,"loss":1,"timestamp":"#,
        );
    assert_eq!(redis::<i64>(&s, &["EXISTS", "metrics:training:p:loss"]), 0);

    let mut conn = s.conn();
    let mut sub = subscribe(&mut conn, "staging:events:training:progress");
    Coordctl::on(&s)
        .args(args)
        .env("COORDCTL_NAMESPACE", "staging")
        .run()
        .ok();
    assert_eq!(
        redis::<i64>(&s, &["LLEN", "staging:metrics:training:p:loss"]),
        1
    );
    assert!(next_message(&mut sub).contains(r#""projectId":"p""#));
    assert_eq!(redis::<i64>(&s, &["EXISTS", "metrics:training:p:loss"]), 0);
}
