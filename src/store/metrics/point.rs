//! One point of a metrics list as agents write it: a JSON object with `timestamp` (epoch
//! milliseconds), `step`, the metric's value (`loss`) and maybe `learning_rate`.
//!
//! Nothing is assumed: a field may be absent (JSON.stringify drops `undefined`), `null` (what
//! it writes for NaN), a number, or something else entirely. [`Num`] keeps those apart so that
//! `show` can print each as it is and `avg` can skip and count the ones that are not numbers.

use serde_json::{Map, Value};

use super::super::value::{decode, json_object};
use crate::time::Time;

/// Epoch milliseconds below this (early 1973) are almost certainly seconds written by mistake.
const PLAUSIBLE_EPOCH_MS: f64 = 1e11;

/// A numeric field of an entry, as found.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// Not there: JSON.stringify leaves out `undefined`, e.g. a missing learning rate.
    Absent,
    /// `null`: what JSON.stringify writes for NaN and ±Infinity.
    Null,
    Number(f64),
    /// Anything else (a string, a boolean, an object), kept as written.
    Other(Value),
}

impl Num {
    pub fn of(v: Option<&Value>) -> Num {
        match v {
            None => Num::Absent,
            Some(Value::Null) => Num::Null,
            Some(Value::Number(n)) => n
                .as_f64()
                .map_or_else(|| Num::Other(Value::Number(n.clone())), Num::Number),
            Some(other) => Num::Other(other.clone()),
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Num::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// An entry that is not a JSON object: its text (non-UTF-8 bytes escaped) and why.
#[derive(Clone, Debug)]
pub struct Unreadable {
    pub raw: String,
    pub why: String,
}

/// One list entry and its position in the list (0 is the newest).
#[derive(Clone, Debug)]
pub struct Point {
    pub index: usize,
    pub entry: Result<Map<String, Value>, Unreadable>,
}

impl Point {
    pub fn parse(index: usize, raw: &[u8]) -> Point {
        let entry = json_object(raw).map_err(|why| Unreadable {
            raw: decode(raw).0,
            why,
        });
        Point { index, entry }
    }

    pub fn field(&self, name: &str) -> Num {
        match &self.entry {
            Ok(map) => Num::of(map.get(name)),
            Err(_) => Num::Absent,
        }
    }

    pub fn step(&self) -> Num {
        self.field("step")
    }

    /// The step as the JSON number it was written as, for output that keeps it exact.
    pub fn step_json(&self) -> Option<&serde_json::Number> {
        match self.entry.as_ref().ok()?.get("step")? {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// When the point was written: epoch milliseconds as the seed writes them, or an
    /// ISO-8601 string as some agents do.
    pub fn time(&self) -> Option<Time> {
        match self.entry.as_ref().ok()?.get("timestamp")? {
            Value::Number(n) => n
                .as_f64()
                .filter(|ms| *ms >= PLAUSIBLE_EPOCH_MS)
                .and_then(Time::from_epoch_ms),
            Value::String(s) => Time::parse(s),
            _ => None,
        }
    }

    /// What is wrong with this entry, checking `step`, `timestamp` and the given value fields.
    pub fn problems(&self, value_fields: &[&str]) -> Vec<String> {
        let map = match &self.entry {
            Ok(map) => map,
            Err(u) => return vec![u.why.clone()],
        };
        let mut out = Vec::new();
        match self.step() {
            Num::Number(_) => {}
            Num::Absent => out.push("no step".to_string()),
            _ => out.push(format!("step {} is not a number", shown(map.get("step")))),
        }
        match map.get("timestamp") {
            None => out.push("no timestamp".to_string()),
            Some(Value::Number(n)) if n.as_f64().is_some_and(|ms| ms < PLAUSIBLE_EPOCH_MS) => out
                .push(format!(
                    "timestamp {n} looks like seconds, not epoch milliseconds"
                )),
            Some(t) if self.time().is_none() => {
                out.push(format!("timestamp {} is not a time", shown(Some(t))));
            }
            Some(_) => {}
        }
        for f in value_fields {
            if let Num::Other(v) = self.field(f) {
                out.push(format!("{f} {} is not a number", shown(Some(&v))));
            }
        }
        out
    }
}

/// A JSON value as it appears in the entry, for messages.
fn shown(v: Option<&Value>) -> String {
    v.map_or_else(|| "(absent)".to_string(), Value::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_absent_null_and_other_apart() {
        let p = Point::parse(
            0,
            br#"{"timestamp":1764100000123,"step":5,"loss":null,"wer":"high"}"#,
        );
        assert_eq!(p.step(), Num::Number(5.0));
        assert_eq!(p.field("loss"), Num::Null);
        assert_eq!(p.field("learning_rate"), Num::Absent);
        assert_eq!(p.field("wer"), Num::Other(Value::String("high".into())));
        assert_eq!(
            p.time().map(|t| t.rfc3339()).as_deref(),
            Some("2025-11-25T19:46:40.123Z")
        );
        assert!(p.problems(&["loss", "learning_rate"]).is_empty());
        assert_eq!(p.problems(&["wer"]), ["wer \"high\" is not a number"]);
    }

    #[test]
    fn bad_steps_and_timestamps_are_named() {
        let p = Point::parse(3, br#"{"timestamp":1764100000,"step":"ten","loss":1}"#);
        assert_eq!(
            p.problems(&["loss"]),
            [
                "step \"ten\" is not a number",
                "timestamp 1764100000 looks like seconds, not epoch milliseconds"
            ]
        );
        let p = Point::parse(0, br#"{"timestamp":"soon","loss":1}"#);
        assert_eq!(
            p.problems(&["loss"]),
            ["no step", "timestamp \"soon\" is not a time"]
        );
        let p = Point::parse(0, br#"{"timestamp":"2026-01-02T03:04:05Z","step":1}"#);
        assert!(p.problems(&["loss"]).is_empty());
    }

    #[test]
    fn unreadable_entries_keep_their_text() {
        let p = Point::parse(7, b"{oops\xff");
        let Err(u) = &p.entry else { panic!("parsed") };
        assert_eq!(u.raw, "{oops\\xff");
        assert!(p.problems(&[])[0].contains("not UTF-8"), "{u:?}");
        assert_eq!(p.step(), Num::Absent);
    }
}
