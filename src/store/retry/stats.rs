//! How full the retry queue and the dead letter queue are: ready and waiting items, dead
//! letters and the oldest one, and what coordctl's own staging and processing lists hold.
//! `retry stats` shows it; `status` summarises it.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::sweep::{Staging, kept_key};
use super::{Kind, entries, first, lengths, worker};
use crate::store::Store;
use crate::store::value::int;
use crate::time::Time;

/// Entries read per LRANGE.
const PAGE: usize = 1000;

/// Both lists at a glance. JSON field names are `retry stats -o json`'s.
#[derive(Serialize, Clone, Debug)]
pub struct Stats {
    pub queue: String,
    pub queue_length: u64,
    pub ready: u64,
    pub waiting: u64,
    pub bad_entries: u64,
    pub next_due: Option<Time>,
    pub dead_letter_queue: String,
    pub dead_letters: u64,
    /// The timestamp of the first dead letter (the DLQ is appended in time order).
    pub oldest_dead_letter: Option<Time>,
    pub oldest_dead_letter_age_seconds: Option<i64>,
    pub staging: Staged,
    /// Keys that are not lists (nothing was read from them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// Items in coordctl's own staging and processing lists.
#[derive(Serialize, Clone, Debug, Default)]
pub struct Staged {
    pub draining: u64,
    pub requeueing: u64,
    pub kept: u64,
    pub processing: u64,
    pub workers: Vec<WorkerLoad>,
}

/// One `retry run` worker's processing list.
#[derive(Serialize, Clone, Debug)]
pub struct WorkerLoad {
    pub worker: String,
    pub processing: u64,
    /// Its heartbeat key exists; a dead worker's items are recovered by the next `retry run`.
    pub alive: bool,
}

impl Staged {
    /// Dead letters held outside the DLQ by an interrupted or running drain/requeue.
    pub fn dead_letters(&self) -> u64 {
        self.kept + self.draining + self.requeueing
    }

    pub fn read(store: &mut Store) -> Result<Staged> {
        let keys = [
            Staging::Draining.list(store),
            Staging::Draining2.list(store),
            Staging::Draining3.list(store),
            Staging::Requeueing.list(store),
            kept_key(store),
        ];
        let lens = lengths(store, &keys.iter().map(String::as_str).collect::<Vec<_>>())?;
        let mut s = Staged {
            draining: lens[0] + lens[1] + lens[2],
            requeueing: lens[3],
            kept: lens[4],
            ..Staged::default()
        };
        let lists = worker::processing_lists(store)?;
        if lists.is_empty() {
            return Ok(s);
        }
        let mut pipe = redis::pipe();
        for (id, key) in &lists {
            pipe.cmd("LLEN")
                .arg(key)
                .cmd("EXISTS")
                .arg(worker::heartbeat_key(store, id));
        }
        let replies = store.read(&mut pipe, "processing lists")?;
        for ((id, _), pair) in lists.into_iter().zip(replies.chunks(2)) {
            let n = int(&pair[0]).unwrap_or(0).max(0) as u64;
            s.processing += n;
            s.workers.push(WorkerLoad {
                worker: id,
                processing: n,
                alive: int(&pair[1]) == Some(1),
            });
        }
        Ok(s)
    }
}

/// Count both lists as of `now`: every queue item is read (a page at a time) to tell ready
/// from waiting; of the DLQ only its length and first entry. A key that is not a list is
/// reported in `problems` and not read.
pub fn stats(store: &mut Store, now: DateTime<Utc>) -> Result<Stats> {
    let (queue, dlq) = (store.keys().retry_queue(), store.keys().dead_letter_queue());
    let mut problems = Vec::new();
    let mut is_list = |store: &mut Store, key: &str| {
        let t = store.key_type(key);
        let ok = t == "list" || t == "none";
        if !ok {
            problems.push(format!("{key} is a {t}, not a list"));
        }
        ok
    };
    let (queue_ok, dlq_ok) = (is_list(store, &queue), is_list(store, &dlq));
    let now_ms = now.timestamp_millis() as f64;
    let mut s = Stats {
        queue: queue.clone(),
        queue_length: 0,
        ready: 0,
        waiting: 0,
        bad_entries: 0,
        next_due: None,
        dead_letter_queue: dlq.clone(),
        dead_letters: 0,
        oldest_dead_letter: None,
        oldest_dead_letter_age_seconds: None,
        staging: Staged::read(store)?,
        problems,
    };
    if queue_ok {
        let mut next: Option<f64> = None;
        entries(store, &queue, Kind::Queue, 0, PAGE, |_, e| {
            s.queue_length += 1;
            match e.retry_after {
                _ if !e.is_clean() => s.bad_entries += 1,
                Some(t) if t <= now_ms => s.ready += 1,
                Some(t) => {
                    s.waiting += 1;
                    next = Some(next.map_or(t, |n| n.min(t)));
                }
                None => s.bad_entries += 1,
            }
            Ok(true)
        })?;
        s.next_due = next.and_then(Time::from_epoch_ms);
    }
    if dlq_ok {
        s.dead_letters = lengths(store, &[&dlq])?[0];
        if let Some(first) = first(store, &dlq, Kind::Dead)? {
            s.oldest_dead_letter = first.timestamp;
            s.oldest_dead_letter_age_seconds = first.timestamp.map(|t| (now - t.0).num_seconds());
        }
    }
    Ok(s)
}
