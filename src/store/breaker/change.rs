//! Changing a breaker: open, close, half-open and reset, each one Lua script on the breaker's
//! single key that checks the precondition, writes the state, `opened_at`, the expiry and the
//! change record, and publishes the seed's event — all or nothing, and never twice for one
//! change when callers race.

use std::sync::LazyLock;
use std::time::Duration;

use anyhow::{Result, anyhow};
use redis::Value;
use serde::Serialize;

use crate::store::Store;
use crate::store::keys::CHANNEL_BREAKERS;
use crate::store::value::{bytes, decode};
use crate::time::iso_now;

/// What a change makes of the breaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The seed's `openCircuitBreaker`: state open, `opened_at` now, the key expiring after
    /// `expire` (the seed's 300 s unless told otherwise). Re-opening an open breaker restarts
    /// its clock, as the seed does.
    Open { expire: Duration },
    /// State closed; the key keeps its expiry (when it runs out the breaker is closed anyway).
    Closed,
    /// State half-open: calls are let through as trials.
    HalfOpen,
    /// Delete the key, as the seed's expiry does: closed, with no history.
    Reset,
}

impl Target {
    /// The seed's event type for this change.
    pub fn event(self) -> &'static str {
        match self {
            Target::Open { .. } => "circuit_breaker_opened",
            Target::HalfOpen => "circuit_breaker_half_open",
            Target::Closed | Target::Reset => "circuit_breaker_closed",
        }
    }

    fn word(self) -> &'static str {
        match self {
            Target::Open { .. } => "open",
            Target::Closed => "closed",
            Target::HalfOpen => "half-open",
            Target::Reset => "reset",
        }
    }
}

/// What a change did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Written and published; `from` is the state it was in (as the seed reads it).
    Changed { from: String },
    /// Already in the target state (or, for a reset, there was no key): nothing written or
    /// published.
    Unchanged { state: String },
    /// The breaker was not in the state the change required: nothing written or published.
    Conflict { state: String },
}

/// The seed's event on `events:errors:circuit_breakers`, field for field (`reason` only when
/// there is one, as `JSON.stringify` drops an undefined one).
#[derive(Serialize)]
struct Event<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    component: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    timestamp: String,
}

pub fn event_message(kind: &str, component: &str, reason: Option<&str>) -> Result<String> {
    Ok(serde_json::to_string(&Event {
        kind,
        component,
        reason,
        timestamp: iso_now(),
    })?)
}

/// The server's clock as epoch milliseconds in a string, built from TIME's two integers so
/// that no float formatting ("1.7e+12") can creep in.
pub(super) const LUA_NOW_MS: &str = r"
local function now_ms()
    local t = redis.call('TIME')
    return t[1] .. string.format('%03d', math.floor(tonumber(t[2]) / 1000))
end
";

/// KEYS[1]: the breaker. ARGV: target (open|closed|half-open|reset), required state ('' for
/// any), expiry seconds (open), channel, message, changed_by, reason ('' for none).
/// Returns {outcome, state before}.
const CHANGE: &str = r"
if redis.replicate_commands then redis.replicate_commands() end
local key = KEYS[1]
local target, want, expire, channel, message, by, reason = unpack(ARGV)
local t = redis.call('TYPE', key)['ok']
if t ~= 'hash' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. key .. ' is a ' .. t .. ', not a hash')
end
local state = redis.call('HGET', key, 'state')
if not state or state == '' then state = 'closed' end
if want ~= '' and state ~= want then return {'conflict', state} end
local at = now_ms()
if target == 'reset' then
    if t == 'none' then return {'unchanged', state} end
    redis.call('DEL', key)
elseif target == 'open' then
    redis.call('HSET', key, 'state', 'open', 'opened_at', at)
    redis.call('EXPIRE', key, expire)
else
    if state == target then return {'unchanged', state} end
    redis.call('HSET', key, 'state', target)
end
if target ~= 'reset' then
    redis.call('HSET', key, 'changed_by', by, 'changed_at', at, 'changed_to', target)
    if reason ~= '' then
        redis.call('HSET', key, 'reason', reason)
    else
        redis.call('HDEL', key, 'reason')
    end
end
redis.call('PUBLISH', channel, message)
return {'changed', state}
";

static CHANGE_SCRIPT: LazyLock<redis::Script> =
    LazyLock::new(|| redis::Script::new(&format!("{LUA_NOW_MS}{CHANGE}")));

/// Apply `target` to `component`'s breaker, only if it is in `if_state` when given (the state
/// as the seed reads it: a hash without one is "closed"), recording `by` and `reason`, and
/// publish the seed's event — atomically.
pub fn change(
    store: &mut Store,
    component: &str,
    target: Target,
    if_state: Option<&str>,
    reason: Option<&str>,
    by: &str,
) -> Result<Outcome> {
    let key = store.keys().breaker(component);
    let channel = store.keys().key(CHANNEL_BREAKERS);
    let message = event_message(target.event(), component, reason)?;
    let expire = match target {
        Target::Open { expire } => expire.as_secs().max(1).to_string(),
        _ => String::new(),
    };
    let args = [
        target.word(),
        if_state.unwrap_or(""),
        &expire,
        &channel,
        &message,
        by,
        reason.unwrap_or(""),
    ];
    let what = match target {
        Target::Open { .. } => format!("opening {key}"),
        Target::Closed => format!("closing {key}"),
        Target::HalfOpen => format!("setting {key} half-open"),
        Target::Reset => format!("resetting {key}"),
    };
    let reply = store.script(&CHANGE_SCRIPT, &[&key], &args, &what)?;
    let (outcome, state) =
        pair(&reply).ok_or_else(|| anyhow!("{what}: unexpected reply {reply:?}"))?;
    Ok(match outcome.as_str() {
        "changed" => Outcome::Changed { from: state },
        "unchanged" => Outcome::Unchanged { state },
        _ => Outcome::Conflict { state },
    })
}

/// A two-string array reply.
pub(super) fn pair(v: &Value) -> Option<(String, String)> {
    let Value::Array(items) = v else {
        return None;
    };
    let text = |i: usize| items.get(i).map(|v| decode(&bytes(v)).0);
    Some((text(0)?, text(1)?))
}
