//! Opening a raw connection: TCP, Unix socket or TLS, authenticated, owned by us.
//!
//! The redis crate's connection keeps its socket to itself and parses every reply into a
//! `Value` slowly; a subscriber that must keep up with Redis needs the bytes, and a listing
//! of 100,000 hashes is mostly reply parsing. So those open their own stream from the same
//! [`ConnectOptions`] (address, credentials, database, TLS files, timeouts), say hello the way
//! the crate would (AUTH, SELECT, a client name, PING), and report failures through the same
//! messages and exit codes as every other command.

use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::time::Duration;

use anyhow::anyhow;
use redis::ConnectionAddr;
use rustls::pki_types::ServerName;
use rustls::{ClientConnection, StreamOwned};

use super::{reply, tls};
use crate::store::ConnectOptions;
use crate::store::connect::unreachable;

/// `PING`, packed; sent by the reader when the connection has been quiet.
pub const PING: &[u8] = b"*1\r\n$4\r\nPING\r\n";

/// One connection's byte stream.
pub enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Stream {
    pub fn set_timeouts(&self, read: Option<Duration>, write: Option<Duration>) -> io::Result<()> {
        match self {
            Stream::Tcp(s) => s.set_read_timeout(read).and(s.set_write_timeout(write)),
            Stream::Unix(s) => s.set_read_timeout(read).and(s.set_write_timeout(write)),
            Stream::Tls(s) => s
                .sock
                .set_read_timeout(read)
                .and(s.sock.set_write_timeout(write)),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.read(buf),
            Stream::Unix(s) => s.read(buf),
            Stream::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.write(buf),
            Stream::Unix(s) => s.write(buf),
            Stream::Tls(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Tcp(s) => s.flush(),
            Stream::Unix(s) => s.flush(),
            Stream::Tls(s) => s.flush(),
        }
    }
}

/// Why a connection could not be opened, and whether trying again could help.
#[derive(Debug)]
pub struct OpenError {
    pub error: anyhow::Error,
    /// Wrong credentials or settings: retrying cannot help.
    pub fatal: bool,
}

impl From<OpenError> for anyhow::Error {
    fn from(e: OpenError) -> anyhow::Error {
        e.error
    }
}

/// Connect, authenticate and check the server answers.
pub fn open(opts: &ConnectOptions, client_name: &str) -> Result<Stream, OpenError> {
    let fatal = |error: anyhow::Error| OpenError { error, fatal: true };
    let target = opts.target().map_err(fatal)?;
    let display = target.display;
    let fail = |e: redis::RedisError| {
        let auth = e.kind() == redis::ErrorKind::AuthenticationFailed
            || matches!(e.code(), Some("NOAUTH" | "WRONGPASS"));
        OpenError {
            error: unreachable(&display, &e, opts),
            fatal: auth,
        }
    };
    let timeout = Some(opts.connect_timeout).filter(|d| !d.is_zero());
    let mut stream = match target.info.addr() {
        ConnectionAddr::Tcp(host, port) => Stream::Tcp(tcp(host, *port, timeout).map_err(fail)?),
        ConnectionAddr::TcpTls { host, port, .. } => {
            let config = tls::config(opts).map_err(fatal)?;
            let name = ServerName::try_from(host.as_str())
                .map_err(|e| fatal(anyhow!("{display}: {e}")))?
                .to_owned();
            let conn = ClientConnection::new(Arc::new(config), name)
                .map_err(|e| fatal(anyhow!("{display}: {e}")))?;
            let sock = tcp(host, *port, timeout).map_err(fail)?;
            Stream::Tls(Box::new(StreamOwned::new(conn, sock)))
        }
        ConnectionAddr::Unix(path) => {
            Stream::Unix(UnixStream::connect(path).map_err(|e| fail(e.into()))?)
        }
        other => {
            return Err(fatal(anyhow!(
                "cannot use the address {other:?} (use redis://, rediss:// or redis+unix://)"
            )));
        }
    };
    stream
        .set_timeouts(timeout, timeout)
        .map_err(|e| fail(e.into()))?;
    hello(&mut stream, target.info.redis_settings(), client_name).map_err(fail)?;
    Ok(stream)
}

fn tcp(host: &str, port: u16, timeout: Option<Duration>) -> Result<TcpStream, redis::RedisError> {
    let mut last = None;
    for addr in (host, port).to_socket_addrs()? {
        let attempt = match timeout {
            Some(t) => TcpStream::connect_timeout(&addr, t),
            None => TcpStream::connect(addr),
        };
        match attempt {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last
        .unwrap_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no address found"))
        .into())
}

/// AUTH when there are credentials, SELECT the database, name the client (the name shows in
/// CLIENT LIST and in the server's log when it drops a slow subscriber), PING; read the
/// replies in order.
fn hello(
    stream: &mut Stream,
    settings: &redis::RedisConnectionInfo,
    client_name: &str,
) -> redis::RedisResult<()> {
    let mut pipe = redis::pipe();
    if let Some(pw) = settings.password() {
        let auth = pipe.cmd("AUTH");
        if let Some(user) = settings.username() {
            auth.arg(user);
        }
        auth.arg(pw);
    }
    if settings.db() != 0 {
        pipe.cmd("SELECT").arg(settings.db());
    }
    pipe.cmd("CLIENT").arg("SETNAME").arg(client_name);
    pipe.cmd("PING");
    let setname = pipe.len() - 2;
    stream.write_all(&pipe.get_packed_pipeline())?;
    stream.flush()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let mut at = 0;
    let mut replies = 0;
    while replies < pipe.len() {
        match reply::parse(&buf[at..]) {
            Ok(Some((value, used))) => {
                // CLIENT SETNAME is a courtesy: an ACL may forbid it, and that is fine.
                if let redis::Value::ServerError(e) = value
                    && replies != setname
                {
                    return Err(e.into());
                }
                replies += 1;
                at += used;
            }
            Ok(None) => match stream.read(&mut chunk)? {
                0 => return Err(io::Error::from(io::ErrorKind::UnexpectedEof).into()),
                n => buf.extend_from_slice(&chunk[..n]),
            },
            Err(e) => {
                return Err(redis::RedisError::from((
                    redis::ErrorKind::Parse,
                    "unexpected reply",
                    e,
                )));
            }
        }
    }
    Ok(())
}

/// Write packed commands; `what` names them in an error.
pub fn send(stream: &mut Stream, packed: &[u8], what: &str) -> Result<(), OpenError> {
    stream
        .write_all(packed)
        .and_then(|_| stream.flush())
        .map_err(|e| OpenError {
            error: anyhow::Error::new(e).context(format!("sending {what}")),
            fatal: false,
        })
}
