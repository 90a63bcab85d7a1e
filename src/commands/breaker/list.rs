//! `breaker list` and `breaker show`.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{BreakerRow, Ctx, state_cell};
use crate::cli::breaker::ListArgs;
use crate::exit::Exit;
use crate::output::{Cell, Detail, Tone, relative};
use crate::store::breaker::{self, BreakerState};
use crate::time::span;

pub fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let want: Option<BreakerState> = args.state.map(Into::into);
    let timeout = args.timing.half_open_after;
    let mut rows = ctx
        .ui
        .list::<BreakerRow>("circuit breakers")
        .sorted_by(|a, b| a.component.cmp(&b.component));
    breaker::scan(&mut store, |b| {
        if want.is_some() && b.state() != want {
            return Ok(());
        }
        rows.push(BreakerRow::new(&b, timeout))
    })?;
    rows.finish()?;
    Ok(Exit::Ok)
}

/// `breaker show`: the row, whether the key exists, and every other field of the hash.
#[derive(Serialize)]
struct BreakerDetail {
    #[serde(flatten)]
    row: BreakerRow,
    exists: bool,
    /// Fields beyond the seed's and coordctl's.
    fields: BTreeMap<String, String>,
    problems: Vec<String>,
}

impl Detail for BreakerDetail {
    fn fields(&self, now: DateTime<Utc>) -> Vec<(String, Cell)> {
        let r = &self.row;
        let mut state = state_cell(r.state.as_deref(), r.parsed);
        if !self.exists {
            state
                .text
                .push_str(" (no key: never opened, or its expiry closed it)");
        }
        let mut out = vec![
            ("component".to_string(), Cell::new(r.component.as_str())),
            ("key".to_string(), Cell::new(r.key.as_str()).tone(Tone::Dim)),
            ("state".to_string(), state),
        ];
        if let Some(raw) = &r.opened_at {
            let cell = match r.opened {
                Some(t) => Cell::new(format!("{} ({raw})", relative(t.0, now))),
                None => Cell::new(raw.as_str()).tone(Tone::Bad),
            };
            out.push(("opened".to_string(), cell));
        }
        if r.parsed == Some(BreakerState::Open) {
            let cell = match r.half_open_in_seconds {
                Some(0) => Cell::new("due: the next check moves it to half-open").tone(Tone::Warn),
                Some(s) => Cell::new(format!("in {}", span(s.max(0) as u64))),
                None => Cell::new("never: no readable opened_at").tone(Tone::Bad),
            };
            out.push(("half-open".to_string(), cell));
        }
        let ttl = match r.ttl_seconds {
            Some(t) => Cell::new(format!("{} (then closed)", span(t.max(0) as u64))),
            None if self.exists => Cell::new("none"),
            None => Cell::none(),
        };
        out.push(("expires".to_string(), ttl));
        if r.expires_before_half_open {
            out.push((
                "note".to_string(),
                Cell::new(
                    "expires within moments of becoming due: it will most likely close, not go \
                     half-open",
                )
                .tone(Tone::Dim),
            ));
        }
        if let Some(c) = &r.last_change {
            let mut text = format!(
                "{} by {}",
                c.to.as_deref().unwrap_or("?"),
                c.by.as_deref().unwrap_or("?")
            );
            if let Some(at) = c.at {
                text.push_str(&format!(" {}", relative(at.0, now)));
            }
            if let Some(reason) = &c.reason {
                text.push_str(&format!(": {reason}"));
            }
            let cell = if c.current {
                Cell::new(text)
            } else {
                Cell::new(format!(
                    "{text} (outdated: changed since by something that does not record)"
                ))
                .tone(Tone::Dim)
            };
            out.push(("last change".to_string(), cell));
        }
        for (k, v) in &self.fields {
            out.push((k.clone(), Cell::new(v.as_str())));
        }
        out
    }

    fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

pub fn show(ctx: &mut Ctx, component: &str, timeout: Duration) -> Result<Exit> {
    let mut store = ctx.store()?;
    let b = breaker::get(&mut store, component)?;
    let mut row = BreakerRow::new(&b, timeout);
    row.problem = None;
    let detail = BreakerDetail {
        row,
        exists: b.exists,
        fields: b.extra,
        problems: b.problems,
    };
    ctx.ui.detail(&detail)?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}
