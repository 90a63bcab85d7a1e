//! Who is moving dead letters: one coordctl at a time holds `{retry:dead_letter_queue}:lock`.
//!
//! Drain, requeue and purge share the DLQ's staging lists, so two of them at once could each
//! finish the other's batch (and write it to two files). The lock is a key with a 30 s expiry,
//! renewed by every batch script (which also refuses to run once the lock is someone else's).
//! A run that was killed leaves its lock behind; on the same host a new run sees the holder's
//! process is gone and takes over at once, elsewhere it waits for the expiry.
//!
//! The holder format ("token host pid verb since") is shared with worker heartbeats.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use anyhow::Result;
use redis::Value;

use super::super::Store;
use super::super::value::bytes;
use crate::exit::{Exit, Fail};

/// How long a lock or heartbeat lives without renewal.
pub const LEASE_MS: u64 = 30_000;

/// A random u64 from the standard library's per-process random hasher keys.
pub fn random_u64() -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

/// A random number in [0, 1), for the seed's `Math.random()` jitter.
pub fn random_unit() -> f64 {
    (random_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// This machine's name, to tell whether a lock holder's process can be checked here.
pub fn host() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}

/// Who holds a lock or runs a worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    pub token: String,
    pub host: String,
    pub pid: u32,
    pub verb: String,
    pub since_ms: i64,
}

impl Holder {
    pub fn me(verb: &str) -> Holder {
        Holder {
            token: format!("{:016x}", random_u64()),
            host: host(),
            pid: std::process::id(),
            verb: verb.to_string(),
            since_ms: chrono::Utc::now().timestamp_millis(),
        }
    }

    pub fn encode(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.token, self.host, self.pid, self.verb, self.since_ms
        )
    }

    pub fn decode(s: &str) -> Option<Holder> {
        let mut it = s.split(' ');
        Some(Holder {
            token: it.next()?.to_string(),
            host: it.next()?.to_string(),
            pid: it.next()?.parse().ok()?,
            verb: it.next()?.to_string(),
            since_ms: it.next()?.parse().ok()?,
        })
    }

    /// True when the holder ran on this host and its process is gone (Linux can tell).
    pub fn is_dead_here(&self) -> bool {
        self.host == host()
            && self.pid != std::process::id()
            && cfg!(target_os = "linux")
            && !std::path::Path::new(&format!("/proc/{}", self.pid)).exists()
    }

    pub fn describe(&self) -> String {
        let ago = crate::time::short_span(
            ((chrono::Utc::now().timestamp_millis() - self.since_ms).max(0) / 1000) as u64,
        );
        format!(
            "`{}` by pid {} on {}, started {ago} ago",
            self.verb, self.pid, self.host
        )
    }
}

/// SET the key to ARGV[1] when it is free or still holds ARGV[3] (a dead holder's value);
/// otherwise return who holds it.
const ACQUIRE: &str = r"
local cur = redis.call('GET', KEYS[1])
if cur == false or cur == ARGV[3] then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    return 1
end
return cur
";

const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
";

/// Take `key` for `me`, taking over from a holder whose process died on this host.
/// `Ok(Err(holder))`: someone alive holds it.
pub fn take(store: &mut Store, key: &str, me: &Holder) -> Result<Result<(), Holder>> {
    let script = redis::Script::new(ACQUIRE);
    let ttl = LEASE_MS.to_string();
    let mut expected = String::new();
    for _ in 0..3 {
        let reply = store.script(
            &script,
            &[key],
            &[&me.encode(), &ttl, &expected],
            &format!("taking {key}"),
        )?;
        let current = match reply {
            Value::Int(1) => return Ok(Ok(())),
            other => String::from_utf8_lossy(&bytes(&other)).into_owned(),
        };
        match Holder::decode(&current) {
            Some(h) if h.is_dead_here() => expected = current,
            Some(h) => return Ok(Err(h)),
            None => {
                return Err(Fail::new(
                    Exit::Failure,
                    format!("{key} holds {current:?}, which coordctl did not write"),
                )
                .hint(format!(
                    "delete it with `redis-cli DEL {key}` if nothing uses it"
                ))
                .into());
            }
        }
    }
    Err(anyhow::anyhow!(
        "{key} changed hands while taking it; try again"
    ))
}

/// Give `key` up if `me` still holds it.
pub fn give_up(store: &mut Store, key: &str, me: &Holder) -> Result<()> {
    store.script(
        &redis::Script::new(RELEASE),
        &[key],
        &[&me.encode()],
        &format!("releasing {key}"),
    )?;
    Ok(())
}

/// The dead letter queue's lock, held for one drain / requeue / purge.
pub struct DlqLock {
    pub key: String,
    pub holder: Holder,
}

impl DlqLock {
    pub fn acquire(store: &mut Store, verb: &str) -> Result<DlqLock> {
        let key = store.keys().dead_letter_side("lock");
        let holder = Holder::me(verb);
        match take(store, &key, &holder)? {
            Ok(()) => Ok(DlqLock { key, holder }),
            Err(other) => Err(Fail::new(
                Exit::Failure,
                format!(
                    "another coordctl is moving dead letters: {} ({key})",
                    other.describe()
                ),
            )
            .hint(format!(
                "wait for it to finish; if it died on another host, its lock expires within {}s",
                LEASE_MS / 1000
            ))
            .into()),
        }
    }

    /// The value batch scripts compare to prove the lock is still ours.
    pub fn token(&self) -> String {
        self.holder.encode()
    }

    pub fn release(self, store: &mut Store) -> Result<()> {
        give_up(store, &self.key, &self.holder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_round_trip() {
        let me = Holder::me("drain");
        assert_eq!(Holder::decode(&me.encode()), Some(me.clone()));
        assert!(!me.is_dead_here(), "this process is alive");
        assert!(Holder::decode("junk").is_none());
    }

    #[test]
    fn randomness_varies() {
        assert_ne!(random_u64(), random_u64());
        let u = random_unit();
        assert!((0.0..1.0).contains(&u));
    }
}
