//! `coordctl retry`: the retry queue and the dead letter queue — inspect, schedule, move
//! dead letters back or out to a file, and work the queue — without losing a task.

mod drain;
mod enqueue;
mod exec;
mod import;
mod list;
mod purge;
mod requeue;
mod run;
mod sweep;

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Ctx;
use crate::cli::retry::{DlqCmd, Filters, RetryCmd};
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative};
use crate::store::retry::Entry;
use crate::time::Time;

pub fn run(ctx: &mut Ctx, cmd: RetryCmd) -> anyhow::Result<Exit> {
    match cmd {
        RetryCmd::List(args) => list::queue(ctx, &args),
        RetryCmd::Stats => list::stats(ctx),
        RetryCmd::Enqueue(args) => enqueue::enqueue(ctx, &args),
        RetryCmd::Run(args) => run::run(ctx, &args),
        RetryCmd::Dlq(cmd) => match cmd {
            DlqCmd::List(args) => list::dead(ctx, &args),
            DlqCmd::Requeue(args) => requeue::requeue(ctx, &args),
            DlqCmd::Drain(args) => drain::drain(ctx, &args),
            DlqCmd::Import(args) => import::import(ctx, &args),
            DlqCmd::Purge => purge::purge(ctx),
        },
    }
}

/// Which dead letters a verb applies to: the command-line filters plus `--task` IDs.
pub struct Filter {
    agent: Option<String>,
    project: Option<String>,
    /// Lower-cased.
    matches: Option<String>,
    older_than: Option<DateTime<Utc>>,
    tasks: Option<HashSet<String>>,
}

impl Filter {
    pub fn new(f: &Filters, tasks: &[String], now: DateTime<Utc>) -> Filter {
        Filter {
            agent: f.agent.clone(),
            project: f.project.clone(),
            matches: f.matches.as_ref().map(|m| m.to_lowercase()),
            older_than: f
                .older_than
                .map(|d| now - chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX / 2)),
            tasks: (!tasks.is_empty()).then(|| tasks.iter().cloned().collect()),
        }
    }

    pub fn is_everything(&self) -> bool {
        self.agent.is_none()
            && self.project.is_none()
            && self.matches.is_none()
            && self.older_than.is_none()
            && self.tasks.is_none()
    }

    /// Whether `--task` IDs were given (then the caller wants to know which were found).
    pub fn by_task(&self) -> bool {
        self.tasks.is_some()
    }

    /// Whether a (clean or not) entry is selected. Bad entries are judged on what could be
    /// read; callers decide whether they may move.
    pub fn selects(&self, e: &Entry) -> bool {
        let eq = |want: &Option<String>, have: &Option<String>| {
            want.as_ref().is_none_or(|w| have.as_ref() == Some(w))
        };
        eq(&self.agent, &e.agent)
            && eq(&self.project, &e.project_id)
            && self.matches.as_ref().is_none_or(|m| {
                e.error
                    .as_ref()
                    .is_some_and(|err| err.to_lowercase().contains(m))
            })
            && self
                .older_than
                .is_none_or(|cut| e.timestamp.is_some_and(|t| t.0 < cut))
            && self
                .tasks
                .as_ref()
                .is_none_or(|ts| e.task_id.as_ref().is_some_and(|t| ts.contains(t)))
    }
}

/// A retry-queue item as listed (SPEC §3 fields, plus `retry_after_ms` as written).
#[derive(Serialize)]
pub struct QueueRow {
    pub position: usize,
    pub task_id: Option<String>,
    pub project_id: Option<String>,
    pub agent: Option<String>,
    pub attempt: Option<i64>,
    pub retry_after: Option<Time>,
    pub retry_after_ms: Option<f64>,
    /// Null for an entry that cannot be scheduled.
    pub ready: Option<bool>,
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl QueueRow {
    pub fn new(position: usize, e: Entry, now_ms: f64) -> QueueRow {
        QueueRow {
            position,
            ready: e.is_clean().then(|| e.due(now_ms)),
            retry_after: e.retry_after.and_then(Time::from_epoch_ms),
            retry_after_ms: e.retry_after,
            problem: e.problem(),
            task_id: e.task_id,
            project_id: e.project_id,
            agent: e.agent,
            attempt: e.attempt,
            error: e.error,
        }
    }
}

impl Row for QueueRow {
    fn columns() -> &'static [&'static str] {
        &["POS", "TASK", "PROJECT", "AGENT", "ATTEMPT", "DUE", "ERROR"]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let due = match (self.retry_after, self.ready) {
            (Some(t), Some(true)) => {
                Cell::new(format!("ready ({})", relative(t.0, now))).tone(Tone::Good)
            }
            (Some(t), _) => Cell::new(relative(t.0, now)).tone(Tone::Dim),
            (None, _) => Cell::none(),
        };
        vec![
            Cell::num(self.position),
            Cell::opt(self.task_id.as_deref()),
            Cell::opt(self.project_id.as_deref()),
            Cell::opt(self.agent.as_deref()),
            self.attempt.map_or_else(Cell::none, Cell::num),
            due,
            Cell::opt(self.error.as_deref()),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

/// A dead letter as listed.
#[derive(Serialize)]
pub struct DeadRow {
    pub position: usize,
    pub task_id: Option<String>,
    pub project_id: Option<String>,
    pub agent: Option<String>,
    pub attempts: Option<i64>,
    /// When it was dead-lettered, as written (RFC 3339 when it parses).
    pub timestamp: Option<String>,
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip)]
    when: Option<Time>,
}

impl DeadRow {
    pub fn new(position: usize, e: Entry) -> DeadRow {
        DeadRow {
            position,
            timestamp: e.timestamp.map(|t| t.rfc3339()).or(e.timestamp_raw.clone()),
            when: e.timestamp,
            problem: e.problem(),
            task_id: e.task_id,
            project_id: e.project_id,
            agent: e.agent,
            attempts: e.attempt,
            error: e.error,
        }
    }
}

impl Row for DeadRow {
    fn columns() -> &'static [&'static str] {
        &[
            "POS", "TASK", "PROJECT", "AGENT", "ATTEMPTS", "FAILED", "ERROR",
        ]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let failed = match (self.when, &self.timestamp) {
            (Some(t), _) => Cell::new(relative(t.0, now)),
            (None, Some(raw)) => Cell::new(raw.as_str()).tone(Tone::Bad),
            (None, None) => Cell::none(),
        };
        vec![
            Cell::num(self.position),
            Cell::opt(self.task_id.as_deref()),
            Cell::opt(self.project_id.as_deref()),
            Cell::opt(self.agent.as_deref()),
            self.attempts.map_or_else(Cell::none, Cell::num),
            failed,
            Cell::opt(self.error.as_deref()),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}
