//! Test support: real redis-servers and a way to run the real binary against them.

pub mod server;
pub mod tls;

use std::process::{Command, Stdio};

pub use server::{RedisServer, ServerOptions};

/// What a run of `coordctl` did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Assert the exit code, showing everything the run printed if it differs.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(self.code, expected, "unexpected exit code\n{self}");
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Run {
        self.code(0)
    }

    /// stdout parsed as one JSON document.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{self}"))
    }

    /// stdout parsed as JSON lines.
    #[track_caller]
    pub fn jsonl(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("line {l:?} is not JSON ({e})\n{self}"))
            })
            .collect()
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{self}"
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{self}"
        );
        self
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- exit code: {}\n--- stdout:\n{}--- stderr:\n{}---",
            self.code, self.stdout, self.stderr
        )
    }
}

/// `coordctl` with a clean environment: no REDIS_*, COORDCTL_* or NO_COLOR from the caller.
pub struct Coordctl {
    cmd: Command,
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_coordctl")
}

impl Coordctl {
    pub fn bare() -> Coordctl {
        let mut cmd = Command::new(bin());
        cmd.env_clear();
        for keep in ["PATH", "HOME", "TMPDIR", "LANG"] {
            if let Ok(v) = std::env::var(keep) {
                cmd.env(keep, v);
            }
        }
        Coordctl { cmd }
    }

    /// Pointed at `server` through REDIS_URL.
    pub fn on(server: &RedisServer) -> Coordctl {
        let mut c = Coordctl::bare();
        c.cmd.env("REDIS_URL", server.url());
        c
    }

    pub fn args<I, S>(mut self, args: I) -> Coordctl
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Coordctl {
        self.cmd.env(key, value);
        self
    }

    pub fn command(self) -> Command {
        self.cmd
    }

    pub fn run(mut self) -> Run {
        let out = self
            .cmd
            .stdin(Stdio::null())
            .output()
            .expect("running coordctl");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Shorthand: `coordctl(&server, ["agents", "list"])`.
pub fn coordctl<I, S>(server: &RedisServer, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Coordctl::on(server).args(args).run()
}

/// Run a Redis command on `server` directly (seeding and checking data).
pub fn redis<T: redis::FromRedisValue>(server: &RedisServer, args: &[&str]) -> T {
    let mut c = redis::cmd(args[0]);
    for a in &args[1..] {
        c.arg(*a);
    }
    c.query(&mut server.conn())
        .unwrap_or_else(|e| panic!("redis {args:?}: {e}"))
}

/// HSET a hash from (field, value) pairs, values as raw bytes.
pub fn hset(server: &RedisServer, key: &str, pairs: &[(&str, &[u8])]) {
    let mut c = redis::cmd("HSET");
    c.arg(key);
    for (f, v) in pairs {
        c.arg(*f).arg(*v);
    }
    let _: i64 = c.query(&mut server.conn()).expect("HSET");
}
