//! `errors top` and `errors signatures`, and the round trip from `errors record`.

use super::column;
use crate::support::{RedisServer, coordctl, hset, redis};

#[test]
fn top_is_highest_first_with_invalid_counters_kept() {
    let s = RedisServer::start();
    hset(
        &s,
        "errors:counters",
        &[
            ("TimeoutError", b"12"),
            ("OOMError", b"3"),
            ("ValidationError", b"12"),
            ("MCPError", b"NaN"),
        ],
    );
    let _: i64 = redis::cmd("HSET")
        .arg("errors:counters")
        .arg(&b"Weird\xff"[..])
        .arg(1)
        .query(&mut s.conn())
        .unwrap();
    let run = coordctl(&s, ["errors", "top", "-o", "json"]);
    let rows = run.ok().json();
    assert_eq!(
        column(&rows, "name"),
        [
            "TimeoutError",
            "ValidationError",
            "OOMError",
            "Weird\\xff",
            "MCPError"
        ]
    );
    assert_eq!(column(&rows, "count"), ["12", "12", "3", "1", "-"]);
    assert_eq!(rows[4]["raw"], "NaN");
    assert_eq!(rows[4]["problem"], "count \"NaN\" is not an integer");
    assert_eq!(rows[3]["problem"], "name is not UTF-8");
    assert!(rows[0].get("raw").is_none());
    run.stderr_has("2 of 5 error counters could not be read cleanly");
    coordctl(&s, ["errors", "top", "--strict"]).code(1);

    let table = coordctl(&s, ["errors", "top", "--color", "never"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert!(
        lines[1].starts_with("TimeoutError") && lines[1].contains(&"█".repeat(24)),
        "{table}"
    );
    assert!(
        lines[3].contains("OOMError") && lines[3].contains("██████ "),
        "{table}"
    );
    assert!(
        lines[5].contains("NaN") && lines[5].contains("invalid"),
        "{table}"
    );

    let rows = coordctl(&s, ["errors", "top", "--limit", "2", "-o", "json"]).json();
    assert_eq!(column(&rows, "name"), ["TimeoutError", "ValidationError"]);
}

#[test]
fn signatures_list_match_and_filter_by_name() {
    let s = RedisServer::start();
    let _: i64 = redis(
        &s,
        &[
            "SADD",
            "errors:unique_signatures",
            "TimeoutError:took Ns",
            "TimeoutError:Batch N of N",
            "OOMError:CUDA out of memory",
            "Odd[1]*:x",
        ],
    );
    let rows = coordctl(&s, ["errors", "signatures", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        column(&rows, "signature"),
        [
            "OOMError:CUDA out of memory",
            "Odd[1]*:x",
            "TimeoutError:Batch N of N",
            "TimeoutError:took Ns"
        ]
    );
    let rows = coordctl(
        &s,
        ["errors", "signatures", "--match", "*took*", "-o", "json"],
    )
    .json();
    assert_eq!(column(&rows, "signature"), ["TimeoutError:took Ns"]);
    // --name is literal: glob characters in an error name are escaped.
    let rows = coordctl(
        &s,
        ["errors", "signatures", "--name", "Odd[1]*", "-o", "json"],
    )
    .json();
    assert_eq!(column(&rows, "signature"), ["Odd[1]*:x"]);
    coordctl(&s, ["errors", "signatures", "--match", "x", "--name", "y"]).code(2);
}

#[test]
fn wrong_typed_keys_are_marked_rows() {
    let s = RedisServer::start();
    let _: () = redis(&s, &["SET", "errors:counters", "7"]);
    let _: i64 = redis(&s, &["LPUSH", "errors:unique_signatures", "x"]);
    coordctl(&s, ["errors", "top"])
        .ok()
        .stdout_has("errors:counters is a string, not a hash")
        .stderr_has("1 of 1 error counters");
    let rows = coordctl(&s, ["errors", "signatures", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        rows[0]["problem"],
        "errors:unique_signatures is a list, not a set"
    );
    coordctl(&s, ["errors", "signatures", "--strict"]).code(1);
}

/// What `errors record` writes, every reader reads back.
#[test]
fn round_trip_from_record_to_every_reader() {
    let s = RedisServer::start();
    for (task, name, message) in [
        ("t1", "TimeoutError", "took 30s"),
        ("t2", "TimeoutError", "took 45s"),
        ("t3", "OOMError", "CUDA out of memory at step 4200"),
    ] {
        coordctl(
            &s,
            [
                "errors",
                "record",
                "--task",
                task,
                "--project",
                "proj-1",
                "--agent",
                "trainer",
                "--name",
                name,
                "--message",
                message,
                "--code",
                "E1",
                "--severity",
                "high",
            ],
        )
        .ok();
    }
    let rows = coordctl(&s, ["errors", "top", "-o", "json"]).ok().json();
    assert_eq!(
        rows,
        serde_json::json!([
            {"name": "TimeoutError", "count": 2},
            {"name": "OOMError", "count": 1},
        ])
    );
    let rows = coordctl(&s, ["errors", "signatures", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        column(&rows, "signature"),
        [
            "OOMError:CUDA out of memory at step N",
            "TimeoutError:took Ns"
        ]
    );
    let rows = coordctl(&s, ["errors", "log", "-o", "json"]).ok().json();
    assert_eq!(column(&rows, "task_id"), ["t3", "t2", "t1"]);
    let r = &rows[0];
    assert_eq!(r["source"], "tasks");
    assert_eq!(r["type"], "task_failure");
    assert_eq!(r["project_id"], "proj-1");
    assert_eq!(r["agent"], "trainer");
    assert_eq!(r["severity"], "high");
    assert_eq!(r["recoverable"], false);
    assert_eq!(
        r["error"],
        serde_json::json!({"name": "OOMError", "message": "CUDA out of memory at step 4200", "code": "E1"})
    );
    assert!(r.get("problem").is_none(), "{r}");
    let v = coordctl(&s, ["errors", "show", "t2", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["fields"]["error_message"], "took 45s");
    assert_eq!(v["entries"][0]["error"]["message"], "took 45s");
}

/// Every pair in the seed's signature vectors, through the real binary and a real Redis:
/// what lands in the set is the seed's signature, byte for byte (U+FFFD for a cut pair).
#[test]
fn every_signature_vector_lands_in_the_set() {
    let s = RedisServer::start();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/signature-vectors.json"
    );
    let vectors: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut expected: Vec<Vec<u8>> = Vec::new();
    for v in &vectors {
        let (name, message) = (v["name"].as_str().unwrap(), v["message"].as_str().unwrap());
        let run = coordctl(
            &s,
            [
                "errors",
                "record",
                "--task",
                "t",
                "--project",
                "p",
                "--agent",
                "a",
                "--name",
                name,
                "--message",
                message,
            ],
        );
        run.ok();
        expected.push(v["signature"].as_str().unwrap().as_bytes().to_vec());
    }
    let mut got: Vec<Vec<u8>> = redis(&s, &["SMEMBERS", "errors:unique_signatures"]);
    got.sort();
    expected.sort();
    expected.dedup();
    assert_eq!(got, expected);
    assert!(
        got.iter().any(|g| g.ends_with("\u{FFFD}".as_bytes())),
        "the lone-surrogate cases are stored with U+FFFD"
    );
}
