//! The JSON the seed's JavaScript writes, reproduced key for key.
//!
//! Agents parse these with `JSON.parse` and some compare them as text, so coordctl writes
//! retry items, dead letters and events in exactly the seed's key order, omits a key the way
//! `JSON.stringify` omits `undefined`, and writes numbers the way JavaScript prints them
//! (`1764100001123`, not `1764100001123.0`).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::time::iso_now;

/// A number as JavaScript's `String(n)` prints it: integral values without a fraction.
pub fn js_number(n: f64) -> Value {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

/// What a retry item or dead letter says about its task, taken from the parsed JSON object
/// so that values keep their JSON type (a numeric `taskId` stays a number).
#[derive(Clone, Debug, Default)]
pub struct TaskFields {
    pub task_id: Value,
    pub project_id: Option<Value>,
    pub agent: Option<Value>,
    pub error: Option<Value>,
}

impl TaskFields {
    pub fn from_object(o: &Map<String, Value>) -> TaskFields {
        TaskFields {
            task_id: o.get("taskId").cloned().unwrap_or(Value::Null),
            project_id: o.get("projectId").cloned(),
            agent: o.get("agent").cloned(),
            error: o.get("error").cloned(),
        }
    }
}

/// `{"taskId","projectId","agent","error","attempt","retryAfter","timestamp"}`, then any keys
/// the original carried beyond those (kept when an item is rewritten, as the seed's
/// `JSON.stringify(retryTask)` keeps them).
#[derive(Serialize)]
struct QueueItem<'a> {
    #[serde(rename = "taskId")]
    task_id: &'a Value,
    #[serde(rename = "projectId", skip_serializing_if = "Option::is_none")]
    project_id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    agent: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a Value>,
    attempt: i64,
    #[serde(rename = "retryAfter")]
    retry_after: Value,
    timestamp: &'a str,
    #[serde(flatten)]
    extra: BTreeMap<&'a str, &'a Value>,
}

/// A retry-queue item as `enqueueForRetry` writes it.
pub fn queue_item(t: &TaskFields, attempt: i64, retry_after_ms: f64, timestamp: &str) -> String {
    queue_item_with(t, attempt, retry_after_ms, timestamp, BTreeMap::new())
}

/// An existing item with a new `retryAfter` (the seed's breaker deferral).
pub fn rescheduled(o: &Map<String, Value>, attempt: i64, retry_after_ms: f64) -> String {
    const OWN: [&str; 7] = [
        "taskId",
        "projectId",
        "agent",
        "error",
        "attempt",
        "retryAfter",
        "timestamp",
    ];
    let extra = o
        .iter()
        .filter(|(k, _)| !OWN.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    let timestamp = o.get("timestamp").and_then(Value::as_str).unwrap_or("");
    let t = TaskFields::from_object(o);
    queue_item_with(&t, attempt, retry_after_ms, timestamp, extra)
}

fn queue_item_with(
    t: &TaskFields,
    attempt: i64,
    retry_after_ms: f64,
    timestamp: &str,
    extra: BTreeMap<&str, &Value>,
) -> String {
    to_json(&QueueItem {
        task_id: &t.task_id,
        project_id: t.project_id.as_ref(),
        agent: t.agent.as_ref(),
        error: t.error.as_ref(),
        attempt,
        retry_after: js_number(retry_after_ms),
        timestamp,
        extra,
    })
}

/// `{"taskId","projectId","agent","error","attempts","timestamp"}`.
#[derive(Serialize)]
struct DeadLetter<'a> {
    #[serde(rename = "taskId")]
    task_id: &'a Value,
    #[serde(rename = "projectId", skip_serializing_if = "Option::is_none")]
    project_id: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    agent: Option<&'a Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a Value>,
    attempts: i64,
    timestamp: String,
}

pub fn dead_letter(t: &TaskFields, attempts: i64) -> String {
    to_json(&DeadLetter {
        task_id: &t.task_id,
        project_id: t.project_id.as_ref(),
        agent: t.agent.as_ref(),
        error: t.error.as_ref(),
        attempts,
        timestamp: iso_now(),
    })
}

#[derive(Serialize)]
struct Scheduled<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "taskId")]
    task_id: &'a Value,
    attempt: i64,
    #[serde(rename = "delayMs")]
    delay_ms: Value,
    timestamp: String,
}

/// The `events:errors:retry_scheduled` message.
pub fn scheduled_event(task_id: &Value, attempt: i64, delay_ms: f64) -> String {
    to_json(&Scheduled {
        kind: "retry_scheduled",
        task_id,
        attempt,
        delay_ms: js_number(delay_ms),
        timestamp: iso_now(),
    })
}

#[derive(Serialize)]
struct Exhausted<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "taskId")]
    task_id: &'a Value,
    #[serde(rename = "projectId", skip_serializing_if = "Option::is_none")]
    project_id: Option<&'a Value>,
    attempts: i64,
    timestamp: String,
}

/// The `events:errors:retry_exhausted` message.
pub fn exhausted_event(t: &TaskFields, attempts: i64) -> String {
    to_json(&Exhausted {
        kind: "retry_exhausted",
        task_id: &t.task_id,
        project_id: t.project_id.as_ref(),
        attempts,
        timestamp: iso_now(),
    })
}

#[derive(Serialize)]
struct Success<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "taskId")]
    task_id: &'a Value,
    attempt: i64,
    timestamp: String,
}

/// The `events:errors:retry_success` message.
pub fn success_event(task_id: &Value, attempt: i64) -> String {
    to_json(&Success {
        kind: "retry_success",
        task_id,
        attempt,
        timestamp: iso_now(),
    })
}

fn to_json<T: Serialize>(v: &T) -> String {
    // Serialising these structs (strings, numbers, JSON values) cannot fail.
    serde_json::to_string(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> TaskFields {
        TaskFields {
            task_id: Value::from("t1"),
            project_id: Some(Value::from("p1")),
            agent: Some(Value::from("trainer")),
            error: Some(Value::from("CUDA OOM")),
        }
    }

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(js_number(1764100001123.0).to_string(), "1764100001123");
        // The shortest text that reads back as the same double, as JavaScript prints it.
        assert_eq!(
            js_number(1764100001123.4567).to_string(),
            "1764100001123.4568"
        );
        assert_eq!(js_number(1764100001123.25).to_string(), "1764100001123.25");
        assert_eq!(js_number(0.0).to_string(), "0");
    }

    #[test]
    fn queue_items_keep_the_seeds_key_order() {
        let s = queue_item(&fields(), 2, 1764100001123.5, "2026-01-01T00:00:00.000Z");
        assert_eq!(
            s,
            r#"{"taskId":"t1","projectId":"p1","agent":"trainer","error":"CUDA OOM","attempt":2,"retryAfter":1764100001123.5,"timestamp":"2026-01-01T00:00:00.000Z"}"#
        );
    }

    #[test]
    fn missing_fields_are_omitted_like_undefined() {
        let t = TaskFields {
            task_id: Value::from(7),
            ..TaskFields::default()
        };
        let s = queue_item(&t, 0, 5.0, "x");
        assert_eq!(
            s,
            r#"{"taskId":7,"attempt":0,"retryAfter":5,"timestamp":"x"}"#
        );
    }

    #[test]
    fn rescheduling_keeps_extra_keys_after_the_seeds() {
        let o: Map<String, Value> = serde_json::from_str(
            r#"{"zeta":1,"taskId":"t","attempt":1,"retryAfter":1,"timestamp":"ts","agent":"a"}"#,
        )
        .unwrap();
        assert_eq!(
            rescheduled(&o, 1, 60_000.0),
            r#"{"taskId":"t","agent":"a","attempt":1,"retryAfter":60000,"timestamp":"ts","zeta":1}"#
        );
    }

    #[test]
    fn dead_letters_and_events() {
        let d = dead_letter(&fields(), 3);
        assert!(
            d.starts_with(r#"{"taskId":"t1","projectId":"p1","agent":"trainer","error":"CUDA OOM","attempts":3,"timestamp":""#),
            "{d}"
        );
        let e = exhausted_event(&fields(), 3);
        assert!(
            e.starts_with(
                r#"{"type":"retry_exhausted","taskId":"t1","projectId":"p1","attempts":3,"timestamp":"#
            ),
            "{e}"
        );
        let e = scheduled_event(&Value::from("t1"), 1, 1500.25);
        assert!(
            e.starts_with(
                r#"{"type":"retry_scheduled","taskId":"t1","attempt":1,"delayMs":1500.25,"#
            ),
            "{e}"
        );
        let e = success_event(&Value::from("t1"), 2);
        assert!(
            e.starts_with(r#"{"type":"retry_success","taskId":"t1","attempt":2,"timestamp":"#),
            "{e}"
        );
    }
}
