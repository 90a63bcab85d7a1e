//! The switches that make it safe to point coordctl at production: --read-only, --dry-run,
//! --yes and the prompt, --namespace.

use std::process::Command;

use crate::support::{Coordctl, RedisServer, bin, coordctl, hset, redis};

fn agent(s: &RedisServer, name: &str) {
    hset(
        s,
        &format!("agent:status:{name}"),
        &[
            ("status", b"idle"),
            ("updated_at", b"2026-01-01T00:00:00.000Z"),
        ],
    );
}

#[test]
fn read_only_refuses_every_write() {
    let s = RedisServer::start();
    agent(&s, "a");
    let run = coordctl(&s, ["agents", "set", "a", "busy", "--read-only"]);
    run.code(2)
        .stderr_has("read-only mode: not going to set agent a");
    let run = Coordctl::on(&s)
        .args(["context", "set", "p", "status=done"])
        .env("COORDCTL_READ_ONLY", "1")
        .run();
    run.code(2)
        .stderr_has("read-only mode: not going to set 1 field");
    // Falsey values leave writes allowed.
    let run = Coordctl::on(&s)
        .args(["context", "set", "q", "status=done"])
        .env("COORDCTL_READ_ONLY", "0")
        .run();
    run.ok();
    let run = coordctl(&s, ["agents", "remove", "a", "--yes", "--read-only"]);
    run.code(2);
    let status: String = redis(&s, &["HGET", "agent:status:a", "status"]);
    assert_eq!(status, "idle");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "context:project:p"]), 0);
    // Reads still work.
    coordctl(&s, ["agents", "list", "--read-only"]).ok();
}

#[test]
fn dry_run_prints_the_plan_and_changes_nothing() {
    let s = RedisServer::start();
    agent(&s, "a");
    let run = coordctl(
        &s,
        ["agents", "set", "a", "failed", "--task", "t9", "--dry-run"],
    );
    run.ok()
        .stdout_has("dry run: would set agent a to failed")
        .stdout_has("HSET agent:status:a status failed current_task t9");
    let run = coordctl(&s, ["agents", "remove", "a", "--dry-run", "-o", "json"]);
    let v = run.ok().json();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["changes"], serde_json::json!(["DEL agent:status:a"]));
    let status: String = redis(&s, &["HGET", "agent:status:a", "status"]);
    assert_eq!(status, "idle");
}

#[test]
fn destructive_verbs_need_yes_off_a_terminal() {
    let s = RedisServer::start();
    agent(&s, "a");
    coordctl(&s, ["agents", "remove", "a"])
        .code(2)
        .stderr_has("without --yes");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "agent:status:a"]), 1);
}

/// Run coordctl under a pseudo-terminal (util-linux `script`), answering the prompt.
fn on_a_terminal(s: &RedisServer, args: &str, answer: &str) -> (i32, String) {
    let out = Command::new("script")
        .args(["-qec", &format!("{} {args}", bin()), "/dev/null"])
        .env("REDIS_URL", s.url())
        .env_remove("REDIS_PASSWORD")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            // `script` passes our input to the terminal the prompt reads from.
            stdin.write_all(answer.as_bytes())?;
            drop(stdin);
            child.wait_with_output()
        })
        .expect("running `script` (util-linux) for a pseudo-terminal");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn on_a_terminal_destructive_verbs_ask_first() {
    let s = RedisServer::start();
    agent(&s, "a");
    agent(&s, "b");
    let (code, screen) = on_a_terminal(&s, "agents remove a", "n\n");
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("Delete 1 agent hash? [y/N]"), "{screen}");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "agent:status:a"]), 1);

    let (code, screen) = on_a_terminal(&s, "agents remove b", "y\n");
    assert_eq!(code, 0, "{screen}");
    assert_eq!(redis::<i64>(&s, &["EXISTS", "agent:status:b"]), 0);
}

#[test]
fn namespace_prefixes_every_key_and_channel() {
    let s = RedisServer::start();
    agent(&s, "outside");
    hset(
        &s,
        "staging:agent:status:inside",
        &[
            ("status", b"idle"),
            ("updated_at", b"2026-01-01T00:00:00.000Z"),
        ],
    );
    let run = coordctl(&s, ["agents", "available", "--namespace", "staging"]);
    assert_eq!(run.ok().stdout, "inside\n");

    let mut sub = s.conn();
    let mut pubsub = sub.as_pubsub();
    pubsub.subscribe("staging:events:context:updated").unwrap();
    pubsub
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    coordctl(
        &s,
        [
            "context",
            "set",
            "p1",
            "status=ok",
            "--namespace",
            "staging",
        ],
    )
    .ok();
    let msg = pubsub
        .get_message()
        .expect("event on the namespaced channel");
    assert_eq!(msg.get_channel_name(), "staging:events:context:updated");
    assert_eq!(
        redis::<String>(&s, &["HGET", "staging:context:project:p1", "status"]),
        "ok"
    );
    assert_eq!(redis::<i64>(&s, &["EXISTS", "context:project:p1"]), 0);
}

#[test]
fn a_long_plan_is_summarised_at_the_prompt() {
    let s = RedisServer::start();
    let names: Vec<String> = (0..25).map(|i| format!("a{i:02}")).collect();
    for n in &names {
        agent(&s, n);
    }
    let (code, screen) = on_a_terminal(&s, &format!("agents remove {}", names.join(" ")), "n\n");
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("DEL agent:status:a19"), "{screen}");
    assert!(!screen.contains("DEL agent:status:a20"), "{screen}");
    assert!(
        screen.contains("… and 5 more (--dry-run lists them all)"),
        "{screen}"
    );
    assert_eq!(redis::<i64>(&s, &["DBSIZE"]), 25);
}
