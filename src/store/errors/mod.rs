//! The error-tracking keys (SPEC §1, the seed's Pattern 3): `errors:tasks:log` and the
//! `errors:training:<project>:log` lists of JSON events, newest first; the
//! `errors:task:<task>:details` hashes; the `errors:unique_signatures` set; the
//! `errors:counters` hash.
//!
//! This module finds the log lists to read ([`log_keys`]); [`entry`] parses one entry the way
//! every `errors` verb sees it. Reading the logs newest first lives in [`log`], a task's details
//! hash in [`details`], the seed's `logTaskError` in [`record`], its `correlateErrors` in
//! [`cascade`], counters and signatures in [`tally`], deletion in [`purge`], the signature
//! itself in [`signature`].

pub mod cascade;
pub mod details;
mod entry;
pub mod log;
pub mod purge;
pub mod record;
pub mod signature;
pub mod tally;

use anyhow::Result;

pub use entry::Entry;

use super::Store;
use super::value::decode;

/// The retention the seed gives the task log and each details hash: 7 days.
pub const RETENTION_SECONDS: i64 = 604_800;

/// Where an entry came from: `tasks`, or `training:<project>`.
pub fn source_label(keys: &super::Keys, key: &str) -> String {
    match keys.errors_training_project(key) {
        Some(project) => format!("training:{project}"),
        None => "tasks".to_string(),
    }
}

/// The problem of a log key whose name is not UTF-8: it is shown, but cannot be named back
/// to Redis, so nothing reads or deletes it.
pub const NAME_NOT_UTF8: &str = "key name is not UTF-8";

/// Which logs to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sources {
    pub tasks: bool,
    pub training: bool,
}

impl Sources {
    /// The task log and every training log.
    pub const ALL: Sources = Sources {
        tasks: true,
        training: true,
    };
}

/// A log list to read, or a key under a log's name that cannot be read as one.
#[derive(Clone, Debug)]
pub struct LogKey {
    pub source: String,
    pub key: String,
    /// Set when the key is not a list or its name is not UTF-8: shown as a marked row.
    pub problem: Option<String>,
}

/// The log lists that exist: the task log first, then every training log by name (or only
/// `project`'s). Keys of another type come back with a problem instead of failing the read.
pub fn log_keys(store: &mut Store, sources: Sources, project: Option<&str>) -> Result<Vec<LogKey>> {
    let mut names: Vec<String> = Vec::new();
    let mut bad_names: Vec<LogKey> = Vec::new();
    if sources.tasks {
        names.push(store.keys().errors_tasks_log());
    }
    if sources.training {
        match project {
            Some(p) => names.push(store.keys().errors_training_log(p)),
            None => {
                let mut training = Vec::new();
                let pattern = store.keys().errors_training_logs();
                store.scan(&pattern, |_, batch| {
                    for raw in batch {
                        match String::from_utf8(raw) {
                            Ok(k) => training.push(k),
                            Err(e) => {
                                let key = decode(e.as_bytes()).0;
                                bad_names.push(LogKey {
                                    source: "training".into(),
                                    key,
                                    problem: Some(NAME_NOT_UTF8.into()),
                                });
                            }
                        }
                    }
                    Ok(())
                })?;
                training.sort();
                names.extend(training);
            }
        }
    }
    let mut out = Vec::with_capacity(names.len());
    for chunk in names.chunks(1000) {
        let mut pipe = redis::pipe();
        for key in chunk {
            pipe.cmd("TYPE").arg(key);
        }
        let types = store.read(&mut pipe, "the types of the error logs")?;
        for (key, t) in chunk.iter().zip(types) {
            let t = String::from_utf8_lossy(&super::value::bytes(&t)).into_owned();
            let problem = match t.as_str() {
                "none" => continue,
                "list" => None,
                other => Some(format!("{key} is a {other}, not a list")),
            };
            out.push(LogKey {
                source: source_label(store.keys(), key),
                key: key.clone(),
                problem,
            });
        }
    }
    out.extend(bad_names);
    Ok(out)
}
