//! `metrics list`: every metrics list, its length, its newest point and a sparkline.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::{Ctx, num_cell, num_json, step_cell, step_json};
use crate::cli::metrics::ListArgs;
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative, sparkline};
use crate::store::metrics::{self, Point, Summary};
use crate::time::Time;

/// Points read per list for the sparkline (one LRANGE each, pipelined): few enough that the
/// row fits 80 columns, since a cut sparkline would lose its newest end.
const RECENT: usize = 12;

/// A metrics list as listed. JSON fields per SPEC §3, plus `kind`, `key`, `recent` (the
/// sparkline's values, oldest first) and `problem`.
#[derive(Serialize)]
pub struct MetricRow {
    kind: String,
    project: String,
    metric: String,
    key: String,
    /// LLEN; null when the key is not a list.
    points: Option<usize>,
    latest_step: Value,
    latest_value: Value,
    updated_at: Option<Time>,
    recent: Vec<Option<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
    #[serde(skip)]
    newest: Option<Point>,
}

impl From<Summary> for MetricRow {
    fn from(s: Summary) -> MetricRow {
        let metric = s.name.metric.as_str();
        let mut problems = s.problems;
        if let Some(newest) = s.recent.first() {
            let p = newest.problems(&[metric]);
            if !p.is_empty() {
                problems.push(format!("newest point: {}", p.join("; ")));
            }
        }
        let older_bad = s
            .recent
            .iter()
            .skip(1)
            .filter(|p| !p.problems(&[metric]).is_empty())
            .count();
        if older_bad > 0 {
            problems.push(format!(
                "{older_bad} more of the newest {} points have problems (see metrics show)",
                s.recent.len()
            ));
        }
        let newest = s.recent.first().cloned();
        MetricRow {
            latest_step: newest.as_ref().map_or(Value::Null, step_json),
            latest_value: newest
                .as_ref()
                .map_or(Value::Null, |p| num_json(&p.field(metric))),
            updated_at: newest.as_ref().and_then(Point::time),
            recent: s
                .recent
                .iter()
                .rev()
                .map(|p| p.field(metric).number())
                .collect(),
            problem: (!problems.is_empty()).then(|| problems.join("; ")),
            kind: s.name.kind,
            project: s.name.project,
            metric: s.name.metric,
            key: s.name.key,
            points: s.points,
            newest,
        }
    }
}

impl MetricRow {
    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let newest = self.newest.as_ref();
        vec![
            Cell::new(self.project.as_str()),
            Cell::new(self.metric.as_str()),
            self.points.map_or_else(Cell::none, Cell::num),
            newest.map_or_else(Cell::none, step_cell),
            newest.map_or_else(Cell::none, |p| num_cell(&p.field(&self.metric))),
            match self.updated_at {
                Some(t) => Cell::new(relative(t.0, now)),
                None => Cell::none(),
            },
            Cell::new(sparkline(&self.recent)).tone(Tone::Good),
        ]
    }
}

const COLUMNS: [&str; 7] = [
    "PROJECT", "METRIC", "POINTS", "STEP", "LATEST", "UPDATED", "RECENT",
];

impl Row for MetricRow {
    fn columns() -> &'static [&'static str] {
        &COLUMNS
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        MetricRow::cells(self, now)
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

/// With `--all-kinds` the table gains a KIND column; the JSON is the same.
#[derive(Serialize)]
#[serde(transparent)]
pub struct AnyKindRow(MetricRow);

impl Row for AnyKindRow {
    fn columns() -> &'static [&'static str] {
        &[
            "KIND", "PROJECT", "METRIC", "POINTS", "STEP", "LATEST", "UPDATED", "RECENT",
        ]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let mut cells = vec![Cell::new(self.0.kind.as_str())];
        cells.extend(self.0.cells(now));
        cells
    }

    fn problem(&self) -> Option<String> {
        self.0.problem.clone()
    }
}

pub fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit> {
    if args.all_kinds {
        rows::<AnyKindRow>(ctx, None, AnyKindRow, |r| &r.0)
    } else {
        rows::<MetricRow>(ctx, Some(&args.kind), |r| r, |r| r)
    }
}

fn rows<R: Row + 'static>(
    ctx: &mut Ctx,
    kind: Option<&str>,
    wrap: fn(MetricRow) -> R,
    inner: fn(&R) -> &MetricRow,
) -> Result<Exit> {
    let mut store = ctx.store()?;
    let mut rows = ctx.ui.list::<R>("metrics lists").sorted_by(move |a, b| {
        let (a, b) = (inner(a), inner(b));
        (&a.kind, &a.project, &a.metric).cmp(&(&b.kind, &b.project, &b.metric))
    });
    metrics::scan(&mut store, kind, RECENT, |s| rows.push(wrap(s.into())))?;
    rows.finish()?;
    Ok(Exit::Ok)
}
