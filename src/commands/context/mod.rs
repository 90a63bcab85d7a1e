//! `coordctl context`: project context hashes, read and changed the way agents expect.

mod change;
mod list;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::context::ContextCmd;
use crate::exit::Exit;
use crate::output::{Cell, Detail, Row, Tone, short_span};
use crate::store::context::ProjectContext;

pub fn run(ctx: &mut Ctx, cmd: ContextCmd) -> anyhow::Result<Exit> {
    match cmd {
        ContextCmd::List => list::list(ctx),
        ContextCmd::Show { project } => list::show(ctx, &project),
        ContextCmd::Set(args) => change::set(ctx, &args),
        ContextCmd::Unset { project, fields } => change::unset(ctx, &project, &fields),
        ContextCmd::Delete { project } => change::delete(ctx, &project),
    }
}

/// A project context as listed and shown. Field values stay strings, as agents store them.
#[derive(Serialize)]
pub struct ContextRow {
    pub project: String,
    pub key: String,
    pub fields: BTreeMap<String, String>,
    /// Seconds until the hash expires; null when it does not.
    pub ttl_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip)]
    problems: Vec<String>,
}

impl From<ProjectContext> for ContextRow {
    fn from(c: ProjectContext) -> ContextRow {
        ContextRow {
            project: c.project,
            key: c.key,
            fields: c.fields.map,
            ttl_seconds: c.ttl,
            problem: (!c.problems.is_empty()).then(|| c.problems.join("; ")),
            problems: c.problems,
        }
    }
}

fn ttl_cell(ttl: Option<i64>) -> Cell {
    match ttl {
        Some(t) => Cell::new(short_span(t.max(0) as u64)),
        None => Cell::none(),
    }
}

impl Row for ContextRow {
    fn columns() -> &'static [&'static str] {
        &[
            "PROJECT", "NAME", "STATUS", "DATASET", "QUALITY", "FIELDS", "TTL",
        ]
    }

    fn cells(&self, _now: DateTime<Utc>) -> Vec<Cell> {
        let f = |name: &str| Cell::opt(self.fields.get(name).map(String::as_str));
        let num = |name: &str| match self.fields.get(name) {
            Some(v) => Cell::num(v),
            None => Cell::none(),
        };
        vec![
            Cell::new(self.project.as_str()),
            f("name"),
            f("status"),
            num("dataset_size"),
            num("quality_score"),
            Cell::num(self.fields.len()),
            ttl_cell(self.ttl_seconds),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

/// `context show`: the same data with every field on its own line.
#[derive(Serialize)]
pub struct ContextDetail {
    project: String,
    key: String,
    fields: BTreeMap<String, String>,
    ttl_seconds: Option<i64>,
    problems: Vec<String>,
}

impl From<ContextRow> for ContextDetail {
    fn from(r: ContextRow) -> ContextDetail {
        ContextDetail {
            project: r.project,
            key: r.key,
            fields: r.fields,
            ttl_seconds: r.ttl_seconds,
            problems: r.problems,
        }
    }
}

impl Detail for ContextDetail {
    fn fields(&self, _now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let mut out = vec![
            ("project".to_string(), Cell::new(self.project.as_str())),
            (
                "key".to_string(),
                Cell::new(self.key.as_str()).tone(Tone::Dim),
            ),
            ("ttl".to_string(), ttl_cell(self.ttl_seconds)),
        ];
        for (k, v) in &self.fields {
            out.push((format!("  {k}"), Cell::new(v.as_str())));
        }
        out
    }

    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}
