//! One entry of an error log, parsed the way every `errors` verb sees it: the seed's task
//! failures and the training events, with what is wrong with them said, never thrown.

use serde::Serialize;
use serde_json::{Map, Value as Json};

use crate::store::value::{decode, json_kind, json_object};
use crate::time::Time;

/// One log entry as an operator reads it. JSON field names per SPEC §3; fields the entry did
/// not have are null. An entry that could not be read keeps its text in `raw` and says why in
/// `problem`.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    pub source: String,
    pub key: String,
    /// Position in the list (0 = newest); null for a row about the key itself.
    pub index: Option<usize>,
    /// RFC 3339 when it could be read, otherwise the value as written.
    pub timestamp: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub task_id: Option<String>,
    pub project_id: Option<String>,
    pub agent: Option<String>,
    pub severity: Option<String>,
    pub recoverable: Option<bool>,
    pub error: Option<ErrorInfo>,
    /// Fields beyond the seed's, as written (training events carry their own).
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Json>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip)]
    pub time: Option<Time>,
}

/// The `error` object of a task failure: `{name, message, code}`. `code` is kept as written
/// (Node writes strings such as "ECONNREFUSED", other errors numbers).
#[derive(Clone, Debug, Serialize)]
pub struct ErrorInfo {
    pub name: Option<String>,
    pub message: Option<String>,
    pub code: Option<Json>,
}

impl Entry {
    fn empty(source: String, key: String, index: Option<usize>) -> Entry {
        Entry {
            source,
            key,
            index,
            timestamp: None,
            kind: None,
            task_id: None,
            project_id: None,
            agent: None,
            severity: None,
            recoverable: None,
            error: None,
            extra: Map::new(),
            raw: None,
            problem: None,
            time: None,
        }
    }

    /// A row standing for a whole key that cannot be read as a log (wrong type, bad name).
    pub fn key_problem(source: String, key: String, problem: String) -> Entry {
        Entry {
            problem: Some(problem),
            ..Entry::empty(source, key, None)
        }
    }

    /// Parse entry `index` of `key` as agents write it. Never fails: what is wrong goes into
    /// `problem`. Task-log entries must carry the seed's `error` object; training events need
    /// only `type` and `timestamp`.
    pub fn parse(source: String, key: String, index: usize, raw: &[u8]) -> Entry {
        let task_log = source == "tasks";
        let mut e = Entry::empty(source, key, Some(index));
        let mut map = match json_object(raw) {
            Ok(map) => map,
            Err(why) => {
                e.raw = Some(decode(raw).0);
                e.problem = Some(why);
                return e;
            }
        };
        let mut problems = Vec::new();
        e.kind = text(&mut map, "type", &mut problems);
        e.task_id = text(&mut map, "taskId", &mut problems);
        e.project_id = text(&mut map, "projectId", &mut problems);
        e.agent = text(&mut map, "agent", &mut problems);
        e.severity = text(&mut map, "severity", &mut problems);
        match map.remove("recoverable") {
            None | Some(Json::Null) => {}
            Some(Json::Bool(b)) => e.recoverable = Some(b),
            Some(other) => problems.push(format!(
                "recoverable is {}, not true or false",
                json_kind(&other)
            )),
        }
        e.read_time(map.remove("timestamp"), &mut problems);
        match map.remove("error") {
            None | Some(Json::Null) if task_log => problems.push("no error object".into()),
            None | Some(Json::Null) => {}
            Some(Json::Object(mut err)) => {
                let mut info = ErrorInfo {
                    name: text(&mut err, "name", &mut problems),
                    message: text(&mut err, "message", &mut problems),
                    code: err.remove("code").filter(|c| !c.is_null()),
                };
                if task_log && info.name.is_none() {
                    problems.push("error has no name".into());
                }
                if task_log && info.message.is_none() {
                    problems.push("error has no message".into());
                }
                // What a training event's error says, even in a shape we do not know.
                if info.message.is_none() && !err.is_empty() {
                    info.message = Some(Json::Object(err).to_string());
                }
                e.error = Some(info);
            }
            Some(other) => {
                problems.push(format!("error is {}, not an object", json_kind(&other)));
                e.error = Some(ErrorInfo {
                    name: None,
                    message: Some(match other {
                        Json::String(s) => s,
                        other => other.to_string(),
                    }),
                    code: None,
                });
            }
        }
        if e.kind.is_none() {
            problems.insert(0, "no type".into());
        }
        e.extra = map;
        if !problems.is_empty() {
            e.problem = Some(problems.join("; "));
        }
        e
    }

    /// `timestamp` as the seed writes it (`toISOString()`), or epoch milliseconds, which the
    /// seed's `new Date(e.timestamp)` also accepts.
    fn read_time(&mut self, value: Option<Json>, problems: &mut Vec<String>) {
        match value {
            None | Some(Json::Null) => problems.push("no timestamp".into()),
            Some(Json::String(s)) => {
                self.time = Time::parse(&s);
                match self.time {
                    Some(t) => self.timestamp = Some(t.rfc3339()),
                    None => {
                        problems.push(format!("timestamp {s:?} is not a date"));
                        self.timestamp = Some(s);
                    }
                }
            }
            Some(Json::Number(n)) => {
                // Beyond ±250,000 years chrono has no dates; such a number is not a time.
                self.time = n
                    .as_f64()
                    .filter(|ms| ms.abs() < 8.0e15)
                    .and_then(Time::from_epoch_ms);
                match self.time {
                    Some(t) => self.timestamp = Some(t.rfc3339()),
                    None => {
                        problems.push(format!("timestamp {n} is not a date"));
                        self.timestamp = Some(n.to_string());
                    }
                }
            }
            Some(other) => {
                problems.push(format!("timestamp is {}, not a date", json_kind(&other)));
            }
        }
    }

    /// `error.name`, the counter and signature key.
    pub fn error_name(&self) -> Option<&str> {
        self.error.as_ref()?.name.as_deref()
    }

    pub fn error_message(&self) -> Option<&str> {
        self.error.as_ref()?.message.as_deref()
    }
}

/// A string field. Numbers are accepted as their text (a numeric task id is still an id);
/// anything else is a problem, kept as its JSON text.
fn text(map: &mut Map<String, Json>, field: &str, problems: &mut Vec<String>) -> Option<String> {
    match map.remove(field) {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) => Some(s),
        Some(Json::Number(n)) => Some(n.to_string()),
        Some(other) => {
            problems.push(format!("{field} is {}, not a string", json_kind(&other)));
            Some(other.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str, raw: &str) -> Entry {
        Entry::parse(source.into(), "k".into(), 0, raw.as_bytes())
    }

    #[test]
    fn a_seed_task_failure() {
        let e = parse(
            "tasks",
            r#"{"type":"task_failure","taskId":"t1","projectId":"p1","agent":"trainer",
                "error":{"name":"TimeoutError","message":"took 30s","code":"ETIMEDOUT"},
                "timestamp":"2026-11-25T19:52:15.123Z","severity":"high","recoverable":true}"#,
        );
        assert_eq!(e.problem, None);
        assert_eq!(e.kind.as_deref(), Some("task_failure"));
        assert_eq!(e.error_name(), Some("TimeoutError"));
        assert_eq!(e.recoverable, Some(true));
        assert_eq!(e.timestamp.as_deref(), Some("2026-11-25T19:52:15.123Z"));
        assert!(e.extra.is_empty());
    }

    #[test]
    fn training_events_need_only_type_and_timestamp() {
        let e = parse(
            "training:p1",
            r#"{"type":"gradient_explosion","timestamp":1764100000123,"step":40}"#,
        );
        assert_eq!(e.problem, None);
        assert_eq!(e.timestamp.as_deref(), Some("2025-11-25T19:46:40.123Z"));
        assert_eq!(e.extra["step"], 40);
    }

    #[test]
    fn bad_shapes_are_problems() {
        let e = parse(
            "tasks",
            r#"{"type":"task_failure","timestamp":"2026-01-01T00:00:00Z"}"#,
        );
        assert_eq!(e.problem.as_deref(), Some("no error object"));
        let e = parse(
            "tasks",
            r#"{"type":"task_failure","error":"boom","timestamp":"x"}"#,
        );
        let p = e.problem.clone().unwrap();
        assert!(p.contains("timestamp \"x\" is not a date"), "{p}");
        assert!(p.contains("error is a string, not an object"), "{p}");
        assert_eq!(e.error_message(), Some("boom"));
        let e = parse("tasks", "[1,2]");
        assert!(e.problem.unwrap().contains("not an object"));
        assert_eq!(e.raw.as_deref(), Some("[1,2]"));
        let e = parse(
            "training:p",
            r#"{"timestamp":"2026-01-01T00:00:00Z","agent":["a"]}"#,
        );
        assert_eq!(
            e.problem.as_deref(),
            Some("no type; agent is an array, not a string")
        );
    }
}
