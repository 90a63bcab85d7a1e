//! Connections: a server killed and restarted mid-tail, a server that hangs, and every way
//! of reaching Redis that the other commands support.

use super::{Tail, publish, publish_on, wait_gone_on, wait_subscribed, wait_subscribed_on};
use crate::support::server::free_port;
use crate::support::{Coordctl, RedisServer, ServerOptions, coordctl};

#[test]
fn a_restarted_server_is_rejoined_and_the_gap_reported() {
    let mut s = RedisServer::start();
    let mut tail = Tail::start(&s, &["watch", "-o", "jsonl", "--count", "2"]);
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"taskId":"before"}"#);
    tail.wait_stdout("before");

    s.restart();
    // The gap record comes once the watch is subscribed again.
    tail.wait_stdout(r#""type":"gap""#);
    assert_eq!(publish(&s, "events:a", r#"{"taskId":"after"}"#), 1);
    let run = tail.finish();
    run.ok()
        .stderr_has("lost the connection to redis://127.0.0.1");
    // A quiet connection that closed is no sign of a full output buffer.
    assert!(!run.stderr.contains("hint:"), "{run}");
    let records = run.jsonl();
    assert_eq!(records.len(), 3, "{run}");
    assert_eq!(records[0]["message"]["taskId"], "before");
    assert_eq!(records[2]["message"]["taskId"], "after");
    let gap = &records[1];
    assert_eq!(gap["type"], "gap");
    assert_eq!(gap["reason"], "the server closed the connection");
    assert_eq!(gap["mid_stream"], false);
    assert!(gap["reconnect_attempts"].as_u64().unwrap() >= 1, "{gap}");
    assert!(gap["seconds"].as_f64().unwrap() >= 0.0, "{gap}");
    let (from, to) = (gap["from"].as_str().unwrap(), gap["to"].as_str().unwrap());
    assert!(from <= to, "{gap}");
    assert!(records[0]["received_at"].as_str().unwrap() <= from, "{run}");
    assert!(to <= records[2]["received_at"].as_str().unwrap(), "{run}");
}

#[test]
fn the_table_marks_the_gap_with_a_line() {
    let mut s = RedisServer::start();
    let mut tail = Tail::start(&s, &["watch", "--count", "1"]);
    wait_subscribed(&s, 0, 1);
    s.restart();
    tail.wait_stdout("-- no connection for");
    publish(&s, "events:a", r#"{"taskId":"after"}"#);
    let run = tail.finish();
    run.ok()
        .stdout_has("(the server closed the connection); reconnected, messages published meanwhile were missed --")
        .stdout_has("task=after");
}

#[test]
fn a_hung_server_is_found_by_ping_and_replaced() {
    let s = RedisServer::start();
    let mut tail = Tail::start(
        &s,
        &[
            "watch",
            "-o",
            "jsonl",
            "--count",
            "1",
            "--ping-interval",
            "200ms",
            "--connect-timeout",
            "1s",
        ],
    );
    wait_subscribed(&s, 0, 1);
    s.pause();
    tail.wait_stderr("no reply to PING within 200ms");
    s.resume();
    let gap = tail.wait_stdout(r#""type":"gap""#);
    assert!(
        gap.contains(r#""reason":"no reply to PING within 200ms""#),
        "{gap}"
    );
    assert_eq!(publish(&s, "events:a", r#"{"taskId":"after"}"#), 1);
    let run = tail.finish();
    assert_eq!(
        run.ok().jsonl().last().unwrap()["message"]["taskId"],
        "after"
    );
}

#[test]
fn a_watch_that_ends_while_disconnected_says_so() {
    let mut s = RedisServer::start();
    let mut tail = Tail::start(&s, &["watch", "-o", "jsonl", "--timeout", "3s"]);
    wait_subscribed(&s, 0, 1);
    s.kill();
    tail.wait_stderr("lost the connection");
    let run = tail.finish();
    run.ok()
        .stderr_has("1 gap (")
        .stderr_has("still disconnected");
    let gap = &run.jsonl()[0];
    assert_eq!(gap["type"], "gap");
    assert_eq!(gap["to"], serde_json::Value::Null);
}

#[test]
fn an_unreachable_server_exits_4() {
    let url = format!("redis://127.0.0.1:{}", free_port());
    let run = Coordctl::bare().args(["watch", "--url", &url]).run();
    run.code(4)
        .stderr_has("cannot connect to redis://127.0.0.1")
        .stderr_has("hint:");
}

#[test]
fn passwords_are_used_and_never_printed() {
    let s = RedisServer::with_args(&["--requirepass", "right-horse"]);
    let run = coordctl(&s, ["watch"]);
    run.code(4).stderr_has("requires a password");

    let run = Coordctl::on(&s)
        .args(["watch"])
        .env("REDIS_PASSWORD", "wrong-battery")
        .run();
    run.code(4).stderr_has("authentication failed");
    assert!(!run.stderr.contains("wrong-battery"), "{run}");

    let tail = Tail::spawn(
        Coordctl::on(&s)
            .args(["watch", "-o", "jsonl", "--count", "1"])
            .env("REDIS_PWD", "right-horse"),
    );
    let mut admin = redis::Client::open(format!("redis://:right-horse@127.0.0.1:{}", s.port))
        .and_then(|c| c.get_connection())
        .expect("connecting with the password");
    wait_subscribed_on(&mut admin, 0, 1);
    publish_on(&mut admin, "events:a", "{}");
    tail.finish().ok();
}

#[test]
fn unix_socket() {
    let s = RedisServer::with(ServerOptions {
        unix_socket: true,
        ..ServerOptions::default()
    });
    let url = format!("redis+unix://{}", s.socket_path().display());
    let tail =
        Tail::spawn(Coordctl::bare().args(["watch", "--url", &url, "--count", "1", "-o", "jsonl"]));
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:a", r#"{"n":1}"#);
    assert_eq!(tail.finish().ok().jsonl()[0]["message"]["n"], 1);
}

#[test]
fn tls_with_a_private_ca_or_insecure() {
    let plain = free_port();
    let s = RedisServer::with(ServerOptions {
        tls: true,
        // A plain port too, for the test's own connection.
        args: vec!["--port".into(), plain.to_string()],
        ..ServerOptions::default()
    });
    let mut admin = redis::Client::open(format!("redis://127.0.0.1:{plain}"))
        .and_then(|c| c.get_connection())
        .expect("connecting to the plain port");
    let url = format!("rediss://127.0.0.1:{}", s.port);
    let ca = s.dir().join("ca.crt");
    let ca = ca.to_str().unwrap();

    for tls in [["--tls-ca-cert", ca], ["--tls-insecure", "--strict"]] {
        let tail = Tail::spawn(
            Coordctl::bare()
                .args(["watch", "--url", &url, "--count", "1", "-o", "jsonl"])
                .args(tls),
        );
        wait_subscribed_on(&mut admin, 0, 1);
        publish_on(&mut admin, "events:a", r#"{"n":1}"#);
        assert_eq!(tail.finish().ok().jsonl()[0]["message"]["n"], 1);
        wait_gone_on(&mut admin);
    }

    // Without the CA the certificate cannot be verified.
    let run = Coordctl::bare().args(["watch", "--url", &url]).run();
    run.code(4).stderr_has("TLS").stderr_has("--tls-ca-cert");
}

#[test]
fn a_user_without_channel_rights_is_told_why() {
    let s = RedisServer::start();
    let _: () = crate::support::redis(
        &s,
        &[
            "ACL",
            "SETUSER",
            "tasks-only",
            "on",
            ">pw",
            "+@all",
            "~*",
            "&events:tasks:*",
        ],
    );
    let url = format!("redis://tasks-only:pw@127.0.0.1:{}", s.port);
    let run = Coordctl::bare().args(["watch", "--url", &url]).run();
    run.code(1)
        .stderr_has("NOPERM")
        .stderr_has("subscribing on");
    assert!(!run.stderr.contains(":pw@"), "{run}");

    let tail = Tail::spawn(Coordctl::bare().args([
        "watch",
        "--url",
        &url,
        "events:tasks:*",
        "--count",
        "1",
    ]));
    wait_subscribed(&s, 0, 1);
    publish(&s, "events:tasks:completed", r#"{"taskId":"t"}"#);
    tail.finish().ok().stdout_has("task=t");
}

#[test]
fn a_subscriber_dropped_mid_stream_is_told_why_it_may_have_been() {
    // A small output buffer limit, so one big message gets the watch dropped.
    let s = RedisServer::with_args(&["--client-output-buffer-limit", "pubsub 128kb 0 0"]);
    let mut tail = Tail::start(&s, &["watch", "-o", "jsonl"]);
    wait_subscribed(&s, 0, 1);
    let chunk = "x".repeat(100 << 10);
    for _ in 0..12 {
        assert_eq!(publish(&s, "events:a", &chunk), 1);
    }
    publish(&s, "events:a", "y".repeat(200 << 10));
    tail.wait_stderr("lost the connection");
    tail.wait_stderr("hint: it closed mid-stream");
    let gap = tail.wait_stdout(r#""type":"gap""#);
    assert!(gap.contains(r#""mid_stream":true"#), "{gap}");
    assert!(
        s.log().contains("name=coordctl-watch"),
        "the server's log names the client it dropped"
    );
}
