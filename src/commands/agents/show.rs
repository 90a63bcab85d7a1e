//! `agents show <agent>`.

use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{AgentRow, Ctx, status_cell, task_cell, updated_cell};
use crate::exit::{Exit, Fail};
use crate::output::{Cell, Detail, Tone};
use crate::store::agents;

#[derive(Serialize)]
struct AgentDetail {
    #[serde(flatten)]
    row: AgentRow,
    key: String,
    /// Fields beyond status, current_task and updated_at.
    fields: std::collections::BTreeMap<String, String>,
    problems: Vec<String>,
}

impl Detail for AgentDetail {
    fn fields(&self, now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let r = &self.row;
        let mut out = vec![
            ("agent".to_string(), Cell::new(r.agent.as_str())),
            (
                "key".to_string(),
                Cell::new(self.key.as_str()).tone(Tone::Dim),
            ),
            (
                "status".to_string(),
                status_cell(r.status.as_deref(), r.state()),
            ),
            (
                "task".to_string(),
                task_cell(r.current_task.as_deref(), r.last_task.as_deref()),
            ),
            (
                "updated".to_string(),
                updated_cell(r.updated, r.updated_at.as_deref(), r.stale, now),
            ),
            ("updated_at".to_string(), Cell::opt(r.updated_at.as_deref())),
        ];
        for (k, v) in &self.fields {
            out.push((k.clone(), Cell::new(v.as_str())));
        }
        out
    }

    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

pub fn show(ctx: &mut Ctx, agent: &str, stale_after: Duration) -> Result<Exit> {
    let mut store = ctx.store()?;
    let Some(a) = agents::get(&mut store, agent)? else {
        let key = store.keys().agent_status(agent);
        return Err(Fail::new(
            Exit::Failure,
            format!("no agent {agent:?} ({key} does not exist)"),
        )
        .hint("`coordctl agents list` shows the agents there are")
        .into());
    };
    let mut detail = AgentDetail {
        key: a.key.clone(),
        fields: a.extra.clone(),
        problems: a.problems.clone(),
        row: AgentRow::new(a, stale_after, ctx.ui.now()),
    };
    detail.row.problem = None;
    ctx.ui.detail(&detail)?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
