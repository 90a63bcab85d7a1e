//! Deleting error data: the logs, the details hashes, the counters, the signatures.
//!
//! A log is trimmed rather than deleted: LTRIM drops exactly the entries counted when the
//! plan was made (the oldest ones, since agents push at the head), so an error logged while
//! the operator reads the prompt survives. Keys of the wrong type under a log's name are
//! deleted whole. Details hashes are the ones the SCAN found; the counters hash and the
//! signature set go whole (an increment racing the purge is lost with them).

use anyhow::Result;

use super::{LogKey, NAME_NOT_UTF8, Sources, log_keys};
use crate::store::Store;
use crate::store::value::{bytes, decode, int};

/// Keys deleted per transaction when purging many details hashes.
const DELETE_BATCH: usize = 500;

/// What can be purged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Log,
    Details,
    Counters,
    Signatures,
}

/// One change of a purge.
#[derive(Clone, Debug)]
pub struct Target {
    pub part: Part,
    pub key: String,
    pub action: Action,
    /// How many entries, fields or members go (1 for a wrong-typed key).
    pub count: u64,
    /// What the key holds, for the plan: "1,234 entries", "a string, not a hash".
    pub holds: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Drop the oldest `n` entries of a list (LTRIM key 0 -(n+1)).
    TrimOldest(u64),
    Delete,
}

/// Look at what is there and say what purging `parts` would change.
pub fn plan(store: &mut Store, parts: &[Part]) -> Result<Vec<Target>> {
    let mut out = Vec::new();
    if parts.contains(&Part::Log) {
        let logs = log_keys(store, Sources::ALL, None)?;
        plan_logs(store, &logs, &mut out)?;
    }
    if parts.contains(&Part::Details) {
        let pattern = store.keys().errors_task_details_all();
        let mut keys = Vec::new();
        store.scan(&pattern, |_, batch| {
            keys.extend(batch.into_iter().filter_map(|k| String::from_utf8(k).ok()));
            Ok(())
        })?;
        keys.sort();
        out.extend(keys.into_iter().map(|key| Target {
            part: Part::Details,
            key,
            action: Action::Delete,
            count: 1,
            holds: "details".into(),
        }));
    }
    for (part, key, want, count_cmd, noun) in [
        (
            Part::Counters,
            store.keys().errors_counters(),
            "hash",
            "HLEN",
            "counter",
        ),
        (
            Part::Signatures,
            store.keys().errors_signatures(),
            "set",
            "SCARD",
            "signature",
        ),
    ] {
        if !parts.contains(&part) {
            continue;
        }
        let t = store.key_type(&key);
        let target = match t.as_str() {
            "none" => continue,
            t if t == want => {
                let mut pipe = redis::pipe();
                pipe.cmd(count_cmd).arg(&key);
                let n = store
                    .read(&mut pipe, &key)?
                    .first()
                    .and_then(int)
                    .unwrap_or(0) as u64;
                Target {
                    part,
                    key,
                    action: Action::Delete,
                    count: n,
                    holds: plural(n, noun),
                }
            }
            other => Target {
                part,
                key,
                action: Action::Delete,
                count: 1,
                holds: format!("a {other}, not a {want}"),
            },
        };
        out.push(target);
    }
    Ok(out)
}

fn plan_logs(store: &mut Store, logs: &[LogKey], out: &mut Vec<Target>) -> Result<()> {
    // A key whose name is not UTF-8 cannot be named back to Redis from here; it stays.
    let logs: Vec<&LogKey> = logs
        .iter()
        .filter(|l| l.problem.as_deref() != Some(NAME_NOT_UTF8))
        .collect();
    for chunk in logs.chunks(1000) {
        let mut pipe = redis::pipe();
        for log in chunk {
            pipe.cmd("TYPE").arg(&log.key).cmd("LLEN").arg(&log.key);
        }
        let replies = store.read(&mut pipe, "the error logs")?;
        for (log, pair) in chunk.iter().zip(replies.chunks(2)) {
            let t = decode(&bytes(&pair[0])).0;
            let target = match t.as_str() {
                "none" => continue,
                "list" => {
                    let n = int(&pair[1]).unwrap_or(0) as u64;
                    Target {
                        part: Part::Log,
                        key: log.key.clone(),
                        action: Action::TrimOldest(n),
                        count: n,
                        holds: plural(n, "entry"),
                    }
                }
                other => Target {
                    part: Part::Log,
                    key: log.key.clone(),
                    action: Action::Delete,
                    count: 1,
                    holds: format!("a {other}, not a list"),
                },
            };
            out.push(target);
        }
    }
    Ok(())
}

/// Carry out a plan. Returns how many keys were changed.
pub fn apply(store: &mut Store, targets: &[Target]) -> Result<usize> {
    let mut changed = 0;
    let mut deletes: Vec<&str> = Vec::new();
    for t in targets {
        match t.action {
            Action::TrimOldest(n) => {
                let stop = -(n as i64) - 1;
                let mut pipe = redis::pipe();
                pipe.cmd("LTRIM").arg(&t.key).arg(0).arg(stop);
                store.atomic(&mut pipe, &format!("trimming {}", t.key))?;
                changed += 1;
            }
            Action::Delete => deletes.push(&t.key),
        }
    }
    for batch in deletes.chunks(DELETE_BATCH) {
        let mut pipe = redis::pipe();
        for key in batch {
            // UNLINK frees big values off the main thread.
            pipe.cmd("UNLINK").arg(*key);
        }
        let what = match batch {
            [one] => format!("deleting {one}"),
            _ => format!("deleting {} error keys", batch.len()),
        };
        store.atomic(&mut pipe, &what)?;
        changed += batch.len();
    }
    Ok(changed)
}

/// "1 entry", "1,234 entries".
pub fn plural(n: u64, noun: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let noun = match (n, noun.strip_suffix('y')) {
        (1, _) => noun.to_string(),
        (_, Some(stem)) => format!("{stem}ies"),
        _ if noun.ends_with("sh") => format!("{noun}es"),
        _ => format!("{noun}s"),
    };
    format!("{grouped} {noun}")
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn counts_read_well() {
        assert_eq!(plural(1, "entry"), "1 entry");
        assert_eq!(plural(1234, "entry"), "1,234 entries");
        assert_eq!(plural(1_000_000, "counter"), "1,000,000 counters");
        assert_eq!(plural(0, "signature"), "0 signatures");
        assert_eq!(plural(2, "details hash"), "2 details hashes");
    }
}
