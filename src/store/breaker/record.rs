//! One breaker hash as found, read the way the seed reads it, with what is wrong with it.

use std::collections::BTreeMap;
use std::time::Duration;

use redis::Value;

use super::{BreakerState, js_parse_int, ms_until_due};
use crate::store::value::{Fields, int};

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

    pub(super) fn from_replies(
        component: String,
        key: String,
        hgetall: Value,
        pttl: Value,
        now_ms: i64,
        wrong_type: Option<String>,
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
                b.problems.push(match wrong_type {
                    Some(t) => format!("key is a {t}, not a hash"),
                    None => e,
                });
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

fn is_clean_integer(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let future = breaker(Some("open"), Some(i64::MAX), 1_000);
        assert_eq!(
            future.half_open_in_ms(t),
            Some(i64::MAX),
            "saturates, no overflow"
        );
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
