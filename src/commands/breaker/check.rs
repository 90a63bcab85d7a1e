//! `breaker check <c>`: the seed's checkCircuitBreaker for scripts. Exit 0 when calls may go
//! through, 3 when the breaker is open.

use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::exit::Exit;
use crate::output::Format;
use crate::store::breaker::{self, Check};
use crate::time::span;

/// The JSON answer: the seed's `{open, state}` and what else a script may want to know.
#[derive(Serialize)]
struct CheckReply<'a> {
    component: &'a str,
    state: &'a str,
    open: bool,
    transitioned: bool,
    half_open_due: bool,
    half_open_in_seconds: Option<u64>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    problems: &'a [String],
}

pub fn check(
    ctx: &mut Ctx,
    component: &str,
    timeout: Duration,
    no_transition: bool,
) -> Result<Exit> {
    let mut store = ctx.store()?;
    // Under --read-only or --dry-run a check still answers; it just does not make the
    // transition (and says so when one was due).
    let probe_only = no_transition || !ctx.writes_allowed();
    let c = breaker::check(&mut store, component, timeout, !probe_only)?;
    for p in &c.problems {
        ctx.ui.warn(&format!("{component}: {p}"));
    }
    if c.half_open_due && !no_transition {
        ctx.ui.note(&format!(
            "not moving {component} to half-open: writes are off (--read-only or --dry-run)"
        ));
    }
    let in_secs = c.half_open_in.map(|d| d.as_millis().div_ceil(1000) as u64);
    match ctx.ui.format() {
        Format::Table => ctx.ui.line(&sentence(&c, in_secs))?,
        _ => ctx.ui.json(&CheckReply {
            component,
            state: &c.state,
            open: c.open,
            transitioned: c.transitioned,
            half_open_due: c.half_open_due,
            half_open_in_seconds: in_secs,
            problems: &c.problems,
        })?,
    }
    ctx.ui.flush()?;
    Ok(if c.open { Exit::CheckFailed } else { Exit::Ok })
}

fn sentence(c: &Check, in_secs: Option<u64>) -> String {
    let who = format!("breaker {} is {}", c.component, c.state);
    if c.transitioned {
        return format!(
            "{who}: calls allowed as trials (this check moved it from open and published \
             circuit_breaker_half_open)"
        );
    }
    if c.half_open_due {
        return format!("{who} and due for half-open: the next check lets calls through");
    }
    if c.open {
        return match in_secs {
            Some(s) => format!("{who}: calls refused; half-open in {}", span(s)),
            None => format!("{who}: calls refused; it never goes half-open (see the warning)"),
        };
    }
    match c.state.as_str() {
        "closed" => format!("{who}: calls allowed"),
        "half-open" => format!("{who}: calls allowed as trials"),
        _ => format!("{who}: calls allowed (unknown state, treated as not open)"),
    }
}
