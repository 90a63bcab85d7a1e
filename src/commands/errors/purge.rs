//! `errors purge log|details|counters|signatures|all`: counted, confirmed, then deleted.

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::errors::PurgeWhat;
use crate::exit::Exit;
use crate::output::Format;
use crate::store::errors::purge::{self, Action, Part, Target, plural};

/// Above this many details hashes, the plan names the pattern instead of every key.
const LIST_KEYS_UP_TO: usize = 20;

#[derive(Serialize)]
struct Purged<'a> {
    purged: Vec<PurgedKey<'a>>,
}

#[derive(Serialize)]
struct PurgedKey<'a> {
    key: &'a str,
    what: &'static str,
    /// Entries, fields or members removed (1 for a whole key of the wrong type).
    count: u64,
}

fn part_name(p: Part) -> &'static str {
    match p {
        Part::Log => "log",
        Part::Details => "details",
        Part::Counters => "counters",
        Part::Signatures => "signatures",
    }
}

pub fn purge(ctx: &mut Ctx, what: &[PurgeWhat]) -> Result<Exit> {
    let all = what.contains(&PurgeWhat::All);
    let parts: Vec<Part> = [
        (PurgeWhat::Log, Part::Log),
        (PurgeWhat::Details, Part::Details),
        (PurgeWhat::Counters, Part::Counters),
        (PurgeWhat::Signatures, Part::Signatures),
    ]
    .into_iter()
    .filter(|(w, _)| all || what.contains(w))
    .map(|(_, p)| p)
    .collect();
    let mut store = ctx.store()?;
    let targets = purge::plan(&mut store, &parts)?;
    if targets.is_empty() {
        ctx.ui.note("nothing to purge");
        if ctx.ui.format() != Format::Table {
            ctx.ui.json(&Purged { purged: Vec::new() })?;
            ctx.ui.flush()?;
        }
        return Ok(Exit::Ok);
    }
    let plan = Plan::destructive(
        format!("purge {}", summary(&targets)),
        changes(&store, &targets),
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    purge::apply(&mut store, &targets)?;
    match ctx.ui.format() {
        Format::Table => {
            for t in &targets {
                ctx.ui.line(&format!("purged {} ({})", t.key, t.holds))?;
            }
        }
        _ => ctx.ui.json(&Purged {
            purged: targets
                .iter()
                .map(|t| PurgedKey {
                    key: &t.key,
                    what: part_name(t.part),
                    count: t.count,
                })
                .collect(),
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

/// "errors:tasks:log (1,234 entries), 3 details hashes, errors:counters (12 counters)".
fn summary(targets: &[Target]) -> String {
    let details = targets.iter().filter(|t| t.part == Part::Details).count();
    let mut parts: Vec<String> = targets
        .iter()
        .filter(|t| t.part != Part::Details)
        .map(|t| format!("{} ({})", t.key, t.holds))
        .collect();
    if details > 0 {
        parts.push(plural(details as u64, "details hash"));
    }
    parts.join(", ")
}

/// The plan's lines, one per command (details hashes summarised past a handful).
fn changes(store: &crate::store::Store, targets: &[Target]) -> Vec<String> {
    let details: Vec<&Target> = targets.iter().filter(|t| t.part == Part::Details).collect();
    let mut out: Vec<String> = targets
        .iter()
        .filter(|t| t.part != Part::Details)
        .map(|t| match t.action {
            Action::TrimOldest(n) => format!(
                "LTRIM {} 0 {} (removes the {} counted; entries pushed since stay)",
                t.key,
                -(n as i64) - 1,
                plural(n, "entry")
            ),
            Action::Delete => format!("UNLINK {} ({})", t.key, t.holds),
        })
        .collect();
    if details.len() <= LIST_KEYS_UP_TO {
        out.extend(details.iter().map(|t| format!("UNLINK {}", t.key)));
    } else {
        out.push(format!(
            "UNLINK {} keys matching {}",
            details.len(),
            store.keys().errors_task_details_all()
        ));
    }
    out
}
