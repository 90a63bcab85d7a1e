//! The seed's `checkCircuitBreaker`: may a call go through, moving an open breaker whose
//! timeout has passed to half-open on the way.
//!
//! The seed reads the state, reads `opened_at`, then writes half-open and publishes: three
//! round trips in which twenty agents can all see "open and due" and all publish. Here the
//! whole decision is one Lua script on the breaker's key, so exactly one caller makes the
//! transition and publishes, and the rest see half-open. The same rule (`now - parseInt
//! (opened_at) > timeout`, the server's clock) is applied by [`super::Breaker`] when reading.

use std::sync::LazyLock;
use std::time::Duration;

use anyhow::{Result, anyhow, bail};
use redis::Value;

use super::change::{LUA_NOW_MS, event_message};
use super::{BreakerState, get, operator};
use crate::store::Store;
use crate::store::keys::CHANNEL_BREAKERS;
use crate::store::value::{bytes, decode, int};
use crate::time::span;

/// The answer to "may a call go through?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub component: String,
    /// The state after the check, as the seed reads it (an unknown word is passed through).
    pub state: String,
    /// The seed's `open`: calls must not go through.
    pub open: bool,
    /// This call moved the breaker from open to half-open and published the event.
    pub transitioned: bool,
    /// Open and past its timeout, in a probe (`transition: false`): the next real check will
    /// move it to half-open, so `open` is false.
    pub half_open_due: bool,
    /// Open and not yet due: how long until a check may move it to half-open.
    pub half_open_in: Option<Duration>,
    /// Why the answer may surprise (an unknown state word, an unreadable `opened_at`).
    pub problems: Vec<String>,
}

/// KEYS[1]: the breaker. ARGV: timeout ms, channel, message, changed_by, reason.
/// Returns {state after, transitioned 0|1, ms until due or -1}.
const CHECK: &str = r"
if redis.replicate_commands then redis.replicate_commands() end
local key = KEYS[1]
local timeout, channel, message, by, reason = tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local t = redis.call('TYPE', key)['ok']
if t == 'none' then return {'closed', 0, -1} end
if t ~= 'hash' then
    return redis.error_reply('WRONGTYPE ' .. key .. ' is a ' .. t .. ', not a hash')
end
local state = redis.call('HGET', key, 'state')
if not state or state == '' then return {'closed', 0, -1} end
if state ~= 'open' then return {state, 0, -1} end
-- parseInt: leading blanks, a sign, digits; anything else is NaN and never due.
local opened = redis.call('HGET', key, 'opened_at')
local digits = opened and string.match(opened, '^%s*([+-]?%d+)')
if not digits then return {'open', 0, -1} end
local at = now_ms()
local elapsed = tonumber(at) - tonumber(digits)
if elapsed > timeout then
    redis.call('HSET', key, 'state', 'half-open', 'changed_by', by, 'changed_at', at,
        'changed_to', 'half-open', 'reason', reason)
    redis.call('PUBLISH', channel, message)
    return {'half-open', 1, 0}
end
-- An opened_at far in the future must not overflow the integer reply.
return {'open', 0, math.min(timeout - elapsed + 1, 9007199254740991)}
";

static CHECK_SCRIPT: LazyLock<redis::Script> =
    LazyLock::new(|| redis::Script::new(&format!("{LUA_NOW_MS}{CHECK}")));

const UNREADABLE_OPENED_AT: &str = "open with a missing or unreadable opened_at: it never goes half-open, only its expiry closes it";

/// The seed's `checkCircuitBreaker` for `component`. With `transition`, an open breaker past
/// `timeout` moves to half-open (one script: exactly one concurrent caller does it and
/// publishes `circuit_breaker_half_open`). Without, nothing is written: a probe whose answer
/// is what a real check would answer now.
pub fn check(
    store: &mut Store,
    component: &str,
    timeout: Duration,
    transition: bool,
) -> Result<Check> {
    if !transition {
        return probe(store, component, timeout);
    }
    let key = store.keys().breaker(component);
    let channel = store.keys().key(CHANNEL_BREAKERS);
    let message = event_message("circuit_breaker_half_open", component, None)?;
    let timeout_ms = timeout.as_millis().to_string();
    let reason = format!("open longer than the {} timeout", span(timeout.as_secs()));
    let by = operator();
    let reply = store.script(
        &CHECK_SCRIPT,
        &[&key],
        &[&timeout_ms, &channel, &message, &by, &reason],
        &format!("checking {key}"),
    )?;
    let (state, transitioned, until) =
        triple(&reply).ok_or_else(|| anyhow!("checking {key}: unexpected reply {reply:?}"))?;
    let mut problems = Vec::new();
    let open = state == "open";
    if open && until < 0 {
        problems.push(UNREADABLE_OPENED_AT.to_string());
    }
    if BreakerState::parse(&state).is_none() {
        problems.push(format!(
            "invalid state {state:?}: agents treat it as not open"
        ));
    }
    Ok(Check {
        component: component.to_string(),
        state,
        open,
        transitioned,
        half_open_due: false,
        half_open_in: (open && until > 0).then(|| Duration::from_millis(until as u64)),
        problems,
    })
}

fn probe(store: &mut Store, component: &str, timeout: Duration) -> Result<Check> {
    let b = get(store, component)?;
    if !b.is_hash {
        bail!("checking {}: {}", b.key, b.problems.join("; "));
    }
    let state = b.state_text().unwrap_or_default();
    let until = b.half_open_in_ms(timeout);
    let due = until == Some(0);
    Ok(Check {
        component: component.to_string(),
        open: b.state() == Some(BreakerState::Open) && !due,
        transitioned: false,
        half_open_due: due,
        half_open_in: until
            .filter(|ms| *ms > 0)
            .map(|ms| Duration::from_millis(ms as u64)),
        problems: b.problems,
        state,
    })
}

fn triple(v: &Value) -> Option<(String, bool, i64)> {
    let Value::Array(items) = v else {
        return None;
    };
    let state = decode(&bytes(items.first()?)).0;
    Some((state, int(items.get(1)?)? == 1, int(items.get(2)?)?))
}
