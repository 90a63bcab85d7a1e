//! `retry run -- <command…>`: the seed's `processRetryQueue`, made reliable.
//!
//! The seed pops an item and pushes it back in two calls (a crash in between loses it) and
//! loses the item outright if the worker dies while the task runs. Here an item is claimed
//! atomically into this worker's processing list and only leaves it in the same script that
//! records the outcome; a worker that dies leaves its item there, and the next `retry run`
//! (any worker) puts it back on the queue.

use std::time::{Duration, Instant};

use anyhow::Result;
use serde::Serialize;

use super::exec;
use super::sweep::{catch_interrupt, interrupted};
use crate::cli::retry::RunArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::{Exit, Fail};
use crate::output::Format;
use crate::store::keys::{CHANNEL_RETRY_SCHEDULED, CHANNEL_RETRY_SUCCESS};
use crate::store::retry::worker::{self, Worker};
use crate::store::retry::{self, Entry, Kind, Scheduled, lock, shape};
use crate::store::{Store, breaker};

/// The seed defers an item whose agent's breaker is open by one minute.
const BREAKER_DEFER_MS: f64 = 60_000.0;
/// How often dead workers' processing lists are looked for while running.
const RECOVER_EVERY: Duration = Duration::from_secs(30);

#[derive(Serialize, Default)]
struct Tally {
    worker: String,
    claimed: u64,
    succeeded: u64,
    /// Failed and scheduled for another attempt.
    retried: u64,
    dead_lettered: u64,
    /// Put back due in a minute because the agent's breaker was open.
    deferred: u64,
    /// Put back unchanged because the worker was interrupted.
    returned: u64,
    /// Items put back from dead workers' processing lists.
    recovered: u64,
    /// Items whose result was not recorded: another worker had recovered them meanwhile.
    superseded: u64,
}

pub fn run(ctx: &mut Ctx, args: &RunArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let (queue, dlq) = (store.keys().retry_queue(), store.keys().dead_letter_queue());
    retry::check_list(&mut store, &queue)?;
    retry::check_list(&mut store, &dlq)?;
    let id = args
        .worker
        .clone()
        .unwrap_or_else(|| format!("{}:{}", lock::host(), std::process::id()));
    let plan = Plan::write(
        format!("work {queue} as worker {id}"),
        vec![
            format!(
                "claim each due item into {}",
                worker::processing_key(&store, &id)
            ),
            format!("run `{}` with the item on stdin", args.command.join(" ")),
            format!(
                "exit 0: drop it and publish retry_success; otherwise re-enqueue it, or dead-letter it after {} attempts",
                args.max_retries
            ),
        ],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    catch_interrupt();
    let w = worker::start(&mut store, &id)?;
    let mut t = Tally {
        worker: id.clone(),
        ..Tally::default()
    };
    let result = work(ctx, &mut store, &w, args, &mut t);
    let stopped = worker::stop(&mut store, &w);
    result?;
    stopped?;
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&format!(
            "worker {id}: {} claimed, {} succeeded, {} retried, {} dead-lettered, {} deferred, {} returned, {} recovered from dead workers",
            t.claimed, t.succeeded, t.retried, t.dead_lettered, t.deferred, t.returned, t.recovered
        ))?,
        _ => ctx.ui.json(&t)?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

fn work(ctx: &mut Ctx, store: &mut Store, w: &Worker, args: &RunArgs, t: &mut Tally) -> Result<()> {
    recover_dead(ctx, store, w, t)?;
    let mut last_recovery = Instant::now();
    let mut bad_reported = 0;
    loop {
        if interrupted() || args.max_items.is_some_and(|m| t.claimed >= m) {
            return Ok(());
        }
        if last_recovery.elapsed() >= RECOVER_EVERY {
            recover_dead(ctx, store, w, t)?;
            last_recovery = Instant::now();
        }
        if !worker::beat(store, w)? {
            return Err(lost(w));
        }
        let (due, bad) = first_due(store)?;
        if bad > bad_reported {
            ctx.ui.warn(&format!(
                "{} in {} cannot be scheduled and are left in place (`coordctl retry list` marks them)",
                count(bad, "entry"),
                store.keys().retry_queue()
            ));
            bad_reported = bad;
        }
        let Some(e) = due else {
            if args.once || args.exit_when_idle {
                return Ok(());
            }
            idle(args.poll);
            continue;
        };
        let raw = String::from_utf8_lossy(&e.raw).into_owned();
        if !worker::claim(store, w, &raw)? {
            continue; // another consumer took it first
        }
        t.claimed += 1;
        process(ctx, store, w, args, t, &e, &raw)?;
        if args.once {
            return Ok(());
        }
    }
}

fn lost(w: &Worker) -> anyhow::Error {
    Fail::new(
        Exit::Failure,
        format!(
            "worker {} lost its heartbeat {} (was the process paused?); stopping",
            w.id, w.heartbeat
        ),
    )
    .into()
}

/// Wait for the next poll, waking early on Ctrl-C.
fn idle(poll: Duration) {
    let until = Instant::now() + poll;
    while Instant::now() < until && !interrupted() {
        std::thread::sleep(Duration::from_millis(50).min(poll));
    }
}

/// The first due item in queue order, and how many entries could not be scheduled.
fn first_due(store: &mut Store) -> Result<(Option<Entry>, usize)> {
    let queue = store.keys().retry_queue();
    let now = retry::now_ms();
    let mut found = None;
    let mut bad = 0;
    retry::entries(store, &queue, Kind::Queue, 0, 1000, |_, e| {
        if !e.is_clean() {
            bad += 1;
            return Ok(true);
        }
        if e.due(now) {
            found = Some(e);
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok((found, bad))
}

fn recover_dead(ctx: &Ctx, store: &mut Store, me: &Worker, t: &mut Tally) -> Result<()> {
    for (id, _) in worker::processing_lists(store)? {
        if let Some(r) = worker::recover(store, &id, Some(me))? {
            t.recovered += r.requeued;
            if r.requeued + r.dropped > 0 {
                ctx.ui.note(&format!(
                    "recovered worker {id}'s processing list: {} back on the queue{}",
                    count(r.requeued as usize, "item"),
                    if r.dropped > 0 {
                        format!(", {} already dead-lettered", r.dropped)
                    } else {
                        String::new()
                    }
                ));
            }
        }
    }
    Ok(())
}

fn process(
    ctx: &Ctx,
    store: &mut Store,
    w: &Worker,
    args: &RunArgs,
    t: &mut Tally,
    e: &Entry,
    raw: &str,
) -> Result<()> {
    let task = e.task_id.clone().unwrap_or_default();
    let attempt = e.attempt.unwrap_or(0);
    let keys = store.keys().clone();
    let channel = |c: &str| keys.key(c);
    // The seed's checkCircuitBreaker, with its atomic open → half-open transition: when the
    // timeout has passed, this worker's item is the test request.
    if let Some(agent) = &e.agent
        && breaker::check(
            store,
            &format!("agent:{agent}"),
            breaker::SEED_TIMEOUT,
            true,
        )?
        .open
    {
        let obj = e.object();
        let later = shape::rescheduled(&obj, attempt, retry::now_ms() + BREAKER_DEFER_MS);
        record(
            ctx,
            t,
            worker::finish(store, w, raw, Some(&later), None)?,
            &task,
        );
        t.deferred += 1;
        ctx.ui.note(&format!(
            "task {task}: breaker agent:{agent} is open, deferred by a minute"
        ));
        return Ok(());
    }
    let outcome = match exec::execute(store, w, args, e, raw) {
        Ok(o) => o,
        Err(err) => {
            // The command could not even start: not the task's fault; put the item back.
            worker::finish(store, w, raw, Some(raw), None)?;
            t.returned += 1;
            return Err(err);
        }
    };
    match outcome {
        Ok(()) => {
            let event = shape::success_event(&e.fields.task_id, attempt);
            let ch = channel(CHANNEL_RETRY_SUCCESS);
            if record(
                ctx,
                t,
                worker::finish(store, w, raw, None, Some((&ch, &event)))?,
                &task,
            ) {
                t.succeeded += 1;
                ctx.ui
                    .note(&format!("task {task} (attempt {attempt}): succeeded"));
            }
        }
        Err(_) if interrupted() => {
            if record(
                ctx,
                t,
                worker::finish(store, w, raw, Some(raw), None)?,
                &task,
            ) {
                t.returned += 1;
                ctx.ui.note(&format!(
                    "task {task}: interrupted, put back on the queue unchanged"
                ));
            }
        }
        Err(why) => {
            let mut fields = e.fields.clone();
            fields.error = Some(why.clone().into());
            match retry::schedule(&fields, attempt, args.max_retries) {
                Scheduled::Retry {
                    item,
                    event,
                    attempt: next,
                    delay_ms,
                    ..
                } => {
                    let ch = channel(CHANNEL_RETRY_SCHEDULED);
                    let done = worker::finish(store, w, raw, Some(&item), Some((&ch, &event)))?;
                    if record(ctx, t, done, &task) {
                        t.retried += 1;
                        ctx.ui.note(&format!(
                            "task {task} (attempt {attempt}): {why}; retry {next} in {:.1}s",
                            delay_ms / 1000.0
                        ));
                    }
                }
                Scheduled::Dead { item, event, .. } => {
                    worker::dead_letter(store, raw, &item, &event)?;
                    worker::finish(store, w, raw, None, None)?;
                    t.dead_lettered += 1;
                    ctx.ui.note(&format!(
                        "task {task} (attempt {attempt}): {why}; dead-lettered"
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Note a result that could not be recorded because the item had been recovered elsewhere.
fn record(ctx: &Ctx, t: &mut Tally, done: bool, task: &str) -> bool {
    if !done {
        t.superseded += 1;
        ctx.ui.warn(&format!(
            "task {task}: another worker recovered this item while it ran (this worker was \
             presumed dead); its result is not recorded and it will run again"
        ));
    }
    done
}
