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
pub mod connect;
pub mod context;
pub mod keys;
pub mod pubsub;
pub mod value;

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use anyhow::{Context, Result, anyhow};
use redis::Value;

pub use connect::ConnectOptions;
pub use keys::Keys;

use crate::exit::refused;

/// Keys asked for per SCAN call: big enough that 100,000 keys take ~100 round trips, small
/// enough that each call stays well under a millisecond of server time.
const SCAN_COUNT: usize = 1000;

pub struct Store {
    conn: redis::Connection,
    keys: Keys,
    read_only: bool,
}

impl Store {
    pub fn open(opts: &ConnectOptions, keys: Keys, read_only: bool) -> Result<Store> {
        let conn = connect::open(opts)?;
        Ok(Store {
            conn,
            keys,
            read_only,
        })
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Visit every key matching `pattern`, a batch at a time, each key once.
    ///
    /// SCAN may return a key twice while the server rehashes; a set of 64-bit hashes of the
    /// names seen so far removes repeats at 8 bytes per key instead of the whole name.
    pub fn scan(
        &mut self,
        pattern: &str,
        mut each_batch: impl FnMut(&mut Store, Vec<Vec<u8>>) -> Result<()>,
    ) -> Result<()> {
        let mut seen: HashSet<u64> = HashSet::new();
        let mut cursor: u64 = 0;
        loop {
            let (next, batch): (u64, Vec<Vec<u8>>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(pattern)
                .arg("COUNT")
                .arg(SCAN_COUNT)
                .query(&mut self.conn)
                .with_context(|| format!("scanning keys matching {pattern}"))?;
            let fresh: Vec<Vec<u8>> = batch
                .into_iter()
                .filter(|k| {
                    let mut h = DefaultHasher::new();
                    k.hash(&mut h);
                    seen.insert(h.finish())
                })
                .collect();
            if !fresh.is_empty() {
                each_batch(self, fresh)?;
            }
            if next == 0 {
                return Ok(());
            }
            cursor = next;
        }
    }

    /// Send read commands in one round trip. A failing command (WRONGTYPE, …) comes back as
    /// `Value::ServerError` in its place instead of failing the batch.
    pub fn read(&mut self, pipe: &mut redis::Pipeline, what: &str) -> Result<Vec<Value>> {
        pipe.ignore_errors()
            .query(&mut self.conn)
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
                .query(&mut self.conn)
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
            .query(&mut self.conn)
            .with_context(|| what.to_string())?;
        if let Some(e) = replies.iter().find_map(value::error_text) {
            return Err(anyhow!("{what}: {e}"));
        }
        Ok(replies)
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
        inv.invoke(&mut self.conn).with_context(|| what.to_string())
    }

    /// The type of a key, for explaining a WRONGTYPE reply.
    pub fn key_type(&mut self, key: &str) -> String {
        redis::cmd("TYPE")
            .arg(key)
            .query::<String>(&mut self.conn)
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
