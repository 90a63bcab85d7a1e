//! A connection to Redis that we own byte for byte, beside the redis crate's.
//!
//! Two jobs need it: `watch`, which must read pub/sub traffic as fast as Redis sends it, and
//! the fetching thread of listings, where parsing replies was a third of the work. Opening it
//! ([`conn::open`]) resolves the address, credentials, database and TLS exactly as every other
//! command does; [`RawConn::send`] sends pipelines and [`RawConn::recv`] parses their
//! replies with [`reply::parse`]. Everything else goes through the redis crate.

pub mod conn;
pub mod pack;
pub mod reply;
mod tls;

use std::io::Read;

use anyhow::{Context, Result, anyhow};
use redis::Value;

use super::ConnectOptions;
use conn::Stream;
pub use pack::Packed;

/// How much one read asks the socket for.
const READ_SIZE: usize = 64 << 10;

/// A request/reply connection with our own reply parser.
pub struct RawConn {
    stream: Stream,
    /// Bytes read and not parsed yet: the start of replies still to come.
    buf: Vec<u8>,
}

impl RawConn {
    /// Connect and say hello; failures are the same one-line errors (exit 4) as any command's.
    pub fn open(opts: &ConnectOptions, client_name: &str) -> Result<RawConn> {
        let stream = conn::open(opts, client_name)?;
        // Opening used the connect timeout; replies get the command timeout (0: wait forever).
        let timeout = Some(opts.command_timeout).filter(|d| !d.is_zero());
        stream
            .set_timeouts(timeout, timeout)
            .map_err(redis::RedisError::from)
            .context("setting the command timeout")?;
        Ok(RawConn {
            stream,
            buf: Vec::with_capacity(2 * READ_SIZE),
        })
    }

    /// Send a pipeline without waiting for its replies: the caller may send more before it
    /// reads them, so that Redis works while the caller parses (Redis keeps reading commands
    /// however many replies are waiting, so this cannot deadlock).
    pub fn send(&mut self, pipe: &Packed, what: &str) -> Result<()> {
        Ok(conn::send(&mut self.stream, pipe.bytes(), what)?)
    }

    /// Read the next `count` replies, in the order their commands were sent. A command's
    /// error comes back as `Value::ServerError` in its place, as `Store::read` gives it.
    pub fn recv(&mut self, count: usize, what: &str) -> Result<Vec<Value>> {
        let mut replies = Vec::with_capacity(count);
        let mut at = 0;
        while replies.len() < count {
            match reply::parse(&self.buf[at..]).map_err(|e| anyhow!("reading {what}: {e}"))? {
                Some((value, used)) => {
                    replies.push(value);
                    at += used;
                }
                None => {
                    // Keep only the unparsed tail, so the buffer holds about one read's worth.
                    self.buf.drain(..at);
                    at = 0;
                    self.fill(what)?;
                }
            }
        }
        // What is left belongs to replies not asked for yet.
        self.buf.drain(..at);
        Ok(replies)
    }

    /// Append one read from the socket to the buffer.
    fn fill(&mut self, what: &str) -> Result<()> {
        let start = self.buf.len();
        self.buf.resize(start + READ_SIZE, 0);
        let read = self.stream.read(&mut self.buf[start..]);
        self.buf.truncate(start + *read.as_ref().unwrap_or(&0));
        let error = match read {
            Ok(0) => std::io::Error::from(std::io::ErrorKind::UnexpectedEof),
            Ok(_) => return Ok(()),
            Err(e) => e,
        };
        Err(redis::RedisError::from(error)).with_context(|| format!("reading {what}"))
    }
}
