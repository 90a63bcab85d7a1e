//! Circuit breaker hashes: `circuit_breakers:<component>` with `state` (closed, open,
//! half-open; a missing or empty `state` means closed, as the seed's `checkCircuitBreaker`
//! reads it) and `opened_at` (epoch milliseconds as a string, `Date.now().toString()`).
//!
//! coordctl adds four fields of its own to every change it makes — `changed_by` (user@host),
//! `changed_at` (epoch ms, the same clock as `opened_at`), `changed_to` (the state it set) and
//! `reason` — which the seed's functions never read. Because agents following the seed change
//! breakers without touching them, a record is only "current" while the state still matches.
//!
//! Reading is here; the atomic transitions are in [`change`] and the seed's check in [`check`].

mod change;
mod check;

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::Result;
use redis::Value;

pub use change::{Outcome, Target, change, event_message};
pub use check::{Check, check};

use super::Store;
use super::keys::BREAKER;
use super::value::{Fields, decode, error_text, int};

/// The states the seed writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakerState {
    Closed,
    Open,
    HalfOpen,
}

impl BreakerState {
    pub const ALL: [BreakerState; 3] = [
        BreakerState::Closed,
        BreakerState::Open,
        BreakerState::HalfOpen,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BreakerState::Closed => "closed",
            BreakerState::Open => "open",
            BreakerState::HalfOpen => "half-open",
        }
    }

    pub fn parse(s: &str) -> Option<BreakerState> {
        BreakerState::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// The seed's timeout before an open breaker may go half-open, and its expiry on opening.
pub const SEED_TIMEOUT: Duration = Duration::from_secs(300);

/// One breaker as found. `now_ms` is the server's clock when it was read, so that every
/// "how long until" agrees with what the check script will decide.
#[derive(Clone, Debug)]
pub struct Breaker {
    pub component: String,
    pub key: String,
    /// False when the key does not exist: closed, never opened or expired.
    pub exists: bool,
    /// False when the key holds another type; nothing else is filled in then.
    pub is_hash: bool,
    /// `state` as written; `None` when absent.
    pub state_raw: Option<String>,
    pub opened_at_raw: Option<String>,
    /// `opened_at` read the way the seed's `parseInt` reads it.
    pub opened_at_ms: Option<i64>,
    /// Milliseconds until the key expires; `None` when it does not.
    pub pttl_ms: Option<i64>,
    pub now_ms: i64,
    pub record: Option<ChangeRecord>,
    /// Fields beyond the seed's and coordctl's.
    pub extra: BTreeMap<String, String>,
    pub problems: Vec<String>,
}

/// Who last changed a breaker through coordctl, when, to what and why.
#[derive(Clone, Debug, Default)]
pub struct ChangeRecord {
    pub by: Option<String>,
    pub at_ms: Option<i64>,
    pub to: Option<String>,
    pub reason: Option<String>,
    /// The breaker is still as that change left it (no agent has changed it since).
    pub current: bool,
}

impl Breaker {
    /// The state as the seed reads it: absent or empty is closed. `None` for an unknown word
    /// (which the seed treats as "not open") or a key of another type.
    pub fn state(&self) -> Option<BreakerState> {
        if !self.is_hash {
            return None;
        }
        match self.state_raw.as_deref() {
            None | Some("") => Some(BreakerState::Closed),
            Some(s) => BreakerState::parse(s),
        }
    }

    /// The state word to show: the seed's reading, or the unknown word as written.
    pub fn state_text(&self) -> Option<String> {
        if !self.is_hash {
            return None;
        }
        Some(match self.state() {
            Some(s) => s.as_str().to_string(),
            None => self.state_raw.clone().unwrap_or_default(),
        })
    }

    /// For an open breaker with a readable `opened_at`: milliseconds until a check may move it
    /// to half-open, 0 once it is due.
    pub fn half_open_in_ms(&self, timeout: Duration) -> Option<i64> {
        if self.state() != Some(BreakerState::Open) {
            return None;
        }
        Some(ms_until_due(self.now_ms, self.opened_at_ms?, timeout))
    }

    fn from_replies(
        component: String,
        key: String,
        hgetall: Value,
        pttl: Value,
        now_ms: i64,
        store: &mut Store,
    ) -> Breaker {
        let pttl = int(&pttl);
        let mut b = Breaker {
            component,
            key,
            exists: pttl != Some(-2),
            is_hash: true,
            state_raw: None,
            opened_at_raw: None,
            opened_at_ms: None,
            pttl_ms: pttl.filter(|t| *t >= 0),
            now_ms,
            record: None,
            extra: BTreeMap::new(),
            problems: Vec::new(),
        };
        let fields = match Fields::from_hgetall(hgetall) {
            Ok(f) => f,
            Err(e) => {
                b.is_hash = false;
                if e.starts_with("WRONGTYPE") {
                    let t = store.key_type(&b.key);
                    b.problems.push(format!("key is a {t}, not a hash"));
                } else {
                    b.problems.push(e);
                }
                return b;
            }
        };
        b.problems.extend(fields.problems);
        let mut map = fields.map;
        b.state_raw = map.remove("state");
        b.opened_at_raw = map.remove("opened_at");
        let record = ChangeRecord {
            by: map.remove("changed_by"),
            at_ms: map.remove("changed_at").as_deref().and_then(js_parse_int),
            to: map.remove("changed_to"),
            reason: map.remove("reason"),
            current: false,
        };
        b.extra = map;
        b.opened_at_ms = b.opened_at_raw.as_deref().and_then(js_parse_int);
        b.check_fields();
        if record.by.is_some() || record.to.is_some() || record.reason.is_some() {
            b.record = Some(ChangeRecord {
                current: b.record_is_current(&record),
                ..record
            });
        }
        b
    }

    fn check_fields(&mut self) {
        if let Some(s) = &self.state_raw
            && !s.is_empty()
            && BreakerState::parse(s).is_none()
        {
            self.problems.push(format!(
                "invalid state {s:?} (expected closed, open or half-open; agents treat it as not open)"
            ));
        }
        let open = self.state() == Some(BreakerState::Open);
        match (self.opened_at_raw.as_deref(), self.opened_at_ms) {
            (None, _) if open => self.problems.push(
                "open with no opened_at: agents never move it to half-open, only its expiry closes it"
                    .into(),
            ),
            (Some(raw), None) => self.problems.push(format!(
                "opened_at {raw:?} is not epoch milliseconds{}",
                if open {
                    ": agents never move it to half-open, only its expiry closes it"
                } else {
                    ""
                }
            )),
            (Some(raw), Some(_)) if !is_clean_integer(raw) => self.problems.push(format!(
                "opened_at {raw:?} is not a plain integer (read as its leading digits, as parseInt does)"
            )),
            _ => {}
        }
    }

    /// A record is current while the state is the one it set and, for an open breaker, no one
    /// has opened it again since (the seed rewrites `opened_at` on every open).
    fn record_is_current(&self, r: &ChangeRecord) -> bool {
        let Some(state) = self.state() else {
            return false;
        };
        if r.to.as_deref() != Some(state.as_str()) {
            return false;
        }
        match (state, self.opened_at_ms, r.at_ms) {
            (BreakerState::Open, Some(opened), Some(at)) => opened <= at,
            (BreakerState::Open, _, None) => false,
            _ => true,
        }
    }
}

/// The seed's rule: due once `now - opened_at > timeout`, so at exactly the timeout it is
/// still 1 ms away. The check script applies the same rule on the server.
pub fn ms_until_due(now_ms: i64, opened_at_ms: i64, timeout: Duration) -> i64 {
    let elapsed = now_ms.saturating_sub(opened_at_ms);
    let timeout = i64::try_from(timeout.as_millis()).unwrap_or(i64::MAX);
    if elapsed > timeout {
        0
    } else {
        timeout - elapsed + 1
    }
}

/// JavaScript's `parseInt(s)` for the decimal strings agents write: leading whitespace, an
/// optional sign, then as many digits as there are. `None` where parseInt gives NaN.
pub fn js_parse_int(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let n: i64 = rest[..digits].parse().ok()?;
    Some(if neg { -n } else { n })
}

fn is_clean_integer(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The server's clock in epoch milliseconds, from a TIME reply.
fn time_ms(v: &Value) -> Option<i64> {
    let Value::Array(parts) = v else {
        return None;
    };
    let secs = int(parts.first()?)?;
    let micros = int(parts.get(1)?)?;
    Some(secs * 1000 + micros / 1000)
}

fn server_now(v: &Value) -> Result<i64> {
    if let Some(e) = error_text(v) {
        anyhow::bail!("reading the server's clock (TIME): {e}");
    }
    time_ms(v).ok_or_else(|| anyhow::anyhow!("reading the server's clock: unexpected reply {v:?}"))
}

/// Every breaker hash, streamed to `f` a SCAN batch at a time (HGETALL and PTTL pipelined per
/// batch, with one TIME so the whole batch is judged against the server's clock).
pub fn scan(store: &mut Store, mut f: impl FnMut(Breaker) -> Result<()>) -> Result<()> {
    let pattern = store.keys().pattern(BREAKER);
    store.scan(&pattern, |store, batch| {
        let mut pipe = redis::pipe();
        pipe.cmd("TIME");
        for key in &batch {
            pipe.cmd("HGETALL").arg(key).cmd("PTTL").arg(key);
        }
        let mut replies = store.read(&mut pipe, "circuit breaker hashes")?.into_iter();
        let now_ms = server_now(&replies.next().unwrap_or(Value::Nil))?;
        for key in batch {
            let hgetall = replies.next().unwrap_or(Value::Nil);
            let pttl = replies.next().unwrap_or(Value::Nil);
            let (key, bad_key) = decode(&key);
            let component = store
                .keys()
                .suffix(&key, BREAKER)
                .unwrap_or(&key)
                .to_string();
            let mut b = Breaker::from_replies(component, key, hgetall, pttl, now_ms, store);
            if bad_key {
                b.problems.insert(0, "key name is not UTF-8".into());
            }
            f(b)?;
        }
        Ok(())
    })
}

/// One breaker. A key that does not exist comes back with `exists: false` (closed).
pub fn get(store: &mut Store, component: &str) -> Result<Breaker> {
    let key = store.keys().breaker(component);
    let mut pipe = redis::pipe();
    pipe.cmd("TIME")
        .cmd("HGETALL")
        .arg(&key)
        .cmd("PTTL")
        .arg(&key);
    let mut replies = store.read(&mut pipe, &key)?.into_iter();
    let now_ms = server_now(&replies.next().unwrap_or(Value::Nil))?;
    let hgetall = replies.next().unwrap_or(Value::Nil);
    let pttl = replies.next().unwrap_or(Value::Nil);
    Ok(Breaker::from_replies(
        component.to_string(),
        key,
        hgetall,
        pttl,
        now_ms,
        store,
    ))
}

/// Who is making a change, for the `changed_by` field: `user@host`.
pub fn operator() -> String {
    let user = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()))
        .unwrap_or_else(|| "unknown-host".into());
    format!("{user}@{host}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_int_reads_like_javascript() {
        assert_eq!(js_parse_int("1764100000123"), Some(1_764_100_000_123));
        assert_eq!(js_parse_int("  42abc"), Some(42));
        assert_eq!(js_parse_int("-5"), Some(-5));
        assert_eq!(js_parse_int("1.7e12"), Some(1));
        assert_eq!(js_parse_int("NaN"), None);
        assert_eq!(js_parse_int(""), None);
        assert_eq!(js_parse_int("-"), None);
    }

    fn breaker(state: Option<&str>, opened_at: Option<i64>, now_ms: i64) -> Breaker {
        Breaker {
            component: "c".into(),
            key: "circuit_breakers:c".into(),
            exists: true,
            is_hash: true,
            state_raw: state.map(str::to_string),
            opened_at_raw: opened_at.map(|v| v.to_string()),
            opened_at_ms: opened_at,
            pttl_ms: None,
            now_ms,
            record: None,
            extra: BTreeMap::new(),
            problems: Vec::new(),
        }
    }

    #[test]
    fn due_only_after_the_timeout_has_strictly_passed() {
        let t = Duration::from_secs(300);
        let exact = breaker(Some("open"), Some(1_000), 1_000 + 300_000);
        assert_eq!(
            exact.half_open_in_ms(t),
            Some(1),
            "elapsed == timeout is not yet due"
        );
        let before = breaker(Some("open"), Some(0), 299_000);
        assert_eq!(before.half_open_in_ms(t), Some(1_001));
        let after = breaker(Some("open"), Some(0), 300_001);
        assert_eq!(after.half_open_in_ms(t), Some(0), "due");
        assert_eq!(
            breaker(Some("half-open"), Some(0), 1).half_open_in_ms(t),
            None
        );
        assert_eq!(breaker(Some("open"), None, 1).half_open_in_ms(t), None);
    }

    #[test]
    fn missing_or_empty_state_is_closed() {
        assert_eq!(breaker(None, None, 0).state(), Some(BreakerState::Closed));
        assert_eq!(
            breaker(Some(""), None, 0).state(),
            Some(BreakerState::Closed)
        );
        assert_eq!(breaker(Some("OPEN"), None, 0).state(), None);
        assert_eq!(
            breaker(Some("OPEN"), None, 0).state_text().as_deref(),
            Some("OPEN")
        );
    }
}
