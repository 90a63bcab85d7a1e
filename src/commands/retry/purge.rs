//! `retry dlq purge`: delete the dead letters present when the purge was approved (dead
//! letters agents append meanwhile stay).

use anyhow::Result;
use serde::Serialize;

use super::sweep::recover;
use crate::commands::{Ctx, Plan, count};
use crate::exit::Exit;
use crate::output::Format;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self as moves, Staging, kept_key};
use crate::store::retry::{self, requeued};

#[derive(Serialize)]
struct Purged<'a> {
    dead_letter_queue: &'a str,
    deleted: u64,
    remaining: u64,
}

pub fn purge(ctx: &mut Ctx) -> Result<Exit> {
    let mut store = ctx.store()?;
    let dlq = store.keys().dead_letter_queue();
    retry::check_list(&mut store, &dlq)?;
    // Dead letters an interrupted sweep holds aside are dead letters too: count them, the
    // recovery below puts them back before the trim.
    let kept = kept_key(&store);
    let lens = retry::lengths(&mut store, &[&dlq, &kept])?;
    let mut n = lens[0] + lens[1];
    // An undecided batch goes back to the DLQ first, unless it is a requeue batch that had
    // already reached the queue.
    for s in Staging::ALL {
        if let Some(b) = moves::staged(&mut store, s)?
            && !b.sorted
        {
            let batch = b.meta.get("batch").cloned().unwrap_or_default();
            if !(s == Staging::Requeueing && requeued::requeued(&mut store, &batch)?) {
                n += b.items.len() as u64;
            }
        }
    }
    let plan = Plan::destructive(
        format!("delete {} from {dlq}", count(n as usize, "dead letter")),
        vec![format!(
            "LTRIM {dlq} {n} -1 (the {n} present now; dead letters appended meanwhile stay)"
        )],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let lock = DlqLock::acquire(&mut store, "purge")?;
    let result = recover(&mut store, &lock, None, moves::DEFAULT_BATCH)
        .and_then(|_| moves::trim_head(&mut store, &lock, n));
    let released = lock.release(&mut store);
    let deleted = result?;
    released?;
    let remaining = retry::lengths(&mut store, &[&dlq])?[0];
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&format!(
            "deleted {} from {dlq} ({remaining} remain)",
            count(deleted as usize, "dead letter")
        ))?,
        _ => ctx.ui.json(&Purged {
            dead_letter_queue: &dlq,
            deleted,
            remaining,
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
