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
use crate::store::retry::stats::{Staged, Stats};
use crate::store::retry::{self, Kind};

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
    if s.dead_letters() > 0 {
        ctx.ui.warn(&format!(
            "{} held by an interrupted or running drain/requeue ({} kept, {} draining, {} requeueing); \
             the next `retry dlq drain`, `requeue` or `purge` puts them where they belong",
            count(s.dead_letters() as usize, "dead letter"),
            s.kept,
            s.draining,
            s.requeueing
        ));
    }
    Ok(())
}

/// `retry stats`: the store's figures, shown as a detail.
#[derive(Serialize)]
#[serde(transparent)]
struct StatsDetail(Stats);

pub fn stats(ctx: &mut Ctx) -> Result<Exit> {
    let mut store = ctx.store()?;
    let (queue, dlq) = (store.keys().retry_queue(), store.keys().dead_letter_queue());
    retry::check_list(&mut store, &queue)?;
    retry::check_list(&mut store, &dlq)?;
    let s = retry::stats::stats(&mut store, ctx.ui.now())?;
    ctx.ui.detail(&StatsDetail(s))?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

impl Detail for StatsDetail {
    fn fields(&self, now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let s = &self.0;
        let tone = |n: u64, t: Tone| if n > 0 { t } else { Tone::Plain };
        let mut out = vec![
            (
                "queue".to_string(),
                Cell::new(format!(
                    "{} ({})",
                    count(s.queue_length as usize, "item"),
                    s.queue
                )),
            ),
            (
                "  ready".to_string(),
                Cell::new(s.ready.to_string()).tone(tone(s.ready, Tone::Good)),
            ),
            ("  waiting".to_string(), Cell::new(s.waiting.to_string())),
            (
                "  next due".to_string(),
                s.next_due
                    .map_or_else(Cell::none, |t| Cell::new(relative(t.0, now))),
            ),
        ];
        if s.bad_entries > 0 {
            out.push((
                "  unreadable".to_string(),
                Cell::new(s.bad_entries.to_string()).tone(Tone::Bad),
            ));
        }
        out.push((
            "dead letters".to_string(),
            Cell::new(format!("{} ({})", s.dead_letters, s.dead_letter_queue))
                .tone(tone(s.dead_letters, Tone::Warn)),
        ));
        out.push((
            "  oldest".to_string(),
            s.oldest_dead_letter
                .map_or_else(Cell::none, |t| Cell::new(relative(t.0, now))),
        ));
        let st = &s.staging;
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
