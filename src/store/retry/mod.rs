//! The retry queue and the dead letter queue: `retry:queue` (items due at `retryAfter`) and
//! `retry:dead_letter_queue` (tasks that ran out of retries), both lists of JSON written by the
//! seed's `enqueueForRetry`.
//!
//! This module parses what agents wrote ([`Entry`]) and does the single writes (enqueue);
//! [`stats`] counts both lists.
//! Moving items is where tools lose jobs, so each move has its own module built on one rule:
//! every script touches keys of one hash slot only, and an item crossing slots goes through a
//! named staging list in the source's slot that the next run finishes:
//! - [`sweep`]: dead letters out of the DLQ (drain to a file, requeue, purge), under [`lock`],
//! - [`worker`]: the `retry run` worker's claim / finish / recovery of processing lists.

pub mod entry;
pub mod lock;
mod quick;
pub mod requeued;
pub mod schedule;
pub mod shape;
pub mod stats;
pub mod sweep;
pub mod worker;

use anyhow::Result;

use super::Store;
use super::value::int;
use crate::exit::{Exit, Fail};
pub use entry::{Entry, Kind};
pub use schedule::{Scheduled, enqueue, schedule};

/// Now, in epoch milliseconds, the unit of `retryAfter` (`Date.now()`).
pub fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

/// Fail with a clear message unless `key` is a list (or absent).
pub fn check_list(store: &mut Store, key: &str) -> Result<()> {
    let t = store.key_type(key);
    if t == "list" || t == "none" {
        return Ok(());
    }
    Err(
        Fail::new(Exit::Failure, format!("{key} is a {t}, not a list"))
            .hint("agents write it with RPUSH; inspect it with `redis-cli TYPE` before changing it")
            .into(),
    )
}

/// Read `key` a page at a time from `start`, parsing each entry; `each` gets the entry's
/// index and returns whether to go on.
pub fn entries(
    store: &mut Store,
    key: &str,
    kind: Kind,
    start: usize,
    page: usize,
    mut each: impl FnMut(usize, Entry) -> Result<bool>,
) -> Result<()> {
    store.list_pages(key, start, page, |first, items| {
        for (i, raw) in items.into_iter().enumerate() {
            if !each(first + i, Entry::parse(raw, kind))? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// LLEN of each key, in one round trip (0 for a missing key or a key of another type).
pub fn lengths(store: &mut Store, keys: &[&str]) -> Result<Vec<u64>> {
    let mut pipe = redis::pipe();
    for k in keys {
        pipe.cmd("LLEN").arg(*k);
    }
    let replies = store.read(&mut pipe, "list lengths")?;
    Ok(replies
        .iter()
        .map(|v| int(v).unwrap_or(0).max(0) as u64)
        .collect())
}

/// The first entry of a list, if any.
pub fn first(store: &mut Store, key: &str, kind: Kind) -> Result<Option<Entry>> {
    let mut pipe = redis::pipe();
    pipe.cmd("LINDEX").arg(key).arg(0);
    Ok(match store.read(&mut pipe, key)?.into_iter().next() {
        Some(redis::Value::BulkString(b)) => Some(Entry::parse(b, kind)),
        _ => None,
    })
}
