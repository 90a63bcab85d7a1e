//! `coordctl breaker`: see circuit breakers, force and reset them, check them the way agents
//! do, and run commands under them.

mod change;
mod check;
mod exec;
mod list;

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, Plan};
use crate::cli::breaker::{BreakerCmd, StateArg};
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone, relative, short_span};
use crate::store::breaker::{Breaker, BreakerState};
use crate::time::Time;

pub fn run(ctx: &mut Ctx, cmd: BreakerCmd) -> anyhow::Result<Exit> {
    match cmd {
        BreakerCmd::List(args) => list::list(ctx, &args),
        BreakerCmd::Show { component, timing } => {
            list::show(ctx, &component, timing.half_open_after)
        }
        BreakerCmd::Check {
            component,
            no_transition,
            timing,
        } => check::check(ctx, &component, timing.half_open_after, no_transition),
        BreakerCmd::Open(args) => change::open(ctx, &args),
        BreakerCmd::Close(args) => change::close(ctx, &args),
        BreakerCmd::HalfOpen(args) => change::half_open(ctx, &args),
        BreakerCmd::Reset(args) => change::reset(ctx, &args),
        BreakerCmd::Exec(args) => exec::exec(ctx, &args),
    }
}

impl From<StateArg> for BreakerState {
    fn from(s: StateArg) -> BreakerState {
        match s {
            StateArg::Closed => BreakerState::Closed,
            StateArg::Open => BreakerState::Open,
            StateArg::HalfOpen => BreakerState::HalfOpen,
        }
    }
}

/// Within this much of becoming due, an expiring open breaker will in practice vanish (close)
/// rather than go half-open: only a check inside that window would catch it.
const EXPIRY_SLACK_MS: i64 = 5_000;

/// A breaker as listed: JSON fields per SPEC §3, plus the due flag, the last recorded change
/// and `problem`.
#[derive(Serialize)]
pub struct BreakerRow {
    pub component: String,
    pub key: String,
    /// As the seed reads it (no `state` is closed); an unknown word as written; null for a key
    /// that is not a hash.
    pub state: Option<String>,
    /// RFC 3339, or the raw text when it is not epoch milliseconds.
    pub opened_at: Option<String>,
    /// Open breakers: seconds until a check may move it to half-open (0 once due).
    pub half_open_in_seconds: Option<i64>,
    pub half_open_due: bool,
    /// The key expires before, or within moments of, becoming due: it will most likely close
    /// rather than go half-open (the seed's 300 s expiry equals its 300 s timeout).
    pub expires_before_half_open: bool,
    /// Seconds until the key expires (and the breaker is closed); null when it does not.
    pub ttl_seconds: Option<i64>,
    pub last_change: Option<LastChange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip)]
    parsed: Option<BreakerState>,
    #[serde(skip)]
    opened: Option<Time>,
}

/// Who last changed the breaker through coordctl. `current` is false once someone that does
/// not record changes (an agent following the seed) has changed it since.
#[derive(Serialize, Clone)]
pub struct LastChange {
    pub by: Option<String>,
    pub at: Option<Time>,
    pub to: Option<String>,
    pub reason: Option<String>,
    pub current: bool,
}

impl BreakerRow {
    pub fn new(b: &Breaker, timeout: Duration) -> BreakerRow {
        let until = b.half_open_in_ms(timeout);
        let opened = b.opened_at_ms.and_then(|ms| Time::from_epoch_ms(ms as f64));
        let expires_before_half_open = match (until, b.pttl_ms) {
            (Some(until), Some(ttl)) if until > 0 => ttl <= until + EXPIRY_SLACK_MS,
            _ => false,
        };
        BreakerRow {
            component: b.component.clone(),
            key: b.key.clone(),
            state: b.state_text(),
            opened_at: match (opened, &b.opened_at_raw) {
                (Some(t), Some(raw)) if raw.bytes().all(|c| c.is_ascii_digit()) => {
                    Some(t.rfc3339())
                }
                (_, raw) => raw.clone(),
            },
            half_open_in_seconds: until.map(|ms| ms.saturating_add(999) / 1000),
            half_open_due: until == Some(0),
            expires_before_half_open,
            // Rounded as Redis's TTL command rounds PTTL, so the two agree.
            ttl_seconds: b.pttl_ms.map(|ms| ms.saturating_add(500) / 1000),
            last_change: b.record.as_ref().map(|r| LastChange {
                by: r.by.clone(),
                at: r.at_ms.and_then(|ms| Time::from_epoch_ms(ms as f64)),
                to: r.to.clone(),
                reason: r.reason.clone(),
                current: r.current,
            }),
            problem: (!b.problems.is_empty()).then(|| b.problems.join("; ")),
            parsed: b.state(),
            opened,
        }
    }

    /// The state as the seed reads it; `None` for an unknown word or a key of another type.
    pub fn parsed(&self) -> Option<BreakerState> {
        self.parsed
    }

    /// `opened_at` when it is epoch milliseconds.
    pub fn opened(&self) -> Option<Time> {
        self.opened
    }
}

pub fn state_cell(state: Option<&str>, parsed: Option<BreakerState>) -> Cell {
    match (state, parsed) {
        (None, _) => Cell::none(),
        (Some(s), None) => Cell::new(s).tone(Tone::Bad),
        (Some(s), Some(BreakerState::Closed)) => Cell::new(s).tone(Tone::Good),
        (Some(s), Some(BreakerState::Open)) => Cell::new(s).tone(Tone::Bad),
        (Some(s), Some(BreakerState::HalfOpen)) => Cell::new(s).tone(Tone::Warn),
    }
}

fn opened_cell(r: &BreakerRow, now: DateTime<Utc>) -> Cell {
    match (r.opened, &r.opened_at) {
        (Some(t), _) => Cell::new(relative(t.0, now)),
        (None, Some(raw)) => Cell::new(raw.as_str()).tone(Tone::Bad),
        (None, None) => Cell::none(),
    }
}

fn half_open_cell(r: &BreakerRow) -> Cell {
    match (r.parsed, r.half_open_in_seconds) {
        (Some(BreakerState::Open), Some(0)) => Cell::new("due").tone(Tone::Warn),
        (Some(BreakerState::Open), Some(s)) => Cell::new(format!("in {}", short_span(s as u64))),
        (Some(BreakerState::Open), None) => Cell::new("never").tone(Tone::Bad),
        _ => Cell::none(),
    }
}

fn ttl_cell(ttl: Option<i64>) -> Cell {
    ttl.map_or_else(Cell::none, |t| Cell::new(short_span(t.max(0) as u64)))
}

/// "reason (by)" when the record still describes the breaker.
fn change_cell(c: Option<&LastChange>) -> Cell {
    match c {
        None => Cell::none(),
        Some(c) if !c.current => Cell::new("(changed since, unrecorded)").tone(Tone::Dim),
        Some(c) => {
            let by = c.by.as_deref().unwrap_or("?");
            match c.reason.as_deref() {
                Some(reason) => Cell::new(format!("{reason} ({by})")),
                None => Cell::new(format!("({by})")),
            }
        }
    }
}

impl Row for BreakerRow {
    fn columns() -> &'static [&'static str] {
        &[
            "COMPONENT",
            "STATE",
            "OPENED",
            "HALF-OPEN",
            "TTL",
            "LAST CHANGE",
        ]
    }

    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell> {
        vec![
            Cell::new(self.component.as_str()),
            state_cell(self.state.as_deref(), self.parsed),
            opened_cell(self, now),
            half_open_cell(self),
            ttl_cell(self.ttl_seconds),
            change_cell(self.last_change.as_ref()),
        ]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}
