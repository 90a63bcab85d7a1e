//! JSON records: `{"channel","pattern","received_at","message"}` per message and
//! `{"type":"gap",…}` per time without a connection.
//!
//! Message records are written straight into a byte buffer: at a million messages a second
//! building a `serde_json::Value` per message would be the bottleneck. A payload that is JSON
//! on one line is checked and copied in as it is (numbers keep every digit); JSON spread
//! over several lines is re-encoded compactly so the record stays one line; anything else is
//! a JSON string.

use std::time::SystemTime;

use chrono::{DateTime, Local, Utc};
use serde::Serialize;
use serde::de::IgnoredAny;
use serde_json::Value;

use crate::store::pubsub::Gap;
use crate::time::Time;

/// What the caller already knows about a payload.
pub struct Payload<'a> {
    pub bytes: &'a [u8],
    /// The payload when it is UTF-8.
    pub text: Option<&'a str>,
    /// The payload parsed, when the caller parsed it.
    pub json: Option<&'a Value>,
    /// True when the caller tried to parse it: `json: None` then means "not JSON".
    pub parsed: bool,
}

/// Append one message record and a newline to `out`.
pub fn message(
    out: &mut Vec<u8>,
    channel: &str,
    pattern: Option<&str>,
    received_at: &str,
    payload: &Payload<'_>,
    problem: Option<&str>,
) {
    out.extend_from_slice(b"{\"channel\":");
    string(out, channel);
    out.extend_from_slice(b",\"pattern\":");
    match pattern {
        Some(p) => string(out, p),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"received_at\":\"");
    out.extend_from_slice(received_at.as_bytes());
    out.extend_from_slice(b"\",\"message\":");
    match (payload.text, payload.json) {
        (Some(text), Some(v)) => embed(out, text, Some(v)),
        (Some(text), None) if !payload.parsed && is_json(text) => embed(out, text, None),
        (Some(text), None) => string(out, text),
        (None, _) => string(out, &crate::store::value::decode(payload.bytes).0),
    }
    if let Some(p) = problem {
        out.extend_from_slice(b",\"problem\":");
        string(out, p);
    }
    out.extend_from_slice(b"}\n");
}

/// A gap as a record, fields in this order.
#[derive(Serialize)]
struct GapRecord<'a> {
    r#type: &'static str,
    from: String,
    to: Option<String>,
    noticed_at: String,
    seconds: f64,
    reason: &'a str,
    mid_stream: bool,
    reconnect_attempts: u32,
}

/// Append a gap record and a newline to `out`.
pub fn gap(out: &mut Vec<u8>, gap: &Gap) {
    let to = gap.to.unwrap_or_else(SystemTime::now);
    let seconds = to
        .duration_since(gap.from)
        .unwrap_or_default()
        .as_secs_f64();
    let record = GapRecord {
        r#type: "gap",
        from: iso(gap.from),
        to: gap.to.map(iso),
        noticed_at: iso(gap.noticed_at),
        seconds: (seconds * 1000.0).round() / 1000.0,
        reason: &gap.reason,
        mid_stream: gap.mid_stream,
        reconnect_attempts: gap.attempts,
    };
    // Serialising into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &record);
    out.push(b'\n');
}

fn is_json(text: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(text).is_ok()
}

/// Copy valid JSON in; re-encode it when it spans lines.
fn embed(out: &mut Vec<u8>, text: &str, parsed: Option<&Value>) {
    if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none() {
        out.extend_from_slice(text.trim().as_bytes());
        return;
    }
    match parsed {
        Some(v) => write_value(out, v),
        None => match serde_json::from_str::<Value>(text) {
            Ok(v) => write_value(out, &v),
            Err(_) => string(out, text),
        },
    }
}

fn string(out: &mut Vec<u8>, s: &str) {
    // Serialising a string into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

fn write_value(out: &mut Vec<u8>, v: &Value) {
    // Serialising a Value into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, v);
}

pub fn iso(t: SystemTime) -> String {
    Time(DateTime::<Utc>::from(t)).rfc3339()
}

/// Received times as text, formatted once per read rather than once per message: every
/// message of one read shares its time.
#[derive(Default)]
pub struct Stamps {
    at: Option<SystemTime>,
    iso: String,
    local: String,
}

impl Stamps {
    fn update(&mut self, t: SystemTime) {
        if self.at != Some(t) {
            self.at = Some(t);
            self.iso = iso(t);
            self.local.clear();
        }
    }

    /// RFC 3339, UTC, milliseconds: for JSON.
    pub fn iso(&mut self, t: SystemTime) -> &str {
        self.update(t);
        &self.iso
    }

    /// Local wall-clock time with milliseconds: for the table.
    pub fn local(&mut self, t: SystemTime) -> &str {
        self.update(t);
        if self.local.is_empty() {
            self.local = DateTime::<Local>::from(t)
                .format("%H:%M:%S%.3f")
                .to_string();
        }
        &self.local
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(payload: &[u8], parsed: Option<&Value>, tried: bool) -> Value {
        let mut out = Vec::new();
        let p = Payload {
            bytes: payload,
            text: std::str::from_utf8(payload).ok(),
            json: parsed,
            parsed: tried,
        };
        message(
            &mut out,
            "events:x",
            Some("events:*"),
            "2026-01-01T00:00:00.000Z",
            &p,
            None,
        );
        assert_eq!(out.last(), Some(&b'\n'));
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn json_payloads_are_embedded_and_keep_their_digits() {
        let r = record(
            br#"{"step": 12345678901234567890, "loss": 0.1}"#,
            None,
            false,
        );
        assert_eq!(r["channel"], "events:x");
        assert_eq!(r["pattern"], "events:*");
        assert_eq!(r["message"]["loss"], 0.1);
        let mut out = Vec::new();
        let p = Payload {
            bytes: b"[12345678901234567890]",
            text: Some("[12345678901234567890]"),
            json: None,
            parsed: false,
        };
        message(&mut out, "c", None, "t", &p, None);
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("[12345678901234567890]")
        );
    }

    #[test]
    fn text_multiline_json_and_binary() {
        assert_eq!(
            record(b"hello world", None, false)["message"],
            "hello world"
        );
        assert_eq!(record(b"{oops", None, false)["message"], "{oops");
        let pretty = b"{\n  \"a\": 1\n}";
        assert_eq!(record(pretty, None, false)["message"]["a"], 1);
        assert_eq!(record(b"\xffok", None, false)["message"], "\\xffok");
        assert_eq!(record(b"{oops", None, true)["message"], "{oops");
    }

    #[test]
    fn gap_records() {
        let from = SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(1_000);
        let g = Gap {
            from,
            noticed_at: from,
            to: Some(from + std::time::Duration::from_millis(2_500)),
            reason: "the server closed the connection".into(),
            mid_stream: false,
            attempts: 3,
        };
        let mut out = Vec::new();
        gap(&mut out, &g);
        assert!(out.starts_with(br#"{"type":"gap","from":"#));
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["type"], "gap");
        assert_eq!(v["seconds"], 2.5);
        assert_eq!(v["from"], "1970-01-01T00:00:01.000Z");
        assert_eq!(v["reconnect_attempts"], 3);
    }
}
