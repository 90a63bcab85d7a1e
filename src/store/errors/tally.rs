//! `errors:counters` (error name → count) and `errors:unique_signatures`, read with
//! HSCAN/SSCAN so that a hash or set of any size never blocks the server.

use anyhow::Result;

use super::super::Store;
use super::super::value::decode;

/// One counter as written. `count` is `None` when the value is not an integer Redis could
/// increment (agents writing through the Redis MCP server leave "NaN").
#[derive(Clone, Debug)]
pub struct Counter {
    pub name: String,
    pub raw: String,
    pub count: Option<i64>,
    pub problems: Vec<String>,
}

/// What is under a key that should be a hash or a set: `Ok(false)` when it does not exist,
/// `Err` with the problem when it is something else.
fn check_type(store: &mut Store, key: &str, want: &str) -> Result<bool, String> {
    match store.key_type(key).as_str() {
        "none" => Ok(false),
        t if t == want => Ok(true),
        t => Err(format!("{key} is a {t}, not a {want}")),
    }
}

/// Every counter, a batch at a time. The outer `Err` is a Redis failure; the inner one says
/// the key is not a hash (shown as a marked row, not a failure).
pub fn counters(
    store: &mut Store,
    mut each: impl FnMut(Counter) -> Result<()>,
) -> Result<Result<(), String>> {
    let key = store.keys().errors_counters();
    match check_type(store, &key, "hash") {
        Err(problem) => return Ok(Err(problem)),
        Ok(false) => return Ok(Ok(())),
        Ok(true) => {}
    }
    store.scan_hash(&key, |pairs| {
        for (field, value) in pairs {
            let (name, bad_name) = decode(&field);
            let (raw, bad_value) = decode(&value);
            let count = redis_integer(&raw);
            let mut problems = Vec::new();
            if bad_name {
                problems.push("name is not UTF-8".to_string());
            }
            if count.is_none() {
                problems.push(format!(
                    "count {raw:?} is not an integer{}",
                    if bad_value { " (nor UTF-8)" } else { "" }
                ));
            }
            each(Counter {
                name,
                raw,
                count,
                problems,
            })?;
        }
        Ok(())
    })?;
    Ok(Ok(()))
}

/// The integers HINCRBY accepts: an optional minus, no leading zeros or plus, within i64.
pub fn redis_integer(s: &str) -> Option<i64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let canonical = match digits.as_bytes() {
        [b'0'] => !s.starts_with('-'),
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if canonical { s.parse().ok() } else { None }
}

/// One member of the signature set.
#[derive(Clone, Debug)]
pub struct Signature {
    pub signature: String,
    pub problem: Option<String>,
}

/// Every signature matching `pattern` (SSCAN MATCH), a batch at a time; the inner `Err` says
/// the key is not a set.
pub fn signatures(
    store: &mut Store,
    pattern: Option<&str>,
    mut each: impl FnMut(Signature) -> Result<()>,
) -> Result<Result<(), String>> {
    let key = store.keys().errors_signatures();
    match check_type(store, &key, "set") {
        Err(problem) => return Ok(Err(problem)),
        Ok(false) => return Ok(Ok(())),
        Ok(true) => {}
    }
    store.scan_set(&key, pattern, |members| {
        for m in members {
            let (signature, bad) = decode(&m);
            each(Signature {
                signature,
                problem: bad.then(|| "not UTF-8".to_string()),
            })?;
        }
        Ok(())
    })?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_as_redis_reads_them() {
        assert_eq!(redis_integer("42"), Some(42));
        assert_eq!(redis_integer("-7"), Some(-7));
        assert_eq!(redis_integer("0"), Some(0));
        for bad in [
            "NaN",
            "",
            "-",
            "+5",
            "007",
            "-0",
            "1.5",
            " 3",
            "99999999999999999999",
        ] {
            assert_eq!(redis_integer(bad), None, "{bad:?}");
        }
    }
}
