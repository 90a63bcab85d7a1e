//! `coordctl errors`: the error logs, details, counters and signatures the seed's agents
//! keep, read the way an operator needs them and written the way agents expect.

mod correlate;
mod log;
mod purge;
mod record;
mod tally;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::errors::{ErrorsCmd, SourceArg};
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative};
use crate::store::errors::{Entry, Sources};

pub fn run(ctx: &mut Ctx, cmd: ErrorsCmd) -> anyhow::Result<Exit> {
    match cmd {
        ErrorsCmd::Log(args) => log::log(ctx, &args),
        ErrorsCmd::Show(args) => log::show(ctx, &args),
        ErrorsCmd::Top { limit } => tally::top(ctx, limit),
        ErrorsCmd::Signatures { pattern, name } => {
            tally::signatures(ctx, pattern.as_deref(), name.as_deref())
        }
        ErrorsCmd::Record(args) => record::record(ctx, args),
        ErrorsCmd::Correlate(args) => correlate::correlate(ctx, &args),
        ErrorsCmd::Purge { what } => purge::purge(ctx, &what),
    }
}

impl From<SourceArg> for Sources {
    fn from(s: SourceArg) -> Sources {
        Sources {
            tasks: s != SourceArg::Training,
            training: s != SourceArg::Tasks,
        }
    }
}

/// A log entry as listed: the [`Entry`] itself in JSON (fields per SPEC §3), cells in a table.
#[derive(Serialize)]
#[serde(transparent)]
pub struct LogRow(pub Entry);

/// How loud a severity is. The seed's words are not pinned down; these are the usual ones.
pub fn severity_cell(severity: Option<&str>) -> Cell {
    let Some(s) = severity else {
        return Cell::none();
    };
    let tone = match s.to_ascii_lowercase().as_str() {
        "critical" | "fatal" | "high" | "error" => Tone::Bad,
        "medium" | "warning" | "warn" => Tone::Warn,
        "low" | "info" | "debug" => Tone::Dim,
        _ => Tone::Plain,
    };
    Cell::new(s).tone(tone)
}

impl LogRow {
    /// What happened, in one cell: `Name: message` for a task failure; the event type
    /// first for anything else (a training event may carry no error at all).
    fn what(&self) -> Cell {
        let e = &self.0;
        if let Some(raw) = &e.raw {
            return Cell::new(raw.as_str()).tone(Tone::Dim);
        }
        let error = match (e.error_name(), e.error_message()) {
            (Some(name), Some(msg)) => Some(format!("{name}: {msg}")),
            (Some(one), None) | (None, Some(one)) => Some(one.to_string()),
            (None, None) => None,
        };
        match (e.kind.as_deref(), error) {
            (Some("task_failure"), Some(error)) | (None, Some(error)) => Cell::new(error),
            (Some(kind), Some(error)) => Cell::new(format!("{kind} {error}")),
            (Some(kind), None) => Cell::new(kind),
            (None, None) if e.index.is_none() => Cell::new(e.key.as_str()).tone(Tone::Dim),
            (None, None) => Cell::none(),
        }
    }
}

impl Row for LogRow {
    fn columns() -> &'static [&'static str] {
        &["TIME", "SOURCE", "TASK", "AGENT", "SEVERITY", "ERROR"]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let e = &self.0;
        let time = match (e.time, &e.timestamp) {
            (Some(t), _) => Cell::new(relative(t.0, now)),
            (None, Some(raw)) => Cell::new(raw.as_str()).tone(Tone::Bad),
            (None, None) => Cell::none(),
        };
        vec![
            time,
            Cell::new(e.source.as_str()),
            Cell::opt(e.task_id.as_deref()),
            Cell::opt(e.agent.as_deref()),
            severity_cell(e.severity.as_deref()),
            self.what(),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.0.problem.clone()
    }
}

/// A plan that only publishes (read-only refuses it, dry-run shows it).
fn publish_plan(channel: &str, message: &str) -> Plan {
    Plan::write(
        format!("publish on {channel}"),
        vec![format!("PUBLISH {channel} {message}")],
    )
}
