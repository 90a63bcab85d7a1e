//! A private `redis-server` per test: free loopback port, nothing saved unless asked, log in
//! a temp dir, polled until it answers, killed on drop, its log printed when a test fails.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

const READY_WITHIN: Duration = Duration::from_secs(15);

/// How to start a server; `RedisServer::start()` covers the common case.
#[derive(Default, Clone)]
pub struct ServerOptions {
    pub args: Vec<String>,
    /// Serve TLS only, with certificates from `Certs` in the server's directory.
    pub tls: bool,
    pub unix_socket: bool,
}

pub struct RedisServer {
    child: Option<Child>,
    pub port: u16,
    dir: TempDir,
    opts: ServerOptions,
}

pub fn server_bin() -> String {
    std::env::var("REDIS_SERVER_BIN").unwrap_or_else(|_| "redis-server".to_string())
}

impl RedisServer {
    pub fn start() -> RedisServer {
        RedisServer::with(ServerOptions::default())
    }

    pub fn with_args(args: &[&str]) -> RedisServer {
        RedisServer::with(ServerOptions {
            args: args.iter().map(|s| s.to_string()).collect(),
            ..ServerOptions::default()
        })
    }

    pub fn with(opts: ServerOptions) -> RedisServer {
        let mut last_log = String::new();
        for _ in 0..8 {
            let dir = tempfile::Builder::new()
                .prefix("coordctl-redis-")
                .tempdir()
                .expect("creating a temp dir for redis-server");
            if opts.tls {
                super::tls::write_certs(dir.path());
            }
            let mut server = RedisServer {
                child: None,
                port: free_port(),
                dir,
                opts: opts.clone(),
            };
            if server.spawn_and_wait() {
                return server;
            }
            last_log = server.log();
        }
        panic!("redis-server did not start after 8 tries; last log:\n{last_log}");
    }

    fn spawn_and_wait(&mut self) -> bool {
        let dir = self.dir.path();
        let mut cmd = Command::new(server_bin());
        cmd.arg("--bind")
            .arg("127.0.0.1")
            .arg("--save")
            .arg("")
            .arg("--appendonly")
            .arg("no")
            .arg("--dir")
            .arg(dir)
            .arg("--logfile")
            .arg(dir.join("redis.log"));
        if self.opts.tls {
            cmd.args(["--port", "0", "--tls-port", &self.port.to_string()])
                .arg("--tls-cert-file")
                .arg(dir.join("server.crt"))
                .arg("--tls-key-file")
                .arg(dir.join("server.key"))
                .arg("--tls-ca-cert-file")
                .arg(dir.join("ca.crt"))
                .args(["--tls-auth-clients", "no"]);
        } else {
            cmd.args(["--port", &self.port.to_string()]);
        }
        if self.opts.unix_socket {
            cmd.arg("--unixsocket").arg(self.socket_path());
        }
        cmd.args(&self.opts.args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
                "`{}` was not found. The tests run a real Redis: install it \
                 (`sudo apt-get install redis-server`) or set REDIS_SERVER_BIN to its path.",
                server_bin()
            ),
            Err(e) => panic!("starting {}: {e}", server_bin()),
        };
        self.child = Some(child);
        self.wait_ready()
    }

    /// Poll until the server answers, or it exits (port taken, bad args).
    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + READY_WITHIN;
        while Instant::now() < deadline {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(_)) = child.try_wait()
            {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = e.read_to_string(&mut err);
                }
                eprintln!("redis-server exited early: {err}");
                return false;
            }
            if self.answers() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!(
            "redis-server on port {} did not answer within {READY_WITHIN:?}:\n{}",
            self.port,
            self.log()
        );
    }

    fn answers(&self) -> bool {
        if self.opts.tls {
            // Plain PING cannot cross TLS; the log says when it is ready.
            return self.log().contains("Ready to accept connections");
        }
        let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) else {
            return false;
        };
        let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
        if s.write_all(b"PING\r\n").is_err() {
            return false;
        }
        let mut line = String::new();
        let _ = BufReader::new(s).read_line(&mut line);
        // +PONG, or -NOAUTH when a password is required: either way it is up.
        line.starts_with("+PONG") || line.starts_with("-NOAUTH")
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn socket_path(&self) -> PathBuf {
        self.dir.path().join("redis.sock")
    }

    /// A direct connection for seeding and inspecting data.
    pub fn conn(&self) -> redis::Connection {
        redis::Client::open(self.url())
            .and_then(|c| c.get_connection_with_timeout(Duration::from_secs(5)))
            .expect("connecting to the test redis-server")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("redis.log")).unwrap_or_default()
    }

    /// Kill the server and start it again on the same port and directory with the same
    /// options, as after a crash and a restart by a supervisor: clients see their connection
    /// drop, and with `--appendonly yes` it reloads what it had fsynced.
    pub fn restart(&mut self) {
        self.kill();
        assert!(
            self.spawn_and_wait(),
            "redis-server did not restart on port {}:\n{}",
            self.port,
            self.log()
        );
    }

    /// SIGKILL the server (no chance to save or flush).
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Freeze the server (SIGSTOP): connections stay open but nothing answers, like a hung
    /// host. `resume` undoes it.
    pub fn pause(&self) {
        self.signal("STOP");
    }

    pub fn resume(&self) {
        self.signal("CONT");
    }

    fn signal(&self, name: &str) {
        let pid = self.child.as_ref().expect("server is running").id();
        let status = Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -{name} {pid} failed");
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            eprintln!(
                "--- redis-server log (port {}), last lines ---\n{}",
                self.port,
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            );
        }
    }
}

/// A loopback port nobody listens on right now (never 6379, the machine's shared Redis).
pub fn free_port() -> u16 {
    loop {
        let l = TcpListener::bind("127.0.0.1:0").expect("binding a free port");
        let port = l.local_addr().expect("local addr").port();
        if port != 6379 {
            return port;
        }
    }
}
