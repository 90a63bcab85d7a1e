//! `context list` and `context show`.

use anyhow::Result;

use super::{ContextDetail, ContextRow, Ctx};
use crate::exit::{Exit, Fail};
use crate::store::context;

pub fn list(ctx: &mut Ctx) -> Result<Exit> {
    let mut store = ctx.store()?;
    let mut rows = ctx
        .ui
        .list::<ContextRow>("project contexts")
        .sorted_by(|a, b| a.project.cmp(&b.project));
    context::scan(&mut store, |c| rows.push(c.into()))?;
    rows.finish()?;
    Ok(Exit::Ok)
}

pub fn show(ctx: &mut Ctx, project: &str) -> Result<Exit> {
    let mut store = ctx.store()?;
    let Some(c) = context::get(&mut store, project)? else {
        return Err(no_such_project(&store, project));
    };
    ctx.ui.detail(&ContextDetail::from(ContextRow::from(c)))?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

pub fn no_such_project(store: &crate::store::Store, project: &str) -> anyhow::Error {
    let key = store.keys().project_context(project);
    Fail::new(
        Exit::Failure,
        format!("no project context {project:?} ({key} does not exist)"),
    )
    .hint("`coordctl context list` shows the projects there are")
    .into()
}
