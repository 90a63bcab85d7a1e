//! The loop shared by `dlq requeue` and `dlq drain`: finish what an interrupted run left,
//! then walk the dead letters present at the start a batch at a time, choose, deliver.
//!
//! Drain has three staging lists and overlaps its steps: while batch k is judged, Redis
//! already moves batch k+1 into the next list (the take was sent before judging began), and
//! the writer thread may still be fsyncing batch k-1. A list is only reused, its batch
//! dropped, once that batch is delivered. The take of k+1 records where batch k will start
//! in the file (known only once k-1 was judged) and marks k-1 decided, so every undecided
//! batch is newer than every decided one: the order recovery relies on.
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
use crate::interrupt;
use crate::store::Store;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self, StagedBatch, Staging};
use crate::store::retry::{self, Entry, Kind};

/// Set by Ctrl-C: stop taking new batches.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Let Ctrl-C stop a long run between batches instead of killing it mid-way.
pub fn catch_interrupt() {
    // A second handler cannot be installed; the first one does the same thing.
    let _ = interrupt::on_interrupt(|| INTERRUPTED.store(true, Ordering::SeqCst));
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
    /// Where the next batch handed to `deliver` will go (drain: the file offset), recorded
    /// with it before it is delivered.
    fn placement(&mut self) -> Result<Vec<(&'static str, String)>> {
        Ok(Vec::new())
    }
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
    // Decided batches first, oldest first, so that they reach the file in order; then the
    // undecided ones, newest first, so that those that go back to the DLQ head keep their
    // order. A run decides its batches in order, so every undecided batch is newer than
    // every decided one, and the kept dead letters (of decided batches) go back ahead of
    // them all.
    found.sort_by_key(|b| {
        let n = b.number() as i128;
        (!b.sorted, if b.sorted { n } else { -n })
    });
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

/// Take the dead letter queue's lock (held as `verb`), walk the dead letters present now,
/// moving the chosen ones through `d`, and give the lock back whatever happened. Ctrl-C stops
/// the walk between batches.
pub fn sweep(
    ctx: &mut Ctx,
    store: &mut Store,
    verb: &str,
    scope: &Scope<'_>,
    d: &mut dyn Deliver,
) -> Result<Summary> {
    catch_interrupt();
    let lock = DlqLock::acquire(store, verb)?;
    let result = walk(ctx, store, &lock, scope, d);
    let released = lock.release(store);
    let summary = result?;
    released?;
    Ok(summary)
}

fn walk(
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
    // With three staging lists (drain) and no limit, the next batch's take goes out before
    // this one is judged: Redis moves it while the client works. (With a limit, the next
    // batch might not be wanted.)
    let ahead = d.lanes().len() > 2 && limit.is_none();
    let mut lanes = Lanes::new(d.lanes(), lock);
    // The next batch, taken ahead.
    let mut next: Option<Batch> = None;
    // One buffer for every batch's entries: allocating a fresh one (~2 MB for 5,000) per
    // batch had the kernel zero new pages for each (a fifth of a drain's profile).
    let mut entries: Vec<Entry> = Vec::new();
    loop {
        let want = |s: &Summary| (batch as u64).min(s.present - s.examined) as usize;
        let Batch { id, lane, items } = match next.take() {
            Some(b) => b,
            None => {
                if s.examined >= s.present || limit.is_some_and(|l| s.moved >= l) {
                    break;
                }
                if interrupted() {
                    s.interrupted = true;
                    break;
                }
                let taking = lanes.send(store, d, want(&s), false)?;
                match lanes.receive(store, d, taking)? {
                    Some(b) => b,
                    None => break,
                }
            }
        };
        s.examined += items.len() as u64;
        let taking = if ahead && s.examined < s.present && !interrupted() {
            Some(lanes.send(store, d, want(&s), true)?)
        } else {
            None
        };
        entries.clear();
        entries.extend(items.into_iter().map(|raw| judge(raw, Kind::Dead)));
        let flags = choose(&entries, filter, limit, &mut s);
        // Collect the take sent ahead: it recorded where this batch goes, and the connection
        // must be free for the sort. The last batch gets its place recorded by itself.
        let placed = !ahead || taking.is_some();
        if let Some(taking) = taking {
            next = lanes.receive(store, d, taking)?;
        }
        if !placed {
            sweep::set_meta(store, lock, lane, &d.placement()?)?;
        }
        if flags.iter().any(|f| !f) {
            sweep::sort(store, lock, lane, &flags, &[])?;
        }
        let chosen: Vec<&Entry> = entries
            .iter()
            .zip(&flags)
            .filter_map(|(e, f)| f.then_some(e))
            .collect();
        d.deliver(store, &id, &chosen)?;
        lanes.delivered(&id);
        s.moved += chosen.len() as u64;
        bar.set_position(s.examined);
    }
    lanes.finish(store, d)?;
    bar.finish_and_clear();
    sweep::restore_kept(store, lock, batch)?;
    s.remaining = retry::lengths(store, &[&dlq])?[0];
    Ok(s)
}

/// Which entries of a batch move (clean, selected, within the limit), counting them.
fn choose(entries: &[Entry], filter: &Filter, limit: Option<u64>, s: &mut Summary) -> Vec<bool> {
    let mut flags = Vec::with_capacity(entries.len());
    let mut chosen = 0u64;
    for e in entries {
        let selected = filter.selects(e);
        let take = selected && e.is_clean() && limit.is_none_or(|l| s.moved + chosen < l);
        if selected && e.is_clean() {
            s.matched += 1;
        }
        if selected && !e.is_clean() {
            s.skipped += 1;
        }
        if take {
            chosen += 1;
            if filter.by_task()
                && let Some(t) = &e.task_id
            {
                s.found_tasks.insert(t.clone());
            }
        }
        flags.push(take);
    }
    flags
}

/// A batch just taken: its id, its staging list and its dead letters.
struct Batch {
    id: String,
    lane: Staging,
    items: Vec<Vec<u8>>,
}

/// A take sent and not yet answered.
struct Taking {
    sent: sweep::SentTake,
    id: String,
    lane: Staging,
    /// The delivered batch the take dropped from its staging list.
    dropped: Option<String>,
}

/// The sweep's batches in staging lists, oldest first, and the taking of new ones in turn.
struct Lanes<'a> {
    lanes: &'static [Staging],
    lock: &'a DlqLock,
    /// (batch id, list, handed to the deliverer).
    staged: VecDeque<(String, Staging, bool)>,
    taken: u64,
}

impl<'a> Lanes<'a> {
    fn new(lanes: &'static [Staging], lock: &'a DlqLock) -> Lanes<'a> {
        Lanes {
            lanes,
            lock,
            staged: VecDeque::new(),
            taken: 0,
        }
    }

    /// Send the next take. Its list must be free: the batch it still holds is delivered
    /// before the take drops it. The take marks the newest delivered batch decided, and
    /// records where a batch goes: the new one's (`place_newest` false) or, when the new
    /// batch is taken ahead, the newest one's, known only now.
    fn send(
        &mut self,
        store: &mut Store,
        d: &mut dyn Deliver,
        n: usize,
        place_newest: bool,
    ) -> Result<Taking> {
        let lane = self.lanes[self.taken as usize % self.lanes.len()];
        self.taken += 1;
        let id = format!("{}-{}", self.lock.holder.token, self.taken);
        let dropped = match self.staged.front() {
            Some((_, l, true)) if *l == lane => {
                let later = self.staged.iter().filter(|b| b.2).count() - 1;
                d.settle(later)?;
                self.staged.pop_front().map(|b| b.0)
            }
            Some((_, l, false)) if *l == lane => {
                return Err(anyhow::anyhow!(
                    "{} still holds an undelivered batch",
                    l.name()
                ));
            }
            _ => None,
        };
        let decided = self.staged.iter().rev().find(|b| b.2).map(|b| b.1);
        let placement = d.placement()?;
        let mut meta = d.meta(&id)?;
        let place = match self.staged.back() {
            Some((_, newest, _)) if place_newest => Some((*newest, placement.as_slice())),
            _ => {
                meta.extend(placement.iter().cloned());
                None
            }
        };
        let take = sweep::Take {
            staging: lane,
            n,
            clear_first: dropped.is_some(),
            decided,
            place,
            meta: &meta,
        };
        let sent = sweep::send_take(store, self.lock, &take)?;
        Ok(Taking {
            sent,
            id,
            lane,
            dropped,
        })
    }

    /// The answer to a take: the batch, or `None` when the DLQ had no more.
    fn receive(
        &mut self,
        store: &mut Store,
        d: &mut dyn Deliver,
        t: Taking,
    ) -> Result<Option<Batch>> {
        let items = t.sent.receive(store)?;
        if let Some(done) = t.dropped {
            d.cleared(store, &done)?;
        }
        if items.is_empty() {
            return Ok(None);
        }
        self.staged.push_back((t.id.clone(), t.lane, false));
        Ok(Some(Batch {
            id: t.id,
            lane: t.lane,
            items,
        }))
    }

    fn delivered(&mut self, id: &str) {
        if let Some(b) = self.staged.iter_mut().rev().find(|b| b.0 == id) {
            b.2 = true;
        }
    }

    /// The end: wait for every delivery, then drop the batches from staging, oldest first
    /// (one never handed over, after an interruption, goes back to the DLQ instead).
    fn finish(self, store: &mut Store, d: &mut dyn Deliver) -> Result<()> {
        d.settle(0)?;
        for (id, lane, delivered) in self.staged {
            if delivered {
                sweep::clear(store, self.lock, lane)?;
                d.cleared(store, &id)?;
            } else {
                sweep::unsort(store, self.lock, lane)?;
            }
        }
        Ok(())
    }
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
