//! The thin synchronous Redis layer.
//!
//! Commands talk to a [`Store`], never to a raw connection. Three helpers carry every access so
//! that a second topology (cluster, sentinel) changes them and nothing else:
//! - [`Store::scan`] discovers keys (SCAN with a large COUNT; a cluster runs it per primary),
//! - [`Store::read`] pipelines per-key reads and hands back per-command errors as values,
//! - [`Store::atomic`] and [`Store::script`] are the only ways to write, so `--read-only` is
//!   enforced here and a cluster can check that a transaction stays within one slot.
//!
//! One file per domain (agents, context, …) holds its record types, its atomic scripts and the
//! parsing of what agents wrote.

pub mod agents;
pub mod breaker;
pub mod connect;
pub mod context;
pub mod errors;
pub mod keys;
pub mod metrics;
pub mod pubsub;
pub mod raw;
pub mod retry;
mod scan;
pub mod server;
pub mod value;

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use anyhow::{Context, Result, anyhow};
use redis::Value;

pub use connect::ConnectOptions;
pub use keys::Keys;
pub use scan::Reads;

use crate::exit::refused;

/// Keys (or members, fields) asked for per SCAN-family call: big enough that 100,000 keys take
/// ~100 round trips, small enough that each call stays around a millisecond of server time.
const SCAN_COUNT: usize = 1000;

pub struct Store {
    conn: redis::Connection,
    keys: Keys,
    read_only: bool,
    /// How this store connected, for the raw connection a listing's fetching thread opens.
    opts: ConnectOptions,
    /// Replies to commands sent with [`Store::send_script_then_read`] not collected yet: a
    /// command sent before they are is answered after them, so they are read (and dropped)
    /// first.
    unread: usize,
}

/// A script and a read sent by [`Store::send_script_then_read`], replies not yet read.
#[must_use = "the replies must be collected with Store::receive"]
pub struct Sent {
    script: redis::Script,
    packed: Vec<u8>,
    what: String,
}

impl Store {
    pub fn open(opts: &ConnectOptions, keys: Keys, read_only: bool) -> Result<Store> {
        let conn = connect::open(opts)?;
        Ok(Store {
            conn,
            keys,
            read_only,
            opts: opts.clone(),
            unread: 0,
        })
    }

    /// The connection, once any replies left unread are out of the way.
    fn conn(&mut self) -> &mut redis::Connection {
        while self.unread > 0 {
            self.unread -= 1;
            if self.conn.recv_response().is_err() {
                // A broken connection: the next command reports it.
                self.unread = 0;
            }
        }
        &mut self.conn
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Send read commands in one round trip. A failing command (WRONGTYPE, …) comes back as
    /// `Value::ServerError` in its place instead of failing the batch.
    pub fn read(&mut self, pipe: &mut redis::Pipeline, what: &str) -> Result<Vec<Value>> {
        pipe.ignore_errors()
            .query(self.conn())
            .with_context(|| format!("reading {what}"))
    }

    /// Read a list a page at a time (LRANGE windows of `page` items from index `start`), so
    /// a million-item list is never held in memory at once. `each` gets the index of the
    /// page's first item and its raw entries, and returns whether to go on.
    pub fn list_pages(
        &mut self,
        key: &str,
        start: usize,
        page: usize,
        mut each: impl FnMut(usize, Vec<Vec<u8>>) -> Result<bool>,
    ) -> Result<()> {
        let page = page.max(1);
        let mut from = start;
        loop {
            let items: Vec<Vec<u8>> = redis::cmd("LRANGE")
                .arg(key)
                .arg(from)
                .arg(from + page - 1)
                .query(self.conn())
                .with_context(|| format!("reading {key}"))?;
            let n = items.len();
            if n == 0 || !each(from, items)? || n < page {
                return Ok(());
            }
            from += n;
        }
    }

    /// Run `pipe` as one MULTI/EXEC transaction. Any command's error fails the whole call
    /// (Redis has no rollback, so domain code checks types first where a partial effect
    /// would matter, or uses [`Store::script`]).
    pub fn atomic(&mut self, pipe: &mut redis::Pipeline, what: &str) -> Result<Vec<Value>> {
        self.guard_write(what)?;
        let replies: Vec<Value> = pipe
            .atomic()
            .query(self.conn())
            .with_context(|| what.to_string())?;
        if let Some(e) = replies.iter().find_map(value::error_text) {
            return Err(anyhow!("{what}: {e}"));
        }
        Ok(replies)
    }

    /// Run `pipe` as one MULTI/EXEC transaction and hand back every command's reply, errors
    /// included (`Value::ServerError` in its place). For writes where one command may fail
    /// inside EXEC while the others apply, and the caller must say exactly which.
    pub fn atomic_replies(&mut self, pipe: &mut redis::Pipeline, what: &str) -> Result<Vec<Value>> {
        self.guard_write(what)?;
        pipe.atomic()
            .ignore_errors()
            .query(self.conn())
            .with_context(|| what.to_string())
    }

    /// Visit the members of a set (SSCAN) a batch at a time, each member once, optionally
    /// only those matching the glob `pattern`.
    pub fn scan_set(
        &mut self,
        key: &str,
        pattern: Option<&str>,
        mut each_batch: impl FnMut(Vec<Vec<u8>>) -> Result<()>,
    ) -> Result<()> {
        let mut seen: HashSet<u64> = HashSet::new();
        self.scan_collection("SSCAN", key, pattern, |items| {
            let fresh = items
                .into_iter()
                .filter(|m| seen.insert(name_hash(m)))
                .collect();
            each_batch(fresh)
        })
    }

    /// Visit the field/value pairs of a hash (HSCAN) a batch at a time, each field once.
    pub fn scan_hash(
        &mut self,
        key: &str,
        mut each_batch: impl FnMut(Vec<(Vec<u8>, Vec<u8>)>) -> Result<()>,
    ) -> Result<()> {
        let mut seen: HashSet<u64> = HashSet::new();
        self.scan_collection("HSCAN", key, None, |items| {
            let mut pairs = Vec::with_capacity(items.len() / 2);
            let mut it = items.into_iter();
            while let (Some(field), Some(value)) = (it.next(), it.next()) {
                if seen.insert(name_hash(&field)) {
                    pairs.push((field, value));
                }
            }
            each_batch(pairs)
        })
    }

    /// The SSCAN/HSCAN cursor loop. SCAN-family commands may repeat an item while the
    /// server rehashes; the callers above drop repeats.
    fn scan_collection(
        &mut self,
        command: &str,
        key: &str,
        pattern: Option<&str>,
        mut each_batch: impl FnMut(Vec<Vec<u8>>) -> Result<()>,
    ) -> Result<()> {
        let mut cursor: u64 = 0;
        loop {
            let mut cmd = redis::cmd(command);
            cmd.arg(key).arg(cursor);
            if let Some(p) = pattern {
                cmd.arg("MATCH").arg(p);
            }
            cmd.arg("COUNT").arg(SCAN_COUNT);
            let (next, items): (u64, Vec<Vec<u8>>) = cmd
                .query(self.conn())
                .with_context(|| format!("reading {key}"))?;
            if !items.is_empty() {
                each_batch(items)?;
            }
            if next == 0 {
                return Ok(());
            }
            cursor = next;
        }
    }

    /// Run a Lua script that writes. Scripts are atomic on the server.
    pub fn script(
        &mut self,
        script: &redis::Script,
        keys: &[&str],
        args: &[&str],
        what: &str,
    ) -> Result<Value> {
        self.guard_write(what)?;
        let mut inv = script.prepare_invoke();
        for k in keys {
            inv.key(*k);
        }
        for a in args {
            inv.arg(*a);
        }
        inv.invoke(self.conn()).with_context(|| what.to_string())
    }

    /// Send a Lua script that writes and a plain `read` that sees its effect, in one round
    /// trip; collect the replies with [`Store::receive`] later, so that Redis runs the
    /// script while the caller works. For moves whose data the caller needs: a script that
    /// returns thousands of items makes Redis convert each one to Lua and back, a plain read
    /// only copies it. Another command sent before `receive` first reads (and drops) the
    /// replies, as on an error the caller gives up on them.
    pub fn send_script_then_read(
        &mut self,
        script: &redis::Script,
        keys: &[&str],
        args: &[&str],
        read: &redis::Cmd,
        what: &str,
    ) -> Result<Sent> {
        self.guard_write(what)?;
        let mut pipe = redis::pipe();
        pipe.cmd("EVALSHA")
            .arg(script.get_hash())
            .arg(keys.len())
            .arg(keys)
            .arg(args)
            .add_command(read.clone());
        let sent = Sent {
            script: script.clone(),
            packed: pipe.get_packed_pipeline(),
            what: what.to_string(),
        };
        self.send(&sent)?;
        Ok(sent)
    }

    fn send(&mut self, sent: &Sent) -> Result<()> {
        self.conn()
            .send_packed_command(&sent.packed)
            .with_context(|| sent.what.clone())?;
        self.unread = 2;
        Ok(())
    }

    /// The replies to what [`Store::send_script_then_read`] sent: the script's, then the read's.
    pub fn receive(&mut self, sent: Sent) -> Result<(Value, Value)> {
        let what = || sent.what.clone();
        let mut loaded = false;
        loop {
            let script_reply = self.next_reply().with_context(what)?;
            let read_reply = self.next_reply().with_context(what)?;
            match script_reply.extract_error() {
                // The server has not seen the script yet (or restarted): load it, run again.
                Err(e) if !loaded && e.kind() == redis::ServerErrorKind::NoScript.into() => {
                    sent.script.load(self.conn()).with_context(what)?;
                    loaded = true;
                    self.send(&sent)?;
                }
                Err(e) => return Err(e).with_context(what),
                Ok(v) => return Ok((v, read_reply.extract_error().with_context(what)?)),
            }
        }
    }

    fn next_reply(&mut self) -> redis::RedisResult<Value> {
        self.unread = self.unread.saturating_sub(1);
        self.conn.recv_response()
    }

    /// The type of a key, for explaining a WRONGTYPE reply.
    pub fn key_type(&mut self, key: &str) -> String {
        redis::cmd("TYPE")
            .arg(key)
            .query::<String>(self.conn())
            .unwrap_or_else(|_| "unknown type".into())
    }

    fn guard_write(&self, what: &str) -> Result<()> {
        if self.read_only {
            return Err(refused(format!("read-only mode: not {what}"))
                .hint("drop --read-only / unset COORDCTL_READ_ONLY to allow writes")
                .into());
        }
        Ok(())
    }
}

/// A 64-bit hash of a key or member name, for remembering what a scan has already returned
/// at 8 bytes per item instead of the whole name.
fn name_hash(name: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    name.hash(&mut h);
    h.finish()
}
