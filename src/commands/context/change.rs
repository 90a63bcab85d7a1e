//! `context set`, `unset` and `delete`: each one atomic write plus the seed's
//! `events:context:updated` message, in the same script.

use anyhow::Result;

use super::{ContextDetail, ContextRow, Ctx, Plan};
use crate::cli::context::SetArgs;
use crate::commands::count;
use crate::exit::Exit;
use crate::output::Format;
use crate::store::context::{self, Change};
use crate::store::keys::CHANNEL_CONTEXT_UPDATED;

pub fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let key = store.keys().project_context(&args.project);
    let mut hset = format!("HSET {key}");
    for (k, v) in &args.fields {
        hset.push_str(&format!(" {k} {v:?}"));
    }
    let mut changes = vec![hset];
    if let Some(ttl) = args.ttl {
        changes.push(format!("EXPIRE {key} {}", ttl.as_secs().max(1)));
    }
    changes.push(publish_line(&store, &args.project));
    let plan = Plan::write(
        format!("set {} of {key}", count(args.fields.len(), "field")),
        changes,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let added = context::apply(
        &mut store,
        &args.project,
        Change::Set {
            fields: &args.fields,
            ttl: args.ttl,
        },
    )?;
    report(
        ctx,
        &mut store,
        &args.project,
        &format!(
            "context {}: set {} ({added} new)",
            args.project,
            count(args.fields.len(), "field")
        ),
    )
}

pub fn unset(ctx: &mut Ctx, project: &str, fields: &[String]) -> Result<Exit> {
    let mut store = ctx.store()?;
    let key = store.keys().project_context(project);
    let plan = Plan::destructive(
        format!("remove {} from {key}", count(fields.len(), "field")),
        vec![
            format!("HDEL {key} {}", fields.join(" ")),
            publish_line(&store, project),
        ],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let removed = context::apply(&mut store, project, Change::Unset(fields))?;
    report(
        ctx,
        &mut store,
        project,
        &format!(
            "context {project}: removed {}",
            count(removed as usize, "field")
        ),
    )
}

pub fn delete(ctx: &mut Ctx, project: &str) -> Result<Exit> {
    let mut store = ctx.store()?;
    if context::get(&mut store, project)?.is_none() {
        return Err(super::list::no_such_project(&store, project));
    }
    let key = store.keys().project_context(project);
    let plan = Plan::destructive(
        format!("delete {key}"),
        vec![format!("DEL {key}"), publish_line(&store, project)],
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    context::apply(&mut store, project, Change::Delete)?;
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&format!("deleted context {project}"))?,
        _ => ctx.ui.json(&serde_json::json!({ "deleted": project }))?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

fn publish_line(store: &crate::store::Store, project: &str) -> String {
    format!(
        "PUBLISH {} {{\"type\":\"project_context_updated\",\"projectId\":{project:?},…}}",
        store.keys().key(CHANNEL_CONTEXT_UPDATED)
    )
}

/// After a change: a line in table mode, the context as it now is in JSON.
fn report(
    ctx: &mut Ctx,
    store: &mut crate::store::Store,
    project: &str,
    line: &str,
) -> Result<Exit> {
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(line)?,
        _ => match context::get(store, project)? {
            Some(c) => ctx.ui.json(&ContextDetail::from(ContextRow::from(c)))?,
            None => ctx
                .ui
                .json(&serde_json::json!({ "project": project, "fields": {} }))?,
        },
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
