//! Moving dead letters out of `retry:dead_letter_queue` without losing or doubling one.
//!
//! A sweep walks the DLQ from its head a batch at a time, under the [`DlqLock`]:
//! 1. [`send_take`] (a [`Take`]): the first `n` dead letters move into a staging list
//!    (`…:draining…` or `…:requeueing`) marked `taken`, with what is needed to redo the
//!    delivery (the file and offset, or the attempt), and come back to the client to be
//!    judged ([`SentTake::receive`]).
//! 2. [`sort`], only when some stay: those (filtered out, or bad entries) move on to `…:kept`
//!    in order and the batch is marked `sorted`.
//! 3. the caller delivers the batch (a file, or the retry queue in its own slot); the next
//!    take into the same staging list (or [`clear`]) drops it. Delivery to the queue is
//!    idempotent through a marker key per batch; delivery to a file is recognised by reading
//!    the file at the offset.
//! 4. at the end [`restore_kept`] puts the kept dead letters back at the head of the DLQ,
//!    in their original order, ahead of anything agents appended meanwhile.
//!
//! All these keys share the DLQ's hash slot (`{retry:dead_letter_queue}:…`), so each step is
//! one script. A run killed at any instant leaves every dead letter in the DLQ, `…:kept`, a
//! staging list or the destination; the next run finishes the batch: a `sorted` one is
//! delivered, a `taken` one is dropped if it was delivered whole and otherwise goes back to
//! the DLQ head.
//!
//! Drain goes through three staging lists in turn (`…:draining`, `…:draining:2`,
//! `…:draining:3`), so that a batch can be taken while the one before is judged and the one
//! before that is written. A take can also mark another list's batch `sorted` (the run has
//! decided on it, it only awaits delivery) and record in another list's meta where that
//! batch will be delivered. Decided batches are always older than undecided ones, so
//! recovery delivers the decided ones in order and puts the undecided ones back newest
//! first, which keeps every dead letter in its order.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};
use redis::Value;

use super::super::value::{Fields, bytes, int, into_bytes};
use super::super::{Sent, Store};
use super::lock::DlqLock;

/// Dead letters handled per script: big enough to amortise round trips, small enough that no
/// script holds the server for more than a few milliseconds.
pub const DEFAULT_BATCH: usize = 1000;

/// Lua `unpack` is limited by the C stack (~8000 values); push in chunks under it.
const PUSH_HELPERS: &str = r"
local function push(cmd, key, t)
    for i = 1, #t, 4000 do
        redis.call(cmd, key, unpack(t, i, math.min(i + 3999, #t)))
    end
end
local function reversed(t)
    local r = {}
    for i = #t, 1, -1 do r[#r + 1] = t[i] end
    return r
end
";

/// Every batch script starts by proving the lock (KEYS[1]) is still ARGV[1], and renews it.
const FENCE: &str = r"
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return redis.error_reply('LOCKLOST ' .. KEYS[1] .. ' is no longer held by this run')
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
";

fn fenced(body: &str) -> redis::Script {
    redis::Script::new(&format!("{PUSH_HELPERS}{FENCE}{body}"))
}

/// KEYS: lock, dlq, staging, meta, then optionally the meta of other staging lists.
/// ARGV: token, ttl, n, clear first ('1': the batch still in this staging list is delivered,
/// drop it), the KEYS index of a meta to mark decided (0: none), the KEYS index of a meta to
/// complete (0: none), p, then p field/value pairs for the new batch's meta, then the pairs
/// that complete the other one. Returns how many were taken; the caller reads them from
/// staging in the same round trip.
///
/// `SORT … BY nosort LIMIT 0 n STORE` copies the head of a list, in order, inside Redis:
/// moving the items through Lua (LRANGE into a table, RPUSH from it, return it) costs the
/// server several times more. SORT also accepts sets, hence the type check first: a failing
/// LTRIM after the copy would leave the batch in both places.
const TAKE: &str = r"
if ARGV[4] == '1' then redis.call('DEL', KEYS[3], KEYS[4]) end
if redis.call('EXISTS', KEYS[3]) == 1 then
    return redis.error_reply('BUSY ' .. KEYS[3] .. ' still holds a batch')
end
local decided, place, p = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
if decided > 0 and redis.call('EXISTS', KEYS[decided]) == 1 then
    redis.call('HSET', KEYS[decided], 'state', 'sorted')
end
if place > 0 and #ARGV > 7 + 2 * p and redis.call('EXISTS', KEYS[place]) == 1 then
    redis.call('HSET', KEYS[place], unpack(ARGV, 8 + 2 * p))
end
local t = redis.call('TYPE', KEYS[2])['ok']
if t == 'none' then return 0 end
if t ~= 'list' then
    return redis.error_reply('WRONGTYPE ' .. KEYS[2] .. ' is a ' .. t .. ', not a list')
end
local n = redis.call('SORT', KEYS[2], 'BY', 'nosort', 'LIMIT', 0, tonumber(ARGV[3]), 'STORE', KEYS[3])
if n == 0 then return 0 end
redis.call('LTRIM', KEYS[2], n, -1)
redis.call('DEL', KEYS[4])
redis.call('HSET', KEYS[4], 'state', 'taken', unpack(ARGV, 8, 7 + 2 * p))
return n
";

/// KEYS: lock, staging, kept, meta. ARGV: token, ttl, flags ('t' take / 'k' keep per item),
/// then meta field/value pairs.
const SORT: &str = r"
local flags = ARGV[3]
local n = redis.call('LLEN', KEYS[2])
if n ~= #flags then
    return redis.error_reply('MISMATCH ' .. KEYS[2] .. ' holds ' .. n .. ' items, expected ' .. #flags)
end
if string.find(flags, 'k', 1, true) then
    local items = redis.call('LRANGE', KEYS[2], 0, -1)
    local take, keep = {}, {}
    for i = 1, #items do
        if string.sub(flags, i, i) == 't' then take[#take + 1] = items[i]
        else keep[#keep + 1] = items[i] end
    end
    redis.call('DEL', KEYS[2])
    push('RPUSH', KEYS[2], take)
    push('RPUSH', KEYS[3], keep)
end
if #ARGV > 3 then redis.call('HSET', KEYS[4], unpack(ARGV, 4)) end
redis.call('HSET', KEYS[4], 'state', 'sorted')
return 1
";

/// KEYS: lock, meta. ARGV: token, ttl, field/value pairs.
const SET_META: &str = r"
redis.call('HSET', KEYS[2], unpack(ARGV, 3))
return 1
";

/// KEYS: lock, staging, meta.
const CLEAR: &str = r"
return redis.call('DEL', KEYS[2], KEYS[3])
";

/// KEYS: lock, staging, meta, dlq. A batch nobody decided on goes back to the DLQ head.
const UNSORT: &str = r"
local items = redis.call('LRANGE', KEYS[2], 0, -1)
push('LPUSH', KEYS[4], reversed(items))
redis.call('DEL', KEYS[2], KEYS[3])
return #items
";

/// KEYS: lock, kept, dlq. ARGV: token, ttl, n. Moves the last n kept items to the DLQ head.
const RESTORE_KEPT: &str = r"
local items = redis.call('LRANGE', KEYS[2], -tonumber(ARGV[3]), -1)
if #items == 0 then return 0 end
push('LPUSH', KEYS[3], reversed(items))
redis.call('LTRIM', KEYS[2], 0, -#items - 1)
return #items
";

/// KEYS: lock, dlq. ARGV: token, ttl, n. Deletes the first n dead letters (purge).
const TRIM_HEAD: &str = r"
local n = math.min(tonumber(ARGV[3]), redis.call('LLEN', KEYS[2]))
if n > 0 then redis.call('LTRIM', KEYS[2], n, -1) end
return n
";

/// The staging list a sweep moves chosen dead letters through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Staging {
    Draining,
    /// Drain's second and third lists: batches go through the three in turn.
    Draining2,
    Draining3,
    Requeueing,
}

impl Staging {
    pub const ALL: [Staging; 4] = [
        Staging::Draining,
        Staging::Draining2,
        Staging::Draining3,
        Staging::Requeueing,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Staging::Draining => "draining",
            Staging::Draining2 => "draining:2",
            Staging::Draining3 => "draining:3",
            Staging::Requeueing => "requeueing",
        }
    }

    pub fn list(self, store: &Store) -> String {
        store.keys().dead_letter_side(self.name())
    }

    pub fn meta(self, store: &Store) -> String {
        store
            .keys()
            .dead_letter_side(&format!("{}:meta", self.name()))
    }
}

/// Dead letters a sweep looked at and left, on their way back to the DLQ head.
pub fn kept_key(store: &Store) -> String {
    store.keys().dead_letter_side("kept")
}

/// A batch found in a staging list.
pub struct StagedBatch {
    pub staging: Staging,
    pub items: Vec<Vec<u8>>,
    /// `sorted`: the run had decided on these items; otherwise they go back.
    pub sorted: bool,
    pub meta: BTreeMap<String, String>,
}

impl StagedBatch {
    /// The batch's number in its run (batch ids end in `-<n>`), to finish batches in order.
    pub fn number(&self) -> u64 {
        self.meta
            .get("batch")
            .and_then(|b| b.rsplit_once('-'))
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(0)
    }
}

/// What a staging list holds now, if anything.
pub fn staged(store: &mut Store, staging: Staging) -> Result<Option<StagedBatch>> {
    let (list, meta) = (staging.list(store), staging.meta(store));
    let mut pipe = redis::pipe();
    pipe.cmd("LRANGE")
        .arg(&list)
        .arg(0)
        .arg(-1)
        .cmd("HGETALL")
        .arg(&meta);
    let mut replies = store.read(&mut pipe, &list)?.into_iter();
    let items = match replies.next() {
        Some(Value::Array(items)) => items.iter().map(bytes).collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let meta = Fields::from_hgetall(replies.next().unwrap_or(Value::Nil))
        .map(|f| f.map)
        .unwrap_or_default();
    if items.is_empty() {
        return Ok(None);
    }
    Ok(Some(StagedBatch {
        staging,
        sorted: meta.get("state").map(String::as_str) == Some("sorted"),
        items,
        meta,
    }))
}

fn run(store: &mut Store, body: &str, keys: &[&str], args: &[&str], what: &str) -> Result<Value> {
    store.script(&fenced(body), keys, args, what)
}

/// Step 1, as the sweep asks for it: move up to `n` dead letters from the DLQ head into
/// `staging`, recording `meta` with them.
pub struct Take<'a> {
    pub staging: Staging,
    pub n: usize,
    /// The batch still in `staging` has been delivered: drop it in the same script (one
    /// round trip per batch instead of two).
    pub clear_first: bool,
    /// Another staging list whose batch the run has decided on: marked `sorted`.
    pub decided: Option<Staging>,
    /// Another staging list whose batch's meta gets these fields (where it will be
    /// delivered, known only once the batches before it were judged).
    pub place: Option<(Staging, &'a [(&'static str, String)])>,
    pub meta: &'a [(&'static str, String)],
}

/// A take sent to Redis, not yet answered: Redis moves the batch while the caller works.
#[must_use = "the take must be received"]
pub struct SentTake {
    sent: Sent,
    list: String,
}

/// Step 1, sent without waiting for the answer (see [`SentTake::receive`]).
pub fn send_take(store: &mut Store, lock: &DlqLock, t: &Take<'_>) -> Result<SentTake> {
    let (dlq, list) = (store.keys().dead_letter_queue(), t.staging.list(store));
    let mut keys = vec![
        lock.key.clone(),
        dlq.clone(),
        list.clone(),
        t.staging.meta(store),
    ];
    let mut index_of = |other: Option<Staging>| match other {
        Some(o) if o != t.staging => {
            keys.push(o.meta(store));
            keys.len().to_string()
        }
        _ => "0".to_string(),
    };
    let decided = index_of(t.decided);
    let place = index_of(t.place.map(|(o, _)| o));
    let (token, ttl, n, p) = (
        lock.token(),
        ttl(),
        t.n.to_string(),
        t.meta.len().to_string(),
    );
    let clear = if t.clear_first { "1" } else { "0" };
    let mut args: Vec<&str> = vec![&token, &ttl, &n, clear, &decided, &place, &p];
    let place_fields = t.place.map(|(_, f)| f).unwrap_or_default();
    for (k, v) in t.meta.iter().chain(place_fields) {
        args.push(k);
        args.push(v);
    }
    let mut read = redis::cmd("LRANGE");
    read.arg(&list).arg(0).arg(-1);
    let sent = store.send_script_then_read(
        &fenced(TAKE),
        &keys.iter().map(String::as_str).collect::<Vec<_>>(),
        &args,
        &read,
        &format!("moving dead letters from {dlq} into {list}"),
    )?;
    Ok(SentTake { sent, list })
}

impl SentTake {
    /// The dead letters taken (none when the DLQ was empty).
    pub fn receive(self, store: &mut Store) -> Result<Vec<Vec<u8>>> {
        let (taken, items) = store.receive(self.sent)?;
        let taken = int(&taken).unwrap_or(0) as usize;
        match items {
            Value::Array(items) if items.len() == taken => {
                Ok(items.into_iter().map(into_bytes).collect())
            }
            other => Err(anyhow!(
                "{} should hold the {taken} dead letters just taken, but reads as {}",
                self.list,
                describe(&other)
            )),
        }
    }
}

/// A reply in a few words, for an error message (not the thousands of items it may hold).
fn describe(v: &Value) -> String {
    match v {
        Value::Array(items) => format!("{} items", items.len()),
        other => format!("{other:?}"),
    }
}

/// Step 2, when some of the batch stays: move the items whose flag is false on to `…:kept`
/// and mark the batch sorted. (A batch taken whole needs no sorting: after a crash, a `taken`
/// batch is either found delivered or goes back to the DLQ.)
pub fn sort(
    store: &mut Store,
    lock: &DlqLock,
    staging: Staging,
    chosen: &[bool],
    meta: &[(&str, String)],
) -> Result<()> {
    let (list, kept, meta_key) = (staging.list(store), kept_key(store), staging.meta(store));
    let flags: String = chosen.iter().map(|c| if *c { 't' } else { 'k' }).collect();
    let token = lock.token();
    let ttl = ttl();
    let mut args: Vec<&str> = vec![&token, &ttl, &flags];
    for (k, v) in meta {
        args.push(k);
        args.push(v);
    }
    run(
        store,
        SORT,
        &[&lock.key, &list, &kept, &meta_key],
        &args,
        &format!("sorting the batch in {list}"),
    )?;
    Ok(())
}

/// Update a staged batch's meta (where a recovered batch is being written).
pub fn set_meta(
    store: &mut Store,
    lock: &DlqLock,
    staging: Staging,
    meta: &[(&str, String)],
) -> Result<()> {
    let meta_key = staging.meta(store);
    let token = lock.token();
    let ttl = ttl();
    let mut args: Vec<&str> = vec![&token, &ttl];
    for (k, v) in meta {
        args.push(k);
        args.push(v);
    }
    run(
        store,
        SET_META,
        &[&lock.key, &meta_key],
        &args,
        &format!("recording progress in {meta_key}"),
    )?;
    Ok(())
}

/// Step 3 done: the batch is delivered, drop it from staging.
pub fn clear(store: &mut Store, lock: &DlqLock, staging: Staging) -> Result<()> {
    let (list, meta) = (staging.list(store), staging.meta(store));
    run(
        store,
        CLEAR,
        &[&lock.key, &list, &meta],
        &[&lock.token(), &ttl()],
        &format!("dropping the delivered batch from {list}"),
    )?;
    Ok(())
}

/// Put an undecided (taken, never sorted) batch back at the DLQ head. Returns how many.
pub fn unsort(store: &mut Store, lock: &DlqLock, staging: Staging) -> Result<u64> {
    let (list, meta, dlq) = (
        staging.list(store),
        staging.meta(store),
        store.keys().dead_letter_queue(),
    );
    let reply = run(
        store,
        UNSORT,
        &[&lock.key, &list, &meta, &dlq],
        &[&lock.token(), &ttl()],
        &format!("returning {list} to {dlq}"),
    )?;
    Ok(int(&reply).unwrap_or(0) as u64)
}

/// Step 4: every kept dead letter back at the DLQ head, a batch per script. Returns how many.
pub fn restore_kept(store: &mut Store, lock: &DlqLock, batch: usize) -> Result<u64> {
    let (kept, dlq) = (kept_key(store), store.keys().dead_letter_queue());
    let mut total = 0;
    loop {
        let reply = run(
            store,
            RESTORE_KEPT,
            &[&lock.key, &kept, &dlq],
            &[&lock.token(), &ttl(), &batch.max(1).to_string()],
            &format!("returning {kept} to {dlq}"),
        )?;
        match int(&reply).unwrap_or(0) {
            0 => return Ok(total),
            n => total += n as u64,
        }
    }
}

/// Delete the first `n` dead letters (those counted when a purge was approved).
pub fn trim_head(store: &mut Store, lock: &DlqLock, n: u64) -> Result<u64> {
    let dlq = store.keys().dead_letter_queue();
    let reply = run(
        store,
        TRIM_HEAD,
        &[&lock.key, &dlq],
        &[&lock.token(), &ttl(), &n.to_string()],
        &format!("deleting dead letters from {dlq}"),
    )?;
    Ok(int(&reply).unwrap_or(0) as u64)
}

fn ttl() -> String {
    super::lock::LEASE_MS.to_string()
}
