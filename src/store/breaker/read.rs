//! Fetching breakers: SCAN batches or one key, each read pipelined with the server's clock.

use anyhow::Result;
use redis::Value;

use super::Breaker;
use crate::store::keys::BREAKER;
use crate::store::value::{decode, error_text, int, is_wrong_type};
use crate::store::{Reads, Store};

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
/// batch, fetched a batch ahead, with one TIME so the whole batch is judged against the
/// server's clock).
pub fn scan(store: &mut Store, mut f: impl FnMut(Breaker) -> Result<()>) -> Result<()> {
    let pattern = store.keys().pattern(BREAKER);
    let keys = store.keys().clone();
    let reads = Reads {
        what: "circuit breaker hashes",
        head: &[&["TIME"]],
        per_key: &[("HGETALL", &[]), ("PTTL", &[])],
        maybe_gone: None,
    };
    store.scan_read(&pattern, &reads, |found| {
        let now_ms = server_now(found.head.first().unwrap_or(&Value::Nil))?;
        for k in found.keys {
            let mut replies = k.replies.into_iter();
            let hgetall = replies.next().unwrap_or(Value::Nil);
            let pttl = replies.next().unwrap_or(Value::Nil);
            if int(&pttl) == Some(-2) {
                continue; // deleted since SCAN found it
            }
            let (key, bad_key) = decode(&k.key);
            let component = keys.suffix(&key, BREAKER).unwrap_or(&key).to_string();
            let mut b = Breaker::from_replies(component, key, hgetall, pttl, now_ms, k.wrong_type);
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
    let wrong_type = is_wrong_type(&hgetall).then(|| store.key_type(&key));
    Ok(Breaker::from_replies(
        component.to_string(),
        key,
        hgetall,
        pttl,
        now_ms,
        wrong_type,
    ))
}
