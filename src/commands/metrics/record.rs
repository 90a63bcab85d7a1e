//! `metrics record <project> --step S --loss L`: the seed's `recordTrainingMetric` (and with
//! `--publish` its `publishTrainingMetrics`), writing exactly the JSON the seed writes.

use anyhow::Result;
use serde::Serialize;

use crate::cli::metrics::RecordArgs;
use crate::commands::{Ctx, Plan, count};
use crate::exit::Exit;
use crate::output::Format;
use crate::store::keys::{CHANNEL_TRAINING_PROGRESS, METRICS_KIND_TRAINING};
use crate::store::metrics::{self, ListState, MAX_POINTS, seed_json};
use crate::time::iso_now;

#[derive(Serialize)]
struct Recorded<'a> {
    key: &'a str,
    /// The point as stored.
    point: serde_json::Value,
    /// The list's length afterwards (at most 1,000).
    points: usize,
    /// Subscribers that received the progress message; null without --publish.
    published_to: Option<i64>,
}

pub fn record(ctx: &mut Ctx, args: &RecordArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let key = store
        .keys()
        .metrics_list(METRICS_KIND_TRAINING, &args.project, "loss");
    let point = seed_json::point(
        chrono::Utc::now().timestamp_millis(),
        args.step,
        args.loss,
        args.learning_rate,
    );
    let message = args
        .publish
        .then(|| seed_json::progress(&args.project, args.step, args.loss, args.wer, &iso_now()));
    let mut changes = vec![
        format!("LPUSH {key} {point}"),
        format!("LTRIM {key} 0 {}", MAX_POINTS - 1),
    ];
    if let Some(m) = &message {
        let channel = store.keys().key(CHANNEL_TRAINING_PROGRESS);
        changes.push(format!("PUBLISH {channel} {m}"));
    }
    let plan = Plan::write(
        format!("record step {} of {}", args.step, args.project),
        changes,
    );
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }
    // A clear error for a key of another type; MULTI/EXEC would refuse it anyway, with a
    // less readable one, if its type changed after this look.
    if let ListState::WrongType(t) = metrics::state(&mut store, &key)? {
        return Err(super::wrong_type(&key, &t));
    }
    let points = metrics::record(&mut store, &key, &point)?;
    // After the point is stored, never before: no event for a point that was not written.
    let published_to = match &message {
        Some(m) => Some(metrics::publish_progress(&mut store, m)?),
        None => None,
    };
    match ctx.ui.format() {
        Format::Table => {
            let sent = match published_to {
                Some(n) => format!(", progress sent to {}", count(n as usize, "subscriber")),
                None => String::new(),
            };
            ctx.ui.line(&format!(
                "recorded step {} in {key} ({}){sent}",
                args.step,
                count(points, "point")
            ))?;
        }
        _ => ctx.ui.json(&Recorded {
            key: &key,
            point: serde_json::from_str(&point)?,
            points,
            published_to,
        })?,
    }
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
