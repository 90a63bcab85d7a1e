//! Reading what agents wrote: bytes that may not be UTF-8, hashes that may not be hashes.
//!
//! Replies come back as raw [`Value`]s so that one bad key in a pipelined batch becomes one
//! marked row rather than a failed command.

use std::collections::BTreeMap;

use redis::Value;

/// Bytes from Redis as text: valid UTF-8 unchanged, otherwise each invalid byte as `\xNN`.
/// The flag says whether any byte had to be escaped, so callers can mark the row.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), false),
        Err(_) => (escape_invalid(bytes), true),
    }
}

/// [`decode`] for bytes we own: valid UTF-8 becomes the String without a copy.
pub fn decode_owned(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (escape_invalid(e.as_bytes()), true),
    }
}

fn escape_invalid(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// The server's error text if `v` is an error reply.
pub fn error_text(v: &Value) -> Option<String> {
    match v {
        Value::ServerError(e) => Some(match e.details() {
            Some(d) => format!("{} {d}", e.code()),
            None => e.code().to_string(),
        }),
        _ => None,
    }
}

/// True for a WRONGTYPE error reply: the key holds another type than the command needs.
pub fn is_wrong_type(v: &Value) -> bool {
    matches!(v, Value::ServerError(e) if e.code() == "WRONGTYPE")
}

/// A hash's fields decoded to text, with a note for each field that was not UTF-8.
#[derive(Debug, Default, Clone)]
pub struct Fields {
    pub map: BTreeMap<String, String>,
    pub problems: Vec<String>,
}

impl Fields {
    /// From an HGETALL reply. `Err` carries the server's error (e.g. WRONGTYPE).
    pub fn from_hgetall(v: Value) -> Result<Fields, String> {
        let mut fields = Fields::default();
        for (k, v) in hash_pairs(v)? {
            let (name, bad_name) = decode_owned(k);
            let (value, bad_value) = decode_owned(v);
            if bad_name || bad_value {
                fields
                    .problems
                    .push(format!("field {name} holds non-UTF-8 bytes"));
            }
            fields.map.insert(name, value);
        }
        Ok(fields)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.map.get(name).map(String::as_str)
    }
}

/// A list entry that should be a JSON object, as agents LPUSH/RPUSH them.
/// `Err` says what is wrong with it, for a marked row: not UTF-8, not JSON, not an object.
pub fn json_object(raw: &[u8]) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let text = std::str::from_utf8(raw).map_err(|_| "entry is not UTF-8".to_string())?;
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(other) => Err(format!(
            "entry is JSON but not an object: {}",
            json_kind(&other)
        )),
        Err(e) => Err(format!("entry is not valid JSON ({e})")),
    }
}

/// "a string", "an array", …: what a JSON value is, for saying what was expected instead.
pub fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A hash field and its value, as bytes.
pub type RawPair = (Vec<u8>, Vec<u8>);

/// An HGETALL reply (RESP2 flat array or RESP3 map) as raw (field, value) pairs, moved out of
/// the reply. `Err` carries the server's error (e.g. WRONGTYPE).
pub fn hash_pairs(v: Value) -> Result<Vec<RawPair>, String> {
    if let Some(e) = error_text(&v) {
        return Err(e);
    }
    match v {
        Value::Map(pairs) => Ok(pairs
            .into_iter()
            .map(|(k, v)| (into_bytes(k), into_bytes(v)))
            .collect()),
        Value::Array(items) => {
            let mut pairs = Vec::with_capacity(items.len() / 2);
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                pairs.push((into_bytes(k), into_bytes(v)));
            }
            Ok(pairs)
        }
        Value::Nil => Ok(Vec::new()),
        other => Err(format!("unexpected reply {other:?}")),
    }
}

/// The bytes of a bulk or simple string reply; other replies as their debug text.
pub fn bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::BulkString(b) => b.clone(),
        Value::SimpleString(s) => s.as_bytes().to_vec(),
        Value::Int(i) => i.to_string().into_bytes(),
        Value::Okay => b"OK".to_vec(),
        other => format!("{other:?}").into_bytes(),
    }
}

/// [`bytes`], taking the reply: a bulk string's buffer is moved, not copied.
pub fn into_bytes(v: Value) -> Vec<u8> {
    match v {
        Value::BulkString(b) => b,
        other => bytes(&other),
    }
}

/// An integer reply, e.g. from TTL or LLEN.
pub fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::BulkString(b) => std::str::from_utf8(b).ok()?.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_escaped_and_flagged() {
        assert_eq!(decode(b"ok"), ("ok".to_string(), false));
        assert_eq!(decode(b"a\xffb\xc3"), ("a\\xffb\\xc3".to_string(), true));
    }

    #[test]
    fn json_entries() {
        assert!(json_object(br#"{"type":"task_failure"}"#).is_ok());
        assert!(json_object(b"[1]").unwrap_err().contains("not an object"));
        assert!(
            json_object(b"{oops")
                .unwrap_err()
                .contains("not valid JSON")
        );
        assert!(json_object(b"\xff").unwrap_err().contains("not UTF-8"));
    }

    #[test]
    fn hgetall_in_resp2_and_resp3_shapes() {
        let resp2 = Value::Array(vec![
            Value::BulkString(b"status".to_vec()),
            Value::BulkString(b"idle".to_vec()),
            Value::BulkString(b"bad".to_vec()),
            Value::BulkString(b"\xfe".to_vec()),
        ]);
        let f = Fields::from_hgetall(resp2).unwrap();
        assert_eq!(f.get("status"), Some("idle"));
        assert_eq!(f.get("bad"), Some("\\xfe"));
        assert_eq!(f.problems.len(), 1);
        let resp3 = Value::Map(vec![(
            Value::BulkString(b"a".to_vec()),
            Value::BulkString(b"b".to_vec()),
        )]);
        assert_eq!(Fields::from_hgetall(resp3).unwrap().get("a"), Some("b"));
    }
}
