//! `errors:task:<task>:details`: the hash the seed's `logTaskError` writes with three HSETs
//! (`error_message`, `agent`, `severity`) and a 7-day expiry.

use anyhow::Result;
use redis::Value;

use crate::store::Store;
use crate::store::value::{Fields, int};

/// The fields `logTaskError` writes; a hash without one was cut short.
pub const SEED_FIELDS: [&str; 3] = ["error_message", "agent", "severity"];

#[derive(Clone, Debug)]
pub struct Details {
    pub key: String,
    pub fields: Fields,
    /// Seconds left; `None` when the hash does not expire.
    pub ttl: Option<i64>,
    pub problems: Vec<String>,
}

/// A task's details hash, or `None` when it does not exist (never written, or expired).
pub fn get(store: &mut Store, task: &str) -> Result<Option<Details>> {
    let key = store.keys().errors_task_details(task);
    let mut pipe = redis::pipe();
    pipe.cmd("EXISTS")
        .arg(&key)
        .cmd("HGETALL")
        .arg(&key)
        .cmd("TTL")
        .arg(&key);
    let mut replies = store.read(&mut pipe, &key)?.into_iter();
    let exists = replies.next().and_then(|v| int(&v)) == Some(1);
    let hgetall = replies.next().unwrap_or(Value::Nil);
    let ttl = replies.next().unwrap_or(Value::Nil);
    if !exists {
        return Ok(None);
    }
    let mut d = Details {
        fields: Fields::default(),
        ttl: int(&ttl).filter(|t| *t >= 0),
        problems: Vec::new(),
        key,
    };
    match Fields::from_hgetall(hgetall) {
        Ok(f) => d.fields = f,
        Err(e) if e.starts_with("WRONGTYPE") => {
            let t = store.key_type(&d.key);
            d.problems.push(format!("{} is a {t}, not a hash", d.key));
            return Ok(Some(d));
        }
        Err(e) => {
            d.problems.push(e);
            return Ok(Some(d));
        }
    }
    d.problems.extend(d.fields.problems.iter().cloned());
    let missing: Vec<&str> = SEED_FIELDS
        .into_iter()
        .filter(|f| d.fields.get(f).is_none())
        .collect();
    if !missing.is_empty() {
        d.problems
            .push(format!("missing {} (a partial write?)", missing.join(", ")));
    }
    if d.ttl.is_none() {
        d.problems
            .push("no expiry (the seed keeps details for 7 days)".into());
    }
    Ok(Some(d))
}
