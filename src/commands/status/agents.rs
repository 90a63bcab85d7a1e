//! The agents section: how many are idle, busy and failed, how many stopped reporting, and
//! the failed and stale ones by name.

use std::cmp::Ordering;
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::top::Top;
use super::{Trouble, counted};
use crate::commands::agents::{AgentRow, status_cell, task_cell, updated_cell};
use crate::commands::count;
use crate::output::{Cell, Section, Tone, short_span};
use crate::store::Store;
use crate::store::agents::{self, AgentState};

#[derive(Serialize)]
pub struct Agents {
    pub total: u64,
    pub idle: u64,
    pub busy: u64,
    pub failed: u64,
    /// No status, or a word other than idle/busy/failed.
    pub unknown: u64,
    /// `updated_at` older than `stale_after_seconds`, whatever the state.
    pub stale: u64,
    pub stale_after_seconds: u64,
    /// Hashes that could not be read cleanly (`agents list` marks them).
    pub unreadable: u64,
    /// Failed agents, then stale busy ones, then other stale ones; most recently updated
    /// first. `agents list` rows.
    pub attention: Vec<AgentRow>,
    pub attention_more: u64,
    #[serde(skip)]
    trouble: Trouble,
}

/// Failed first, then busy-but-silent (likely hung), then other stale agents.
fn rank(r: &AgentRow) -> u8 {
    match (r.state(), r.stale) {
        (Some(AgentState::Failed), _) => 0,
        (Some(AgentState::Busy), Some(true)) => 1,
        _ => 2,
    }
}

fn order(a: &AgentRow, b: &AgentRow) -> Ordering {
    rank(a)
        .cmp(&rank(b))
        .then_with(|| b.updated().cmp(&a.updated()))
        .then_with(|| a.agent.cmp(&b.agent))
}

pub fn read(
    store: &mut Store,
    stale_after: Duration,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Agents> {
    let mut a = Agents {
        total: 0,
        idle: 0,
        busy: 0,
        failed: 0,
        unknown: 0,
        stale: 0,
        stale_after_seconds: stale_after.as_secs(),
        unreadable: 0,
        attention: Vec::new(),
        attention_more: 0,
        trouble: Trouble::new("agents", "coordctl agents list"),
    };
    let mut top = Top::new(limit, order);
    agents::scan(store, |agent| {
        a.total += 1;
        if !agent.problems.is_empty() {
            a.trouble
                .add(|| format!("{}: {}", agent.key, agent.problems.join("; ")));
        }
        let row = AgentRow::new(agent, stale_after, now);
        match row.state() {
            Some(AgentState::Idle) => a.idle += 1,
            Some(AgentState::Busy) => a.busy += 1,
            Some(AgentState::Failed) => a.failed += 1,
            None => a.unknown += 1,
        }
        let stale = row.stale == Some(true);
        a.stale += u64::from(stale);
        if stale || row.state() == Some(AgentState::Failed) {
            top.push(row);
        }
        Ok(())
    })?;
    a.unreadable = a.trouble.count;
    (a.attention, a.attention_more) = top.finish();
    Ok(a)
}

impl Agents {
    pub fn trouble(&self) -> &Trouble {
        &self.trouble
    }

    pub fn section(&self, now: DateTime<Utc>) -> Section {
        let mut summary = vec![Cell::new(count(self.total as usize, "agent"))];
        if self.total > 0 {
            summary.push(Cell::new(format!("{} idle", self.idle)));
            summary.push(Cell::new(format!("{} busy", self.busy)));
            summary.push(counted(self.failed, "failed", Tone::Bad));
            summary.push(counted(
                self.stale,
                &format!("stale (>{})", short_span(self.stale_after_seconds)),
                Tone::Warn,
            ));
        }
        if self.unreadable > 0 {
            summary.push(counted(self.unreadable, "unreadable", Tone::Bad));
        }
        let rows = self
            .attention
            .iter()
            .map(|r| {
                vec![
                    status_cell(r.status.as_deref(), r.state()),
                    Cell::new(r.agent.as_str()),
                    task_cell(r.current_task.as_deref(), r.last_task.as_deref()),
                    updated_cell(r.updated(), r.updated_at.as_deref(), r.stale, now),
                ]
            })
            .collect();
        let more = (self.attention_more > 0).then(|| {
            format!(
                "… {} more: coordctl agents list --status failed, --stale {}",
                self.attention_more,
                short_span(self.stale_after_seconds)
            )
        });
        Section::new("agents", summary).rows(rows).more(more)
    }
}
