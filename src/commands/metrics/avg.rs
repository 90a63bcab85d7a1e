//! `metrics avg <project>`: the seed's `calculateMovingAverage` — the mean of a field over
//! the newest N points — except that null (NaN) and non-numeric values are skipped and
//! counted instead of turning the whole average into NaN.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::{Ctx, Tally, nothing_numeric, numeric_fields, open, point_problems, step_json};
use crate::cli::metrics::AvgArgs;
use crate::exit::Exit;
use crate::output::{Cell, Detail, Tone, short_number};
use crate::store::metrics;

#[derive(Serialize)]
struct Average {
    kind: String,
    project: String,
    metric: String,
    key: String,
    field: String,
    window: usize,
    #[serde(flatten)]
    tally: Tally,
    /// Null when no point in the window had a numeric value.
    average: Option<f64>,
    /// Steps of the oldest and the newest point in the window.
    from_step: Value,
    to_step: Value,
    problems: Vec<String>,
}

impl Detail for Average {
    fn fields(&self, _now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let steps = if self.tally.points == 0 {
            Cell::none()
        } else {
            Cell::new(format!("{} to {}", self.from_step, self.to_step))
        };
        vec![
            ("project".into(), Cell::new(self.project.as_str())),
            ("key".into(), Cell::new(self.key.as_str()).tone(Tone::Dim)),
            ("field".into(), Cell::new(self.field.as_str())),
            (
                "average".into(),
                match self.average {
                    Some(a) => Cell::new(short_number(a)).tone(Tone::Strong),
                    None => Cell::none(),
                },
            ),
            (
                "points".into(),
                Cell::new(format!(
                    "{} used of the newest {}",
                    self.tally.used, self.tally.points
                )),
            ),
            ("skipped".into(), Cell::new(self.tally.skipped_text())),
            ("steps".into(), steps),
        ]
    }

    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

pub fn avg(ctx: &mut Ctx, args: &AvgArgs) -> Result<Exit> {
    let series = &args.series;
    let field = args.field.as_deref().unwrap_or(&series.metric).to_string();
    let window = args.window as usize;
    let mut store = ctx.store()?;
    let (key, _) = open(&mut store, series)?;
    let mut tally = Tally::default();
    let mut sum = 0.0;
    let mut problems = Vec::new();
    let (mut newest, mut oldest) = (None, None);
    let mut fields_seen = Vec::new();
    metrics::points(&mut store, &key, Some(window), |p| {
        let value = p.field(&field);
        tally.count(&p, &value);
        if let Some(v) = value.number() {
            sum += v;
        }
        problems.extend(point_problems(&p, &[&field]));
        if fields_seen.is_empty() {
            fields_seen = numeric_fields(&p);
        }
        let step = step_json(&p);
        newest.get_or_insert_with(|| step.clone());
        oldest = Some(step);
        Ok(true)
    })?;
    let average = (tally.used > 0).then(|| sum / tally.used as f64);
    let result = Average {
        kind: series.kind.clone(),
        project: series.project.clone(),
        metric: series.metric.clone(),
        key,
        field: field.clone(),
        window,
        tally: tally.clone(),
        average,
        from_step: oldest.unwrap_or(Value::Null),
        to_step: newest.unwrap_or(Value::Null),
        problems,
    };
    ctx.ui.detail(&result)?;
    ctx.ui.flush()?;
    if average.is_none() {
        return Err(nothing_numeric(
            &mut store,
            series,
            &field,
            &tally,
            &fields_seen,
        ));
    }
    Ok(Exit::Ok)
}
