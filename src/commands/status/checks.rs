//! `status --check`: each threshold given is a check of `value <= limit`. A crossed one is
//! named on stderr and makes the command exit 3.

use serde::Serialize;

use super::Report;
use super::errors::CASCADE_WINDOW;
use crate::cli::status::StatusArgs;
use crate::commands::count;
use crate::output::{Cell, Section, Tone, short_span};

#[derive(Serialize)]
pub struct Check {
    /// The flag without dashes, in snake_case: `max_dlq`, …, `no_cascade`.
    pub name: &'static str,
    pub limit: u64,
    pub value: u64,
    pub ok: bool,
    /// How the flag was given: "--max-dlq 0".
    #[serde(skip)]
    flag: String,
    /// What `value` counts: "3 dead letters".
    #[serde(skip)]
    found: String,
}

impl Check {
    fn new(name: &'static str, limit: u64, value: u64, found: String) -> Check {
        Check {
            flag: format!("--{} {limit}", name.replace('_', "-")),
            name,
            limit,
            value,
            ok: value <= limit,
            found,
        }
    }

    /// "--max-dlq 0: 3 dead letters".
    pub fn describe(&self) -> String {
        format!("{}: {}", self.flag, self.found)
    }
}

/// The checks the arguments ask for, in the order of `--help`.
pub fn evaluate(args: &StatusArgs, r: &Report) -> Vec<Check> {
    let mut out = Vec::new();
    if let Some(limit) = args.max_dlq {
        let n = r.retry.dead_letters;
        out.push(Check::new(
            "max_dlq",
            limit,
            n,
            count(n as usize, "dead letter"),
        ));
    }
    if let Some(limit) = args.max_open_breakers {
        let n = r.breakers.open;
        out.push(Check::new(
            "max_open_breakers",
            limit,
            n,
            format!("{n} open"),
        ));
    }
    if let Some(limit) = args.max_failed_agents {
        let n = r.agents.failed;
        out.push(Check::new(
            "max_failed_agents",
            limit,
            n,
            format!("{n} failed"),
        ));
    }
    if let Some(limit) = args.max_stale_agents {
        let n = r.agents.stale;
        out.push(Check::new(
            "max_stale_agents",
            limit,
            n,
            format!(
                "{n} stale (silent for over {})",
                short_span(r.agents.stale_after_seconds)
            ),
        ));
    }
    if let Some(limit) = args.max_errors_last_hour {
        let n = r.errors.total;
        out.push(Check::new(
            "max_errors_last_hour",
            limit,
            n,
            format!("{n} in the last hour"),
        ));
    }
    if args.no_cascade {
        // A cascade is `threshold` or more event types, so at most one fewer passes.
        let c = &r.cascade;
        let n = c.error_types.len() as u64;
        let mut check = Check::new(
            "no_cascade",
            c.threshold.saturating_sub(1),
            n,
            format!(
                "{n} event types in the last {}",
                short_span(CASCADE_WINDOW.as_secs())
            ),
        );
        check.flag = "--no-cascade".into();
        if !check.ok {
            check.found = format!("cascade: {} ({})", check.found, c.error_types.join(", "));
        }
        out.push(check);
    }
    out
}

pub fn section(checks: &[Check]) -> Section {
    let crossed = checks.iter().filter(|c| !c.ok).count();
    let summary = if crossed == 0 {
        Cell::new(format!("all {} passed", checks.len())).tone(Tone::Good)
    } else {
        Cell::new(format!("{crossed} of {} crossed", checks.len())).tone(Tone::Bad)
    };
    let rows = checks
        .iter()
        .map(|c| {
            vec![
                if c.ok {
                    Cell::new("ok").tone(Tone::Good)
                } else {
                    Cell::new("CROSSED").tone(Tone::Bad)
                },
                Cell::new(c.flag.as_str()),
                Cell::new(c.found.as_str()),
            ]
        })
        .collect();
    Section::new("checks", vec![summary]).rows(rows)
}
