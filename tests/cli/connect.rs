//! Finding the server: URLs, the seed's environment variables, TLS, and every way of not
//! getting there (each one line, with the address and a hint, exit 4).

use std::net::TcpListener;

use crate::support::server::free_port;
use crate::support::{Coordctl, RedisServer, ServerOptions, hset};

fn one_agent(s: &RedisServer) {
    hset(
        s,
        "agent:status:a",
        &[
            ("status", b"idle"),
            ("updated_at", b"2026-01-01T00:00:00.000Z"),
        ],
    );
}

#[track_caller]
fn assert_one_error_line(run: &crate::support::Run) {
    let errors = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error:"))
        .count();
    assert_eq!(errors, 1, "{run}");
    assert!(run.stderr.contains("hint:"), "{run}");
    assert!(!run.stderr.contains("panicked"), "{run}");
}

#[test]
fn refused_connection_names_the_address() {
    let port = free_port();
    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "--url",
            &format!("redis://127.0.0.1:{port}"),
        ])
        .run();
    run.code(4)
        .stderr_has(&format!("cannot connect to redis://127.0.0.1:{port}"))
        .stderr_has("Connection refused")
        .stderr_has("is redis-server running");
    assert_one_error_line(&run);
}

#[test]
fn unknown_host() {
    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "--url",
            "redis://no-such-host.invalid:6390",
        ])
        .run();
    run.code(4)
        .stderr_has("no-such-host.invalid:6390")
        .stderr_has("check the host");
    assert_one_error_line(&run);
}

#[test]
fn a_server_that_never_answers_times_out() {
    // Accepts the TCP connection, then says nothing.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "--connect-timeout",
            "500ms",
            "--command-timeout",
            "500ms",
        ])
        .args(["--url", &format!("127.0.0.1:{port}")])
        .run();
    run.code(4)
        .stderr_has(&format!("127.0.0.1:{port}"))
        .stderr_has("no answer");
    assert_one_error_line(&run);
    drop(listener);
}

#[test]
fn wrong_password_is_rejected_and_never_printed() {
    let s = RedisServer::with_args(&["--requirepass", "right-horse"]);
    let run = Coordctl::bare()
        .args(["agents", "list"])
        .env(
            "REDIS_URL",
            format!("redis://:wrong-battery@127.0.0.1:{}", s.port),
        )
        .run();
    run.code(4)
        .stderr_has("authentication failed")
        .stderr_has("REDIS_PASSWORD");
    assert!(!run.stderr.contains("wrong-battery"), "{run}");
    assert_one_error_line(&run);

    let run = Coordctl::on(&s)
        .args(["agents", "list"])
        .env("REDIS_PASSWORD", "wrong-battery")
        .run();
    run.code(4).stderr_has("authentication failed");
    assert!(!run.stderr.contains("wrong-battery"), "{run}");
}

#[test]
fn missing_password_says_so() {
    let s = RedisServer::with_args(&["--requirepass", "right-horse"]);
    let run = Coordctl::on(&s).args(["agents", "list"]).run();
    run.code(4)
        .stderr_has("requires a password")
        .stderr_has("REDIS_PASSWORD");
    assert_one_error_line(&run);
}

#[test]
fn password_from_the_seed_and_mcp_variables() {
    let s = RedisServer::with_args(&["--requirepass", "right-horse"]);
    let mut conn = redis::Client::open(format!("redis://:right-horse@127.0.0.1:{}", s.port))
        .unwrap()
        .get_connection()
        .unwrap();
    let _: () = redis::cmd("HSET")
        .arg("agent:status:a")
        .arg("status")
        .arg("idle")
        .query(&mut conn)
        .unwrap();
    for var in ["REDIS_PASSWORD", "REDIS_PWD"] {
        let run = Coordctl::on(&s)
            .args(["agents", "available"])
            .env(var, "right-horse")
            .run();
        assert_eq!(run.ok().stdout, "a\n", "{var}");
    }
}

#[test]
fn host_and_port_from_the_seed_variables() {
    let s = RedisServer::start();
    one_agent(&s);
    let run = Coordctl::bare()
        .args(["agents", "available"])
        .env("REDIS_HOST", "127.0.0.1")
        .env("REDIS_PORT", s.port.to_string())
        .run();
    assert_eq!(run.ok().stdout, "a\n");
}

#[test]
fn bare_host_port_and_redis_db() {
    let s = RedisServer::start();
    let mut conn = s.conn();
    let _: () = redis::cmd("SELECT").arg(3).query(&mut conn).unwrap();
    let _: () = redis::cmd("HSET")
        .arg("agent:status:in-db3")
        .arg("status")
        .arg("idle")
        .query(&mut conn)
        .unwrap();
    let bare = format!("127.0.0.1:{}", s.port);
    let run = Coordctl::bare()
        .args(["agents", "available", "--url", &bare])
        .env("REDIS_DB", "3")
        .run();
    assert_eq!(run.ok().stdout, "in-db3\n");
    let run = Coordctl::bare()
        .args(["agents", "available", "--url", &bare])
        .run();
    assert_eq!(run.ok().stdout, "");
}

#[test]
fn unix_socket_url() {
    let s = RedisServer::with(ServerOptions {
        unix_socket: true,
        ..ServerOptions::default()
    });
    one_agent(&s);
    let url = format!("redis+unix://{}", s.socket_path().display());
    let run = Coordctl::bare()
        .args(["agents", "available", "--url", &url])
        .run();
    assert_eq!(run.ok().stdout, "a\n");
}

#[test]
fn tls_with_a_private_ca() {
    let s = RedisServer::with(ServerOptions {
        tls: true,
        ..ServerOptions::default()
    });
    let url = format!("rediss://127.0.0.1:{}", s.port);
    let ca = s.dir().join("ca.crt");

    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "-o",
            "json",
            "--url",
            &url,
            "--tls-ca-cert",
        ])
        .args([&ca])
        .run();
    assert_eq!(run.ok().json(), serde_json::json!([]));

    // Without the CA the certificate cannot be verified.
    let run = Coordctl::bare()
        .args(["agents", "list", "--url", &url])
        .run();
    run.code(4).stderr_has("TLS").stderr_has("--tls-ca-cert");
    assert_one_error_line(&run);

    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "-o",
            "json",
            "--url",
            &url,
            "--tls-insecure",
        ])
        .run();
    assert_eq!(run.ok().json(), serde_json::json!([]));

    // Plain text to a TLS port fails cleanly too.
    let run = Coordctl::bare()
        .args([
            "agents",
            "list",
            "--connect-timeout",
            "2s",
            "--url",
            &format!("redis://127.0.0.1:{}", s.port),
        ])
        .run();
    run.code(4);
    assert_one_error_line(&run);
}

#[test]
fn a_bad_url_is_a_usage_error() {
    let run = Coordctl::bare()
        .args(["agents", "list", "--url", "redis://u:hunter2@h:1/notadb"])
        .run();
    run.code(2);
    assert!(!run.stderr.contains("hunter2"), "{run}");
    let run = Coordctl::bare()
        .args(["agents", "list", "--url", "redis://h:1", "--tls-insecure"])
        .run();
    run.code(2).stderr_has("rediss://");
}
