//! `errors record`: a CI script or an operator logs a task failure exactly as an agent
//! following the seed would, so that agents and operators see it like any other.

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::errors::RecordArgs;
use crate::exit::{Exit, Fail};
use crate::output::Format;
use crate::store::errors::record::{self, ErrorEvent, TaskError};
use crate::time::iso_now;

#[derive(Serialize)]
struct Recorded<'a> {
    /// The log entry as written (the seed's errorEvent, in its key order).
    entry: ErrorEvent<'a>,
    signature: String,
    new_signature: bool,
    /// The counter after this error; null when it could not be incremented.
    count: Option<i64>,
    log_length: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<Published>,
}

#[derive(Serialize)]
struct Published {
    channel: String,
    receivers: Option<i64>,
}

pub fn record(ctx: &mut Ctx, args: RecordArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let error = TaskError {
        task: args.task,
        project: args.project,
        agent: args.agent,
        name: args.name,
        message: args.message,
        code: args.code,
        severity: args.severity,
        recoverable: args.recoverable,
    };
    let p = record::prepare(store.keys(), error, &iso_now(), args.publish)?;
    let plan = Plan::write(
        format!("record the error of task {}", p.error.task),
        p.changes(),
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    let done = record::record(&mut store, &p)?;

    let e = &p.error;
    match ctx.ui.format() {
        Format::Table => {
            let count = match &done.count {
                Ok(n) => format!(", count {n}"),
                Err(_) => String::new(),
            };
            let known = if done.new_signature { "new" } else { "known" };
            ctx.ui.line(&format!(
                "recorded {} for task {} (severity {}{count}, {known} signature)",
                e.name, e.task, e.severity
            ))?;
            if let (Some((channel, _)), Some(n)) = (&p.publish, done.receivers) {
                ctx.ui
                    .line(&format!("published on {channel} to {n} subscribers"))?;
            }
        }
        _ => ctx.ui.json(&Recorded {
            entry: p.event(),
            signature: p.signature.clone(),
            new_signature: done.new_signature,
            count: done.count.as_ref().ok().copied(),
            log_length: done.log_length,
            published: p.publish.as_ref().map(|(channel, _)| Published {
                channel: channel.clone(),
                receivers: done.receivers,
            }),
        })?,
    }
    ctx.ui.flush()?;
    if let Err(u) = done.count {
        let holds = u
            .value
            .map_or_else(|| "a value".to_string(), |v| format!("{v:?}"));
        return Err(Fail::new(
            Exit::Failure,
            format!(
                "the error was logged, but {} field {:?} holds {holds}, not an integer, so it was not counted ({})",
                p.counters_key, u.field, u.error
            ),
        )
        .hint(format!(
            "set it to the right count with HSET {} {:?} <n>, or `coordctl errors purge counters`",
            p.counters_key, u.field
        ))
        .into());
    }
    Ok(Exit::Ok)
}
