//! `coordctl status`: the whole system on one screen, built from the same store reads as
//! each area's own command (`agents list`, `breaker list`, `retry stats`, `errors log`,
//! `errors correlate`, `metrics list`), so the numbers agree with what those show.
//!
//! Each area is a file with its JSON section, its reader and its part of the screen. Lists
//! are capped at `--limit` and the rest counted; agents, breakers, queue items and log
//! entries are counted as they stream past ([`top`]), so a keyspace of any size gives one
//! screen, in memory that grows only with the number of projects and error names.
//! `--check` turns thresholds into exit code 3 ([`checks`]).

mod agents;
mod breakers;
mod checks;
mod errors;
mod metrics;
mod retry;
mod server;
mod top;

use std::thread::ScopedJoinHandle;

use anyhow::{Result, anyhow};
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Ctx;
use crate::cli::status::StatusArgs;
use crate::exit::Exit;
use crate::output::{Cell, Screen, Section, Tone};
use crate::store::retry::stats::{self, Stats};

/// The JSON document: one object per area, stable snake_case names.
#[derive(Serialize)]
pub struct Report {
    server: server::Server,
    agents: agents::Agents,
    breakers: breakers::Breakers,
    retry: Stats,
    errors: errors::LastHour,
    cascade: errors::Cascade,
    metrics: metrics::Metrics,
    /// One line per area with bad data: how much, an example, where to see it all.
    problems: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checks: Option<Vec<checks::Check>>,
}

pub fn run(ctx: &mut Ctx, args: &StatusArgs) -> Result<Exit> {
    let mut report = read(ctx, args)?;
    let retry_trouble = retry::trouble(&report.retry);
    let troubles = [
        report.agents.trouble(),
        report.breakers.trouble(),
        &retry_trouble,
        report.errors.trouble(),
        report.metrics.trouble(),
    ];
    let unreadable: u64 = troubles.iter().map(|t| t.count).sum();
    report.problems = troubles.iter().filter_map(|t| t.message()).collect();
    if args.check {
        report.checks = Some(checks::evaluate(args, &report));
    }
    ctx.ui.screen(&report)?;

    let crossed: Vec<&checks::Check> = report.checks.iter().flatten().filter(|c| !c.ok).collect();
    for c in &crossed {
        ctx.ui.note(&format!("check failed: {}", c.describe()));
    }
    ctx.ui.settle_problems(
        unreadable as usize,
        format!(
            "{} in the data: {}",
            crate::commands::count(unreadable as usize, "problem"),
            report.problems.join("; ")
        ),
    )?;
    Ok(if crossed.is_empty() {
        Exit::Ok
    } else {
        Exit::CheckFailed
    })
}

/// Read every area. Each reads on a connection of its own, all at once: a large keyspace
/// costs about as long as its slowest area (usually the agents) rather than the sum, and a
/// distant server's round trips overlap.
fn read(ctx: &Ctx, args: &StatusArgs) -> Result<Report> {
    let now = ctx.ui.now();
    let limit = args.limit;
    // First, alone: a server that cannot be reached is reported once.
    let mut store = ctx.store()?;
    std::thread::scope(|s| {
        let agents = s.spawn(|| agents::read(&mut ctx.store()?, args.stale_after, now, limit));
        let breakers =
            s.spawn(|| breakers::read(&mut ctx.store()?, args.timing.half_open_after, limit));
        let retry = s.spawn(|| stats::stats(&mut ctx.store()?, now));
        let errors = s.spawn(|| errors::read(&mut ctx.store()?, now, limit));
        let metrics = s.spawn(|| metrics::read(&mut ctx.store()?, now, limit));
        let server = server::read(&mut store, ctx.address())?;
        let (errors, cascade) = joined(errors)?;
        Ok(Report {
            server,
            agents: joined(agents)?,
            breakers: joined(breakers)?,
            retry: joined(retry)?,
            errors,
            cascade,
            metrics: joined(metrics)?,
            problems: Vec::new(),
            checks: None,
        })
    })
}

fn joined<T>(h: ScopedJoinHandle<'_, Result<T>>) -> Result<T> {
    h.join()
        .map_err(|_| anyhow!("a thread reading the status panicked"))?
}

impl Screen for Report {
    fn sections(&self, now: DateTime<Utc>) -> Vec<Section> {
        let mut out = vec![
            self.server.section(),
            self.agents.section(now),
            self.breakers.section(now),
        ];
        out.extend(retry::sections(&self.retry, now));
        out.push(self.errors.section(now));
        out.push(self.cascade.section(now));
        out.push(self.metrics.section(now));
        if let Some(checks) = &self.checks {
            out.push(checks::section(checks));
        }
        out
    }
}

/// Bad data found in one area: how much, the first example, and the command that marks
/// each entry.
#[derive(Debug, Default)]
pub struct Trouble {
    area: &'static str,
    see: &'static str,
    count: u64,
    example: Option<String>,
}

impl Trouble {
    fn new(area: &'static str, see: &'static str) -> Trouble {
        Trouble {
            area,
            see,
            ..Trouble::default()
        }
    }

    fn add(&mut self, example: impl FnOnce() -> String) {
        self.add_many(1, example);
    }

    fn add_many(&mut self, n: u64, example: impl FnOnce() -> String) {
        if n == 0 {
            return;
        }
        self.count += n;
        if self.example.is_none() {
            self.example = Some(example());
        }
    }

    /// "agents: 2 unreadable, e.g. agent:status:x: key is a list, not a hash (see coordctl
    /// agents list)".
    fn message(&self) -> Option<String> {
        (self.count > 0).then(|| {
            format!(
                "{}: {} unreadable, e.g. {} (see {})",
                self.area,
                self.count,
                self.example.as_deref().unwrap_or("?"),
                self.see
            )
        })
    }
}

/// "3 failed", toned when there are any.
fn counted(n: u64, what: &str, tone: Tone) -> Cell {
    let cell = Cell::new(format!("{n} {what}"));
    if n > 0 { cell.tone(tone) } else { cell }
}
