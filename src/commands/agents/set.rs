//! `agents set <agent> <status> [--task T | --clear-task]`.

use anyhow::Result;

use super::{AgentRow, Ctx, Plan};
use crate::cli::agents::SetArgs;
use crate::exit::Exit;
use crate::output::Format;
use crate::store::agents::{self, AgentState, TaskChange};

pub fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit> {
    let state: AgentState = args.status.into();
    let task = match (&args.task, args.clear_task) {
        (Some(t), _) => TaskChange::Set(t.clone()),
        (None, true) => TaskChange::Clear,
        (None, false) => TaskChange::Keep,
    };
    let mut store = ctx.store()?;
    let key = store.keys().agent_status(&args.agent);
    let mut hset = format!("HSET {key} status {}", state.as_str());
    if let TaskChange::Set(t) = &task {
        hset.push_str(&format!(" current_task {t}"));
    }
    hset.push_str(" updated_at <now>");
    let mut changes = vec![hset];
    if task == TaskChange::Clear {
        changes.push(format!("HDEL {key} current_task"));
    }
    let plan = Plan::write(
        format!("set agent {} to {}", args.agent, state.as_str()),
        changes,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    agents::set(&mut store, &args.agent, state, &task)?;

    let now = ctx.ui.now();
    let after = agents::get(&mut store, &args.agent)?;
    match (ctx.ui.format(), after) {
        (Format::Table, _) | (_, None) => {
            let what = match &task {
                TaskChange::Set(t) => format!(" (task {t})"),
                TaskChange::Clear => " (task cleared)".to_string(),
                TaskChange::Keep => String::new(),
            };
            ctx.ui.line(&format!(
                "agent {} set to {}{what}",
                args.agent,
                state.as_str()
            ))?;
        }
        (_, Some(a)) => ctx.ui.json(&AgentRow::new(a, super::DEFAULT_STALE, now))?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
