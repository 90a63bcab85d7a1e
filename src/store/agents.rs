//! Agent status hashes: `agent:status:<agent>` with `status` (idle/busy/failed),
//! `current_task` (left in place when the agent goes idle) and `updated_at` (ISO-8601).

use std::collections::BTreeMap;

use anyhow::Result;
use redis::Value;

use super::keys::AGENT_STATUS;
use super::value::{decode, decode_owned, error_text, hash_pairs, into_bytes, is_wrong_type};
use super::{Reads, Store};
use crate::time::{Time, iso_now};

/// The states the seed's `updateAgentStatus` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentState {
    Idle,
    Busy,
    Failed,
}

impl AgentState {
    pub const ALL: [AgentState; 3] = [AgentState::Idle, AgentState::Busy, AgentState::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            AgentState::Idle => "idle",
            AgentState::Busy => "busy",
            AgentState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<AgentState> {
        AgentState::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// One agent's hash as found, with what is wrong with it.
#[derive(Clone, Debug)]
pub struct Agent {
    pub agent: String,
    pub key: String,
    /// The `status` field as written (may be an invalid word).
    pub status: Option<String>,
    pub current_task: Option<String>,
    /// `updated_at` as written.
    pub updated_at_raw: Option<String>,
    /// `updated_at` when it parses as a date.
    pub updated_at: Option<Time>,
    /// Fields other than the three above.
    pub extra: BTreeMap<String, String>,
    pub problems: Vec<String>,
}

impl Agent {
    pub fn state(&self) -> Option<AgentState> {
        self.status.as_deref().and_then(AgentState::parse)
    }

    fn new(agent: String, key: String) -> Agent {
        Agent {
            agent,
            key,
            status: None,
            current_task: None,
            updated_at_raw: None,
            updated_at: None,
            extra: BTreeMap::new(),
            problems: Vec::new(),
        }
    }

    fn not_a_hash(mut self, error: String, wrong_type: Option<String>) -> Agent {
        self.problems.push(match wrong_type {
            Some(t) => format!("key is a {t}, not a hash"),
            None => error,
        });
        self
    }

    /// From an HGETALL reply; `wrong_type` names the key's type when the reply was WRONGTYPE.
    /// `None` when the hash is empty: it no longer exists (Redis deletes empty hashes), e.g.
    /// the agent was removed between SCAN and the read.
    fn from_hgetall(
        agent: String,
        key: String,
        reply: Value,
        wrong_type: Option<String>,
    ) -> Option<Agent> {
        let mut a = Agent::new(agent, key);
        let pairs = match hash_pairs(reply) {
            Ok(p) if p.is_empty() => return None,
            Ok(p) => p,
            Err(e) => return Some(a.not_a_hash(e, wrong_type)),
        };
        for (name, value) in pairs {
            let (name, bad_name) = decode_owned(name);
            let (value, bad_value) = decode_owned(value);
            if bad_name || bad_value {
                a.problems
                    .push(format!("field {name} holds non-UTF-8 bytes"));
            }
            match name.as_str() {
                "status" => a.status = Some(value),
                "current_task" => a.current_task = Some(value),
                "updated_at" => a.updated_at_raw = Some(value),
                _ => {
                    a.extra.insert(name, value);
                }
            }
        }
        a.check();
        Some(a)
    }

    /// From `HMGET key status current_task updated_at` (see [`LISTED`]).
    fn from_hmget(agent: String, key: String, reply: Value, wrong_type: Option<String>) -> Agent {
        let mut a = Agent::new(agent, key);
        if let Some(e) = error_text(&reply) {
            return a.not_a_hash(e, wrong_type);
        }
        let Value::Array(values) = reply else {
            return a.not_a_hash(format!("unexpected reply {reply:?}"), None);
        };
        for (name, v) in LISTED.into_iter().zip(values) {
            if v == Value::Nil {
                continue;
            }
            let (value, bad) = decode_owned(into_bytes(v));
            if bad {
                a.problems
                    .push(format!("field {name} holds non-UTF-8 bytes"));
            }
            match name {
                "status" => a.status = Some(value),
                "current_task" => a.current_task = Some(value),
                _ => a.updated_at_raw = Some(value),
            }
        }
        a.check();
        a
    }

    /// Mark what a seed-following reader would trip over.
    fn check(&mut self) {
        match self.status.as_deref() {
            None => self.problems.push("no status field".into()),
            Some(s) if AgentState::parse(s).is_none() => self.problems.push(format!(
                "invalid status {s:?} (expected idle, busy or failed)"
            )),
            Some(_) => {}
        }
        match self.updated_at_raw.as_deref() {
            None => self.problems.push("no updated_at field".into()),
            Some(raw) => {
                self.updated_at = Time::parse(raw);
                if self.updated_at.is_none() {
                    self.problems
                        .push(format!("updated_at {raw:?} is not a date"));
                }
            }
        }
    }
}

/// The fields `agents list` reads.
const LISTED: [&str; 3] = ["status", "current_task", "updated_at"];

/// Every agent hash, streamed to `f` a SCAN batch at a time (the listed fields pipelined per
/// batch, fetched a batch ahead). `extra` stays empty here; [`get`] reads every field.
pub fn scan(store: &mut Store, mut f: impl FnMut(Agent) -> Result<()>) -> Result<()> {
    let pattern = store.keys().pattern(AGENT_STATUS);
    let keys = store.keys().clone();
    let reads = Reads {
        what: "agent status hashes",
        head: &[],
        // Only the fields a listing shows: half the reply of an HGETALL, and replies are what
        // the client spends its time parsing.
        per_key: &[("HMGET", &LISTED)],
        maybe_gone: Some(
            |r| matches!(r.first(), Some(Value::Array(v)) if v.iter().all(|x| *x == Value::Nil)),
        ),
    };
    store.scan_read(&pattern, &reads, |found| {
        for k in found.keys {
            let (key, bad_key) = decode(&k.key);
            let name = keys.suffix(&key, AGENT_STATUS).unwrap_or(&key).to_string();
            let reply = k.replies.into_iter().next().unwrap_or(Value::Nil);
            let mut agent = Agent::from_hmget(name, key, reply, k.wrong_type);
            if bad_key {
                agent.problems.insert(0, "key name is not UTF-8".into());
            }
            f(agent)?;
        }
        Ok(())
    })
}

/// One agent, or `None` when its key does not exist.
pub fn get(store: &mut Store, agent: &str) -> Result<Option<Agent>> {
    let key = store.keys().agent_status(agent);
    let mut pipe = redis::pipe();
    pipe.cmd("HGETALL").arg(&key);
    let reply = store
        .read(&mut pipe, &key)?
        .into_iter()
        .next()
        .unwrap_or(Value::Nil);
    let wrong_type = is_wrong_type(&reply).then(|| store.key_type(&key));
    Ok(Agent::from_hgetall(
        agent.to_string(),
        key,
        reply,
        wrong_type,
    ))
}

/// What to do with `current_task` when setting a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskChange {
    /// Leave it as it is (the seed's behaviour when no task is given).
    Keep,
    Set(String),
    Clear,
}

/// The seed's `updateAgentStatus`, as one transaction: status, task, `updated_at`.
pub fn set(store: &mut Store, agent: &str, state: AgentState, task: &TaskChange) -> Result<()> {
    let key = store.keys().agent_status(agent);
    let now = iso_now();
    let mut pipe = redis::pipe();
    let hset = pipe.cmd("HSET").arg(&key).arg("status").arg(state.as_str());
    if let TaskChange::Set(t) = task {
        hset.arg("current_task").arg(t);
    }
    hset.arg("updated_at").arg(&now);
    if *task == TaskChange::Clear {
        pipe.cmd("HDEL").arg(&key).arg("current_task");
    }
    store.atomic(&mut pipe, &format!("setting {key}"))?;
    Ok(())
}

/// Delete an agent's hash. Returns whether it existed.
pub fn remove(store: &mut Store, agent: &str) -> Result<bool> {
    let key = store.keys().agent_status(agent);
    let replies = store.atomic(
        redis::pipe().cmd("DEL").arg(&key),
        &format!("deleting {key}"),
    )?;
    Ok(replies.first().and_then(super::value::int) == Some(1))
}

/// Delete `key` only if its `updated_at` is still `seen`: an agent that reported in since we
/// looked is not pruned.
pub fn remove_if_unchanged(store: &mut Store, key: &str, seen: &str) -> Result<bool> {
    let script = redis::Script::new(
        r"
        if redis.call('TYPE', KEYS[1])['ok'] ~= 'hash' then return 0 end
        if redis.call('HGET', KEYS[1], 'updated_at') == ARGV[1] then
            return redis.call('DEL', KEYS[1])
        end
        return 0",
    );
    let reply = store.script(&script, &[key], &[seen], &format!("pruning {key}"))?;
    Ok(super::value::int(&reply) == Some(1))
}
