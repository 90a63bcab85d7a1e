//! One list entry as an agent wrote it ([`Entry`]), and what is wrong with it.
//!
//! One set of rules ([`judge`]), two ways to read an entry for it: [`Entry::parse`] builds
//! the seed's fields (to list, filter or rewrite the entry); [`Entry::check`] only decides
//! whether it may move and reads no field of a clean entry. A drain without filters judges a
//! million dead letters and needs none of their fields, and building them (a JSON value and
//! a string per field) cost it more than everything else on the client. `check` first asks
//! the [`quick`] scan, which recognises most clean entries alone, then serde_json.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::quick;
use super::shape::TaskFields;
use crate::store::value::json_object;
use crate::time::Time;

/// Which list an entry came from: retry items say `attempt` and carry `retryAfter`, dead
/// letters say `attempts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Queue,
    Dead,
}

/// One list entry as an agent wrote it, with what is wrong with it.
///
/// An entry with problems is never moved: moves leave it where it is and report it.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub raw: Vec<u8>,
    pub fields: TaskFields,
    pub task_id: Option<String>,
    pub project_id: Option<String>,
    pub agent: Option<String>,
    pub error: Option<String>,
    /// `attempt` for retry items, `attempts` for dead letters.
    pub attempt: Option<i64>,
    /// Epoch milliseconds, possibly fractional (retry items only).
    pub retry_after: Option<f64>,
    pub timestamp_raw: Option<String>,
    pub timestamp: Option<Time>,
    pub problems: Vec<String>,
}

impl Entry {
    pub fn parse(raw: Vec<u8>, kind: Kind) -> Entry {
        let mut e = Entry {
            raw,
            ..Entry::default()
        };
        let mut o = match seen::<Value>(&e.raw) {
            Ok(o) => o,
            Err(why) => {
                e.problems.push(why);
                return e;
            }
        };
        judge(&o, kind, &mut e.problems);
        e.task_id = text(o.task_id.as_ref());
        e.project_id = text(o.project_id.as_ref());
        e.agent = text(o.agent.as_ref());
        e.error = text(o.error.as_ref());
        let count = match kind {
            Kind::Queue => o.attempt.take(),
            Kind::Dead => o.attempts.take(),
        };
        e.attempt = count
            .and_then(|v| v.as_f64())
            .filter(|n| n.fract() == 0.0)
            .map(|n| n as i64);
        if kind == Kind::Queue {
            e.retry_after = o.retry_after.as_ref().and_then(Value::as_f64);
        }
        e.timestamp_raw = text(o.timestamp.as_ref());
        e.timestamp = e.timestamp_raw.as_deref().and_then(Time::parse);
        e.fields = TaskFields {
            task_id: o.task_id.take().unwrap_or(Value::Null),
            project_id: o.project_id.take(),
            agent: o.agent.take(),
            error: o.error.take(),
        };
        e
    }

    /// For moves that need no field: a clean entry comes back with only `raw` set (every
    /// field empty); one with problems is parsed in full, so that they say why.
    pub fn check(raw: Vec<u8>, kind: Kind) -> Entry {
        let clean = quick::clean(&raw, kind)
            || seen::<Shape>(&raw).is_ok_and(|o| {
                let mut problems = Vec::new();
                judge(&o, kind, &mut problems);
                problems.is_empty()
            });
        if clean {
            Entry {
                raw,
                ..Entry::default()
            }
        } else {
            Entry::parse(raw, kind)
        }
    }

    /// The entry as a JSON object (empty when it is not one), for rewriting it.
    pub fn object(&self) -> serde_json::Map<String, Value> {
        json_object(&self.raw).unwrap_or_default()
    }

    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn problem(&self) -> Option<String> {
        (!self.problems.is_empty()).then(|| self.problems.join("; "))
    }

    /// Due at `now_ms` (a clean retry item whose `retryAfter` has passed).
    pub fn due(&self, now_ms: f64) -> bool {
        self.is_clean() && self.retry_after.is_some_and(|t| t <= now_ms)
    }
}

/// The keys the seed writes, read straight from the entry: other keys are skipped without
/// being built. JSON `null` reads as absent. `T` is a [`Value`] when the fields are wanted,
/// a [`Shape`] when only the rules look at them.
#[derive(Deserialize)]
struct Seen<T> {
    #[serde(rename = "taskId")]
    task_id: Option<T>,
    #[serde(rename = "projectId")]
    project_id: Option<T>,
    agent: Option<T>,
    error: Option<T>,
    attempt: Option<T>,
    attempts: Option<T>,
    #[serde(rename = "retryAfter")]
    retry_after: Option<T>,
    timestamp: Option<T>,
}

/// An entry's seed fields; `Err` says what is wrong with it, in [`json_object`]'s words.
/// The whole entry must be UTF-8, including keys nobody reads (JSON text is).
fn seen<T: DeserializeOwned>(raw: &[u8]) -> Result<Seen<T>, String> {
    let Ok(text) = std::str::from_utf8(raw) else {
        return Err("entry is not UTF-8".into());
    };
    // A struct would also accept a JSON array; only objects are entries.
    let object = text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{');
    match serde_json::from_str::<Seen<T>>(text) {
        Ok(s) if object => Ok(s),
        _ => match json_object(raw) {
            Err(why) => Err(why),
            Ok(_) => Err("entry repeats a key".into()),
        },
    }
}

/// The rules an entry must follow to be moved, whichever way its fields were read.
fn judge<T: Field>(o: &Seen<T>, kind: Kind, problems: &mut Vec<String>) {
    match &o.task_id {
        Some(v) if v.is_number() || v.is_string() && !v.is_empty_string() => {}
        None => problems.push("no taskId".into()),
        Some(_) => problems.push("taskId is not a string or number".into()),
    }
    for (name, v) in [("projectId", &o.project_id), ("agent", &o.agent)] {
        if v.as_ref().is_some_and(|v| !v.is_string()) {
            problems.push(format!("{name} is not a string"));
        }
    }
    let (count, value) = match kind {
        Kind::Queue => ("attempt", &o.attempt),
        Kind::Dead => ("attempts", &o.attempts),
    };
    match value {
        Some(v) if v.as_f64().is_some_and(|n| n.fract() == 0.0) => {}
        Some(v) => problems.push(format!("{count} {v} is not a whole number")),
        None if kind == Kind::Queue => problems.push("no attempt".into()),
        None => {}
    }
    if kind == Kind::Queue {
        match &o.retry_after {
            Some(v) if v.as_f64().is_some() => {}
            Some(v) => problems.push(format!("retryAfter {v} is not a number")),
            None => problems.push("no retryAfter".into()),
        }
    }
}

/// What [`judge`] needs to know about a field's value.
trait Field: fmt::Display {
    fn is_string(&self) -> bool;
    fn is_empty_string(&self) -> bool;
    fn is_number(&self) -> bool;
    fn as_f64(&self) -> Option<f64>;
}

impl Field for Value {
    fn is_string(&self) -> bool {
        self.is_string()
    }
    fn is_empty_string(&self) -> bool {
        self.as_str() == Some("")
    }
    fn is_number(&self) -> bool {
        self.is_number()
    }
    fn as_f64(&self) -> Option<f64> {
        self.as_f64()
    }
}

/// A field's value as far as the rules look at it: its JSON type, a number's value, whether
/// a string is empty. Reading one allocates nothing (nested values are skipped).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    String {
        empty: bool,
    },
    /// As [`Value::as_f64`] reads it.
    Number(f64),
    Other,
}

impl Field for Shape {
    fn is_string(&self) -> bool {
        matches!(self, Shape::String { .. })
    }
    fn is_empty_string(&self) -> bool {
        matches!(self, Shape::String { empty: true })
    }
    fn is_number(&self) -> bool {
        matches!(self, Shape::Number(_))
    }
    fn as_f64(&self) -> Option<f64> {
        match self {
            Shape::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// Only [`Entry::check`] reads shapes, and it keeps no message; this names the kind.
impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::String { .. } => f.write_str("(a string)"),
            Shape::Number(n) => write!(f, "{n}"),
            Shape::Other => f.write_str("(not a string or number)"),
        }
    }
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Shape, D::Error> {
        d.deserialize_any(ShapeVisitor)
    }
}

struct ShapeVisitor;

impl<'de> Visitor<'de> for ShapeVisitor {
    type Value = Shape;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, s: &str) -> Result<Shape, E> {
        Ok(Shape::String {
            empty: s.is_empty(),
        })
    }
    fn visit_u64<E>(self, n: u64) -> Result<Shape, E> {
        Ok(Shape::Number(n as f64))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Shape, E> {
        Ok(Shape::Number(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Shape, E> {
        Ok(Shape::Number(n))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Shape, E> {
        Ok(Shape::Other)
    }
    fn visit_unit<E>(self) -> Result<Shape, E> {
        Ok(Shape::Other)
    }
    // Nested values are read as shapes too, not skipped: a JSON value (what `parse` builds)
    // refuses what skipping lets through, such as a lone surrogate escape or 1e400.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
        while seq.next_element::<Shape>()?.is_some() {}
        Ok(Shape::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        while map.next_entry::<Shape, Shape>()?.is_some() {}
        Ok(Shape::Other)
    }
}

/// A JSON value as display text: strings as they are, other values as JSON.
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_items_parse_clean() {
        let e = Entry::parse(
            br#"{"taskId":"t1","projectId":"p","agent":"a","error":"boom","attempt":1,"retryAfter":1764100001123.456,"timestamp":"2026-01-01T00:00:00.000Z"}"#.to_vec(),
            Kind::Queue,
        );
        assert!(e.is_clean(), "{:?}", e.problems);
        assert_eq!(e.retry_after, Some(1764100001123.456));
        assert_eq!(e.attempt, Some(1));
        let d = Entry::parse(
            br#"{"taskId":"t1","projectId":"p","agent":"a","error":"boom","attempts":3,"timestamp":"2026-01-01T00:00:00.000Z"}"#.to_vec(),
            Kind::Dead,
        );
        assert!(d.is_clean(), "{:?}", d.problems);
        assert_eq!(d.attempt, Some(3));
    }

    #[test]
    fn bad_entries_say_why() {
        let bad = |raw: &[u8], kind| Entry::parse(raw.to_vec(), kind).problem().unwrap();
        assert!(bad(b"nope", Kind::Dead).contains("not valid JSON"));
        assert!(bad(b"[1]", Kind::Dead).contains("not an object"));
        assert!(bad(br#"{"agent":"a"}"#, Kind::Dead).contains("no taskId"));
        assert!(bad(br#"{"taskId":"t","attempt":1}"#, Kind::Queue).contains("no retryAfter"));
        assert!(
            bad(br#"{"taskId":"t","attempts":"x"}"#, Kind::Dead).contains("not a whole number")
        );
        assert!(bad(b"{\"taskId\":\"t\",\"x\":\"\xff\"}", Kind::Dead).contains("not UTF-8"));
        assert!(bad(br#"{"taskId":"t","taskId":"u"}"#, Kind::Dead).contains("repeats a key"));
    }

    /// `check` must decide exactly as `parse` does, on every kind of oddity agents write.
    #[test]
    fn check_agrees_with_parse() {
        let entries: &[&[u8]] = &[
            br#"{"taskId":"t1","projectId":"p","agent":"a","error":"boom","attempts":3,"timestamp":"x"}"#,
            br#"{"taskId":"t1","attempt":1,"retryAfter":1764100001123.456}"#,
            br#"{"taskId":"t1","attempt":1.0,"attempts":2.0,"retryAfter":5}"#,
            br#"{"taskId":"t1","attempt":1.5,"attempts":-2.5,"retryAfter":"5"}"#,
            br#"{"taskId":"t1","attempt":"1","attempts":"3","retryAfter":null}"#,
            br#"{"taskId":"t1","attempt":null,"attempts":null}"#,
            br#"{"taskId":"t1","attempt":-3,"attempts":18446744073709551615,"retryAfter":-1e3}"#,
            br#"{"taskId":"t1","attempts":1e400}"#,
            br#"{"taskId":42,"attempts":[3],"retryAfter":{"a":1}}"#,
            br#"{"taskId":"","attempts":3}"#,
            br#"{"taskId":null,"attempts":3}"#,
            br#"{"taskId":true}"#,
            br#"{"taskId":["t"]}"#,
            br#"{"taskId":"t","projectId":5,"agent":null}"#,
            br#"{"taskId":"t","agent":{"name":"a"}}"#,
            br#"{"taskId":"t","error":{"name":"E","message":"m"},"extra":[1,{"b":null}]}"#,
            br#"{"taskId":"t","error":{"m":"\ud800"}}"#,
            br#"{"taskId":"t","error":{"\ud800":1}}"#,
            br#"{"taskId":"t","error":[1e400]}"#,
            br#"{"taskId":"t","agent":"\udc00"}"#,
            br#"{"taskId":"t","extra":{"m":"\ud800","n":1e400}}"#,
            br#"{"taskId":"t","\ud800":1}"#,
            br#"{"taskId":"t\u0000\n\"","agent":"\ud83d\ude00","attempts":3}"#,
            br#"  {"taskId":"t"}  "#,
            br#"{"taskId":"t"} x"#,
            br#"{"taskId":"t",}"#,
            br#"{"taskId":"t","taskId":"u"}"#,
            br#"{"taskId":"t","extra":1,"extra":2}"#,
            b"{\"taskId\":\"t\",\"x\":\"\xff\"}",
            b"[\"t\",\"p\"]",
            b"\"just a string\"",
            b"",
            b"null",
            b"{",
            b"unreadable #3",
        ];
        for raw in entries {
            for kind in [Kind::Dead, Kind::Queue] {
                let parsed = Entry::parse(raw.to_vec(), kind);
                let checked = Entry::check(raw.to_vec(), kind);
                assert_eq!(
                    checked.is_clean(),
                    parsed.is_clean(),
                    "{kind:?} {}: {:?}",
                    String::from_utf8_lossy(raw),
                    parsed.problems
                );
                assert_eq!(checked.problems, parsed.problems);
            }
        }
    }

    /// The same, on thousands of seed entries with a few bytes changed (deterministically).
    #[test]
    fn check_agrees_with_parse_on_mutated_entries() {
        let seeds: [&[u8]; 5] = [
            br#"{"taskId":"t-1","projectId":"p","agent":"a","error":"CUDA \"OOM\"","attempts":3,"timestamp":"2026-01-01T00:00:00.000Z"}"#,
            br#"{"taskId":"t-2","projectId":"p","agent":"a","error":"x","attempt":1,"retryAfter":1764100001123.456,"timestamp":"2026-01-01T00:00:00.000Z"}"#,
            br#" {"taskId": 90210, "agent": null, "attempts": 12, "attempt": 0, "retryAfter": 5, "ok": false, "n": -0.5} "#,
            br#"{"taskId":17,"attempt":2,"retryAfter":1764100001123.5,"error":{"name":"E","code":-1e3},"x":[true,null]}"#,
            br#"{"taskId":"\u00e9\ud83d\ude00","agent":"b","attempts":1.0,"extra":{"k":"v\n"}}"#,
        ];
        let alphabet: &[u8] = b"{}[]\\\":,0123456789.eE+-tfnu \x7f\n\xc3\xa9\xff";
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let (mut unclean, mut quick_clean) = (0, 0);
        for seed in seeds {
            for _ in 0..3000 {
                let mut raw = seed.to_vec();
                for _ in 0..1 + next(3) {
                    let at = next(raw.len());
                    let b = alphabet[next(alphabet.len())];
                    match next(3) {
                        0 => raw[at] = b,
                        1 => raw.insert(at, b),
                        _ => {
                            raw.remove(at);
                        }
                    }
                }
                for kind in [Kind::Dead, Kind::Queue] {
                    let parsed = Entry::parse(raw.clone(), kind);
                    let checked = Entry::check(raw.clone(), kind);
                    assert_eq!(
                        checked.problems,
                        parsed.problems,
                        "{kind:?} {}",
                        String::from_utf8_lossy(&raw)
                    );
                    unclean += usize::from(!parsed.is_clean());
                    quick_clean += usize::from(quick::clean(&raw, kind));
                }
            }
        }
        // Every outcome is well represented, including clean entries the quick scan
        // recognised by itself.
        let total = seeds.len() * 3000 * 2;
        assert!(
            (total / 10..total * 9 / 10).contains(&unclean),
            "{unclean} unclean of {total}"
        );
        assert!(
            quick_clean > total / 10,
            "{quick_clean} of {total} found clean by the quick scan"
        );
    }
}
