//! The metrics section: per project, the newest value of each of its training metrics, the
//! step, and how long ago it was written. Projects written to most recently come first.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use super::Trouble;
use crate::commands::count;
use crate::commands::metrics::{num_json, step_json};
use crate::output::{Cell, Section, Tone, relative, short_number};
use crate::store::Store;
use crate::store::keys::METRICS_KIND_TRAINING;
use crate::store::metrics::{self, Num, Point};
use crate::time::Time;

#[derive(Serialize)]
pub struct Metrics {
    /// `metrics:<kind>:…` lists read (the seed's `training`).
    pub kind: &'static str,
    pub lists: u64,
    pub projects_total: u64,
    pub projects: Vec<Project>,
    pub projects_more: u64,
    /// Lists that could not be read cleanly (`metrics list` marks them).
    pub unreadable: u64,
    #[serde(skip)]
    trouble: Trouble,
}

/// One project's latest figures.
#[derive(Serialize)]
pub struct Project {
    pub project: String,
    /// When its newest point (of any metric) was written.
    pub updated_at: Option<Time>,
    pub age_seconds: Option<i64>,
    /// The step of that newest point.
    pub latest_step: Value,
    /// Each metric's newest point, by metric name.
    pub metrics: Vec<Latest>,
}

#[derive(Serialize)]
pub struct Latest {
    pub metric: String,
    pub latest_value: Value,
    pub latest_step: Value,
    pub updated_at: Option<Time>,
    pub points: Option<usize>,
    /// For the table: the value as read (a number, null, absent or something else).
    #[serde(skip)]
    value: Num,
}

pub fn read(store: &mut Store, now: DateTime<Utc>, limit: usize) -> Result<Metrics> {
    let mut trouble = Trouble::new("metrics", "coordctl metrics list");
    let mut lists = 0;
    let mut by_project: HashMap<String, Vec<(Latest, Option<Point>)>> = HashMap::new();
    metrics::scan(store, Some(METRICS_KIND_TRAINING), 1, |s| {
        lists += 1;
        let metric = s.name.metric.clone();
        let newest = s.recent.into_iter().next();
        let mut problems = s.problems;
        if let Some(p) = &newest {
            problems.extend(p.problems(&[metric.as_str()]));
        }
        if !problems.is_empty() {
            trouble.add(|| format!("{}: {}", s.name.key, problems.join("; ")));
        }
        let value = newest.as_ref().map_or(Num::Absent, |p| p.field(&metric));
        let latest = Latest {
            latest_value: num_json(&value),
            latest_step: newest.as_ref().map_or(Value::Null, step_json),
            updated_at: newest.as_ref().and_then(Point::time),
            points: s.points,
            metric,
            value,
        };
        by_project
            .entry(s.name.project)
            .or_default()
            .push((latest, newest));
        Ok(())
    })?;
    let projects_total = by_project.len() as u64;
    let mut projects: Vec<Project> = by_project
        .into_iter()
        .map(|(project, mut metrics)| {
            metrics.sort_by(|a, b| a.0.metric.cmp(&b.0.metric));
            let newest = metrics
                .iter()
                .max_by_key(|(l, _)| l.updated_at)
                .and_then(|(_, p)| p.as_ref());
            let updated_at = newest.and_then(Point::time);
            Project {
                latest_step: newest.map_or(Value::Null, step_json),
                age_seconds: updated_at.map(|t| (now - t.0).num_seconds()),
                updated_at,
                project,
                metrics: metrics.into_iter().map(|(l, _)| l).collect(),
            }
        })
        .collect();
    projects.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.project.cmp(&b.project))
    });
    let projects_more = projects.len().saturating_sub(limit) as u64;
    projects.truncate(limit);
    Ok(Metrics {
        kind: METRICS_KIND_TRAINING,
        lists,
        projects_total,
        projects,
        projects_more,
        unreadable: trouble.count,
        trouble,
    })
}

impl Metrics {
    pub fn trouble(&self) -> &Trouble {
        &self.trouble
    }

    pub fn section(&self, now: DateTime<Utc>) -> Section {
        let mut summary = vec![Cell::new(count(self.projects_total as usize, "project"))];
        if self.lists > 0 {
            summary.push(Cell::new(count(self.lists as usize, "list")).tone(Tone::Dim));
        }
        if self.unreadable > 0 {
            summary.push(super::counted(self.unreadable, "unreadable", Tone::Bad));
        }
        let rows = self.projects.iter().map(|p| row(p, now)).collect();
        let more = (self.projects_more > 0)
            .then(|| format!("… {} more: coordctl metrics list", self.projects_more));
        Section::new("metrics", summary).rows(rows).more(more)
    }
}

fn row(p: &Project, now: DateTime<Utc>) -> Vec<Cell> {
    let mut tone = Tone::Plain;
    let values: Vec<String> = p
        .metrics
        .iter()
        .map(|m| {
            let v = match &m.value {
                Num::Number(n) => short_number(*n),
                Num::Null => {
                    tone = Tone::Warn;
                    "null".into()
                }
                Num::Absent => "-".into(),
                Num::Other(v) => {
                    tone = Tone::Warn;
                    v.to_string()
                }
            };
            format!("{} {v}", m.metric)
        })
        .collect();
    vec![
        Cell::new(p.project.as_str()),
        Cell::new(values.join("  ")).tone(tone),
        match &p.latest_step {
            Value::Null => Cell::none(),
            step => Cell::new(format!("step {step}")),
        },
        p.updated_at
            .map_or_else(Cell::none, |t| Cell::new(relative(t.0, now))),
    ]
}
