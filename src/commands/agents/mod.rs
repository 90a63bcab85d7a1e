//! `coordctl agents`: who is idle, busy or failed, who stopped reporting, and fixing it.

mod list;
mod remove;
mod set;
mod show;

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::agents::{AgentsCmd, StateArg};
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative};
use crate::store::agents::{Agent, AgentState};
use crate::time::Time;

/// How old an `updated_at` may be before an agent counts as stale, unless told otherwise.
pub const DEFAULT_STALE: Duration = Duration::from_secs(600);

pub fn run(ctx: &mut Ctx, cmd: AgentsCmd) -> anyhow::Result<Exit> {
    match cmd {
        AgentsCmd::List(args) => list::list(ctx, &args),
        AgentsCmd::Available => list::available(ctx),
        AgentsCmd::Show { agent, stale_after } => show::show(ctx, &agent, stale_after),
        AgentsCmd::Set(args) => set::set(ctx, &args),
        AgentsCmd::Remove { agents } => remove::remove(ctx, &agents),
        AgentsCmd::Prune { stale, status } => remove::prune(ctx, stale, status),
    }
}

impl From<StateArg> for AgentState {
    fn from(s: StateArg) -> AgentState {
        match s {
            StateArg::Idle => AgentState::Idle,
            StateArg::Busy => AgentState::Busy,
            StateArg::Failed => AgentState::Failed,
        }
    }
}

/// An agent as listed: JSON fields per SPEC §3, plus `last_task` and `problem`.
///
/// An idle agent keeps its old `current_task` (the seed never clears it), so for idle agents
/// `current_task` is null and the stored value is reported as `last_task`.
#[derive(Serialize)]
pub struct AgentRow {
    pub agent: String,
    pub status: Option<String>,
    pub current_task: Option<String>,
    pub last_task: Option<String>,
    pub updated_at: Option<String>,
    /// Null when `updated_at` cannot be read.
    pub stale: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip)]
    state: Option<AgentState>,
    #[serde(skip)]
    updated: Option<Time>,
}

impl AgentRow {
    pub fn new(a: Agent, stale_after: Duration, now: DateTime<Utc>) -> AgentRow {
        let state = a.state();
        let current_task = match state {
            Some(AgentState::Idle) => None,
            _ => a.current_task.clone(),
        };
        AgentRow {
            stale: is_stale(a.updated_at, stale_after, now),
            updated_at: match (a.updated_at, a.updated_at_raw) {
                // Already RFC 3339 in UTC with milliseconds, as toISOString() writes it.
                (Some(_), Some(raw)) if is_iso_utc_millis(&raw) => Some(raw),
                (Some(t), _) => Some(t.rfc3339()),
                (None, raw) => raw,
            },
            agent: a.agent,
            status: a.status,
            current_task,
            last_task: a.current_task,
            problem: (!a.problems.is_empty()).then(|| a.problems.join("; ")),
            state,
            updated: a.updated_at,
        }
    }

    pub fn state(&self) -> Option<AgentState> {
        self.state
    }

    /// `updated_at` when it could be read.
    pub fn updated(&self) -> Option<Time> {
        self.updated
    }
}

/// `2026-11-25T19:52:15.123Z`: the exact shape of `Date.prototype.toISOString()`, which is
/// also our RFC 3339 form, so a parsed value in this shape can be shown as written.
fn is_iso_utc_millis(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 24 && b[10] == b'T' && b[19] == b'.' && b[23] == b'Z'
}

/// Stale: `updated_at` older than `after`. Unknown when there is no readable date.
pub fn is_stale(updated: Option<Time>, after: Duration, now: DateTime<Utc>) -> Option<bool> {
    let after = chrono::Duration::from_std(after).unwrap_or(chrono::Duration::MAX);
    updated.map(|t| now.signed_duration_since(t.0) > after)
}

pub fn status_cell(status: Option<&str>, state: Option<AgentState>) -> Cell {
    match (status, state) {
        (None, _) => Cell::none(),
        (Some(s), None) => Cell::new(s).tone(Tone::Bad),
        (Some(s), Some(AgentState::Idle)) => Cell::new(s).tone(Tone::Good),
        (Some(s), Some(AgentState::Busy)) => Cell::new(s).tone(Tone::Warn),
        (Some(s), Some(AgentState::Failed)) => Cell::new(s).tone(Tone::Bad),
    }
}

pub fn task_cell(current: Option<&str>, last: Option<&str>) -> Cell {
    match (current, last) {
        (Some(t), _) => Cell::new(t),
        (None, Some(t)) => Cell::new(format!("(last: {t})")).tone(Tone::Dim),
        (None, None) => Cell::none(),
    }
}

pub fn updated_cell(
    updated: Option<Time>,
    raw: Option<&str>,
    stale: Option<bool>,
    now: DateTime<Utc>,
) -> Cell {
    match (updated, raw) {
        (Some(t), _) if stale == Some(true) => {
            Cell::new(format!("{} (stale)", relative(t.0, now))).tone(Tone::Warn)
        }
        (Some(t), _) => Cell::new(relative(t.0, now)),
        (None, Some(raw)) => Cell::new(raw).tone(Tone::Bad),
        (None, None) => Cell::none(),
    }
}

impl Row for AgentRow {
    fn columns() -> &'static [&'static str] {
        &["AGENT", "STATUS", "TASK", "UPDATED"]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        vec![
            Cell::new(self.agent.as_str()),
            status_cell(self.status.as_deref(), self.state),
            task_cell(self.current_task.as_deref(), self.last_task.as_deref()),
            updated_cell(self.updated, self.updated_at.as_deref(), self.stale, now),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}
