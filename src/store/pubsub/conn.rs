//! A raw connection for pub/sub: TCP, Unix socket or TLS, authenticated, owned by us.
//!
//! The redis crate's connection keeps its socket to itself and parses every reply into a
//! `Value`; a subscriber that must keep up with Redis needs the bytes. So `watch` opens its
//! own stream from the same [`ConnectOptions`] (address, credentials, TLS files, timeouts),
//! says hello the way the crate would (AUTH, a client name, PING), and reports failures
//! through the same messages and exit codes as every other command.

use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::time::Duration;

use anyhow::anyhow;
use redis::ConnectionAddr;
use rustls::pki_types::ServerName;
use rustls::{ClientConnection, StreamOwned};

use super::resp::{self, Frame};
use super::tls;
use crate::store::ConnectOptions;
use crate::store::connect::unreachable;

/// The name the connection carries in CLIENT LIST and in the server's log (e.g. when the
/// server drops a slow subscriber), so operators can tell who it was.
pub const CLIENT_NAME: &str = "coordctl-watch";

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
pub fn open(opts: &ConnectOptions) -> Result<Stream, OpenError> {
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
                "watch cannot use the address {other:?} (use redis://, rediss:// or redis+unix://)"
            )));
        }
    };
    stream
        .set_timeouts(timeout, timeout)
        .map_err(|e| fail(e.into()))?;
    hello(&mut stream, target.info.redis_settings()).map_err(fail)?;
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

/// AUTH when there are credentials, name the client, PING; read the replies in order.
fn hello(stream: &mut Stream, settings: &redis::RedisConnectionInfo) -> redis::RedisResult<()> {
    let mut out = Vec::new();
    if let Some(pw) = settings.password() {
        let mut auth = redis::cmd("AUTH");
        if let Some(user) = settings.username() {
            auth.arg(user);
        }
        out.extend(auth.arg(pw).get_packed_command());
    }
    out.extend(
        redis::cmd("CLIENT")
            .arg("SETNAME")
            .arg(CLIENT_NAME)
            .get_packed_command(),
    );
    out.extend(PING);
    stream.write_all(&out)?;
    stream.flush()?;
    let expected = if settings.password().is_some() { 3 } else { 2 };
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let mut replies = 0;
    let mut at = 0;
    while replies < expected {
        match resp::parse(&buf[at..]) {
            Ok(Some((frame, used))) => {
                // CLIENT SETNAME is a courtesy: an ACL may forbid it, and that is fine.
                let is_setname = replies == expected - 2;
                if let Frame::Error(e) = frame
                    && !is_setname
                {
                    return Err(server_error(e));
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

/// An error reply as the redis crate would report it, so codes like NOAUTH are recognised.
fn server_error(line: &[u8]) -> redis::RedisError {
    let mut frame = Vec::with_capacity(line.len() + 3);
    frame.push(b'-');
    frame.extend_from_slice(line);
    frame.extend_from_slice(b"\r\n");
    match redis::parse_redis_value(&frame) {
        Ok(redis::Value::ServerError(e)) => e.into(),
        _ => redis::RedisError::from((
            redis::ErrorKind::Extension,
            "server error",
            String::from_utf8_lossy(line).into_owned(),
        )),
    }
}

/// Write packed commands.
pub fn send(stream: &mut Stream, packed: &[u8]) -> Result<(), OpenError> {
    stream
        .write_all(packed)
        .and_then(|_| stream.flush())
        .map_err(|e| OpenError {
            error: anyhow::Error::new(e).context("sending SUBSCRIBE"),
            fatal: false,
        })
}
