//! `retry dlq requeue`: dead letters back into the retry queue, due now, in exactly the shape
//! `enqueueForRetry` writes, with its `retry_scheduled` event.
//!
//! The DLQ and the queue live in different hash slots, so a batch crosses in three atomic
//! steps: DLQ → `{retry:dead_letter_queue}:requeueing` (with a batch id and the attempt), then
//! one script in the queue's slot appends the batch and sets the marker
//! `{retry:queue}:requeued:<batch>` unless the marker is already there, then the next batch's
//! script drops it from staging. A run killed between any two steps is finished by the next
//! DLQ verb, once: the marker tells a delivered batch from one that must go back.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::Filter;
use super::sweep::{self, Deliver, Summary};
use crate::cli::retry::RequeueArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::{Exit, Fail};
use crate::output::Format;
use crate::store::Store;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self as moves, StagedBatch, Staging};
use crate::store::retry::{self, Entry, Kind, requeued, shape};
use crate::time::iso_now;

pub struct Requeue {
    attempt: i64,
}

impl Requeue {
    /// The requeue that took a batch, from what it recorded with it.
    pub fn from_meta(meta: &BTreeMap<String, String>) -> Requeue {
        Requeue {
            attempt: meta
                .get("attempt")
                .and_then(|a| a.parse().ok())
                .unwrap_or(0),
        }
    }
}

/// The retry-queue items and events for a batch of dead letters, due now.
fn converted(entries: &[&Entry], attempt: i64) -> (Vec<String>, Vec<String>) {
    let now_ms = retry::now_ms();
    let now = iso_now();
    entries
        .iter()
        .map(|e| {
            (
                shape::queue_item(&e.fields, attempt, now_ms, &now),
                shape::scheduled_event(&e.fields.task_id, attempt, 0.0),
            )
        })
        .unzip()
}

impl Deliver for Requeue {
    fn lanes(&self) -> &'static [Staging] {
        &[Staging::Requeueing]
    }

    fn meta(&mut self, batch: &str) -> Result<Vec<(&'static str, String)>> {
        Ok(vec![
            ("batch", batch.to_string()),
            ("attempt", self.attempt.to_string()),
        ])
    }

    fn deliver(&mut self, store: &mut Store, batch: &str, chosen: &[&Entry]) -> Result<()> {
        if chosen.is_empty() {
            return Ok(());
        }
        let (items, events) = converted(chosen, self.attempt);
        requeued::push_requeued(store, batch, &items, &events)?;
        Ok(())
    }

    fn cleared(&mut self, store: &mut Store, batch: &str) -> Result<()> {
        requeued::forget_requeued(store, batch)
    }

    fn delivered(&mut self, store: &mut Store, b: &StagedBatch) -> Result<bool> {
        let batch = b.meta.get("batch").cloned().unwrap_or_default();
        requeued::requeued(store, &batch)
    }

    /// The decision to requeue a sorted batch was made: deliver it (unless its marker shows
    /// it was delivered) and clear it.
    fn recover(&mut self, store: &mut Store, lock: &DlqLock, b: StagedBatch) -> Result<()> {
        let batch = b.meta.get("batch").cloned().unwrap_or_default();
        let entries: Vec<Entry> = b
            .items
            .into_iter()
            .map(|raw| Entry::parse(raw, Kind::Dead))
            .collect();
        let refs: Vec<&Entry> = entries.iter().collect();
        let (items, events) = converted(&refs, self.attempt);
        requeued::push_requeued(store, &batch, &items, &events)?;
        moves::clear(store, lock, Staging::Requeueing)?;
        requeued::forget_requeued(store, &batch)
    }
}

pub fn requeue(ctx: &mut Ctx, args: &RequeueArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let (dlq, queue) = (store.keys().dead_letter_queue(), store.keys().retry_queue());
    retry::check_list(&mut store, &dlq)?;
    retry::check_list(&mut store, &queue)?;
    let filter = Filter::new(&args.filters, &args.tasks, ctx.ui.now());
    if ctx.dry_run() {
        let (lines, n) = sweep::preview(&mut store, &filter, args.limit)?;
        ctx.approve(&Plan::write(
            format!(
                "requeue {} from {dlq} to {queue}",
                count(n as usize, "dead letter")
            ),
            lines,
        ))?;
        return Ok(Exit::Ok);
    }
    let plan = Plan::write(
        format!("requeue dead letters from {dlq} to {queue}"),
        vec![],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let mut d = Requeue {
        attempt: args.attempt,
    };
    let s = sweep::sweep(
        ctx,
        &mut store,
        "requeue",
        &sweep::Scope {
            filter: &filter,
            limit: args.limit,
            batch: args.batch_size as usize,
            what: "requeueing",
        },
        &mut d,
    )?;
    let not_found: Vec<String> = args
        .tasks
        .iter()
        .filter(|t| !s.found_tasks.contains(*t))
        .cloned()
        .collect();
    report(ctx, &s, &dlq, &queue, &not_found)
}

#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    summary: &'a Summary,
    from: &'a str,
    to: &'a str,
    not_found: &'a [String],
}

fn report(
    ctx: &mut Ctx,
    s: &Summary,
    dlq: &str,
    queue: &str,
    not_found: &[String],
) -> Result<Exit> {
    match ctx.ui.format() {
        Format::Table => {
            if s.recovered > 0 {
                ctx.ui.line(&format!(
                    "finished an interrupted run first: {} back in place",
                    count(s.recovered as usize, "dead letter")
                ))?;
            }
            ctx.ui.line(&format!(
                "requeued {} to {queue}: {} matched of {} examined, {} skipped, {} remain in {dlq}",
                count(s.moved as usize, "dead letter"),
                s.matched,
                s.examined,
                s.skipped,
                s.remaining
            ))?;
        }
        _ => ctx.ui.json(&Report {
            summary: s,
            from: dlq,
            to: queue,
            not_found,
        })?,
    }
    ctx.ui.flush()?;
    finish(ctx, s, not_found, "requeue")
}

/// Warnings and the exit code every sweep verb shares.
pub fn finish(ctx: &Ctx, s: &Summary, not_found: &[String], verb: &str) -> Result<Exit> {
    if s.skipped > 0 {
        ctx.ui.warn(&format!(
            "{} could not be read and stayed in the dead letter queue (`coordctl retry dlq list` marks them)",
            count(s.skipped as usize, "selected dead letter")
        ));
    }
    if s.interrupted {
        return Err(Fail::new(
            Exit::Failure,
            format!(
                "interrupted: {} moved before Ctrl-C, the rest are still dead letters",
                s.moved
            ),
        )
        .hint(format!("run the same `retry dlq {verb}` again to go on"))
        .into());
    }
    if !not_found.is_empty() {
        return Err(Fail::new(
            Exit::Failure,
            format!("no dead letter for task {}", not_found.join(", ")),
        )
        .hint("`coordctl retry dlq list` shows the dead letters there are")
        .into());
    }
    Ok(Exit::Ok)
}
