//! The loop shared by `dlq requeue` and `dlq drain`: finish what an interrupted run left,
//! then walk the dead letters present at the start a batch at a time, choose, deliver.
//! A deliverer with two staging lists (drain) may still be delivering one batch while the
//! next is taken and judged; its list is only reused once that batch is delivered.
//!
//! The store's [`sweep`](crate::store::retry::sweep) module makes each step atomic; this one
//! decides which dead letters are chosen (one parser, one filter), counts, shows progress and
//! stops cleanly on Ctrl-C (after the batch in hand, with kept items put back).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Result;
use serde::Serialize;

use super::Filter;
use crate::commands::{Ctx, count};
use crate::exit::{Exit, Fail};
use crate::store::Store;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self, StagedBatch, Staging};
use crate::store::retry::{self, Entry, Kind};

/// Set by Ctrl-C: stop taking new batches.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Let Ctrl-C stop a long run between batches instead of killing it mid-way.
pub fn catch_interrupt() {
    // A second handler cannot be installed; the first one does the same thing.
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// What a sweep does with the dead letters it chose.
pub trait Deliver {
    /// The staging lists batches go through, in turn.
    fn lanes(&self) -> &'static [Staging];
    /// Whether `deliver` looks at the entries' fields, or only at their bytes (then a sweep
    /// without filters reads no field of a clean entry: see [`Entry::check`]).
    fn reads_fields(&self) -> bool {
        true
    }
    /// What to record with a batch when it is taken, so that its delivery can be checked or
    /// redone after a crash (always includes `batch`).
    fn meta(&mut self, batch: &str) -> Result<Vec<(&'static str, String)>>;
    /// Deliver the chosen dead letters of a batch (still in staging; `chosen` may be empty).
    /// It may return before the delivery is done: see `settle`.
    fn deliver(&mut self, store: &mut Store, batch: &str, chosen: &[&Entry]) -> Result<()>;
    /// Wait until at most `in_flight` delivered batches are still on their way (and fail if
    /// one could not be delivered). For deliverers that finish in `deliver`, nothing to do.
    fn settle(&mut self, _in_flight: usize) -> Result<()> {
        Ok(())
    }
    /// After a delivered batch has left staging.
    fn cleared(&mut self, _store: &mut Store, _batch: &str) -> Result<()> {
        Ok(())
    }
    /// A batch an interrupted run left `taken` (never sorted): was it delivered whole?
    fn delivered(&mut self, store: &mut Store, batch: &StagedBatch) -> Result<bool>;
    /// Deliver a `sorted` batch an interrupted run left, and clear it.
    fn recover(&mut self, store: &mut Store, lock: &DlqLock, batch: StagedBatch) -> Result<()>;
}

/// The outcome of a sweep, for the summary (JSON fields as named).
#[derive(Serialize, Default, Debug)]
pub struct Summary {
    /// Dead letters present at the start (the sweep looks at no others).
    pub present: u64,
    pub examined: u64,
    /// Clean dead letters the filters selected.
    pub matched: u64,
    pub moved: u64,
    /// Selected but unreadable (not JSON, no taskId, …): left in place.
    pub skipped: u64,
    /// Dead letters in the DLQ when the sweep ended.
    pub remaining: u64,
    /// Dead letters an interrupted run had left in staging, finished or put back first.
    pub recovered: u64,
    pub interrupted: bool,
    #[serde(skip)]
    pub found_tasks: std::collections::HashSet<String>,
}

/// Put right whatever an interrupted run left: undecided batches and kept dead letters back
/// at the DLQ head, decided batches delivered. `own` delivers this verb's staging list.
pub fn recover(
    store: &mut Store,
    lock: &DlqLock,
    mut own: Option<&mut dyn Deliver>,
    batch: usize,
) -> Result<u64> {
    let mut recovered = 0;
    let mut found = Vec::new();
    for staging in Staging::ALL {
        found.extend(sweep::staged(store, staging)?);
    }
    // Drain's two lists in the order their batches were taken: only the newer one can be
    // undecided, so the older goes to the file first and the newer, if it goes back, goes
    // back behind the kept dead letters of earlier batches.
    found.sort_by_key(|b| (!b.staging.is_drain(), b.number()));
    for b in found {
        let staging = b.staging;
        let mut requeue;
        let d: &mut dyn Deliver = match own.as_deref_mut() {
            Some(d) if d.lanes().contains(&staging) => d,
            // Any DLQ verb can finish a requeue: where the batch goes is known.
            _ if staging == Staging::Requeueing => {
                requeue = super::requeue::Requeue::from_meta(&b.meta);
                &mut requeue
            }
            _ => {
                let list = staging.list(store);
                let n = b.items.len();
                let _ = lock_release(store, lock);
                return Err(Fail::new(
                    Exit::Failure,
                    format!(
                        "an interrupted `retry dlq drain` left {} in {list}",
                        count(n, "dead letter")
                    ),
                )
                .hint("finish it first: `coordctl retry dlq drain --to FILE` writes them out")
                .into());
            }
        };
        recovered += b.items.len() as u64;
        let id = b.meta.get("batch").cloned().unwrap_or_default();
        if b.sorted {
            d.recover(store, lock, b)?;
        } else if d.delivered(store, &b)? {
            sweep::clear(store, lock, staging)?;
            d.cleared(store, &id)?;
        } else {
            sweep::unsort(store, lock, staging)?;
        }
    }
    recovered += sweep::restore_kept(store, lock, batch)?;
    crate::store::retry::requeued::forget_stale_markers(store)?;
    Ok(recovered)
}

fn lock_release(store: &mut Store, lock: &DlqLock) -> Result<()> {
    crate::store::retry::lock::give_up(store, &lock.key, &lock.holder)
}

/// Which dead letters a sweep moves, how many at most, in batches of what size.
pub struct Scope<'a> {
    pub filter: &'a Filter,
    pub limit: Option<u64>,
    pub batch: usize,
    /// The progress bar's label.
    pub what: &'static str,
}

/// Walk the dead letters present now, moving the chosen ones through `d`.
pub fn sweep(
    ctx: &mut Ctx,
    store: &mut Store,
    lock: &DlqLock,
    scope: &Scope<'_>,
    d: &mut dyn Deliver,
) -> Result<Summary> {
    let Scope {
        filter,
        limit,
        batch,
        what,
    } = *scope;
    let mut s = Summary {
        recovered: recover(store, lock, Some(d), batch)?,
        ..Summary::default()
    };
    let dlq = store.keys().dead_letter_queue();
    s.present = retry::lengths(store, &[&dlq])?[0];
    let bar = if s.present > 1000 {
        ctx.ui.progress(s.present, what)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let judge = if filter.is_everything() && !d.reads_fields() {
        Entry::check
    } else {
        Entry::parse
    };
    let lanes = d.lanes();
    let mut n_batch = 0u64;
    // Batches delivered (or on their way), still in their staging list until the next take
    // into that list drops them: (batch id, list), oldest first.
    let mut staged: VecDeque<(String, Staging)> = VecDeque::new();
    // One buffer for every batch's entries: allocating a fresh one (~2 MB for 5,000) per
    // batch had the kernel zero new pages for each (a fifth of a drain's profile).
    let mut entries: Vec<Entry> = Vec::new();
    while s.examined < s.present && limit.is_none_or(|l| s.moved < l) {
        if interrupted() {
            s.interrupted = true;
            break;
        }
        let want = (batch as u64).min(s.present - s.examined) as usize;
        let lane = lanes[n_batch as usize % lanes.len()];
        n_batch += 1;
        let batch_id = format!("{}-{n_batch}", lock.holder.token);
        // The batch this list still holds must be delivered before the take drops it.
        let done = if staged.len() == lanes.len() {
            d.settle(lanes.len() - 1)?;
            staged.pop_front()
        } else {
            None
        };
        let decided = staged.back().map(|(_, l)| *l);
        let meta = d.meta(&batch_id)?;
        let taken = sweep::take(store, lock, lane, want, done.is_some(), decided, &meta)?;
        if let Some((done, _)) = done {
            d.cleared(store, &done)?;
        }
        if taken.is_empty() {
            break;
        }
        s.examined += taken.len() as u64;
        entries.clear();
        entries.extend(taken.into_iter().map(|raw| judge(raw, Kind::Dead)));
        let mut flags = Vec::with_capacity(entries.len());
        let mut taking = 0u64;
        for e in &entries {
            let selected = filter.selects(e);
            let take = selected && e.is_clean() && limit.is_none_or(|l| s.moved + taking < l);
            if selected && e.is_clean() {
                s.matched += 1;
            }
            if selected && !e.is_clean() {
                s.skipped += 1;
            }
            if take {
                taking += 1;
                if filter.by_task()
                    && let Some(t) = &e.task_id
                {
                    s.found_tasks.insert(t.clone());
                }
            }
            flags.push(take);
        }
        if flags.iter().any(|f| !f) {
            sweep::sort(store, lock, lane, &flags, &[])?;
        }
        let chosen: Vec<&Entry> = entries
            .iter()
            .zip(&flags)
            .filter_map(|(e, f)| f.then_some(e))
            .collect();
        d.deliver(store, &batch_id, &chosen)?;
        staged.push_back((batch_id, lane));
        s.moved += chosen.len() as u64;
        bar.set_position(s.examined);
    }
    d.settle(0)?;
    for (done, lane) in staged {
        sweep::clear(store, lock, lane)?;
        d.cleared(store, &done)?;
    }
    bar.finish_and_clear();
    sweep::restore_kept(store, lock, batch)?;
    s.remaining = retry::lengths(store, &[&dlq])?[0];
    Ok(s)
}

/// `--dry-run`: what a sweep would move now, one line per dead letter (capped), and how many.
pub fn preview(
    store: &mut Store,
    filter: &Filter,
    limit: Option<u64>,
) -> Result<(Vec<String>, u64)> {
    const SHOWN: usize = 10_000;
    let dlq = store.keys().dead_letter_queue();
    let mut lines = Vec::new();
    let mut n = 0u64;
    retry::entries(store, &dlq, Kind::Dead, 0, 1000, |i, e| {
        if limit.is_some_and(|l| n >= l) {
            return Ok(false);
        }
        if e.is_clean() && filter.selects(&e) {
            n += 1;
            if lines.len() < SHOWN {
                lines.push(format!(
                    "#{i} task {} (project {}, agent {}): {}",
                    e.task_id.as_deref().unwrap_or("-"),
                    e.project_id.as_deref().unwrap_or("-"),
                    e.agent.as_deref().unwrap_or("-"),
                    e.error.as_deref().unwrap_or("-"),
                ));
            }
        }
        Ok(true)
    })?;
    if n as usize > lines.len() {
        lines.push(format!(
            "… and {} more (`coordctl retry dlq list` with the same filters shows them all)",
            n as usize - lines.len()
        ));
    }
    Ok((lines, n))
}
