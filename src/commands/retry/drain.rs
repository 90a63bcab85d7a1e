//! `retry dlq drain`: dead letters out to a file as JSON lines, removed from Redis only once
//! they are on disk.
//!
//! Per batch: DLQ → `{retry:dead_letter_queue}:draining` (recording the file and the offset
//! the batch will start at), append, fsync, and only then does the next batch's script drop
//! this one from staging. A run killed after the fsync and before that leaves the batch both
//! in staging and in the file; the next drain reads the file at the recorded offset and,
//! finding the batch there, only drops it from staging. It writes the batch again only when
//! that file no longer holds it (moved, deleted, rewritten, on another machine, or `-`),
//! which is the one way a dead letter can appear twice.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;

use super::Filter;
use super::sweep::{self, Deliver, Summary, catch_interrupt};
use crate::cli::retry::DrainArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::Exit;
use crate::output::Format;
use crate::store::Store;
use crate::store::retry::lock::DlqLock;
use crate::store::retry::sweep::{self as moves, StagedBatch, Staging};
use crate::store::retry::{self, Entry};

/// Where drained lines go.
enum Sink {
    File { file: File, path: PathBuf },
    Stdout,
}

impl Sink {
    fn open(to: &Path) -> Result<Sink> {
        if to == Path::new("-") {
            return Ok(Sink::Stdout);
        }
        let existed = to.exists();
        let file = OpenOptions::new()
            .append(true)
            .create(true)
            .open(to)
            .with_context(|| format!("opening {} to drain into", to.display()))?;
        let path =
            std::fs::canonicalize(to).with_context(|| format!("resolving {}", to.display()))?;
        if !existed {
            // A new file's directory entry must be on disk too, or a crash can lose the file.
            let dir = path.parent().unwrap_or(Path::new("/"));
            File::open(dir)
                .and_then(|d| d.sync_all())
                .with_context(|| format!("syncing directory {}", dir.display()))?;
        }
        Ok(Sink::File { file, path })
    }

    fn name(&self) -> String {
        match self {
            Sink::File { path, .. } => path.display().to_string(),
            Sink::Stdout => "-".into(),
        }
    }

    fn len(&self) -> Result<u64> {
        match self {
            Sink::File { file, path } => Ok(file
                .metadata()
                .with_context(|| format!("reading the size of {}", path.display()))?
                .len()),
            Sink::Stdout => Ok(0),
        }
    }

    /// Append and make durable: fsync for a file; for stdout, flush (and fsync when it is a
    /// redirected regular file).
    fn append(&mut self, bytes: &[u8]) -> Result<()> {
        match self {
            Sink::File { file, path } => file
                .write_all(bytes)
                .and_then(|()| file.sync_data())
                .with_context(|| format!("writing dead letters to {}", path.display())),
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes)
                    .and_then(|()| out.flush())
                    .context("writing dead letters to stdout")?;
                sync_stdout();
                Ok(())
            }
        }
    }
}

/// fsync stdout when it is a file; pipes and terminals cannot be synced and need not be.
fn sync_stdout() {
    use std::os::fd::AsFd;
    if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
        let _ = File::from(fd).sync_data();
    }
}

/// A batch as lines: each dead letter as stored, one per line. A JSON document can only hold
/// a raw line break as whitespace between tokens, so turning CR/LF into spaces keeps it
/// the same JSON on one line.
fn render<'a>(items: impl Iterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    for item in items {
        out.extend(
            item.iter()
                .map(|b| if matches!(b, b'\n' | b'\r') { b' ' } else { *b }),
        );
        out.push(b'\n');
    }
    out
}

struct Drain {
    sink: Sink,
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
        if path == "-" || !settle_old_write(Path::new(path), offset, bytes)? {
            return Ok(false);
        }
        self.already_written += b.items.len() as u64;
        self.already_in = Some(path.clone());
        Ok(true)
    }
}

impl Deliver for Drain {
    fn staging(&self) -> Staging {
        Staging::Draining
    }

    fn reads_fields(&self) -> bool {
        false
    }

    fn meta(&mut self, batch: &str) -> Result<Vec<(&'static str, String)>> {
        Ok(vec![
            ("batch", batch.to_string()),
            ("path", self.sink.name()),
            ("offset", self.sink.len()?.to_string()),
        ])
    }

    fn deliver(&mut self, _: &mut Store, _: &str, chosen: &[&Entry]) -> Result<()> {
        self.sink
            .append(&render(chosen.iter().map(|e| e.raw.as_slice())))
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
                Staging::Draining,
                &[
                    ("path", self.sink.name()),
                    ("offset", self.sink.len()?.to_string()),
                ],
            )?;
            self.sink.append(&bytes)?;
        }
        moves::clear(store, lock, Staging::Draining)
    }
}

/// Did an interrupted run finish writing `batch` at `offset` of `path`? If it wrote only part
/// of it (the tail of the file is a prefix of the batch), cut that part off so the batch can
/// be written whole without doubling those lines.
fn settle_old_write(path: &Path, offset: u64, batch: &[u8]) -> Result<bool> {
    let Ok(mut f) = File::open(path) else {
        return Ok(false);
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len <= offset {
        return Ok(false);
    }
    let mut found = Vec::with_capacity(batch.len());
    f.seek(SeekFrom::Start(offset))
        .and_then(|_| f.take(batch.len() as u64).read_to_end(&mut found))
        .with_context(|| format!("reading {} to finish an interrupted drain", path.display()))?;
    if found == batch {
        return Ok(true);
    }
    if len < offset + batch.len() as u64 && batch.starts_with(&found) {
        OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|f| f.set_len(offset).and_then(|()| f.sync_all()))
            .with_context(|| format!("removing a half-written batch from {}", path.display()))?;
    }
    Ok(false)
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
        sink: Sink::open(&args.to)?,
        already_written: 0,
        already_in: None,
    };
    catch_interrupt();
    let lock = DlqLock::acquire(&mut store, "drain")?;
    let result = sweep::sweep(
        ctx,
        &mut store,
        &lock,
        &sweep::Scope {
            filter: &filter,
            limit: args.limit,
            batch: args.batch_size as usize,
            what: "draining",
        },
        &mut d,
    );
    let released = lock.release(&mut store);
    let s = result?;
    released?;
    let to = d.sink.name();
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
    match (ctx.ui.format(), matches!(d.sink, Sink::Stdout)) {
        // stdout carries the dead letters themselves: the summary goes to stderr.
        (_, true) => ctx.ui.note(&text),
        (Format::Table, false) => ctx.ui.line(&text)?,
        _ => ctx.ui.json(&report)?,
    }
    ctx.ui.flush()?;
    super::requeue::finish(ctx, &s, &[], "drain")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_puts_each_item_on_one_line() {
        let items: [&[u8]; 2] = [b"{\"a\":1}", b"{\n  \"b\": 2\r\n}"];
        assert_eq!(
            render(items.into_iter()),
            b"{\"a\":1}\n{   \"b\": 2  }\n".to_vec()
        );
    }

    #[test]
    fn a_finished_batch_is_recognised_and_a_torn_one_cut() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        std::fs::write(&p, b"old\nBATCH1\nBATCH2\n").unwrap();
        assert!(settle_old_write(&p, 4, b"BATCH1\nBATCH2\n").unwrap());
        std::fs::write(&p, b"old\nBATCH1\nBAT").unwrap();
        assert!(!settle_old_write(&p, 4, b"BATCH1\nBATCH2\n").unwrap());
        assert_eq!(std::fs::read(&p).unwrap(), b"old\n");
        assert!(!settle_old_write(&dir.path().join("gone"), 0, b"x\n").unwrap());
    }
}
