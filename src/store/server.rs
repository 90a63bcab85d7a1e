//! The server itself: version, uptime and memory from INFO, and the number of keys (DBSIZE).
//!
//! INFO is refused to ACL users without `@dangerous`; that is not bad data and not a reason
//! to fail whoever asked, so a refusal comes back in `problem` with whatever else was read.

use std::collections::HashMap;

use anyhow::Result;
use redis::Value;
use serde::Serialize;

use super::Store;
use super::value::{bytes, decode, error_text, int};

/// What an operator wants to know about the server, as INFO reports it.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ServerInfo {
    /// "redis", or "valkey" for a server that says so.
    pub product: String,
    pub version: Option<String>,
    /// standalone, cluster or sentinel.
    pub mode: Option<String>,
    pub uptime_seconds: Option<u64>,
    pub used_memory_bytes: Option<u64>,
    /// INFO's own rendering, e.g. "1.71M".
    pub used_memory_human: Option<String>,
    /// Null when there is no limit (maxmemory 0).
    pub maxmemory_bytes: Option<u64>,
    pub maxmemory_policy: Option<String>,
    /// Keys in the selected database (all of them, whatever the namespace).
    pub keys: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// INFO server, INFO memory and DBSIZE in one round trip. Connection errors fail; a refused
/// command is reported in `problem`.
pub fn info(store: &mut Store) -> Result<ServerInfo> {
    let mut pipe = redis::pipe();
    pipe.cmd("INFO")
        .arg("server")
        .cmd("INFO")
        .arg("memory")
        .cmd("DBSIZE");
    let replies = store.read(&mut pipe, "server information (INFO, DBSIZE)")?;
    let mut fields = HashMap::new();
    let mut problems = Vec::new();
    let mut info_errors: Vec<(&str, String)> = Vec::new();
    for (what, reply) in ["INFO server", "INFO memory"].into_iter().zip(&replies) {
        match error_text(reply) {
            Some(e) => info_errors.push((what, e)),
            None => fields.extend(parse(&text_of(reply))),
        }
    }
    // An ACL refuses both sections with the same words: say it once.
    match info_errors.as_slice() {
        [(_, a), (_, b)] if a == b => problems.push(format!("INFO: {a}")),
        errors => problems.extend(errors.iter().map(|(what, e)| format!("{what}: {e}"))),
    }
    let dbsize = replies.get(2).unwrap_or(&Value::Nil);
    if let Some(e) = error_text(dbsize) {
        problems.push(format!("DBSIZE: {e}"));
    }
    let mut s = from_fields(&fields);
    s.keys = int(dbsize).and_then(|n| u64::try_from(n).ok());
    if !problems.is_empty() {
        s.problem = Some(problems.join("; "));
    }
    Ok(s)
}

/// INFO's text: a bulk string, or a verbatim string under RESP3.
fn text_of(v: &Value) -> String {
    match v {
        Value::VerbatimString { text, .. } => text.clone(),
        other => decode(&bytes(other)).0,
    }
}

/// `key:value` lines; `#` section headers and blank lines skipped.
fn parse(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn from_fields(f: &HashMap<String, String>) -> ServerInfo {
    let text = |k: &str| f.get(k).filter(|v| !v.is_empty()).cloned();
    let number = |k: &str| f.get(k).and_then(|v| v.parse::<u64>().ok());
    let (product, version) = match text("valkey_version") {
        Some(v) => ("valkey", Some(v)),
        None => ("redis", text("redis_version")),
    };
    ServerInfo {
        product: product.to_string(),
        version,
        mode: text("redis_mode").or_else(|| text("server_mode")),
        uptime_seconds: number("uptime_in_seconds"),
        used_memory_bytes: number("used_memory"),
        used_memory_human: text("used_memory_human"),
        maxmemory_bytes: number("maxmemory").filter(|n| *n > 0),
        maxmemory_policy: text("maxmemory_policy"),
        keys: None,
        problem: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fields_that_matter() {
        let text = "# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n\
                    uptime_in_seconds:9993\r\n\r\n# Memory\r\nused_memory:1797456\r\n\
                    used_memory_human:1.71M\r\nmaxmemory:0\r\nmaxmemory_policy:noeviction\r\n";
        let s = from_fields(&parse(text));
        assert_eq!(s.product, "redis");
        assert_eq!(s.version.as_deref(), Some("7.0.15"));
        assert_eq!(s.mode.as_deref(), Some("standalone"));
        assert_eq!(s.uptime_seconds, Some(9993));
        assert_eq!(s.used_memory_bytes, Some(1_797_456));
        assert_eq!(s.used_memory_human.as_deref(), Some("1.71M"));
        assert_eq!(s.maxmemory_bytes, None, "0 means no limit");
        assert_eq!(s.maxmemory_policy.as_deref(), Some("noeviction"));
    }

    #[test]
    fn valkey_names_itself() {
        let s = from_fields(&parse(
            "redis_version:7.2.4\nvalkey_version:8.0.1\nserver_mode:cluster\n",
        ));
        assert_eq!(
            (s.product.as_str(), s.version.as_deref()),
            ("valkey", Some("8.0.1"))
        );
        assert_eq!(s.mode.as_deref(), Some("cluster"));
    }
}
