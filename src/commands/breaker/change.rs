//! `breaker open`, `close`, `half-open` and `reset`: each one atomic script that writes the
//! state, `opened_at`, the expiry and who changed it and why, and publishes the seed's event.
//! `--if-state` makes the change conditional, so a transition made since the operator looked
//! is never overwritten; `reset --all` applies the same guard with the state each breaker had
//! when the plan was shown.

use anyhow::Result;
use serde::Serialize;

use super::{BreakerRow, Ctx, Plan};
use crate::cli::breaker::{ChangeArgs, OpenArgs, ResetArgs};
use crate::commands::count;
use crate::exit::{Exit, Fail};
use crate::output::{Format, relative};
use crate::store::Store;
use crate::store::breaker::{self, BreakerState, Outcome, SEED_TIMEOUT, Target};
use crate::store::keys::CHANNEL_BREAKERS;

pub fn open(ctx: &mut Ctx, args: &OpenArgs) -> Result<Exit> {
    apply(
        ctx,
        &args.change,
        Target::Open {
            expire: args.expire,
        },
    )
}

pub fn close(ctx: &mut Ctx, args: &ChangeArgs) -> Result<Exit> {
    apply(ctx, args, Target::Closed)
}

pub fn half_open(ctx: &mut Ctx, args: &ChangeArgs) -> Result<Exit> {
    apply(ctx, args, Target::HalfOpen)
}

pub fn reset(ctx: &mut Ctx, args: &ResetArgs) -> Result<Exit> {
    match &args.component {
        Some(component) => apply(
            ctx,
            &ChangeArgs {
                component: component.clone(),
                reason: args.reason.clone(),
                if_state: args.if_state,
            },
            Target::Reset,
        ),
        None => reset_all(ctx, args),
    }
}

/// The changes a target makes, for `--dry-run` and the prompt.
fn plan_lines(
    store: &Store,
    component: &str,
    target: Target,
    if_state: Option<&str>,
    reason: Option<&str>,
    by: &str,
) -> Result<Vec<String>> {
    let key = store.keys().breaker(component);
    let mut lines = Vec::new();
    if let Some(s) = if_state {
        lines.push(format!("only if {key} is still {s}"));
    }
    let record = |to: &str| format!("changed_by {by} changed_at <now ms> changed_to {to}");
    let reason_cmd = match reason {
        Some(r) => format!("HSET {key} reason {r:?}"),
        None => format!("HDEL {key} reason"),
    };
    match target {
        Target::Open { expire } => {
            lines.push(format!(
                "HSET {key} state open opened_at <now ms> {}",
                record("open")
            ));
            lines.push(reason_cmd);
            lines.push(format!("EXPIRE {key} {}", expire.as_secs().max(1)));
        }
        Target::Closed | Target::HalfOpen => {
            let to = if target == Target::Closed {
                "closed"
            } else {
                "half-open"
            };
            lines.push(format!("unless {key} is already {to}:"));
            lines.push(format!("HSET {key} state {to} {}", record(to)));
            lines.push(reason_cmd);
        }
        Target::Reset => lines.push(format!("DEL {key}")),
    }
    let message = breaker::event_message(target.event(), component, reason)?;
    lines.push(format!(
        "PUBLISH {} {message}",
        store.keys().key(CHANNEL_BREAKERS)
    ));
    Ok(lines)
}

fn action(target: Target, component: &str) -> String {
    match target {
        Target::Open { .. } => format!("open breaker {component}"),
        Target::Closed => format!("close breaker {component}"),
        Target::HalfOpen => format!("set breaker {component} half-open"),
        Target::Reset => format!("reset breaker {component}"),
    }
}

/// The JSON answer to a change: what it did, and the breaker as it now is.
#[derive(Serialize)]
struct Changed {
    changed: bool,
    previous_state: String,
    #[serde(flatten)]
    breaker: BreakerRow,
}

fn apply(ctx: &mut Ctx, args: &ChangeArgs, target: Target) -> Result<Exit> {
    let mut store = ctx.store()?;
    let by = breaker::operator();
    let if_state = args.if_state.map(|s| BreakerState::from(s).as_str());
    let reason = args.reason.as_deref();
    let plan = Plan::write(
        action(target, &args.component),
        plan_lines(&store, &args.component, target, if_state, reason, &by)?,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let c = &args.component;
    let outcome = breaker::change(&mut store, c, target, if_state, reason, &by)?;
    let (changed, previous) = match outcome {
        Outcome::Conflict { state } => {
            return Err(Fail::new(
                Exit::CheckFailed,
                format!(
                    "breaker {c} is {state}, not {} (--if-state): nothing changed",
                    if_state.unwrap_or("?")
                ),
            )
            .hint(format!("`coordctl breaker show {c}` shows who changed it"))
            .into());
        }
        Outcome::Changed { from } => (true, from),
        Outcome::Unchanged { state } => (false, state),
    };
    let after = breaker::get(&mut store, c)?;
    let row = BreakerRow::new(&after, SEED_TIMEOUT);
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&summary(target, c, changed, &previous, &row))?,
        _ => ctx.ui.json(&Changed {
            changed,
            previous_state: previous,
            breaker: row,
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

fn summary(target: Target, c: &str, changed: bool, previous: &str, row: &BreakerRow) -> String {
    if !changed {
        return match target {
            Target::Reset => format!("breaker {c} has no key (already closed): nothing changed"),
            _ => format!("breaker {c} is already {previous}: nothing changed"),
        };
    }
    let expiry = row
        .ttl_seconds
        .map(|t| format!("; expires in {}", crate::time::span(t.max(0) as u64)))
        .unwrap_or_default();
    match target {
        Target::Open { .. } => format!(
            "breaker {c} opened (was {previous}){expiry}; agents may move it to half-open after {}",
            crate::output::short_span(SEED_TIMEOUT.as_secs())
        ),
        Target::Closed => format!("breaker {c} closed (was {previous}){expiry}"),
        Target::HalfOpen => format!("breaker {c} half-open (was {previous}){expiry}"),
        Target::Reset => format!("breaker {c} reset (was {previous}): key deleted"),
    }
}

#[derive(Serialize, Default)]
struct ResetAll {
    reset: Vec<String>,
    /// Breakers whose state changed between the plan and the reset: left alone.
    changed_since: Vec<String>,
    /// Keys that are not hashes: never touched.
    skipped: Vec<String>,
}

fn reset_all(ctx: &mut Ctx, args: &ResetArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let now = ctx.ui.now();
    let want: Option<BreakerState> = args.state.map(Into::into);
    // (component, state as seen, plan line)
    let mut victims: Vec<(String, String, String)> = Vec::new();
    let mut result = ResetAll::default();
    breaker::scan(&mut store, |b| {
        let Some(state) = b.state_text() else {
            result.skipped.push(b.component);
            return Ok(());
        };
        if want.is_some() && b.state() != want {
            return Ok(());
        }
        let opened = b
            .opened_at_ms
            .and_then(|ms| crate::time::Time::from_epoch_ms(ms as f64))
            .map(|t| format!(", opened {}", relative(t.0, now)))
            .unwrap_or_default();
        let line = format!("DEL {} ({state}{opened})", b.key);
        victims.push((b.component, state, line));
        Ok(())
    })?;
    victims.sort();
    result.skipped.sort();
    if !result.skipped.is_empty() {
        let that = if result.skipped.len() == 1 {
            "that is not a hash"
        } else {
            "that are not hashes"
        };
        ctx.ui.warn(&format!(
            "left alone {} {that}: {}",
            count(result.skipped.len(), "key"),
            result.skipped.join(", ")
        ));
    }
    if victims.is_empty() {
        ctx.ui.note("no circuit breakers to reset");
        if ctx.ui.format() != Format::Table {
            ctx.ui.json(&result)?;
            ctx.ui.flush()?;
        }
        return Ok(Exit::Ok);
    }
    let mut changes: Vec<String> = victims.iter().map(|v| v.2.clone()).collect();
    changes.push(format!(
        "PUBLISH {} circuit_breaker_closed for each",
        store.keys().key(CHANNEL_BREAKERS)
    ));
    let what = match want {
        Some(s) => format!("reset {} ({})", count(victims.len(), "breaker"), s.as_str()),
        None => format!("reset {}", count(victims.len(), "breaker")),
    };
    if !ctx.approve(&Plan::destructive(what, changes))? {
        return Ok(Exit::Ok);
    }
    let by = breaker::operator();
    let reason = args.reason.as_deref();
    let bar = ctx.ui.progress(victims.len() as u64, "resetting");
    for (component, seen, _) in victims {
        let outcome = breaker::change(
            &mut store,
            &component,
            Target::Reset,
            Some(&seen),
            reason,
            &by,
        )?;
        match outcome {
            Outcome::Changed { .. } => result.reset.push(component),
            _ => result.changed_since.push(component),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    match ctx.ui.format() {
        Format::Table => {
            for c in &result.reset {
                ctx.ui.line(&format!("reset breaker {c}"))?;
            }
        }
        _ => ctx.ui.json(&result)?,
    }
    if !result.changed_since.is_empty() {
        ctx.ui.warn(&format!(
            "left alone {} that changed while resetting: {}",
            count(result.changed_since.len(), "breaker"),
            result.changed_since.join(", ")
        ));
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
