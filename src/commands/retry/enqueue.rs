//! `retry enqueue`: the seed's `enqueueForRetry` for operators and scripts.

use anyhow::Result;
use serde::Serialize;

use crate::cli::retry::EnqueueArgs;
use crate::commands::{Ctx, Plan};
use crate::exit::Exit;
use crate::output::Format;
use crate::store::keys::{CHANNEL_RETRY_EXHAUSTED, CHANNEL_RETRY_SCHEDULED};
use crate::store::retry::shape::TaskFields;
use crate::store::retry::{self, Scheduled};
use crate::time::Time;

#[derive(Serialize)]
struct Enqueued<'a> {
    /// "retry:queue" or "retry:dead_letter_queue" (with the namespace).
    list: &'a str,
    dead_lettered: bool,
    task_id: &'a str,
    attempt: i64,
    delay_ms: Option<f64>,
    retry_after: Option<Time>,
    item: serde_json::Value,
}

pub fn enqueue(ctx: &mut Ctx, args: &EnqueueArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let t = TaskFields {
        task_id: args.task.clone().into(),
        project_id: Some(args.project.clone().into()),
        agent: Some(args.agent.clone().into()),
        error: Some(args.error.clone().into()),
    };
    let s = retry::schedule(&t, args.attempt, args.max_retries);
    let keys = store.keys().clone();
    let (list, channel, item) = match &s {
        Scheduled::Retry { item, .. } => (keys.retry_queue(), CHANNEL_RETRY_SCHEDULED, item),
        Scheduled::Dead { item, .. } => (keys.dead_letter_queue(), CHANNEL_RETRY_EXHAUSTED, item),
    };
    let plan = Plan::write(
        match &s {
            Scheduled::Retry { attempt, .. } => {
                format!("schedule task {} for retry (attempt {attempt})", args.task)
            }
            Scheduled::Dead { .. } => format!("dead-letter task {}", args.task),
        },
        vec![
            format!("RPUSH {list} {item}"),
            format!("PUBLISH {} {{…}}", keys.key(channel)),
        ],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    retry::enqueue(&mut store, &s)?;
    let (dead, attempt, delay, after) = match &s {
        Scheduled::Retry {
            attempt,
            delay_ms,
            retry_after,
            ..
        } => (
            false,
            *attempt,
            Some(*delay_ms),
            Time::from_epoch_ms(*retry_after),
        ),
        Scheduled::Dead { attempts, .. } => (true, *attempts, None, None),
    };
    match ctx.ui.format() {
        Format::Table if dead => ctx.ui.line(&format!(
            "task {} dead-lettered after {attempt} attempts ({list})",
            args.task
        ))?,
        Format::Table => ctx.ui.line(&format!(
            "task {} scheduled for retry {attempt} in {:.1}s ({list})",
            args.task,
            delay.unwrap_or(0.0) / 1000.0
        ))?,
        _ => ctx.ui.json(&Enqueued {
            list: &list,
            dead_lettered: dead,
            task_id: &args.task,
            attempt,
            delay_ms: delay,
            retry_after: after,
            item: serde_json::from_str(item)?,
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
