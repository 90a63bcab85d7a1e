//! `metrics show <project>`: a metric's newest points, newest first, streamed.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Ctx, num_cell, open, step_cell};
use crate::cli::metrics::ShowArgs;
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative};
use crate::store::metrics::{self, Point};

/// One point. In JSON: `index` (0 is the newest), then the entry's own fields as written,
/// `timestamp` as RFC 3339 when it reads as a time; an unreadable entry gives its `raw` text.
pub struct PointRow {
    point: Point,
    metric: String,
    problem: Option<String>,
}

impl PointRow {
    fn new(point: Point, metric: &str) -> PointRow {
        let problems = point.problems(&[metric, "learning_rate"]);
        PointRow {
            problem: (!problems.is_empty()).then(|| problems.join("; ")),
            metric: metric.to_string(),
            point,
        }
    }
}

impl Serialize for PointRow {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("index", &self.point.index)?;
        match &self.point.entry {
            Ok(fields) => {
                let time = self.point.time();
                for (k, v) in fields {
                    match (k.as_str(), time) {
                        ("timestamp", Some(t)) => m.serialize_entry(k, &t)?,
                        _ => m.serialize_entry(k, v)?,
                    }
                }
            }
            Err(u) => m.serialize_entry("raw", &u.raw)?,
        }
        if let Some(p) = &self.problem {
            m.serialize_entry("problem", p)?;
        }
        m.end()
    }
}

impl Row for PointRow {
    fn columns() -> &'static [&'static str] {
        &["#", "STEP", "VALUE", "LEARNING RATE", "WRITTEN"]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let p = &self.point;
        if let Err(u) = &p.entry {
            return vec![
                Cell::num(p.index),
                Cell::none(),
                Cell::new(u.raw.as_str()).tone(Tone::Bad),
                Cell::none(),
                Cell::none(),
            ];
        }
        let written = match (
            p.time(),
            p.entry.as_ref().ok().and_then(|m| m.get("timestamp")),
        ) {
            (Some(t), _) => Cell::new(relative(t.0, now)),
            (None, Some(raw)) => Cell::new(raw.to_string()).tone(Tone::Bad),
            (None, None) => Cell::none(),
        };
        vec![
            Cell::num(p.index).tone(Tone::Dim),
            step_cell(p),
            num_cell(&p.field(&self.metric)),
            num_cell(&p.field("learning_rate")),
            written,
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

pub fn show(ctx: &mut Ctx, args: &ShowArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let (key, _) = open(&mut store, &args.series)?;
    let limit = (args.limit > 0).then_some(args.limit);
    let mut rows = ctx.ui.list::<PointRow>("points");
    metrics::points(&mut store, &key, limit, |p| {
        rows.push(PointRow::new(p, &args.series.metric))?;
        Ok(true)
    })?;
    rows.finish()?;
    Ok(Exit::Ok)
}
