//! `retry list`, `retry stats` and `retry dlq list`: reading both lists a page at a time.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{DeadRow, Filter, QueueRow};
use crate::cli::retry::{DlqListArgs, ListArgs};
use crate::commands::{Ctx, count};
use crate::exit::Exit;
use crate::output::{Cell, Detail, Tone, relative};
use crate::store::Store;
use crate::store::retry::sweep::{Staging, kept_key};
use crate::store::retry::{self, Kind, worker};
use crate::time::Time;

/// Entries read per LRANGE.
const PAGE: usize = 1000;

pub fn queue(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let key = store.keys().retry_queue();
    retry::check_list(&mut store, &key)?;
    let now_ms = retry::now_ms();
    let filtered = args.ready || args.agent.is_some();
    let mut hidden_bad = 0;
    let mut rows = ctx.ui.list::<QueueRow>("retry items");
    let mut shown = 0;
    retry::entries(&mut store, &key, Kind::Queue, 0, PAGE, |i, e| {
        if args.limit.is_some_and(|l| shown >= l) {
            return Ok(false);
        }
        if filtered && !e.is_clean() {
            hidden_bad += 1;
            return Ok(true);
        }
        if (args.ready && !e.due(now_ms))
            || args
                .agent
                .as_ref()
                .is_some_and(|a| e.agent.as_ref() != Some(a))
        {
            return Ok(true);
        }
        shown += 1;
        rows.push(QueueRow::new(i, e, now_ms))?;
        Ok(true)
    })?;
    rows.finish()?;
    warn_hidden(ctx, hidden_bad, &key);
    Ok(Exit::Ok)
}

pub fn dead(ctx: &mut Ctx, args: &DlqListArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let key = store.keys().dead_letter_queue();
    retry::check_list(&mut store, &key)?;
    let filter = Filter::new(&args.filters, &[], ctx.ui.now());
    let mut hidden_bad = 0;
    let mut rows = ctx.ui.list::<DeadRow>("dead letters");
    let mut shown = 0;
    retry::entries(&mut store, &key, Kind::Dead, 0, PAGE, |i, e| {
        if args.limit.is_some_and(|l| shown >= l) {
            return Ok(false);
        }
        if !filter.is_everything() && !e.is_clean() {
            hidden_bad += 1;
            return Ok(true);
        }
        if filter.selects(&e) {
            shown += 1;
            rows.push(DeadRow::new(i, e))?;
        }
        Ok(true)
    })?;
    rows.finish()?;
    warn_hidden(ctx, hidden_bad, &key);
    warn_staged(ctx, &mut store)?;
    Ok(Exit::Ok)
}

fn warn_hidden(ctx: &Ctx, n: usize, key: &str) {
    if n > 0 {
        ctx.ui.warn(&format!(
            "{} in {key} could not be read and did not match the filters (list without filters to see them)",
            count(n, "entry")
        ));
    }
}

/// Dead letters that an interrupted run left outside the DLQ are still dead letters: say so.
fn warn_staged(ctx: &Ctx, store: &mut Store) -> Result<()> {
    let s = Staged::read(store)?;
    if s.kept + s.draining + s.requeueing > 0 {
        ctx.ui.warn(&format!(
            "{} held by an interrupted or running drain/requeue ({} kept, {} draining, {} requeueing); \
             the next `retry dlq drain`, `requeue` or `purge` puts them where they belong",
            count((s.kept + s.draining + s.requeueing) as usize, "dead letter"),
            s.kept,
            s.draining,
            s.requeueing
        ));
    }
    Ok(())
}

/// Items in coordctl's own staging and processing lists.
#[derive(Serialize, Default)]
struct Staged {
    draining: u64,
    requeueing: u64,
    kept: u64,
    processing: u64,
    workers: Vec<WorkerRow>,
}

#[derive(Serialize)]
struct WorkerRow {
    worker: String,
    processing: u64,
    alive: bool,
}

impl Staged {
    fn read(store: &mut Store) -> Result<Staged> {
        let keys = [
            Staging::Draining.list(store),
            Staging::Draining2.list(store),
            Staging::Draining3.list(store),
            Staging::Requeueing.list(store),
            kept_key(store),
        ];
        let lens = retry::lengths(store, &keys.iter().map(String::as_str).collect::<Vec<_>>())?;
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
            let n = crate::store::value::int(&pair[0]).unwrap_or(0).max(0) as u64;
            s.processing += n;
            s.workers.push(WorkerRow {
                worker: id,
                processing: n,
                alive: crate::store::value::int(&pair[1]) == Some(1),
            });
        }
        Ok(s)
    }
}

#[derive(Serialize)]
struct Stats {
    queue: String,
    queue_length: u64,
    ready: u64,
    waiting: u64,
    bad_entries: u64,
    next_due: Option<Time>,
    dead_letter_queue: String,
    dead_letters: u64,
    /// The timestamp of the first dead letter (the DLQ is appended in time order).
    oldest_dead_letter: Option<Time>,
    oldest_dead_letter_age_seconds: Option<i64>,
    staging: Staged,
}

pub fn stats(ctx: &mut Ctx) -> Result<Exit> {
    let mut store = ctx.store()?;
    let (queue, dlq) = (store.keys().retry_queue(), store.keys().dead_letter_queue());
    retry::check_list(&mut store, &queue)?;
    retry::check_list(&mut store, &dlq)?;
    let now_ms = retry::now_ms();
    let now = ctx.ui.now();
    let mut s = Stats {
        queue: queue.clone(),
        queue_length: 0,
        ready: 0,
        waiting: 0,
        bad_entries: 0,
        next_due: None,
        dead_letter_queue: dlq.clone(),
        dead_letters: retry::lengths(&mut store, &[&dlq])?[0],
        oldest_dead_letter: None,
        oldest_dead_letter_age_seconds: None,
        staging: Staged::read(&mut store)?,
    };
    let mut next: Option<f64> = None;
    retry::entries(&mut store, &queue, Kind::Queue, 0, PAGE, |_, e| {
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
    if let Some(first) = retry::first(&mut store, &dlq, Kind::Dead)? {
        s.oldest_dead_letter = first.timestamp;
        s.oldest_dead_letter_age_seconds = first.timestamp.map(|t| (now - t.0).num_seconds());
    }
    ctx.ui.detail(&s)?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

impl Detail for Stats {
    fn fields(&self, now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let tone = |n: u64, t: Tone| if n > 0 { t } else { Tone::Plain };
        let mut out = vec![
            (
                "queue".to_string(),
                Cell::new(format!(
                    "{} ({})",
                    count(self.queue_length as usize, "item"),
                    self.queue
                )),
            ),
            (
                "  ready".to_string(),
                Cell::new(self.ready.to_string()).tone(tone(self.ready, Tone::Good)),
            ),
            ("  waiting".to_string(), Cell::new(self.waiting.to_string())),
            (
                "  next due".to_string(),
                self.next_due
                    .map_or_else(Cell::none, |t| Cell::new(relative(t.0, now))),
            ),
        ];
        if self.bad_entries > 0 {
            out.push((
                "  unreadable".to_string(),
                Cell::new(self.bad_entries.to_string()).tone(Tone::Bad),
            ));
        }
        out.push((
            "dead letters".to_string(),
            Cell::new(format!(
                "{} ({})",
                self.dead_letters, self.dead_letter_queue
            ))
            .tone(tone(self.dead_letters, Tone::Warn)),
        ));
        out.push((
            "  oldest".to_string(),
            self.oldest_dead_letter
                .map_or_else(Cell::none, |t| Cell::new(relative(t.0, now))),
        ));
        let st = &self.staging;
        for (label, n) in [
            ("staging: draining", st.draining),
            ("staging: requeueing", st.requeueing),
            ("staging: kept", st.kept),
            ("processing", st.processing),
        ] {
            out.push((
                label.to_string(),
                Cell::new(n.to_string()).tone(tone(n, Tone::Warn)),
            ));
        }
        for w in &st.workers {
            let state = if w.alive {
                "alive"
            } else {
                "gone: recovered by the next `retry run`"
            };
            out.push((
                format!("  worker {}", w.worker),
                Cell::new(format!(
                    "{} ({state})",
                    count(w.processing as usize, "item")
                ))
                .tone(if w.alive { Tone::Plain } else { Tone::Warn }),
            ));
        }
        out
    }
}
