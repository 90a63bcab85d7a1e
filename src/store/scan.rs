//! Key discovery: SCAN with a large COUNT, each key once.
//!
//! [`Store::scan`] hands over key names a batch at a time. [`Store::scan_read`] also reads
//! every key (HMGET, HGETALL, TTL, …) on a second thread, a batch ahead of the caller, so
//! listing 100,000 hashes costs about as much as the slower of fetching and rendering rather
//! than their sum. That thread keeps Redis busy too: each pipeline starts with the next SCAN,
//! so as soon as its first reply is in, the next pipeline goes out and Redis works on it while
//! this one's replies are parsed. It talks over a [`RawConn`] of its own, which packs commands
//! and parses replies several times more cheaply than the redis crate. Memory stays flat: a
//! few batches are alive at most (one in flight, one being parsed, one in the channel, one
//! being rendered).

use std::collections::HashSet;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use anyhow::{Context, Result, anyhow};
use redis::{Connection, Value};

use super::raw::{Packed, RawConn};
use super::value::is_wrong_type;
use super::{SCAN_COUNT, Store, name_hash};

/// The reads to run for every key a scan finds.
pub struct Reads {
    /// For messages: "agent status hashes".
    pub what: &'static str,
    /// Commands sent once per batch, before the per-key ones (e.g. `TIME`).
    pub head: &'static [&'static [&'static str]],
    /// The commands for each key: a name and the arguments after the key (`HMGET` and the
    /// fields, or `TTL` and nothing).
    pub per_key: &'static [(&'static str, &'static [&'static str])],
    /// Replies that may mean the key was deleted after SCAN found it (HMGET answers all-nil
    /// for a missing key): such keys are checked with EXISTS and dropped if gone.
    pub maybe_gone: Option<fn(&[Value]) -> bool>,
}

/// One batch: the replies to the head commands and, per key, the replies to its reads.
pub struct Found {
    pub head: Vec<Value>,
    pub keys: Vec<KeyReplies>,
}

pub struct KeyReplies {
    pub key: Vec<u8>,
    pub replies: Vec<Value>,
    /// The key's actual type when a read said WRONGTYPE, to explain the marked row.
    pub wrong_type: Option<String>,
}

impl Store {
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
            let (next, batch): (u64, Vec<Vec<u8>>) =
                scan_cmd(cursor, pattern)
                    .query(self.conn())
                    .with_context(|| format!("scanning keys matching {pattern}"))?;
            let fresh: Vec<Vec<u8>> = batch
                .into_iter()
                .filter(|k| seen.insert(name_hash(k)))
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

    /// Visit every key matching `pattern` with the replies to `reads` for it, each key once,
    /// fetched one batch ahead on a second thread.
    pub fn scan_read(
        &mut self,
        pattern: &str,
        reads: &Reads,
        mut each: impl FnMut(Found) -> Result<()>,
    ) -> Result<()> {
        let mut raw = RawConn::open(&self.opts, "coordctl-scan")?;
        std::thread::scope(|s| {
            // One batch in the channel plus one being fetched: the read-ahead.
            let (tx, rx): (SyncSender<Result<Found>>, Receiver<Result<Found>>) = sync_channel(1);
            let fetcher = s.spawn(move || {
                if let Err(e) = fetch(&mut raw, pattern, reads, &tx) {
                    let _ = tx.send(Err(e));
                }
            });
            let mut outcome = Ok(());
            for batch in rx.iter() {
                // The rare follow-up questions go over this connection, which is idle, so
                // the fetching one never has to wait for them.
                let batch = batch.and_then(|mut found| {
                    explain_wrong_types(self.conn(), &mut found.keys)?;
                    if let Some(maybe_gone) = reads.maybe_gone {
                        drop_deleted(self.conn(), &mut found.keys, maybe_gone)?;
                    }
                    Ok(found)
                });
                if let Err(e) = batch.and_then(&mut each) {
                    outcome = Err(e);
                    break;
                }
            }
            // Dropping the receiver makes the fetcher's next send fail, so it stops early
            // when the caller gave up (a closed pipe, an error).
            drop(rx);
            fetcher
                .join()
                .map_err(|_| anyhow!("the scanning thread panicked"))?;
            outcome
        })
    }
}

fn scan_cmd(cursor: u64, pattern: &str) -> redis::Cmd {
    let mut cmd = redis::cmd("SCAN");
    cmd.arg(cursor)
        .arg("MATCH")
        .arg(pattern)
        .arg("COUNT")
        .arg(SCAN_COUNT);
    cmd
}

/// The fetching side of [`Store::scan_read`]. One pipeline is always in flight: the next
/// SCAN, then the reads of the keys the previous SCAN found. Its first reply names the next
/// keys, so the following pipeline is sent before the reads' replies are parsed. A closed
/// channel (the caller stopped) ends it quietly.
fn fetch(
    conn: &mut RawConn,
    pattern: &str,
    reads: &Reads,
    tx: &SyncSender<Result<Found>>,
) -> Result<()> {
    let what = format!("{} (keys matching {pattern})", reads.what);
    let mut seen: HashSet<u64> = HashSet::new();
    let mut pipe = Packed::default();
    pipe.add(&scan_cmd(0, pattern));
    conn.send(&pipe, &what)?;
    // What the pipeline in flight holds: a SCAN first or not, then the reads of `keys`.
    let mut scanning = true;
    let mut keys: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut next_keys = Vec::new();
        let mut next_scanning = false;
        if scanning {
            let reply = conn.recv(1, &what)?.pop().unwrap_or(Value::Nil);
            let (cursor, mut found) = scan_reply(reply)?;
            found.retain(|k| seen.insert(name_hash(k)));
            let mut pipe = Packed::default();
            if cursor != 0 {
                pipe.add(&scan_cmd(cursor, pattern));
                next_scanning = true;
            }
            if !found.is_empty() {
                for cmd in reads.head {
                    pipe.cmd(cmd);
                }
                for k in &found {
                    for (name, rest) in reads.per_key {
                        pipe.keyed(name, k, rest);
                    }
                }
            }
            if !pipe.is_empty() {
                conn.send(&pipe, &what)?;
            }
            next_keys = found;
        }
        if !keys.is_empty() {
            let count = reads.head.len() + keys.len() * reads.per_key.len();
            let replies = conn.recv(count, &what)?;
            if tx.send(Ok(split(reads, keys, replies))).is_err() {
                return Ok(());
            }
        }
        if !next_scanning && next_keys.is_empty() {
            return Ok(());
        }
        (scanning, keys) = (next_scanning, next_keys);
    }
}

/// A SCAN reply: the next cursor and the keys found.
fn scan_reply(reply: Value) -> Result<(u64, Vec<Vec<u8>>)> {
    if let Some(e) = super::value::error_text(&reply) {
        return Err(anyhow!("scanning keys: {e}"));
    }
    redis::from_redis_value(reply).context("scanning keys")
}

/// Cut the replies to one batch's reads into the head's and each key's.
fn split(reads: &Reads, keys: Vec<Vec<u8>>, replies: Vec<Value>) -> Found {
    let mut it = replies.into_iter();
    let head: Vec<Value> = it.by_ref().take(reads.head.len()).collect();
    let mut found = Found {
        head,
        keys: Vec::with_capacity(keys.len()),
    };
    for key in keys {
        let replies: Vec<Value> = it.by_ref().take(reads.per_key.len()).collect();
        found.keys.push(KeyReplies {
            key,
            replies,
            wrong_type: None,
        });
    }
    found
}

/// Drop keys whose replies look like a deleted key and that EXISTS confirms are gone (rare:
/// one extra round trip for the batches that have any).
fn drop_deleted(
    conn: &mut Connection,
    keys: &mut Vec<KeyReplies>,
    maybe_gone: fn(&[Value]) -> bool,
) -> Result<()> {
    let suspects: Vec<usize> = (0..keys.len())
        .filter(|&i| maybe_gone(&keys[i].replies))
        .collect();
    if suspects.is_empty() {
        return Ok(());
    }
    let mut pipe = redis::pipe();
    for &i in &suspects {
        pipe.cmd("EXISTS").arg(&keys[i].key);
    }
    let exists: Vec<Value> = pipe
        .ignore_errors()
        .query(conn)
        .context("checking which keys still exist")?;
    let gone: HashSet<usize> = suspects
        .into_iter()
        .zip(exists)
        .filter(|(_, e)| super::value::int(e) == Some(0))
        .map(|(i, _)| i)
        .collect();
    let mut i = 0;
    keys.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
    Ok(())
}

/// Ask for the type of every key whose read said WRONGTYPE (rare: one extra round trip).
fn explain_wrong_types(conn: &mut Connection, keys: &mut [KeyReplies]) -> Result<()> {
    let wrong: Vec<usize> = (0..keys.len())
        .filter(|&i| keys[i].replies.iter().any(is_wrong_type))
        .collect();
    if wrong.is_empty() {
        return Ok(());
    }
    let mut pipe = redis::pipe();
    for &i in &wrong {
        pipe.cmd("TYPE").arg(&keys[i].key);
    }
    let types: Vec<Value> = pipe
        .ignore_errors()
        .query(conn)
        .context("reading the types of keys")?;
    for (&i, t) in wrong.iter().zip(types) {
        let (name, _) = super::value::decode(&super::value::bytes(&t));
        keys[i].wrong_type = Some(name);
    }
    Ok(())
}
