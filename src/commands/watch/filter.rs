//! `--filter` and `--until`: `field=value` conditions on a message's JSON, and the event type
//! they (and the table) use for messages that carry none.

use std::borrow::Cow;

use serde_json::Value;

use crate::cli::watch::FieldValue;

/// Conditions on message fields: every field must match, and a field given several times
/// matches any of its values (`--filter severity=high --filter severity=critical`).
#[derive(Debug, Default)]
pub struct Conditions {
    fields: Vec<(String, Vec<String>)>,
}

impl Conditions {
    pub fn new(list: &[FieldValue]) -> Conditions {
        let mut fields: Vec<(String, Vec<String>)> = Vec::new();
        for fv in list {
            match fields.iter_mut().find(|(f, _)| *f == fv.field) {
                Some((_, values)) => values.push(fv.value.clone()),
                None => fields.push((fv.field.clone(), vec![fv.value.clone()])),
            }
        }
        Conditions { fields }
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// Whether `message` (its JSON, if it is JSON) meets every condition. The field `type`
    /// falls back to `kind`, the name given to messages without one.
    pub fn matches(&self, message: Option<&Value>, kind: &str) -> bool {
        self.fields.iter().all(
            |(field, values)| match message.and_then(|m| lookup(m, field)) {
                Some(v) => values.iter().any(|want| equals(v, want)),
                None if field == "type" => values.iter().any(|want| want == kind),
                None => false,
            },
        )
    }
}

/// The value at a dotted path: object keys, or array indexes (`error_types.0`). A key that
/// itself contains dots is found too.
fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    if let Some(found) = child(v, path) {
        return Some(found);
    }
    let (head, rest) = path.split_once('.')?;
    lookup(child(v, head)?, rest)
}

fn child<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) => o.get(key),
        Value::Array(a) => a.get(key.parse::<usize>().ok()?),
        _ => None,
    }
}

/// Compare a JSON value with text from the command line: strings exactly, numbers by value
/// (`step=100` matches 100 and 100.0), booleans and null by name, the rest as compact JSON.
fn equals(v: &Value, want: &str) -> bool {
    match v {
        Value::String(s) => s == want,
        Value::Number(n) => {
            n.to_string() == want
                || matches!((n.as_f64(), want.trim().parse::<f64>()), (Some(a), Ok(b)) if a == b)
        }
        Value::Bool(b) => want == if *b { "true" } else { "false" },
        Value::Null => want == "null",
        other => serde_json::to_string(other).is_ok_and(|s| s == want),
    }
}

/// The event's `type`, or for messages without one (the seed's `events:tasks:completed` and
/// `events:training:progress`) a name made from the channel: `tasks_completed`.
pub fn event_type<'a>(message: Option<&'a Value>, channel: &str) -> Cow<'a, str> {
    if let Some(t) = message.and_then(|m| m.get("type")).and_then(Value::as_str) {
        return Cow::Borrowed(t);
    }
    let name = channel.strip_prefix("events:").unwrap_or(channel);
    Cow::Owned(name.replace(':', "_"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn conds(list: &[(&str, &str)]) -> Conditions {
        Conditions::new(
            &list
                .iter()
                .map(|(f, v)| FieldValue {
                    field: f.to_string(),
                    value: v.to_string(),
                })
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn dotted_paths_and_indexes() {
        let m = json!({"error": {"name": "TimeoutError"}, "error_types": ["a", "b"], "a.b": 1});
        assert!(conds(&[("error.name", "TimeoutError")]).matches(Some(&m), "x"));
        assert!(!conds(&[("error.name", "Other")]).matches(Some(&m), "x"));
        assert!(conds(&[("error_types.1", "b")]).matches(Some(&m), "x"));
        assert!(conds(&[("a.b", "1")]).matches(Some(&m), "x"));
        assert!(!conds(&[("missing", "")]).matches(Some(&m), "x"));
    }

    #[test]
    fn same_field_is_either_different_fields_are_both() {
        let m = json!({"severity": "high", "agent": "a"});
        let c = conds(&[("severity", "critical"), ("severity", "high")]);
        assert!(c.matches(Some(&m), "x"));
        let c = conds(&[("severity", "high"), ("agent", "b")]);
        assert!(!c.matches(Some(&m), "x"));
    }

    #[test]
    fn numbers_booleans_and_null() {
        let m = json!({"step": 100, "loss": 0.25, "ok": true, "n": null});
        assert!(conds(&[("step", "100")]).matches(Some(&m), "x"));
        assert!(conds(&[("step", "100.0")]).matches(Some(&m), "x"));
        assert!(conds(&[("loss", "0.25")]).matches(Some(&m), "x"));
        assert!(conds(&[("ok", "true")]).matches(Some(&m), "x"));
        assert!(conds(&[("n", "null")]).matches(Some(&m), "x"));
    }

    #[test]
    fn type_falls_back_to_the_channel_name() {
        let m = json!({"taskId": "t"});
        assert_eq!(
            event_type(Some(&m), "events:tasks:completed"),
            "tasks_completed"
        );
        assert_eq!(event_type(None, "other:chan"), "other_chan");
        let typed = json!({"type": "task_failure"});
        assert_eq!(
            event_type(Some(&typed), "events:errors:high"),
            "task_failure"
        );
        let c = conds(&[("type", "tasks_completed")]);
        assert!(c.matches(Some(&m), "tasks_completed"));
        assert!(c.matches(None, "tasks_completed"));
        assert!(!c.matches(Some(&typed), "tasks_completed"));
    }
}
