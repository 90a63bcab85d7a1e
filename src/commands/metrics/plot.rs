//! `metrics plot <project>`: a field of the newest points as a line chart sized to the
//! terminal (or `--width`/`--height`), oldest on the left. `-o json` gives the data behind it.
//!
//! Points are placed by their position in the list, not by step, so a run that restarted
//! from step 0 still reads left to right in time. Points without a numeric value are left
//! out of the line and counted.

use anyhow::Result;
use serde::Serialize;
use serde_json::Number;

use super::{Ctx, Tally, nothing_numeric, numeric_fields, open, point_problems};
use crate::cli::metrics::PlotArgs;
use crate::commands::count;
use crate::exit::Exit;
use crate::output::{ChartPoint, Format, LineChart, MIN_HEIGHT, MIN_WIDTH};
use crate::store::metrics;

/// Problems spelled out on stderr before the count; the rest are only counted.
const SHOWN_PROBLEMS: usize = 5;

#[derive(Serialize)]
struct Plotted {
    /// As written; null when the step is not a number.
    step: Option<Number>,
    value: f64,
}

/// The data behind the chart, for `-o json`.
#[derive(Serialize)]
struct PlotData<'a> {
    kind: &'a str,
    project: &'a str,
    metric: &'a str,
    key: &'a str,
    field: &'a str,
    #[serde(flatten)]
    tally: &'a Tally,
    /// The plotted points, oldest first.
    series: Vec<Plotted>,
}

pub fn plot(ctx: &mut Ctx, args: &PlotArgs) -> Result<Exit> {
    let series = &args.series;
    let field = args.field.as_deref().unwrap_or(&series.metric);
    let mut store = ctx.store()?;
    let (key, length) = open(&mut store, series)?;

    // The numeric points, newest first as read: for the chart (x holds the list index until
    // the span is known) or for JSON, never both. 32 bytes a point, reserved once: the
    // million points of an untrimmed list take 32 MB.
    let limit = (args.limit > 0).then_some(args.limit);
    let chart = ctx.ui.format() == Format::Table;
    let capacity = limit.unwrap_or(length).min(length);
    let mut points: Vec<ChartPoint> = Vec::with_capacity(if chart { capacity } else { 0 });
    let mut data: Vec<Plotted> = Vec::with_capacity(if chart { 0 } else { capacity });
    let mut tally = Tally::default();
    let mut problems = Vec::new();
    let mut fields_seen = Vec::new();
    let (mut newest_step, mut oldest_step) = (None, None);
    metrics::points(&mut store, &key, limit, |p| {
        let value = p.field(field);
        tally.count(&p, &value);
        problems.extend(point_problems(&p, &[field]));
        if fields_seen.is_empty() {
            fields_seen = numeric_fields(&p);
        }
        let step = p.step().number();
        newest_step.get_or_insert(step);
        oldest_step = Some(step);
        match value.number() {
            Some(y) if chart => points.push(ChartPoint {
                x: p.index,
                y,
                tag: step,
            }),
            Some(value) => data.push(Plotted {
                step: p.step_json().cloned(),
                value,
            }),
            None => {}
        }
        Ok(true)
    })?;
    for p in problems.iter().take(SHOWN_PROBLEMS) {
        ctx.ui.warn(p);
    }
    if points.is_empty() && data.is_empty() {
        return Err(nothing_numeric(
            &mut store,
            series,
            field,
            &tally,
            &fields_seen,
        ));
    }
    let x_span = tally.points - 1;
    if chart {
        points.reverse();
        for p in &mut points {
            p.x = x_span - p.x;
        }
    } else {
        data.reverse();
    }

    match ctx.ui.format() {
        Format::Table => {
            let shown = if tally.points < length {
                format!("newest {} of {length} points", tally.points)
            } else {
                count(tally.points, "point")
            };
            let title = format!("{field} of {key}, {shown}");
            let chart = LineChart {
                title: &title,
                points: &points,
                x_span,
                tag_name: "step",
                x_ends: (oldest_step.flatten(), newest_step.flatten()),
            };
            let (width, height) = size(args);
            let text = chart.render(width, height, ctx.ui.color());
            ctx.ui.raw(&text)?;
        }
        Format::Json | Format::Jsonl => {
            let data = PlotData {
                kind: &series.kind,
                project: &series.project,
                metric: &series.metric,
                key: &key,
                field,
                tally: &tally,
                series: data,
            };
            ctx.ui.json(&data)?;
        }
    }
    ctx.ui.flush()?;
    let skipped = tally.skipped_null + tally.skipped_non_numeric + tally.unreadable;
    if skipped > 0 {
        ctx.ui.note(&format!(
            "left out {} without a numeric {field} ({})",
            count(skipped, "point"),
            tally.skipped_text()
        ));
    }
    let n = problems.len();
    ctx.ui.settle_problems(
        n,
        format!(
            "{} in the newest {} could not be read cleanly",
            count(n, "problem"),
            count(tally.points, "point")
        ),
    )?;
    Ok(Exit::Ok)
}

/// The chart's size: the flags, else COLUMNS/LINES (set on purpose when exported), else the
/// terminal (less a line for the prompt), else 80×24.
fn size(args: &PlotArgs) -> (usize, usize) {
    let env = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|n| *n > 0)
    };
    let term = terminal_size::terminal_size();
    let width = args
        .width
        .map(usize::from)
        .or_else(|| env("COLUMNS"))
        .or(term.map(|(w, _)| usize::from(w.0)))
        .unwrap_or(80);
    let height = args
        .height
        .map(usize::from)
        .or_else(|| env("LINES").map(|l| l.saturating_sub(1)))
        .or(term.map(|(_, h)| usize::from(h.0).saturating_sub(1)))
        .unwrap_or(24);
    (width.max(MIN_WIDTH), height.max(MIN_HEIGHT))
}
