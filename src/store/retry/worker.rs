//! The `retry run` worker's moves, each one script in the retry queue's slot:
//! claim a due item into the worker's own processing list (`{retry:queue}:processing:<id>`),
//! then finish it: drop it (success), or replace it with its next attempt in the queue, or
//! put it back deferred (breaker open).
//!
//! Dead-lettering crosses into the DLQ's slot, so it is two scripts: the dead letter is
//! appended with a marker `{retry:dead_letter_queue}:dead-lettered:<hash of the item>`, then
//! the item leaves the processing list. A crash between the two leaves the item in both
//! places; whoever recovers the processing list sees the marker and drops it instead of
//! retrying it again.
//!
//! A worker proves it is alive with `{retry:queue}:worker:<id>` (renewed while it works, gone
//! 30 s after it dies); processing lists whose worker is gone are recovered: their items go
//! back to the head of the queue, unchanged.

use anyhow::Result;
use redis::Value;

use super::super::Store;
use super::super::keys::glob_escape;
use super::super::value::{bytes, int};
use super::lock::{self, Holder, LEASE_MS};
use crate::exit::{Exit, Fail};

/// How long a dead-letter marker is kept: longer than a dead worker stays unrecovered.
const MARKER_TTL_SECS: u64 = 7 * 86_400;

/// A running worker: its name, heartbeat and processing list.
pub struct Worker {
    pub id: String,
    pub holder: Holder,
    pub heartbeat: String,
    pub processing: String,
}

/// Register worker `id`, or fail if a live worker already uses the name.
pub fn start(store: &mut Store, id: &str) -> Result<Worker> {
    let heartbeat = heartbeat_key(store, id);
    let holder = Holder::me("run");
    if let Err(other) = lock::take(store, &heartbeat, &holder)? {
        return Err(Fail::new(
            Exit::Failure,
            format!(
                "worker {id:?} is already running: {} ({heartbeat})",
                other.describe()
            ),
        )
        .hint("give this worker another --worker name")
        .into());
    }
    Ok(Worker {
        id: id.to_string(),
        processing: processing_key(store, id),
        heartbeat,
        holder,
    })
}

pub fn heartbeat_key(store: &Store, id: &str) -> String {
    store.keys().retry_queue_side(&format!("worker:{id}"))
}

pub fn processing_key(store: &Store, id: &str) -> String {
    store.keys().retry_queue_side(&format!("processing:{id}"))
}

const BEAT: &str = r"
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
";

/// Renew the heartbeat. False when it is no longer ours (we were presumed dead).
pub fn beat(store: &mut Store, w: &Worker) -> Result<bool> {
    let reply = store.script(
        &redis::Script::new(BEAT),
        &[&w.heartbeat],
        &[&w.holder.encode(), &LEASE_MS.to_string()],
        &format!("renewing {}", w.heartbeat),
    )?;
    Ok(int(&reply) == Some(1))
}

pub fn stop(store: &mut Store, w: &Worker) -> Result<()> {
    lock::give_up(store, &w.heartbeat, &w.holder)
}

/// KEYS: heartbeat, queue, processing. ARGV: holder, ttl, item.
const CLAIM: &str = r"
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return redis.error_reply('LOST ' .. KEYS[1] .. ' expired; this worker was presumed dead')
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if redis.call('LREM', KEYS[2], 1, ARGV[3]) == 1 then
    redis.call('RPUSH', KEYS[3], ARGV[3])
    return 1
end
return 0
";

/// Move `item` (exact bytes, as read from the queue) into this worker's processing list.
/// False when another consumer took it first.
pub fn claim(store: &mut Store, w: &Worker, item: &str) -> Result<bool> {
    let queue = store.keys().retry_queue();
    let reply = store.script(
        &redis::Script::new(CLAIM),
        &[&w.heartbeat, &queue, &w.processing],
        &[&w.holder.encode(), &LEASE_MS.to_string(), item],
        &format!("claiming an item from {queue}"),
    )?;
    Ok(int(&reply) == Some(1))
}

/// KEYS: processing, queue. ARGV: item, replacement ('' none), channel, message ('' none).
const FINISH: &str = r"
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then return 0 end
if ARGV[2] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[2]) end
if ARGV[4] ~= '' then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
return 1
";

/// Take `item` out of the processing list, optionally appending `replacement` to the queue
/// and publishing `event` (channel, message), all at once. False when the item was no longer
/// there (recovered by another worker while this one was presumed dead): nothing is written.
pub fn finish(
    store: &mut Store,
    w: &Worker,
    item: &str,
    replacement: Option<&str>,
    event: Option<(&str, &str)>,
) -> Result<bool> {
    let queue = store.keys().retry_queue();
    let (channel, message) = event.unwrap_or(("", ""));
    let reply = store.script(
        &redis::Script::new(FINISH),
        &[&w.processing, &queue],
        &[item, replacement.unwrap_or(""), channel, message],
        &format!("finishing an item in {}", w.processing),
    )?;
    Ok(int(&reply) == Some(1))
}

/// The marker saying the processing-list item `item` has been dead-lettered.
pub fn dead_marker(store: &Store, item: &[u8]) -> String {
    store
        .keys()
        .dead_letter_side(&format!("dead-lettered:{:016x}", fnv64(item)))
}

/// KEYS: dlq, marker. ARGV: dead letter, channel, message, marker ttl.
const DEAD: &str = r"
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'list' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. KEYS[1] .. ' is a ' .. t .. ', not a list')
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('PUBLISH', ARGV[2], ARGV[3])
redis.call('SET', KEYS[2], 1, 'EX', ARGV[4])
return 1
";

/// First half of dead-lettering `item`: append `dead_letter` to the DLQ with its event and a
/// marker, once. Then [`finish`] takes the item out of the processing list.
pub fn dead_letter(store: &mut Store, item: &str, dead_letter: &str, event: &str) -> Result<()> {
    let dlq = store.keys().dead_letter_queue();
    let marker = dead_marker(store, item.as_bytes());
    let channel = store
        .keys()
        .key(super::super::keys::CHANNEL_RETRY_EXHAUSTED);
    store.script(
        &redis::Script::new(DEAD),
        &[&dlq, &marker],
        &[dead_letter, &channel, event, &MARKER_TTL_SECS.to_string()],
        &format!("appending a dead letter to {dlq}"),
    )?;
    Ok(())
}

/// Every processing list: (worker id, key).
pub fn processing_lists(store: &mut Store) -> Result<Vec<(String, String)>> {
    let prefix = processing_key(store, "");
    let pattern = format!("{}*", glob_escape(&prefix));
    let mut found = Vec::new();
    store.scan(&pattern, |_, batch| {
        for key in batch {
            let key = String::from_utf8_lossy(&key).into_owned();
            if let Some(id) = key.strip_prefix(&prefix) {
                found.push((id.to_string(), key.clone()));
            }
        }
        Ok(())
    })?;
    found.sort();
    Ok(found)
}

/// KEYS: processing, queue, heartbeat. ARGV: the heartbeat value that may be overridden
/// ('' none), then items to drop (already dead-lettered).
const RECOVER: &str = r"
local hb = redis.call('GET', KEYS[3])
if hb and hb ~= ARGV[1] then return -1 end
local drop = {}
for i = 2, #ARGV do drop[ARGV[i]] = true end
local items = redis.call('LRANGE', KEYS[1], 0, -1)
local back = {}
for i = #items, 1, -1 do
    if not drop[items[i]] then back[#back + 1] = items[i] end
end
for i = 1, #back, 4000 do
    redis.call('LPUSH', KEYS[2], unpack(back, i, math.min(i + 3999, #back)))
end
redis.call('DEL', KEYS[1])
return #back
";

/// What recovering one processing list did.
pub struct Recovered {
    /// Items put back at the head of the queue.
    pub requeued: u64,
    /// Items already dead-lettered by the worker before it died.
    pub dropped: u64,
}

/// Put a dead worker's items back on the queue. `None` when the worker is alive. A worker
/// may recover its own list (`me`), e.g. after restarting under the same name.
pub fn recover(store: &mut Store, id: &str, me: Option<&Worker>) -> Result<Option<Recovered>> {
    let (processing, heartbeat) = (processing_key(store, id), heartbeat_key(store, id));
    let queue = store.keys().retry_queue();
    let mut pipe = redis::pipe();
    pipe.cmd("GET")
        .arg(&heartbeat)
        .cmd("LRANGE")
        .arg(&processing)
        .arg(0)
        .arg(-1);
    let mut replies = store.read(&mut pipe, &processing)?.into_iter();
    let current = match replies.next() {
        Some(Value::BulkString(b)) => Some(String::from_utf8_lossy(&b).into_owned()),
        _ => None,
    };
    let items: Vec<Vec<u8>> = match replies.next() {
        Some(Value::Array(v)) => v.iter().map(bytes).collect(),
        _ => Vec::new(),
    };
    let overridable = match (&current, me) {
        (None, _) => String::new(),
        (Some(c), Some(w)) if *c == w.holder.encode() => c.clone(),
        (Some(c), _) if Holder::decode(c).is_some_and(|h| h.is_dead_here()) => c.clone(),
        (Some(_), _) => return Ok(None),
    };
    let mut pipe = redis::pipe();
    for item in &items {
        pipe.cmd("EXISTS").arg(dead_marker(store, item));
    }
    let marked = if items.is_empty() {
        Vec::new()
    } else {
        store.read(&mut pipe, "dead-letter markers")?
    };
    let drop: Vec<String> = items
        .iter()
        .zip(&marked)
        .filter(|(_, m)| int(m) == Some(1))
        .filter_map(|(item, _)| String::from_utf8(item.clone()).ok())
        .collect();
    let mut args: Vec<&str> = vec![&overridable];
    args.extend(drop.iter().map(String::as_str));
    let reply = store.script(
        &redis::Script::new(RECOVER),
        &[&processing, &queue, &heartbeat],
        &args,
        &format!("recovering {processing}"),
    )?;
    match int(&reply) {
        Some(n) if n >= 0 => Ok(Some(Recovered {
            requeued: n as u64,
            dropped: drop.len() as u64,
        })),
        _ => Ok(None),
    }
}

/// FNV-1a: a stable 64-bit hash (the same in every build) for marker names.
pub fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
