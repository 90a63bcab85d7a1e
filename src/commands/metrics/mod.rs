//! `coordctl metrics`: training metrics at a glance (list, show, avg, plot) and recording
//! points from scripts the way the seed's agents do.

mod avg;
mod list;
mod plot;
mod record;
mod show;

use anyhow::Result;
use serde_json::Value;

use super::Ctx;
use crate::cli::metrics::{MetricsCmd, Series};
use crate::exit::{Exit, Fail};
use crate::output::{Cell, Tone, short_number};
use crate::store::Store;
use crate::store::metrics::{self, ListState, Num, Point};

pub fn run(ctx: &mut Ctx, cmd: MetricsCmd) -> Result<Exit> {
    match cmd {
        MetricsCmd::List(args) => list::list(ctx, &args),
        MetricsCmd::Show(args) => show::show(ctx, &args),
        MetricsCmd::Avg(args) => avg::avg(ctx, &args),
        MetricsCmd::Plot(args) => plot::plot(ctx, &args),
        MetricsCmd::Record(args) => record::record(ctx, &args),
    }
}

/// The key of `series`, after checking it holds a list. Returns the key and its length.
fn open(store: &mut Store, series: &Series) -> Result<(String, usize)> {
    let key = store
        .keys()
        .metrics_list(&series.kind, &series.project, &series.metric);
    match metrics::state(store, &key)? {
        ListState::List(n) => Ok((key, n)),
        ListState::Missing => Err(Fail::new(
            Exit::Failure,
            format!(
                "no metrics list {key:?} (project {:?}, metric {:?})",
                series.project, series.metric
            ),
        )
        .hint("`coordctl metrics list` shows the lists there are; --metric and --kind pick another")
        .into()),
        ListState::WrongType(t) => Err(wrong_type(&key, &t)),
    }
}

fn wrong_type(key: &str, t: &str) -> anyhow::Error {
    Fail::new(Exit::Failure, format!("{key} is a {t}, not a list"))
        .hint("metrics are lists of JSON points written with LPUSH; something else wrote this key")
        .into()
}

/// A numeric field in a table: the number, `null` for NaN, `-` when absent, the raw JSON
/// (marked) when it is something else.
fn num_cell(n: &Num) -> Cell {
    let cell = match n {
        Num::Number(v) => return Cell::num(short_number(*v)),
        Num::Null => Cell::new("null").tone(Tone::Warn),
        Num::Absent => Cell::none(),
        Num::Other(v) => Cell::new(v.to_string()).tone(Tone::Bad),
    };
    // Right-aligned like the numbers around it.
    Cell {
        right: true,
        ..cell
    }
}

/// A numeric field as JSON, as written (absent and null both become null).
pub fn num_json(n: &Num) -> Value {
    match n {
        Num::Number(v) => serde_json::Number::from_f64(*v).map_or(Value::Null, Value::Number),
        Num::Null | Num::Absent => Value::Null,
        Num::Other(v) => v.clone(),
    }
}

/// The step of a point for JSON: the number exactly as written, or whatever is there.
pub fn step_json(p: &Point) -> Value {
    match p.step_json() {
        Some(n) => Value::Number(n.clone()),
        None => num_json(&p.step()),
    }
}

/// The step of a point in a table.
fn step_cell(p: &Point) -> Cell {
    match (p.step_json(), p.step()) {
        (Some(n), _) => Cell::num(n),
        (None, other) => num_cell(&other),
    }
}

/// Counts of what a window of points held for one field: what `avg` and `plot` report.
#[derive(Clone, Debug, Default, serde::Serialize)]
struct Tally {
    /// Entries read.
    points: usize,
    /// Entries whose field was a number.
    used: usize,
    /// `null` (NaN) or absent.
    skipped_null: usize,
    /// A string, boolean or object.
    skipped_non_numeric: usize,
    /// Not a JSON object at all.
    unreadable: usize,
}

impl Tally {
    fn count(&mut self, p: &Point, value: &Num) {
        self.points += 1;
        match (&p.entry, value) {
            (Err(_), _) => self.unreadable += 1,
            (_, Num::Number(_)) => self.used += 1,
            (_, Num::Null | Num::Absent) => self.skipped_null += 1,
            (_, Num::Other(_)) => self.skipped_non_numeric += 1,
        }
    }

    /// "2 null or missing, 1 not a number, 1 unreadable", or "none".
    fn skipped_text(&self) -> String {
        let parts: Vec<String> = [
            (self.skipped_null, "null or missing"),
            (self.skipped_non_numeric, "not a number"),
            (self.unreadable, "unreadable"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        if parts.is_empty() {
            "none".into()
        } else {
            parts.join(", ")
        }
    }
}

/// "point 3 (step 1197): …" lines, for commands that have no rows to mark (avg, plot).
fn point_problems(p: &Point, fields: &[&str]) -> Vec<String> {
    let at = match p.step_json() {
        Some(s) => format!("point {} (step {s})", p.index),
        None => format!("point {}", p.index),
    };
    p.problems(fields)
        .into_iter()
        .map(|why| format!("{at}: {why}"))
        .collect()
}

/// Why there was nothing numeric to use, with the best hint we can give.
fn nothing_numeric(
    store: &mut Store,
    series: &Series,
    field: &str,
    tally: &Tally,
    fields_seen: &[String],
) -> anyhow::Error {
    let own_list = store
        .keys()
        .metrics_list(&series.kind, &series.project, field);
    let has_own_list = field != series.metric
        && matches!(metrics::state(store, &own_list), Ok(ListState::List(_)));
    let hint = if has_own_list {
        format!("{field} is kept in its own list: add --metric {field}")
    } else if fields_seen.is_empty() {
        "`coordctl metrics show` shows what the points hold".to_string()
    } else {
        format!("numeric fields in these points: {}", fields_seen.join(", "))
    };
    Fail::new(
        Exit::Failure,
        format!(
            "no numeric {field} in the newest {} of {} (skipped: {})",
            super::count(tally.points, "point"),
            store
                .keys()
                .metrics_list(&series.kind, &series.project, &series.metric),
            tally.skipped_text()
        ),
    )
    .hint(hint)
    .into()
}

/// The names of the numeric fields of a point, to suggest a `--field`.
fn numeric_fields(p: &Point) -> Vec<String> {
    match &p.entry {
        Ok(map) => map
            .iter()
            .filter(|(k, v)| v.is_number() && k.as_str() != "timestamp" && k.as_str() != "step")
            .map(|(k, _)| k.clone())
            .collect(),
        Err(_) => Vec::new(),
    }
}
