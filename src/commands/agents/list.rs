//! `agents list` and `agents available`.

use anyhow::Result;

use super::{AgentRow, Ctx};
use crate::cli::agents::ListArgs;
use crate::exit::Exit;
use crate::output::Format;
use crate::store::agents::{self, AgentState};

pub fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let now = ctx.ui.now();
    let want: Option<AgentState> = args.status.map(Into::into);
    let stale_after = args.stale.unwrap_or(args.stale_after);
    let mut rows = ctx
        .ui
        .list::<AgentRow>("agents")
        .sorted_by(|a, b| a.agent.cmp(&b.agent));
    agents::scan(&mut store, |agent| {
        let row = AgentRow::new(agent, stale_after, now);
        if want.is_some() && row.state() != want {
            return Ok(());
        }
        if args.stale.is_some() && row.stale != Some(true) {
            return Ok(());
        }
        rows.push(row)
    })?;
    rows.finish()?;
    Ok(Exit::Ok)
}

/// Idle agents' names, sorted: plain lines, a JSON array, or one JSON string per line.
pub fn available(ctx: &mut Ctx) -> Result<Exit> {
    let mut store = ctx.store()?;
    let mut names = Vec::new();
    agents::scan(&mut store, |a| {
        if a.state() == Some(AgentState::Idle) {
            names.push(a.agent);
        }
        Ok(())
    })?;
    names.sort();
    match ctx.ui.format() {
        Format::Table => {
            for n in &names {
                ctx.ui.line(n)?;
            }
        }
        Format::Json => ctx.ui.json(&names)?,
        Format::Jsonl => {
            for n in &names {
                ctx.ui.json(n)?;
            }
        }
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
