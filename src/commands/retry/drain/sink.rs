//! Where `dlq drain` writes: a file (or stdout), appended a batch at a time by a thread of
//! its own, each batch written and fsynced before the next.
//!
//! The writer works while the main thread takes and judges the next batch, so the fsync of
//! one batch and the Redis round trip of the next overlap instead of adding up. It writes
//! batches in the order they were sent, and checks that each starts where the drain told
//! Redis it would (the batch's `offset`): that record is how the next drain recognises a
//! batch written before a crash, so a file that grew behind our back stops the drain.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::thread::JoinHandle;

use anyhow::{Context, Result, anyhow, bail};

/// The destination, owned by the writer thread.
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

    fn len(&self) -> Result<u64> {
        match self {
            Sink::File { file, path } => file_len(file, path),
            Sink::Stdout => Ok(0),
        }
    }

    /// Append a batch that must start at `at`, and make it durable: fsync for a file; for
    /// stdout, flush (and fsync when it is a redirected regular file).
    fn append(&mut self, at: u64, bytes: &[u8]) -> Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        match self {
            Sink::File { file, path } => {
                let len = file_len(file, path)?;
                if len != at {
                    bail!(
                        "{} is {len} bytes long where this drain expected {at}: something else \
                         writes to it; stopped (the batch stays in staging for the next drain)",
                        path.display()
                    );
                }
                file.write_all(bytes)
                    .and_then(|()| file.sync_data())
                    .with_context(|| format!("writing dead letters to {}", path.display()))
            }
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

fn file_len(file: &File, path: &Path) -> Result<u64> {
    Ok(file
        .metadata()
        .with_context(|| format!("reading the size of {}", path.display()))?
        .len())
}

/// fsync stdout when it is a file; pipes and terminals cannot be synced and need not be.
fn sync_stdout() {
    use std::os::fd::AsFd;
    if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
        let _ = File::from(fd).sync_data();
    }
}

/// A batch for the writer thread: its lines, and the offset they must start at.
struct Job {
    at: u64,
    bytes: Vec<u8>,
}

/// The drain's output: batches go to a thread that appends and fsyncs them in order.
pub struct Writer {
    /// The canonical path, or `-` for stdout: what a batch records as its destination.
    name: String,
    path: Option<PathBuf>,
    /// Where the next batch will start once every batch sent is written.
    end: u64,
    jobs: Option<SyncSender<Job>>,
    /// Each batch's outcome, with its buffer back for the next batch.
    done: Receiver<Result<Vec<u8>>>,
    in_flight: usize,
    spare: Vec<Vec<u8>>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    pub fn open(to: &Path) -> Result<Writer> {
        let mut sink = Sink::open(to)?;
        let (name, path) = match &sink {
            Sink::File { path, .. } => (path.display().to_string(), Some(path.clone())),
            Sink::Stdout => ("-".to_string(), None),
        };
        let end = sink.len()?;
        // Two batches at most are ever in flight (see `sweep`); the bound is a safety belt.
        let (jobs, incoming) = sync_channel::<Job>(2);
        let (report, done) = channel();
        let thread = std::thread::Builder::new()
            .name("drain-writer".into())
            .spawn(move || {
                for mut job in incoming {
                    let result = sink.append(job.at, &job.bytes).map(|()| {
                        job.bytes.clear();
                        job.bytes
                    });
                    let failed = result.is_err();
                    // After a failure nothing more may be written: later batches would land
                    // at the wrong offsets.
                    if report.send(result).is_err() || failed {
                        return;
                    }
                }
            })
            .context("starting the thread that writes the drained dead letters")?;
        Ok(Writer {
            name,
            path,
            end,
            jobs: Some(jobs),
            done,
            in_flight: 0,
            spare: Vec::new(),
            thread: Some(thread),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn is_stdout(&self) -> bool {
        self.path.is_none()
    }

    /// The offset the next batch sent will start at.
    pub fn end(&self) -> u64 {
        self.end
    }

    /// An empty buffer to render a batch into: one the thread is done with, if any (a fresh
    /// megabyte per batch costs page faults).
    pub fn buffer(&mut self) -> Vec<u8> {
        self.spare.pop().unwrap_or_default()
    }

    /// Hand a batch to the writer thread; it is durable once [`Writer::settle`] says so.
    pub fn send(&mut self, bytes: Vec<u8>) -> Result<()> {
        let at = self.end;
        self.end += bytes.len() as u64;
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job { at, bytes }).is_ok());
        if !sent {
            // The thread stopped after a failure: report that failure.
            self.settle(0)?;
            bail!("the thread writing to {} stopped", self.name);
        }
        self.in_flight += 1;
        Ok(())
    }

    /// Wait until at most `in_flight` batches sent are not yet written and fsynced.
    pub fn settle(&mut self, in_flight: usize) -> Result<()> {
        while self.in_flight > in_flight {
            let result = self
                .done
                .recv()
                .map_err(|_| anyhow!("the thread writing to {} stopped", self.name))?;
            self.in_flight -= 1;
            self.spare.push(result?);
        }
        Ok(())
    }

    /// Append and wait until it is durable (finishing an interrupted run's batch).
    pub fn append_now(&mut self, bytes: Vec<u8>) -> Result<()> {
        self.send(bytes)?;
        self.settle(0)
    }

    /// Re-read where the file ends, after [`settle_old_write`] cut a torn batch off it.
    pub fn refresh_end(&mut self) -> Result<()> {
        self.settle(0)?;
        if let Some(path) = &self.path {
            self.end = std::fs::metadata(path)
                .with_context(|| format!("reading the size of {}", path.display()))?
                .len();
        }
        Ok(())
    }
}

impl Drop for Writer {
    /// Let the thread finish the batches it has (each is in staging until it is cleared, so
    /// stopping early would lose nothing, but a finished write saves the next run a check).
    fn drop(&mut self) {
        self.jobs.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A batch as lines: each dead letter as stored, one per line. A JSON document can only hold
/// a raw line break as whitespace between tokens, so turning CR/LF into spaces keeps it
/// the same JSON on one line.
pub fn render<'a>(items: impl Iterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    render_into(&mut out, items);
    out
}

/// [`render`], appending to `out`.
pub fn render_into<'a>(out: &mut Vec<u8>, items: impl Iterator<Item = &'a [u8]>) {
    for item in items {
        let start = out.len();
        out.extend_from_slice(item);
        // Written as a select on every byte (not a branch) so that it compiles to vector code.
        for b in &mut out[start..] {
            let line_break = *b == b'\n' || *b == b'\r';
            *b = if line_break { b' ' } else { *b };
        }
        out.push(b'\n');
    }
}

/// Did an interrupted run finish writing `batch` at `offset` of `path`? If it wrote only part
/// of it (the tail of the file is a prefix of the batch), cut that part off so the batch can
/// be written whole without doubling those lines.
pub fn settle_old_write(path: &Path, offset: u64, batch: &[u8]) -> Result<bool> {
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

    #[test]
    fn the_writer_appends_in_order_and_stops_when_the_file_changes_under_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        std::fs::write(&p, b"old\n").unwrap();
        let mut w = Writer::open(&p).unwrap();
        assert_eq!(w.end(), 4);
        w.send(b"a\n".to_vec()).unwrap();
        w.send(Vec::new()).unwrap();
        w.send(b"b\n".to_vec()).unwrap();
        w.settle(0).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"old\na\nb\n");
        std::fs::OpenOptions::new()
            .append(true)
            .open(&p)
            .unwrap()
            .write_all(b"intruder\n")
            .unwrap();
        let failed = w.append_now(b"c\n".to_vec()).unwrap_err();
        assert!(format!("{failed:#}").contains("something else writes to it"));
        assert!(
            w.append_now(b"d\n".to_vec()).is_err(),
            "nothing after a failure"
        );
        assert_eq!(std::fs::read(&p).unwrap(), b"old\na\nb\nintruder\n");
    }
}
