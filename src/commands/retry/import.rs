//! `retry dlq import FILE`: JSON lines (what `drain` writes) back into the dead letter queue,
//! or with `--to-queue` into the retry queue, due now.
//!
//! Every line is validated before anything is written, so a file with a bad line changes
//! nothing unless `--skip-invalid` says to import the rest. Lines go in atomic batches; a
//! line reaches Redis byte for byte as it is in the file (dead letters keep their shape).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::cli::retry::ImportArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::{Exit, Fail};
use crate::output::Format;
use crate::store::Store;
use crate::store::retry::lock::random_u64;
use crate::store::retry::{self, Entry, Kind, requeued, shape};
use crate::time::iso_now;

/// Invalid lines named one by one before the rest are only counted.
const NAMED: usize = 20;

/// Each non-blank line of `path` with its 1-based number, parsed as a dead letter.
fn lines(path: &Path, mut each: impl FnMut(usize, Entry) -> Result<()>) -> Result<()> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        let read = reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("reading {}", path.display()))?;
        if read == 0 {
            return Ok(());
        }
        n += 1;
        while buf.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        each(n, Entry::parse(buf.clone(), Kind::Dead))?;
    }
}

#[derive(Serialize)]
struct Imported<'a> {
    file: &'a str,
    to: &'a str,
    imported: u64,
    invalid: u64,
    /// "line N: why", for the first invalid lines.
    invalid_lines: &'a [String],
}

pub fn import(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit> {
    let mut valid = 0u64;
    let mut invalid = 0u64;
    let mut named = Vec::new();
    lines(&args.file, |n, e| {
        match e.problem() {
            None => valid += 1,
            Some(why) => {
                invalid += 1;
                if named.len() < NAMED {
                    named.push(format!("line {n}: {why}"));
                }
            }
        }
        Ok(())
    })?;
    let file = args.file.display().to_string();
    if invalid > 0 {
        for line in &named {
            ctx.ui.warn(&format!("{file} {line}"));
        }
        if invalid as usize > named.len() {
            ctx.ui.warn(&format!(
                "… and {} more invalid lines",
                invalid as usize - named.len()
            ));
        }
        if !args.skip_invalid {
            return Err(Fail::new(
                Exit::Failure,
                format!(
                    "{file}: {} of {} lines are not dead letters; nothing imported",
                    invalid,
                    invalid + valid
                ),
            )
            .hint("fix those lines, or add --skip-invalid to import the valid ones")
            .into());
        }
    }
    let mut store = ctx.store()?;
    let to = if args.to_queue {
        store.keys().retry_queue()
    } else {
        store.keys().dead_letter_queue()
    };
    retry::check_list(&mut store, &to)?;
    let plan = Plan::write(
        format!(
            "append {} from {file} to {to}",
            count(valid as usize, "line")
        ),
        vec![format!(
            "RPUSH {to} … ({} atomic batches)",
            valid.div_ceil(args.batch_size.max(1))
        )],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let batch = args.batch_size as usize;
    let bar = if valid > 1000 {
        ctx.ui.progress(valid, "importing")
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut pending: Vec<Entry> = Vec::with_capacity(batch);
    let mut imported = 0u64;
    let mut flush = |store: &mut Store, pending: &mut Vec<Entry>| -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        if args.to_queue {
            to_queue(store, pending, args.attempt)?;
        } else {
            let mut pipe = redis::pipe();
            let cmd = pipe.cmd("RPUSH").arg(&to);
            for e in pending.iter() {
                cmd.arg(&e.raw);
            }
            store.atomic(
                &mut pipe,
                &format!("appending imported dead letters to {to}"),
            )?;
        }
        imported += pending.len() as u64;
        bar.set_position(imported);
        pending.clear();
        Ok(())
    };
    lines(&args.file, |_, e| {
        if e.is_clean() {
            pending.push(e);
            if pending.len() >= batch {
                flush(&mut store, &mut pending)?;
            }
        }
        Ok(())
    })?;
    flush(&mut store, &mut pending)?;
    bar.finish_and_clear();
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&format!(
            "imported {} from {file} to {to}{}",
            count(imported as usize, "line"),
            if invalid > 0 {
                format!(" ({invalid} invalid lines skipped)")
            } else {
                String::new()
            }
        ))?,
        _ => ctx.ui.json(&Imported {
            file: &file,
            to: &to,
            imported,
            invalid,
            invalid_lines: &named,
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

/// Dead letters into the retry queue as `enqueueForRetry` items, due now, with events.
fn to_queue(store: &mut Store, entries: &[Entry], attempt: i64) -> Result<()> {
    let now_ms = retry::now_ms();
    let now = iso_now();
    let (items, events): (Vec<String>, Vec<String>) = entries
        .iter()
        .map(|e| {
            (
                shape::queue_item(&e.fields, attempt, now_ms, &now),
                shape::scheduled_event(&e.fields.task_id, attempt, 0.0),
            )
        })
        .unzip();
    let batch = format!("import-{:016x}", random_u64());
    requeued::push_requeued(store, &batch, &items, &events)?;
    requeued::forget_requeued(store, &batch)
}
