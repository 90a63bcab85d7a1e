//! The retry queue's side of a requeue: appending a batch of requeued dead letters with their
//! `retry_scheduled` events, once per batch id.
//!
//! The batch comes from `{retry:dead_letter_queue}:requeueing`, in another hash slot, so this
//! script cannot also clear it. Instead it leaves a marker `{retry:queue}:requeued:<batch>`
//! (in the queue's slot); delivering the same batch again after a crash finds the marker and
//! does nothing.

use anyhow::Result;

use super::super::Store;
use super::super::keys::glob_escape;
use super::super::value::int;

/// KEYS: queue, marker. ARGV: channel, marker ttl (s), n, n items, n events.
/// Runs in the retry queue's slot; the marker makes a re-run of the same batch a no-op.
const PUSH_REQUEUED: &str = r"
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'list' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. KEYS[1] .. ' is a ' .. t .. ', not a list')
end
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local n = tonumber(ARGV[3])
for i = 4, 3 + n, 4000 do
    redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 3999, 3 + n)))
end
for i = 4 + n, 3 + 2 * n do redis.call('PUBLISH', ARGV[1], ARGV[i]) end
redis.call('SET', KEYS[2], n, 'EX', ARGV[2])
return n
";

/// How long a delivered-batch marker outlives its batch: far longer than any crash is left
/// unattended, short enough not to pile up.
const MARKER_TTL_SECS: u64 = 7 * 86_400;

/// The marker saying batch `batch` reached the retry queue (in the queue's slot).
pub fn requeued_marker(store: &Store, batch: &str) -> String {
    store.keys().retry_queue_side(&format!("requeued:{batch}"))
}

/// Append requeued items and their `retry_scheduled` events to the retry queue, once per
/// batch id. Returns false when the batch had been delivered before (a crash after delivery).
pub fn push_requeued(
    store: &mut Store,
    batch: &str,
    items: &[String],
    events: &[String],
) -> Result<bool> {
    let queue = store.keys().retry_queue();
    let marker = requeued_marker(store, batch);
    let channel = store
        .keys()
        .key(super::super::keys::CHANNEL_RETRY_SCHEDULED);
    let ttl = MARKER_TTL_SECS.to_string();
    let n = items.len().to_string();
    let mut args: Vec<&str> = vec![&channel, &ttl, &n];
    args.extend(items.iter().map(String::as_str));
    args.extend(events.iter().map(String::as_str));
    let reply = store.script(
        &redis::Script::new(PUSH_REQUEUED),
        &[&queue, &marker],
        &args,
        &format!("appending requeued dead letters to {queue}"),
    )?;
    Ok(int(&reply).unwrap_or(0) > 0 || items.is_empty())
}

/// Whether batch `batch` reached the retry queue (its marker is there).
pub fn requeued(store: &mut Store, batch: &str) -> Result<bool> {
    let marker = requeued_marker(store, batch);
    let mut pipe = redis::pipe();
    pipe.cmd("EXISTS").arg(&marker);
    let reply = store.read(&mut pipe, &marker)?;
    Ok(reply.first().and_then(int) == Some(1))
}

/// Drop a delivered batch's marker once its staging list is cleared.
pub fn forget_requeued(store: &mut Store, batch: &str) -> Result<()> {
    let marker = requeued_marker(store, batch);
    store.atomic(
        redis::pipe().cmd("DEL").arg(&marker),
        &format!("deleting {marker}"),
    )?;
    Ok(())
}

/// Delete the markers of batches whose staging list is gone: a run killed between clearing a
/// batch and forgetting its marker leaves one. Call under the lock, after recovery, when no
/// requeue batch is in flight (a concurrent `import --to-queue` only ever re-reads its own
/// marker before it exists, so deleting it early is harmless).
pub fn forget_stale_markers(store: &mut Store) -> Result<u64> {
    let pattern = format!("{}*", glob_escape(&requeued_marker(store, "")));
    let mut stale: Vec<Vec<u8>> = Vec::new();
    store.scan(&pattern, |_, batch| {
        stale.extend(batch);
        Ok(())
    })?;
    for chunk in stale.chunks(1000) {
        let mut pipe = redis::pipe();
        pipe.cmd("DEL").arg(chunk);
        store.atomic(&mut pipe, "deleting stale requeue markers")?;
    }
    Ok(stale.len() as u64)
}
