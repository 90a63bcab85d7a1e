//! Running `retry run`'s command for one item: the item's JSON on stdin, TASK_ID, PROJECT_ID,
//! AGENT and ATTEMPT in its environment, its stdout on our stderr, the worker's heartbeat
//! renewed while it runs.

use std::io::Write;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cli::retry::RunArgs;
use crate::exit::{Exit, Fail};
use crate::store::Store;
use crate::store::retry::Entry;
use crate::store::retry::worker::{self, Worker};

/// How often the heartbeat is renewed while a command runs.
const BEAT_EVERY: Duration = Duration::from_secs(5);

/// Run the command for one item. `Ok(Err(why))` when it failed; `Err` when it could not run.
pub fn execute(
    store: &mut Store,
    w: &Worker,
    args: &RunArgs,
    e: &Entry,
    raw: &str,
) -> Result<std::result::Result<(), String>> {
    use std::os::fd::AsFd;
    let program = &args.command[0];
    // The command's stdout goes to our stderr: coordctl's stdout stays the summary.
    let out = std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .context("duplicating stderr for the command")?;
    let mut child = Command::new(program)
        .args(&args.command[1..])
        .env("TASK_ID", e.task_id.as_deref().unwrap_or(""))
        .env("PROJECT_ID", e.project_id.as_deref().unwrap_or(""))
        .env("AGENT", e.agent.as_deref().unwrap_or(""))
        .env("ATTEMPT", e.attempt.unwrap_or(0).to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::from(out))
        .spawn()
        .map_err(|err| {
            Fail::new(Exit::Failure, format!("cannot run {program:?}: {err}"))
                .hint("the item was put back on the queue unchanged")
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let item = format!("{raw}\n");
        // A command that exits without reading its input is not an error.
        std::thread::spawn(move || {
            let _ = stdin.write_all(item.as_bytes());
        });
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let status: ExitStatus = loop {
        match rx.recv_timeout(BEAT_EVERY) {
            Ok(r) => break r.with_context(|| format!("waiting for {program:?}"))?,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                worker::beat(store, w)?;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                anyhow::bail!("lost track of {program:?}")
            }
        }
    };
    if status.success() {
        return Ok(Ok(()));
    }
    use std::os::unix::process::ExitStatusExt;
    Ok(Err(match (status.code(), status.signal()) {
        (Some(c), _) => format!("{program} exited with status {c}"),
        (None, Some(s)) => format!("{program} was killed by signal {s}"),
        _ => format!("{program} failed"),
    }))
}
