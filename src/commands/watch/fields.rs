//! What a message's details say, and in which colours: the fields an operator looks for
//! first (task, project, agent, component, severity, step and loss, attempts, reason), the
//! error, then the rest; and tones for event types and severities.

use serde_json::Value;

use super::wrap::width;
use crate::output::Tone;

/// Fields shown first, in this order, under short names.
const KNOWN: [(&str, &str); 10] = [
    ("taskId", "task"),
    ("projectId", "project"),
    ("agent", "agent"),
    ("component", "component"),
    ("severity", "severity"),
    ("step", "step"),
    ("loss", "loss"),
    ("attempt", "attempt"),
    ("attempts", "attempts"),
    ("reason", "reason"),
];
/// Fields the other columns already say (or that only repeat the time).
const HIDDEN: [&str; 3] = ["type", "timestamp", "error"];
/// The longest a single value may be in a line.
const VALUE_MAX: usize = 80;

/// The known fields first, then the error, then everything else not already shown.
pub fn fields(o: &serde_json::Map<String, Value>) -> Vec<(String, Tone)> {
    let mut out = Vec::new();
    for (key, label) in KNOWN {
        if let Some(v) = o.get(key) {
            let tone = if key == "severity" {
                severity_tone(v.as_str().unwrap_or(""))
            } else {
                Tone::Plain
            };
            out.push((format!("{label}={}", show(v)), tone));
        }
    }
    match o.get("error") {
        Some(Value::Object(e)) => {
            let name = e.get("name").and_then(Value::as_str).unwrap_or("Error");
            let text = match e.get("message").and_then(Value::as_str) {
                Some(m) => format!("{name}: {m}"),
                None => name.to_string(),
            };
            out.push((shorten(&text, VALUE_MAX).0, Tone::Bad));
        }
        Some(Value::String(s)) => out.push((shorten(s, VALUE_MAX).0, Tone::Bad)),
        Some(other) => out.push((format!("error={}", show(other)), Tone::Bad)),
        None => {}
    }
    for (key, v) in o {
        if HIDDEN.contains(&key.as_str()) || KNOWN.iter().any(|(k, _)| k == key) {
            continue;
        }
        out.push((format!("{key}={}", show(v)), Tone::Dim));
    }
    out
}

/// A value as `key=value` shows it: bare when unambiguous, quoted when it has spaces.
fn show(v: &Value) -> String {
    let text = match v {
        Value::String(s) if !s.is_empty() && !s.contains([' ', '=', '"', '\t']) => s.clone(),
        other => other.to_string(),
    };
    shorten(&text, VALUE_MAX).0
}

/// `text` cut to `max` characters with a `…`, and whether it was cut.
pub fn shorten(text: &str, max: usize) -> (String, bool) {
    match text.char_indices().nth(max.saturating_sub(1)) {
        Some((at, _)) if width(text) > max => (format!("{}…", &text[..at]), true),
        _ => (text.to_string(), false),
    }
}

/// Colour a type by what it says happened.
pub fn kind_tone(kind: &str, channel: &str) -> Tone {
    let k = kind.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    if has(&["fail", "error", "exhausted", "cascade", "opened", "dead"]) {
        Tone::Bad
    } else if has(&["half_open", "retry_scheduled", "warn", "stale"]) {
        Tone::Warn
    } else if has(&["completed", "success", "closed", "recovered"]) {
        Tone::Good
    } else if channel.starts_with("events:errors:") {
        Tone::Warn
    } else {
        Tone::Plain
    }
}

fn severity_tone(severity: &str) -> Tone {
    match severity.to_ascii_lowercase().as_str() {
        "critical" | "high" | "error" | "fatal" => Tone::Bad,
        "medium" | "warning" | "warn" => Tone::Warn,
        "low" | "info" | "debug" => Tone::Dim,
        _ => Tone::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(v: Value) -> Vec<String> {
        match v {
            Value::Object(o) => fields(&o).into_iter().map(|(t, _)| t).collect(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn known_fields_first_then_the_error_then_the_rest() {
        let v = json!({"zeta": 1, "error": {"name": "E", "message": "m"}, "agent": "a",
            "taskId": "t", "timestamp": "x", "type": "y"});
        assert_eq!(texts(v), ["task=t", "agent=a", "E: m", "zeta=1"]);
        assert_eq!(texts(json!({"error": "plain text"})), ["plain text"]);
        assert_eq!(texts(json!({"s": ""})), ["s=\"\""]);
        let long = "y".repeat(200);
        assert_eq!(texts(json!({"v": long}))[0].chars().count(), 2 + VALUE_MAX);
    }

    #[test]
    fn kinds_and_severities_have_tones() {
        assert_eq!(kind_tone("task_failure", ""), Tone::Bad);
        assert_eq!(kind_tone("circuit_breaker_half_open", ""), Tone::Warn);
        assert_eq!(kind_tone("tasks_completed", ""), Tone::Good);
        assert_eq!(
            kind_tone("training_progress", "events:training:progress"),
            Tone::Plain
        );
        assert_eq!(severity_tone("critical"), Tone::Bad);
    }
}
