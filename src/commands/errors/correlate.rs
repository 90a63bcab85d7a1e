//! `errors correlate`: the seed's cascade detection over the task log and every training
//! log, as a report, a check (`--check`, exit 3) and an announcement (`--publish`).

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, publish_plan};
use crate::cli::errors::CorrelateArgs;
use crate::exit::Exit;
use crate::output::{Cell, Detail, Format, Row, Tone, relative};
use crate::store::errors::cascade::{self, TypeCount, TypeCounts};
use crate::store::errors::{Sources, log_keys};

/// The report: SPEC §3's `cascade`, `error_types`, `error_counts`, `window_seconds`, and how
/// it was reached.
#[derive(Serialize)]
struct Report {
    cascade: bool,
    error_types: Vec<String>,
    error_counts: TypeCounts,
    window_seconds: serde_json::Number,
    threshold: u64,
    /// Entries read (the newest `--per-log` of each log) and how many fell in the window.
    entries_read: usize,
    entries_in_window: usize,
    logs: Vec<String>,
    /// Subscribers reached by `--publish` (null when nothing was published).
    #[serde(skip_serializing_if = "Option::is_none")]
    published_to: Option<i64>,
    problems: Vec<String>,
}

impl Detail for Report {
    fn fields(&self, _now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let n = self.error_types.len();
        let verdict = if self.cascade {
            Cell::new(format!(
                "yes: {n} event types within {} (threshold {})",
                window_text(&self.window_seconds),
                self.threshold
            ))
            .tone(Tone::Bad)
        } else {
            Cell::new(format!(
                "no: {n} event type{} within {} (threshold {})",
                if n == 1 { "" } else { "s" },
                window_text(&self.window_seconds),
                self.threshold
            ))
            .tone(Tone::Good)
        };
        let mut out = vec![
            ("cascade".to_string(), verdict),
            (
                "entries".to_string(),
                Cell::new(format!(
                    "{} in the window, of {} read",
                    self.entries_in_window, self.entries_read
                )),
            ),
            (
                "logs".to_string(),
                if self.logs.is_empty() {
                    Cell::none()
                } else {
                    Cell::new(self.logs.join(", "))
                },
            ),
        ];
        if let Some(n) = self.published_to {
            out.push((
                "published".to_string(),
                Cell::new(format!("error_cascade_detected to {n} subscribers")),
            ));
        }
        out
    }

    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

fn window_text(secs: &serde_json::Number) -> String {
    match secs.as_u64() {
        Some(s) => humantime::format_duration(std::time::Duration::from_secs(s)).to_string(),
        None => format!("{secs}s"),
    }
}

/// One event type in the window, for the table (JSON has `error_counts` instead).
struct TypeRow(TypeCount);

impl Serialize for TypeRow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let t = &self.0;
        let mut st = s.serialize_struct("TypeRow", 4)?;
        st.serialize_field("type", &t.kind)?;
        st.serialize_field("count", &t.count)?;
        st.serialize_field("newest", &t.newest)?;
        st.serialize_field("sources", &t.sources)?;
        st.end()
    }
}

impl Row for TypeRow {
    fn columns() -> &'static [&'static str] {
        &["TYPE", "COUNT", "NEWEST", "SOURCES"]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        let t = &self.0;
        vec![
            Cell::new(t.kind.as_str()),
            Cell::num(t.count),
            t.newest
                .map_or_else(Cell::none, |n| Cell::new(relative(n.0, now))),
            Cell::new(t.sources.join(", ")),
        ]
    }
}

pub fn correlate(ctx: &mut Ctx, args: &CorrelateArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let logs = log_keys(&mut store, Sources::ALL, None)?;
    let found = cascade::correlate(
        &mut store,
        &logs,
        ctx.ui.now(),
        args.window,
        args.per_log as usize,
    )?;
    let cascade = found.is_cascade(args.threshold);
    let tally = found.tally;
    let secs = args.window.as_secs_f64();
    let mut report = Report {
        cascade,
        error_types: tally.counts.types().into_iter().map(String::from).collect(),
        window_seconds: if secs.fract() == 0.0 {
            serde_json::Number::from(args.window.as_secs())
        } else {
            serde_json::Number::from_f64(secs).unwrap_or_else(|| 0.into())
        },
        error_counts: tally.counts,
        threshold: args.threshold,
        entries_read: tally.read,
        entries_in_window: tally.in_window,
        logs: found.logs,
        published_to: None,
        problems: found.problems,
    };

    if args.publish && cascade {
        let message = cascade::cascade_message(&report.error_counts)?;
        let channel = store.keys().errors_correlations_channel();
        if ctx.approve(&publish_plan(&channel, &message))? {
            report.published_to = Some(cascade::publish(&mut store, &message)?);
        }
    }
    ctx.ui.detail(&report)?;
    if ctx.ui.format() == Format::Table && !report.error_counts.0.is_empty() {
        ctx.ui.raw("\n")?;
        let mut rows = ctx.ui.list::<TypeRow>("event types");
        for t in report.error_counts.0 {
            rows.push(TypeRow(t))?;
        }
        rows.finish()?;
    }
    ctx.ui.flush()?;
    if args.check && cascade {
        return Ok(Exit::CheckFailed);
    }
    Ok(Exit::Ok)
}
