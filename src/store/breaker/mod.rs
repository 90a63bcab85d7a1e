//! Circuit breaker hashes: `circuit_breakers:<component>` with `state` (closed, open,
//! half-open; a missing or empty `state` means closed, as the seed's `checkCircuitBreaker`
//! reads it) and `opened_at` (epoch milliseconds as a string, `Date.now().toString()`).
//!
//! coordctl adds four fields of its own to every change it makes — `changed_by` (user@host),
//! `changed_at` (epoch ms, the same clock as `opened_at`), `changed_to` (the state it set) and
//! `reason` — which the seed's functions never read. Because agents following the seed change
//! breakers without touching them, a record is only "current" while the state still matches.
//!
//! [`record`] parses one hash, [`read`] fetches them, [`change`] holds the atomic transitions
//! and [`check`] the seed's check.

mod change;
mod check;
mod read;
mod record;

use std::time::Duration;

pub use change::{Outcome, Target, change, event_message};
pub use check::{Check, check};
pub use read::{get, scan};
pub use record::Breaker;

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

/// The seed's rule: due once `now - opened_at > timeout`, so at exactly the timeout it is
/// still 1 ms away. The check script applies the same rule on the server.
pub fn ms_until_due(now_ms: i64, opened_at_ms: i64, timeout: Duration) -> i64 {
    let elapsed = now_ms.saturating_sub(opened_at_ms);
    let timeout = i64::try_from(timeout.as_millis()).unwrap_or(i64::MAX);
    if elapsed > timeout {
        0
    } else {
        // An opened_at far in the future (a bad clock, a hand-written value) must not overflow.
        timeout.saturating_sub(elapsed).saturating_add(1)
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

/// Who is making a change, for the `changed_by` field: `user@host`.
pub fn operator() -> String {
    let user = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .or_else(user_from_uid)
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

/// The name of the user this process runs as, for services and cron jobs that have no
/// USER in their environment: our uid (the owner of /proc/self) looked up in /etc/passwd,
/// else `uid<N>`.
fn user_from_uid() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd.lines().find_map(|line| {
        let mut f = line.split(':');
        let name = f.next()?;
        (f.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid{uid}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_without_environment_is_found_by_uid() {
        let user = user_from_uid().unwrap();
        assert!(!user.is_empty() && !user.contains(':'), "{user}");
    }

    #[test]
    fn parse_int_reads_like_javascript() {
        assert_eq!(js_parse_int("1764100000123"), Some(1_764_100_000_123));
        assert_eq!(js_parse_int("  42abc"), Some(42));
        assert_eq!(js_parse_int("-5"), Some(-5));
        assert_eq!(js_parse_int("1.7e12"), Some(1));
        assert_eq!(js_parse_int("NaN"), None);
        assert_eq!(js_parse_int(""), None);
        assert_eq!(js_parse_int("-"), None);
        assert_eq!(js_parse_int("99999999999999999999"), None);
    }
}
