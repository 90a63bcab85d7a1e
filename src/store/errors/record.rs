//! The seed's `logTaskError` (and, with `--publish`, its `publishError`) as one MULTI/EXEC:
//! LPUSH + EXPIRE on the task log, HSET + EXPIRE on the details hash, SADD of the signature,
//! HINCRBY of the counter (where the seed reads, adds and writes back), PUBLISH.
//!
//! The data is the seed's byte for byte: the entry is `JSON.stringify(errorEvent)` with its
//! key order, `code` left out when there is none (as `undefined` is). A counter holding
//! something other than an integer ("NaN", written by agents through the Redis MCP server)
//! makes HINCRBY fail inside EXEC while the other commands apply: the error is still logged,
//! and [`Recorded::counter`] says which field could not be counted. The four keys live in
//! different cluster slots, so in a cluster this cannot be one transaction.

use anyhow::Result;
use redis::Value;
use serde::Serialize;

use super::RETENTION_SECONDS;
use super::signature::signature;
use crate::exit::{Exit, Fail};
use crate::store::value::{bytes, decode, error_text, int};
use crate::store::{Keys, Store};

/// What `errors record` was told.
#[derive(Clone, Debug)]
pub struct TaskError {
    pub task: String,
    pub project: String,
    pub agent: String,
    pub name: String,
    pub message: String,
    pub code: Option<String>,
    pub severity: String,
    pub recoverable: bool,
}

/// `errorEvent` in `logTaskError`, in its key order.
#[derive(Serialize)]
pub struct ErrorEvent<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "taskId")]
    task_id: &'a str,
    #[serde(rename = "projectId")]
    project_id: &'a str,
    agent: &'a str,
    error: ErrorObject<'a>,
    timestamp: &'a str,
    severity: &'a str,
    recoverable: bool,
}

#[derive(Serialize)]
pub struct ErrorObject<'a> {
    name: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
}

/// `publishError`'s message: note `agent` before `taskId`, and `stack` (absent here) where
/// the log entry has `code`.
#[derive(Serialize)]
struct Published<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    agent: &'a str,
    #[serde(rename = "taskId")]
    task_id: &'a str,
    error: PublishedError<'a>,
    timestamp: &'a str,
}

#[derive(Serialize)]
struct PublishedError<'a> {
    name: &'a str,
    message: &'a str,
}

/// Everything the write will do, worked out before it happens (for `--dry-run` too).
#[derive(Clone, Debug)]
pub struct Prepared {
    pub error: TaskError,
    pub timestamp: String,
    /// The log entry, exactly as LPUSHed.
    pub entry: String,
    pub signature: String,
    pub log_key: String,
    pub details_key: String,
    pub signatures_key: String,
    pub counters_key: String,
    /// Channel and message when publishing.
    pub publish: Option<(String, String)>,
}

pub fn prepare(keys: &Keys, error: TaskError, timestamp: &str, publish: bool) -> Result<Prepared> {
    let publish = if publish {
        let message = serde_json::to_string(&Published {
            kind: "task_failure",
            agent: &error.agent,
            task_id: &error.task,
            error: PublishedError {
                name: &error.name,
                message: &error.message,
            },
            timestamp,
        })?;
        Some((keys.errors_channel(&error.severity), message))
    } else {
        None
    };
    let mut p = Prepared {
        signature: signature(&error.name, &error.message),
        log_key: keys.errors_tasks_log(),
        details_key: keys.errors_task_details(&error.task),
        signatures_key: keys.errors_signatures(),
        counters_key: keys.errors_counters(),
        entry: String::new(),
        timestamp: timestamp.to_string(),
        publish,
        error,
    };
    p.entry = serde_json::to_string(&p.event())?;
    Ok(p)
}

impl Prepared {
    /// The log entry, serialising in the seed's key order.
    pub fn event(&self) -> ErrorEvent<'_> {
        let e = &self.error;
        ErrorEvent {
            kind: "task_failure",
            task_id: &e.task,
            project_id: &e.project,
            agent: &e.agent,
            error: ErrorObject {
                name: &e.name,
                message: &e.message,
                code: e.code.as_deref(),
            },
            timestamp: &self.timestamp,
            severity: &e.severity,
            recoverable: e.recoverable,
        }
    }

    /// The commands, one line each, as `--dry-run` shows them.
    pub fn changes(&self) -> Vec<String> {
        let e = &self.error;
        let mut out = vec![
            format!("LPUSH {} {}", self.log_key, self.entry),
            format!("EXPIRE {} {RETENTION_SECONDS}", self.log_key),
            format!(
                "HSET {} error_message {:?} agent {:?} severity {:?}",
                self.details_key, e.message, e.agent, e.severity
            ),
            format!("EXPIRE {} {RETENTION_SECONDS}", self.details_key),
            format!("SADD {} {:?}", self.signatures_key, self.signature),
            format!("HINCRBY {} {:?} 1", self.counters_key, e.name),
        ];
        if let Some((channel, message)) = &self.publish {
            out.push(format!("PUBLISH {channel} {message}"));
        }
        out
    }
}

/// A counter that HINCRBY could not increment.
#[derive(Clone, Debug)]
pub struct Uncounted {
    pub field: String,
    /// The field's value as found afterwards.
    pub value: Option<String>,
    pub error: String,
}

/// What each part of the transaction did.
#[derive(Debug)]
pub struct Recorded {
    /// The task log's length after the push.
    pub log_length: i64,
    /// False when the signature was already known.
    pub new_signature: bool,
    /// The counter after the increment.
    pub count: Result<i64, Uncounted>,
    /// Subscribers that received the message.
    pub receivers: Option<i64>,
}

/// Check the keys' types (a wrong type would fail its command and leave the rest applied),
/// then write everything in one MULTI/EXEC.
pub fn record(store: &mut Store, p: &Prepared) -> Result<Recorded> {
    let expected = [
        (&p.log_key, "list"),
        (&p.details_key, "hash"),
        (&p.signatures_key, "set"),
        (&p.counters_key, "hash"),
    ];
    let mut pipe = redis::pipe();
    for (key, _) in &expected {
        pipe.cmd("TYPE").arg(key.as_str());
    }
    let types = store.read(&mut pipe, "the types of the error keys")?;
    for ((key, want), got) in expected.iter().zip(&types) {
        let got = decode(&bytes(got)).0;
        if got != "none" && got != *want {
            return Err(Fail::new(
                Exit::Failure,
                format!("{key} is a {got}, not a {want}: nothing recorded"),
            )
            .hint("`coordctl errors purge` removes error keys that hold the wrong data")
            .into());
        }
    }

    let e = &p.error;
    let ttl = RETENTION_SECONDS.to_string();
    let mut pipe = redis::pipe();
    pipe.cmd("LPUSH").arg(&p.log_key).arg(&p.entry);
    pipe.cmd("EXPIRE").arg(&p.log_key).arg(&ttl);
    pipe.cmd("HSET")
        .arg(&p.details_key)
        .arg("error_message")
        .arg(&e.message)
        .arg("agent")
        .arg(&e.agent)
        .arg("severity")
        .arg(&e.severity);
    pipe.cmd("EXPIRE").arg(&p.details_key).arg(&ttl);
    pipe.cmd("SADD").arg(&p.signatures_key).arg(&p.signature);
    pipe.cmd("HINCRBY").arg(&p.counters_key).arg(&e.name).arg(1);
    if let Some((channel, message)) = &p.publish {
        pipe.cmd("PUBLISH").arg(channel).arg(message);
    }
    let what = format!("recording the error of task {}", e.task);
    let replies = store.atomic_replies(&mut pipe, &what)?;
    let reply = |i: usize| replies.get(i).cloned().unwrap_or(Value::Nil);

    // Everything but the counter is checked by type above; a failure here means the data
    // changed under us, and the operator must hear exactly which command failed.
    let names = ["LPUSH", "EXPIRE", "HSET", "EXPIRE", "SADD"];
    let keys = [
        &p.log_key,
        &p.log_key,
        &p.details_key,
        &p.details_key,
        &p.signatures_key,
    ];
    for (i, (cmd, key)) in names.iter().zip(keys).enumerate() {
        if let Some(err) = error_text(&reply(i)) {
            return Err(Fail::new(
                Exit::Failure,
                format!("{what}: {cmd} {key} failed inside the transaction ({err}); the other commands were applied"),
            )
            .into());
        }
    }
    let count = match error_text(&reply(5)) {
        None => Ok(int(&reply(5)).unwrap_or(0)),
        Some(error) => {
            let mut pipe = redis::pipe();
            pipe.cmd("HGET").arg(&p.counters_key).arg(&e.name);
            let value = store
                .read(&mut pipe, &p.counters_key)
                .ok()
                .and_then(|r| r.into_iter().next())
                .filter(|v| *v != Value::Nil)
                .map(|v| decode(&bytes(&v)).0);
            Err(Uncounted {
                field: e.name.clone(),
                value,
                error,
            })
        }
    };
    Ok(Recorded {
        log_length: int(&reply(0)).unwrap_or(0),
        new_signature: int(&reply(4)) == Some(1),
        count,
        receivers: p.publish.as_ref().and_then(|_| int(&reply(6))),
    })
}
