//! The breakers section: how many are open, half-open and closed, and the open and
//! half-open ones with when they go half-open and when their key expires.

use std::cmp::Ordering;
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::top::Top;
use super::{Trouble, counted};
use crate::commands::breaker::{BreakerRow, state_cell};
use crate::commands::count;
use crate::output::{Cell, Section, Tone, relative, short_span};
use crate::store::Store;
use crate::store::breaker::{self, BreakerState};

#[derive(Serialize)]
pub struct Breakers {
    pub total: u64,
    pub closed: u64,
    pub open: u64,
    pub half_open: u64,
    /// Open past the timeout: the next check moves them to half-open.
    pub open_due: u64,
    /// An unknown state word, or a key of another type.
    pub unknown: u64,
    pub half_open_after_seconds: u64,
    pub unreadable: u64,
    /// Open breakers, then half-open ones; most recently opened first. `breaker list` rows.
    pub attention: Vec<BreakerRow>,
    pub attention_more: u64,
    #[serde(skip)]
    trouble: Trouble,
}

fn order(a: &BreakerRow, b: &BreakerRow) -> Ordering {
    let rank = |r: &BreakerRow| u8::from(r.parsed() != Some(BreakerState::Open));
    rank(a)
        .cmp(&rank(b))
        .then_with(|| b.opened().cmp(&a.opened()))
        .then_with(|| a.component.cmp(&b.component))
}

pub fn read(store: &mut Store, half_open_after: Duration, limit: usize) -> Result<Breakers> {
    let mut s = Breakers {
        total: 0,
        closed: 0,
        open: 0,
        half_open: 0,
        open_due: 0,
        unknown: 0,
        half_open_after_seconds: half_open_after.as_secs(),
        unreadable: 0,
        attention: Vec::new(),
        attention_more: 0,
        trouble: Trouble::new("breakers", "coordctl breaker list"),
    };
    let mut top = Top::new(limit, order);
    breaker::scan(store, |b| {
        s.total += 1;
        if !b.problems.is_empty() {
            s.trouble
                .add(|| format!("{}: {}", b.key, b.problems.join("; ")));
        }
        let row = BreakerRow::new(&b, half_open_after);
        match row.parsed() {
            Some(BreakerState::Closed) => s.closed += 1,
            Some(BreakerState::Open) => {
                s.open += 1;
                s.open_due += u64::from(row.half_open_due);
                top.push(row);
            }
            Some(BreakerState::HalfOpen) => {
                s.half_open += 1;
                top.push(row);
            }
            None => s.unknown += 1,
        }
        Ok(())
    })?;
    s.unreadable = s.trouble.count;
    (s.attention, s.attention_more) = top.finish();
    Ok(s)
}

impl Breakers {
    pub fn trouble(&self) -> &Trouble {
        &self.trouble
    }

    pub fn section(&self, now: DateTime<Utc>) -> Section {
        let mut summary = vec![Cell::new(count(self.total as usize, "breaker"))];
        if self.total > 0 {
            summary.push(counted(self.open, "open", Tone::Bad));
            summary.push(counted(self.half_open, "half-open", Tone::Warn));
            summary.push(Cell::new(format!("{} closed", self.closed)));
        }
        if self.unreadable > 0 {
            summary.push(counted(self.unreadable, "unreadable", Tone::Bad));
        }
        let rows = self.attention.iter().map(|r| row(r, now)).collect();
        let more = (self.attention_more > 0)
            .then(|| format!("… {} more: coordctl breaker list", self.attention_more));
        Section::new("breakers", summary).rows(rows).more(more)
    }
}

fn row(r: &BreakerRow, now: DateTime<Utc>) -> Vec<Cell> {
    let opened = match (r.opened(), &r.opened_at) {
        (Some(t), _) => Cell::new(format!("opened {}", relative(t.0, now))),
        (None, Some(raw)) => Cell::new(format!("opened_at {raw}")).tone(Tone::Bad),
        (None, None) => Cell::none(),
    };
    let half_open = match (r.parsed(), r.half_open_in_seconds) {
        (Some(BreakerState::Open), Some(0)) => Cell::new("half-open due").tone(Tone::Warn),
        (Some(BreakerState::Open), Some(s)) => {
            Cell::new(format!("half-open in {}", short_span(s.max(0) as u64)))
        }
        (Some(BreakerState::Open), None) => Cell::new("never half-opens").tone(Tone::Bad),
        // Half-open: calls go through as trials; nothing is scheduled.
        _ => Cell::none(),
    };
    // When the key expires, the breaker is closed. Short, so a row fits 80 columns.
    let expiry = match r.ttl_seconds {
        Some(t) => Cell::new(format!("ttl {}", short_span(t.max(0) as u64))),
        None => Cell::new("no ttl").tone(Tone::Dim),
    };
    vec![
        state_cell(r.state.as_deref(), r.parsed()),
        Cell::new(r.component.as_str()),
        opened,
        half_open,
        expiry,
    ]
}
