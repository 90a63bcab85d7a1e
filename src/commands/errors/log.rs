//! `errors log` and `errors show <task>`.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, LogRow};
use crate::cli::errors::{LogArgs, ShowArgs, Since};
use crate::exit::{Exit, Fail};
use crate::output::{Cell, Detail, Format, Tone, short_span};
use crate::store::errors::log::{Filter, newest_first};
use crate::store::errors::{Sources, details, log_keys};
use crate::time::Time;

pub fn log(ctx: &mut Ctx, args: &LogArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let now = ctx.ui.now();
    let filter = Filter {
        since: args.since.map(|s| match s {
            Since::Ago(d) => Time(
                chrono::Duration::from_std(d)
                    .ok()
                    .and_then(|d| now.checked_sub_signed(d))
                    .unwrap_or(DateTime::<Utc>::MIN_UTC),
            ),
            Since::At(t) => Time(t),
        }),
        agent: args.agent.clone(),
        project: args.project.clone(),
        severity: args.severity.clone(),
        name: args.name.clone(),
        kind: args.kind.clone(),
        task: args.task.clone(),
    };
    let limit = (!args.all).then_some(args.limit as usize);
    let logs = log_keys(&mut store, args.source.into(), args.project.as_deref())?;
    let mut rows = ctx.ui.list::<LogRow>("error log entries");
    let outcome = newest_first(&mut store, &logs, &filter, limit, |e| rows.push(LogRow(e)))?;
    rows.finish()?;
    if outcome.more && ctx.ui.format() == Format::Table {
        ctx.ui.note(&format!(
            "showing the newest {}; older entries not shown (--limit N, --all)",
            outcome.shown
        ));
    }
    Ok(Exit::Ok)
}

/// `errors show`: the details hash and the task's log entries.
#[derive(Serialize)]
struct TaskErrors {
    task: String,
    key: String,
    /// The details hash's fields; empty when it does not exist (never written or expired).
    fields: std::collections::BTreeMap<String, String>,
    /// Seconds until the details hash expires; null when it does not (or does not exist).
    ttl_seconds: Option<i64>,
    entries: Vec<LogRow>,
    problems: Vec<String>,
    /// In JSON the entries' problems count too; in a table they have their own column.
    #[serde(skip)]
    with_entry_problems: bool,
}

impl Detail for TaskErrors {
    fn fields(&self, _now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let mut out = vec![
            ("task".to_string(), Cell::new(self.task.as_str())),
            (
                "key".to_string(),
                Cell::new(self.key.as_str()).tone(Tone::Dim),
            ),
        ];
        if self.fields.is_empty() && self.problems.is_empty() {
            out.push((
                "details".to_string(),
                Cell::new("none (never written, or expired)").tone(Tone::Dim),
            ));
            return out;
        }
        out.push((
            "ttl".to_string(),
            match self.ttl_seconds {
                Some(t) => Cell::new(short_span(t.max(0) as u64)),
                None => Cell::none(),
            },
        ));
        for (k, v) in &self.fields {
            let cell = match k.as_str() {
                "severity" => super::severity_cell(Some(v)),
                _ => Cell::new(v.as_str()),
            };
            out.push((k.clone(), cell));
        }
        out
    }

    fn problems(&self) -> Vec<String> {
        let mut out = self.problems.clone();
        if self.with_entry_problems {
            out.extend(self.entries.iter().filter_map(|r| {
                let e = &r.0;
                let at = e.index.map_or(String::new(), |i| format!("[{i}]"));
                e.problem.as_ref().map(|p| format!("{}{at}: {p}", e.key))
            }));
        }
        out
    }
}

pub fn show(ctx: &mut Ctx, args: &ShowArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let task = &args.task;
    let key = store.keys().errors_task_details(task);
    let details = details::get(&mut store, task)?;
    let logs = log_keys(&mut store, Sources::ALL, None)?;
    let filter = Filter {
        task: Some(task.clone()),
        ..Filter::default()
    };
    let mut entries = Vec::new();
    // Keys of the wrong type belong to `errors log`, not to one task's story.
    let readable: Vec<_> = logs.into_iter().filter(|l| l.problem.is_none()).collect();
    newest_first(
        &mut store,
        &readable,
        &filter,
        Some(args.limit as usize),
        |e| {
            // Unparseable entries cannot be matched to a task: `errors log` shows them.
            if e.raw.is_none() {
                entries.push(LogRow(e));
            }
            Ok(())
        },
    )?;
    if details.is_none() && entries.is_empty() {
        return Err(Fail::new(
            Exit::Failure,
            format!("no errors recorded for task {task:?} ({key} does not exist and no log entry names it)"),
        )
        .hint("`coordctl errors log` lists recent errors")
        .into());
    }
    let (fields, ttl, problems) = match details {
        Some(d) => (d.fields.map, d.ttl, d.problems),
        None => Default::default(),
    };
    let table = ctx.ui.format() == Format::Table;
    let shown = TaskErrors {
        task: task.clone(),
        key,
        fields,
        ttl_seconds: ttl,
        entries,
        problems,
        with_entry_problems: !table,
    };
    ctx.ui.detail(&shown)?;
    if table {
        ctx.ui.raw("\n")?;
        let mut rows = ctx.ui.list::<LogRow>("log entries for this task");
        for r in shown.entries {
            rows.push(r)?;
        }
        rows.finish()?;
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
