//! Project context hashes: `context:project:<id>` with string fields (`name`, `status`,
//! `dataset_size`, `quality_score`, any others), and the `events:context:updated` message the
//! seed's `storeProjectContext` publishes after a change.

use std::time::Duration;

use anyhow::Result;
use redis::Value;
use serde::Serialize;

use super::keys::{CHANNEL_CONTEXT_UPDATED, CONTEXT_PROJECT};
use super::value::{Fields, decode, int, is_wrong_type};
use super::{Reads, Store};
use crate::time::iso_now;

/// The fields `storeProjectContext` always writes; a hash without one was cut short.
pub const SEED_FIELDS: [&str; 4] = ["name", "status", "dataset_size", "quality_score"];

#[derive(Clone, Debug)]
pub struct ProjectContext {
    pub project: String,
    pub key: String,
    pub fields: Fields,
    /// Seconds left, `None` when the key has no expiry.
    pub ttl: Option<i64>,
    pub problems: Vec<String>,
}

impl ProjectContext {
    fn from_replies(
        project: String,
        key: String,
        hgetall: Value,
        ttl: Value,
        wrong_type: Option<String>,
    ) -> ProjectContext {
        let mut c = ProjectContext {
            project,
            key,
            fields: Fields::default(),
            ttl: int(&ttl).filter(|t| *t >= 0),
            problems: Vec::new(),
        };
        match Fields::from_hgetall(hgetall) {
            Ok(f) => c.fields = f,
            Err(e) => {
                c.problems.push(match wrong_type {
                    Some(t) => format!("key is a {t}, not a hash"),
                    None => e,
                });
                return c;
            }
        }
        c.problems.extend(c.fields.problems.iter().cloned());
        let missing: Vec<&str> = SEED_FIELDS
            .into_iter()
            .filter(|f| c.fields.get(f).is_none())
            .collect();
        if !missing.is_empty() {
            c.problems
                .push(format!("missing {} (a partial write?)", missing.join(", ")));
        }
        if let Some(v) = c.fields.get("dataset_size")
            && v.trim().parse::<i64>().is_err()
        {
            c.problems
                .push(format!("dataset_size {v:?} is not an integer"));
        }
        if let Some(v) = c.fields.get("quality_score")
            && v.trim().parse::<f64>().is_err()
        {
            c.problems
                .push(format!("quality_score {v:?} is not a number"));
        }
        c
    }
}

/// Every project context, a SCAN batch at a time (HGETALL and TTL pipelined per batch,
/// fetched a batch ahead).
pub fn scan(store: &mut Store, mut f: impl FnMut(ProjectContext) -> Result<()>) -> Result<()> {
    let pattern = store.keys().pattern(CONTEXT_PROJECT);
    let keys = store.keys().clone();
    let reads = Reads {
        what: "project context hashes",
        head: &[],
        per_key: &[("HGETALL", &[]), ("TTL", &[])],
        maybe_gone: None,
    };
    store.scan_read(&pattern, &reads, |found| {
        for k in found.keys {
            let mut replies = k.replies.into_iter();
            let hgetall = replies.next().unwrap_or(Value::Nil);
            let ttl = replies.next().unwrap_or(Value::Nil);
            if int(&ttl) == Some(-2) {
                continue; // deleted since SCAN found it
            }
            let (key, bad_key) = decode(&k.key);
            let project = keys
                .suffix(&key, CONTEXT_PROJECT)
                .unwrap_or(&key)
                .to_string();
            let mut c = ProjectContext::from_replies(project, key, hgetall, ttl, k.wrong_type);
            if bad_key {
                c.problems.insert(0, "key name is not UTF-8".into());
            }
            f(c)?;
        }
        Ok(())
    })
}

/// One project's context, or `None` when its key does not exist.
pub fn get(store: &mut Store, project: &str) -> Result<Option<ProjectContext>> {
    let key = store.keys().project_context(project);
    let mut pipe = redis::pipe();
    pipe.cmd("HGETALL").arg(&key).cmd("TTL").arg(&key);
    let mut replies = store.read(&mut pipe, &key)?.into_iter();
    let hgetall = replies.next().unwrap_or(Value::Nil);
    let ttl = replies.next().unwrap_or(Value::Nil);
    if int(&ttl) == Some(-2) {
        return Ok(None);
    }
    let wrong_type = is_wrong_type(&hgetall).then(|| store.key_type(&key));
    Ok(Some(ProjectContext::from_replies(
        project.to_string(),
        key,
        hgetall,
        ttl,
        wrong_type,
    )))
}

/// The seed's `events:context:updated` message.
#[derive(Serialize)]
struct Updated<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(rename = "projectId")]
    project_id: &'a str,
    timestamp: String,
}

fn updated_message(project: &str) -> Result<String> {
    Ok(serde_json::to_string(&Updated {
        kind: "project_context_updated",
        project_id: project,
        timestamp: iso_now(),
    })?)
}

/// A change to one project's hash, applied with its event in one script so that either both
/// happen or neither (a MULTI would still publish if the key turned out to be a list).
const CHANGE: &str = r"
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'hash' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. KEYS[1] .. ' is a ' .. t .. ', not a hash')
end
local op, channel, message, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local n = 0
if op == 'set' then
    n = redis.call('HSET', KEYS[1], unpack(ARGV, 5))
    if ttl ~= '' then redis.call('EXPIRE', KEYS[1], ttl) end
elseif op == 'unset' then
    n = redis.call('HDEL', KEYS[1], unpack(ARGV, 5))
elseif op == 'delete' then
    n = redis.call('DEL', KEYS[1])
end
redis.call('PUBLISH', channel, message)
return n
";

/// What a context write does.
pub enum Change<'a> {
    /// Set these fields; optionally (re)set the key's expiry.
    Set {
        fields: &'a [(String, String)],
        ttl: Option<Duration>,
    },
    Unset(&'a [String]),
    Delete,
}

/// Apply `change` and publish `events:context:updated`, atomically. Returns the count the
/// underlying command reported (fields added, fields removed, keys deleted).
pub fn apply(store: &mut Store, project: &str, change: Change<'_>) -> Result<i64> {
    let key = store.keys().project_context(project);
    let channel = store.keys().key(CHANNEL_CONTEXT_UPDATED);
    let message = updated_message(project)?;
    let ttl;
    let mut args: Vec<&str> = Vec::new();
    let what;
    match &change {
        Change::Set { fields, ttl: t } => {
            ttl = t
                .map(|d| d.as_secs().max(1).to_string())
                .unwrap_or_default();
            args.extend(["set", &channel, &message, &ttl]);
            for (k, v) in fields.iter() {
                args.push(k);
                args.push(v);
            }
            what = format!("setting fields of {key}");
        }
        Change::Unset(names) => {
            args.extend(["unset", &channel, &message, ""]);
            args.extend(names.iter().map(String::as_str));
            what = format!("removing fields from {key}");
        }
        Change::Delete => {
            args.extend(["delete", &channel, &message, ""]);
            what = format!("deleting {key}");
        }
    }
    let reply = store.script(&redis::Script::new(CHANGE), &[&key], &args, &what)?;
    Ok(int(&reply).unwrap_or(0))
}
