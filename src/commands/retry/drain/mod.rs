//! `retry dlq drain`: dead letters out to a file as JSON lines, removed from Redis only once
//! they are on disk.
//!
//! Per batch: DLQ → `{retry:dead_letter_queue}:draining`, `…:draining:2` or `…:draining:3`,
//! in turn (recording the file and, before it is written, the offset the batch will start
//! at), append, fsync, and only then does the next take into the same list drop the batch
//! from staging. The [`sink`] writes and fsyncs one batch while the next ones are judged and
//! taken (see [`super::sweep`]). A run killed after an fsync and before the drop leaves the
//! batch both in staging and in the file; the next drain reads the file at the recorded
//! offset and, finding the batch there, only drops it from staging. It writes the batch
//! again only when that file no longer holds it (moved, deleted, rewritten, on another
//! machine, or `-`), which is the one way a dead letter can appear twice.

mod sink;

use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use super::Filter;
use super::sweep::{self, Deliver, Summary};
use crate::cli::retry::DrainArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::Exit;
use crate::output::Format;
use crate::store::Store;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self as moves, StagedBatch, Staging};
use crate::store::retry::{self, Entry};

use sink::{Writer, render, render_into, settle_old_write};

struct Drain {
    out: Writer,
    /// Recovered dead letters found already written (not written again), and where.
    already_written: u64,
    already_in: Option<String>,
}

impl Drain {
    /// Whether a batch an interrupted run recorded (file, offset) is in that file whole.
    fn found_written(&mut self, b: &StagedBatch, bytes: &[u8]) -> Result<bool> {
        let offset = b.meta.get("offset").and_then(|v| v.parse::<u64>().ok());
        let (Some(path), Some(offset)) = (b.meta.get("path"), offset) else {
            return Ok(false);
        };
        if path == "-" {
            return Ok(false);
        }
        let found = settle_old_write(Path::new(path), offset, bytes)?;
        // It may have cut a torn batch off the end of our own file.
        self.out.refresh_end()?;
        if !found {
            return Ok(false);
        }
        self.already_written += b.items.len() as u64;
        self.already_in = Some(path.clone());
        Ok(true)
    }
}

impl Deliver for Drain {
    fn lanes(&self) -> &'static [Staging] {
        &[Staging::Draining, Staging::Draining2, Staging::Draining3]
    }

    fn reads_fields(&self) -> bool {
        false
    }

    fn meta(&mut self, batch: &str) -> Result<Vec<(&'static str, String)>> {
        Ok(vec![
            ("batch", batch.to_string()),
            ("path", self.out.name().to_string()),
        ])
    }

    fn placement(&mut self) -> Result<Vec<(&'static str, String)>> {
        Ok(vec![("offset", self.out.end().to_string())])
    }

    fn deliver(&mut self, _: &mut Store, _: &str, chosen: &[&Entry]) -> Result<()> {
        let mut lines = self.out.buffer();
        render_into(&mut lines, chosen.iter().map(|e| e.raw.as_slice()));
        self.out.send(lines)
    }

    fn settle(&mut self, in_flight: usize) -> Result<()> {
        self.out.settle(in_flight)
    }

    fn delivered(&mut self, _: &mut Store, b: &StagedBatch) -> Result<bool> {
        let bytes = render(b.items.iter().map(Vec::as_slice));
        self.found_written(b, &bytes)
    }

    fn recover(&mut self, store: &mut Store, lock: &DlqLock, b: StagedBatch) -> Result<()> {
        let bytes = render(b.items.iter().map(Vec::as_slice));
        if !self.found_written(&b, &bytes)? {
            moves::set_meta(
                store,
                lock,
                b.staging,
                &[
                    ("path", self.out.name().to_string()),
                    ("offset", self.out.end().to_string()),
                ],
            )?;
            self.out.append_now(bytes)?;
        }
        moves::clear(store, lock, b.staging)
    }
}

#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    summary: &'a Summary,
    from: &'a str,
    to: &'a str,
    /// Recovered dead letters that an interrupted run had already written (to `already_in`).
    already_written: u64,
    already_in: Option<&'a str>,
}

pub fn drain(ctx: &mut Ctx, args: &DrainArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let dlq = store.keys().dead_letter_queue();
    retry::check_list(&mut store, &dlq)?;
    let filter = Filter::new(&args.filters, &[], ctx.ui.now());
    let to = args.to.display().to_string();
    if ctx.dry_run() {
        let (lines, n) = sweep::preview(&mut store, &filter, args.limit)?;
        ctx.approve(&Plan::destructive(
            format!(
                "drain {} from {dlq} to {to}",
                count(n as usize, "dead letter")
            ),
            lines,
        ))?;
        return Ok(Exit::Ok);
    }
    let plan = Plan::destructive(
        format!("drain dead letters from {dlq} to {to}"),
        vec![format!(
            "append each as a JSON line to {to}, fsync, then remove it from {dlq}"
        )],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let mut d = Drain {
        out: Writer::open(&args.to)?,
        already_written: 0,
        already_in: None,
    };
    let s = sweep::sweep(
        ctx,
        &mut store,
        "drain",
        &sweep::Scope {
            filter: &filter,
            limit: args.limit,
            batch: args.batch_size as usize,
            what: "draining",
        },
        &mut d,
    )?;
    let to = d.out.name().to_string();
    let report = Report {
        summary: &s,
        from: &dlq,
        to: &to,
        already_written: d.already_written,
        already_in: d.already_in.as_deref(),
    };
    let text = format!(
        "drained {} to {to}: {} matched of {} examined, {} skipped, {} remain in {dlq}",
        count(s.moved as usize, "dead letter"),
        s.matched,
        s.examined,
        s.skipped,
        s.remaining
    );
    if s.recovered > 0 {
        let how = match &d.already_in {
            Some(p) => format!(
                "{} of them were already written to {p} before it stopped",
                d.already_written
            ),
            None => "none of them had been written yet".into(),
        };
        ctx.ui.note(&format!(
            "finished an interrupted run first: {} ({how})",
            count(s.recovered as usize, "dead letter")
        ));
    }
    match (ctx.ui.format(), d.out.is_stdout()) {
        // stdout carries the dead letters themselves: the summary goes to stderr.
        (_, true) => ctx.ui.note(&text),
        (Format::Table, false) => ctx.ui.line(&text)?,
        _ => ctx.ui.json(&report)?,
    }
    ctx.ui.flush()?;
    super::requeue::finish(ctx, &s, &[], "drain")
}
