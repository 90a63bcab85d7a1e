//! `agents remove` and `agents prune --stale D`: deleting agent hashes, never one that
//! reported in after we decided to delete it.

use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, Plan, is_stale};
use crate::cli::agents::StateArg;
use crate::commands::count;
use crate::exit::{Exit, Fail};
use crate::output::{Format, relative, short_span};
use crate::store::agents::{self, AgentState};

pub fn remove(ctx: &mut Ctx, names: &[String]) -> Result<Exit> {
    let mut store = ctx.store()?;
    let changes = names
        .iter()
        .map(|n| format!("DEL {}", store.keys().agent_status(n)))
        .collect();
    let plan = Plan::destructive(
        format!("delete {}", count(names.len(), "agent hash")),
        changes,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let mut removed = Vec::new();
    let mut missing = Vec::new();
    for name in names {
        if agents::remove(&mut store, name)? {
            removed.push(name.clone());
        } else {
            missing.push(name.clone());
        }
    }
    #[derive(Serialize)]
    struct Removed<'a> {
        removed: &'a [String],
        missing: &'a [String],
    }
    match ctx.ui.format() {
        Format::Table => {
            for n in &removed {
                ctx.ui.line(&format!("deleted agent {n}"))?;
            }
        }
        _ => ctx.ui.json(&Removed {
            removed: &removed,
            missing: &missing,
        })?,
    }
    ctx.ui.flush()?;
    if !missing.is_empty() {
        return Err(Fail::new(
            Exit::Failure,
            format!("no such agent: {}", missing.join(", ")),
        )
        .into());
    }
    Ok(Exit::Ok)
}

pub fn prune(ctx: &mut Ctx, stale: Duration, status: Option<StateArg>) -> Result<Exit> {
    let mut store = ctx.store()?;
    let now = ctx.ui.now();
    let want: Option<AgentState> = status.map(Into::into);
    // (name, key, updated_at as seen, when)
    let mut victims: Vec<(String, String, String, String)> = Vec::new();
    let mut unreadable = Vec::new();
    agents::scan(&mut store, |a| {
        if want.is_some() && a.state() != want {
            return Ok(());
        }
        match (
            is_stale(a.updated_at, stale, now),
            &a.updated_at_raw,
            a.updated_at,
        ) {
            (Some(true), Some(raw), Some(t)) => {
                victims.push((a.agent, a.key, raw.clone(), relative(t.0, now)));
            }
            (None, _, _) => unreadable.push(a.agent),
            _ => {}
        }
        Ok(())
    })?;
    victims.sort();
    unreadable.sort();
    if !unreadable.is_empty() {
        ctx.ui.warn(&format!(
            "left alone {} with no readable updated_at: {}",
            count(unreadable.len(), "agent"),
            unreadable.join(", ")
        ));
    }
    if victims.is_empty() {
        ctx.ui.note(&format!(
            "no agents stale for more than {}",
            short_span(stale.as_secs())
        ));
        if ctx.ui.format() != Format::Table {
            ctx.ui.json(&Pruned::default())?;
            ctx.ui.flush()?;
        }
        return Ok(Exit::Ok);
    }
    let changes = victims
        .iter()
        .map(|(_, key, _, when)| format!("DEL {key} (updated {when})"))
        .collect();
    let plan = Plan::destructive(
        format!(
            "delete {} not updated for {}",
            count(victims.len(), "agent"),
            short_span(stale.as_secs())
        ),
        changes,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let mut result = Pruned {
        unreadable,
        ..Pruned::default()
    };
    let bar = ctx.ui.progress(victims.len() as u64, "pruning");
    for (name, key, seen, _) in victims {
        if agents::remove_if_unchanged(&mut store, &key, &seen)? {
            result.pruned.push(name);
        } else {
            result.changed_since.push(name);
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    match ctx.ui.format() {
        Format::Table => {
            for n in &result.pruned {
                ctx.ui.line(&format!("pruned agent {n}"))?;
            }
            if !result.changed_since.is_empty() {
                ctx.ui.warn(&format!(
                    "kept {} that reported in while pruning: {}",
                    count(result.changed_since.len(), "agent"),
                    result.changed_since.join(", ")
                ));
            }
        }
        _ => ctx.ui.json(&result)?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

#[derive(Serialize, Default)]
struct Pruned {
    pruned: Vec<String>,
    /// Agents that updated their hash between the scan and the delete: kept.
    changed_since: Vec<String>,
    /// Agents whose updated_at could not be read: never pruned.
    unreadable: Vec<String>,
}
