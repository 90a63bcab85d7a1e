//! `coordctl watch`: the real binary tailing a real server's channels.
//!
//! A watch runs until something stops it, so these tests start it in the background
//! ([`Tail`]), wait until the server shows its subscriptions (never a sleep), publish, and
//! then read what it printed and how it exited.

mod bounded;
mod connection;
mod output;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::support::{Coordctl, RedisServer, Run};

/// How long any wait in these tests may take before the test fails.
const BOUND: Duration = Duration::from_secs(20);

/// A `coordctl watch` running in the background.
pub struct Tail {
    child: Child,
    lines: Receiver<String>,
    /// Lines already read from stdout.
    seen: Vec<String>,
    stdout_thread: Option<JoinHandle<()>>,
    stderr_thread: Option<JoinHandle<String>>,
    stderr_lines: Receiver<String>,
}

impl Tail {
    /// Start `coordctl <args>` against `server`.
    pub fn start(server: &RedisServer, args: &[&str]) -> Tail {
        Tail::spawn(Coordctl::on(server).args(args))
    }

    pub fn spawn(c: Coordctl) -> Tail {
        let mut child = c
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting coordctl");
        let (tx, lines) = mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        // Lines as bytes: raw payloads need not be UTF-8.
        let stdout_thread = std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = Vec::new();
            while reader.read_until(b'\n', &mut line).is_ok_and(|n| n > 0) {
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                if tx
                    .send(String::from_utf8_lossy(&line).into_owned())
                    .is_err()
                {
                    return;
                }
                line.clear();
            }
        });
        let (etx, stderr_lines) = mpsc::channel();
        let mut stderr = child.stderr.take().expect("stderr");
        let stderr_thread = std::thread::spawn(move || {
            let mut all = String::new();
            let mut buf = [0u8; 4096];
            let mut pending = String::new();
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let text = String::from_utf8_lossy(&buf[..n]);
                all.push_str(&text);
                pending.push_str(&text);
                while let Some(nl) = pending.find('\n') {
                    let _ = etx.send(pending[..nl].to_string());
                    pending.drain(..=nl);
                }
            }
            all
        });
        Tail {
            child,
            lines,
            seen: Vec::new(),
            stdout_thread: Some(stdout_thread),
            stderr_thread: Some(stderr_thread),
            stderr_lines,
        }
    }

    /// Wait for a stdout line containing `needle`; returns it.
    #[track_caller]
    pub fn wait_stdout(&mut self, needle: &str) -> String {
        if let Some(l) = self.seen.iter().find(|l| l.contains(needle)) {
            return l.clone();
        }
        let deadline = Instant::now() + BOUND;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if l.contains(needle) {
                        return l;
                    }
                }
                Err(_) => panic!(
                    "no stdout line with {needle:?} within {BOUND:?}; stdout so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Wait for a stderr line containing `needle`.
    #[track_caller]
    pub fn wait_stderr(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + BOUND;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr_lines.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return l,
                Ok(_) => {}
                Err(_) => panic!("no stderr line with {needle:?} within {BOUND:?}"),
            }
        }
    }

    /// Send SIGINT, as Ctrl-C does.
    pub fn interrupt(&self) {
        let status = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("running kill");
        assert!(status.success());
    }

    /// Wait for the watch to exit by itself and collect everything it printed.
    #[track_caller]
    pub fn finish(mut self) -> Run {
        let deadline = Instant::now() + BOUND;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("waiting for coordctl") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "coordctl watch did not exit within {BOUND:?}; stdout so far:\n{}",
                    self.seen.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        if let Some(t) = self.stdout_thread.take() {
            let _ = t.join();
        }
        self.seen.extend(self.lines.try_iter());
        let stderr = self
            .stderr_thread
            .take()
            .and_then(|t| t.join().ok())
            .unwrap_or_default();
        let mut stdout = self.seen.join("\n");
        if !stdout.is_empty() {
            stdout.push('\n');
        }
        Run {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr,
        }
    }
}

impl Drop for Tail {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Wait until the server shows the watch's connection with `channels` SUBSCRIBE and
/// `patterns` PSUBSCRIBE subscriptions (CLIENT LIST, where the watch names itself).
#[track_caller]
pub fn wait_subscribed(server: &RedisServer, channels: usize, patterns: usize) {
    wait_subscribed_on(&mut server.conn(), channels, patterns);
}

#[track_caller]
pub fn wait_subscribed_on(conn: &mut redis::Connection, channels: usize, patterns: usize) {
    let want = format!("sub={channels} psub={patterns} ");
    let deadline = Instant::now() + BOUND;
    loop {
        let list: String = redis::cmd("CLIENT")
            .arg("LIST")
            .query(conn)
            .expect("CLIENT LIST");
        if list
            .lines()
            .any(|l| l.contains("name=coordctl-watch ") && l.contains(&want))
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the watch did not subscribe ({want}) within {BOUND:?}; clients:\n{list}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Wait until no watch is connected any more: a watch that just exited may still be listed
/// for a moment, and would pass for the next one's subscription.
#[track_caller]
pub fn wait_gone(server: &RedisServer) {
    wait_gone_on(&mut server.conn());
}

#[track_caller]
pub fn wait_gone_on(conn: &mut redis::Connection) {
    let deadline = Instant::now() + BOUND;
    loop {
        let list: String = redis::cmd("CLIENT")
            .arg("LIST")
            .query(conn)
            .expect("CLIENT LIST");
        if !list.contains("name=coordctl-watch ") {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "a watch is still connected after {BOUND:?}:\n{list}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// PUBLISH a payload (raw bytes) on a channel; returns how many subscribers got it.
pub fn publish(server: &RedisServer, channel: &str, payload: impl AsRef<[u8]>) -> i64 {
    publish_on(&mut server.conn(), channel, payload)
}

pub fn publish_on(conn: &mut redis::Connection, channel: &str, payload: impl AsRef<[u8]>) -> i64 {
    redis::cmd("PUBLISH")
        .arg(channel)
        .arg(payload.as_ref())
        .query(conn)
        .expect("PUBLISH")
}

/// The seed's publishError message.
pub fn task_failure(task: &str, name: &str, message: &str) -> String {
    serde_json::json!({
        "type": "task_failure",
        "agent": "trainer-1",
        "taskId": task,
        "error": {"name": name, "message": message, "stack": "Error: …\n    at run (agent.js:1:1)"},
        "timestamp": "2026-11-25T19:52:15.123Z",
    })
    .to_string()
}
