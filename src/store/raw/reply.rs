//! RESP2, read straight from a buffer: the lexing every raw connection shares, and whole
//! replies as [`redis::Value`]s.
//!
//! The redis crate's parser costs several thousand instructions per bulk string; listing
//! 100,000 hashes spent a third of its time there. [`parse`] does a bounds check and a copy.
//! The pub/sub reader builds its borrowed frames on the same [`line`], [`length`] and [`bulk`].
//! Only RESP2 is spoken on a raw connection (it never sends HELLO 3).

use redis::Value;

/// How deep arrays may nest before the stream is declared corrupt.
pub const MAX_DEPTH: usize = 8;

/// One reply from the front of `buf`: the value and how many bytes it used, `None` when the
/// buffer does not hold a whole reply yet, `Err` for bytes that are not RESP2.
pub fn parse(buf: &[u8]) -> Result<Option<(Value, usize)>, String> {
    value(buf, 0, 0)
}

fn value(buf: &[u8], at: usize, depth: usize) -> Result<Option<(Value, usize)>, String> {
    let Some((kind, line, next)) = line(buf, at)? else {
        return Ok(None);
    };
    let value = match kind {
        b'+' if line == b"OK" => Value::Okay,
        b'+' => Value::SimpleString(String::from_utf8_lossy(line).into_owned()),
        b'-' => server_error(line),
        b':' => Value::Int(integer(line)?),
        b'$' => {
            return Ok(bulk(buf, line, next)?.map(|(bytes, end)| {
                (
                    bytes.map_or(Value::Nil, |b| Value::BulkString(b.to_vec())),
                    end,
                )
            }));
        }
        b'*' if depth >= MAX_DEPTH => return Err("arrays nested too deeply".into()),
        b'*' => {
            let n = length(line)?;
            if n < 0 {
                return Ok(Some((Value::Nil, next)));
            }
            let mut items = Vec::with_capacity((n as usize).min(1 << 16));
            let mut at = next;
            for _ in 0..n {
                match value(buf, at, depth + 1)? {
                    Some((v, end)) => {
                        items.push(v);
                        at = end;
                    }
                    None => return Ok(None),
                }
            }
            return Ok(Some((Value::Array(items), at)));
        }
        other => return Err(format!("unexpected RESP type byte {other:#04x}")),
    };
    Ok(Some((value, next)))
}

/// A bulk string's bytes (`None` for a null) and where the next element starts, or `None`
/// when the buffer does not hold all of it yet.
pub type Bulk<'a> = Option<(Option<&'a [u8]>, usize)>;

/// A bulk string whose header `len` has been read and whose data starts at `at`.
pub fn bulk<'a>(buf: &'a [u8], len: &[u8], at: usize) -> Result<Bulk<'a>, String> {
    let n = length(len)?;
    if n < 0 {
        return Ok(Some((None, at)));
    }
    let end = at + n as usize;
    if buf.len() < end + 2 {
        return Ok(None);
    }
    if &buf[end..end + 2] != b"\r\n" {
        return Err("bulk string not followed by CRLF".into());
    }
    Ok(Some((Some(&buf[at..end]), end + 2)))
}

/// The type byte and the rest of the line starting at `at`, and where the next line starts.
pub type Line<'a> = Option<(u8, &'a [u8], usize)>;

pub fn line(buf: &[u8], at: usize) -> Result<Line<'_>, String> {
    let Some(&kind) = buf.get(at) else {
        return Ok(None);
    };
    let rest = &buf[at + 1..];
    match memchr::memchr(b'\n', rest) {
        Some(nl) if nl > 0 && rest[nl - 1] == b'\r' => {
            Ok(Some((kind, &rest[..nl - 1], at + 1 + nl + 1)))
        }
        Some(_) => Err("line not terminated by CRLF".into()),
        None => Ok(None),
    }
}

/// A RESP length: `-1` or digits. By hand, since it runs several times per message.
pub fn length(digits: &[u8]) -> Result<i64, String> {
    let bad = || format!("bad length {:?}", String::from_utf8_lossy(digits));
    match digits {
        b"-1" => Ok(-1),
        [] => Err(bad()),
        _ if digits.len() > 18 => Err(bad()),
        _ => digits.iter().try_fold(0i64, |n, &d| {
            if d.is_ascii_digit() {
                Ok(n * 10 + i64::from(d - b'0'))
            } else {
                Err(bad())
            }
        }),
    }
}

/// An integer reply, which may be negative.
fn integer(digits: &[u8]) -> Result<i64, String> {
    std::str::from_utf8(digits)
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad integer {:?}", String::from_utf8_lossy(digits)))
}

/// An error reply, built by the crate's own parser so that its kind and code are what the
/// crate would report (NOAUTH, WRONGTYPE, …). Errors are rare; speed does not matter here.
fn server_error(line: &[u8]) -> Value {
    let mut frame = Vec::with_capacity(line.len() + 3);
    frame.push(b'-');
    frame.extend_from_slice(line);
    frame.extend_from_slice(b"\r\n");
    redis::parse_redis_value(&frame)
        .unwrap_or_else(|_| Value::SimpleString(format!("ERR {}", String::from_utf8_lossy(line))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(bytes: &[u8]) -> Value {
        let (v, used) = parse(bytes).unwrap().unwrap();
        assert_eq!(used, bytes.len(), "{bytes:?}");
        v
    }

    #[test]
    fn every_resp2_type() {
        assert_eq!(one(b"+OK\r\n"), Value::Okay);
        assert_eq!(one(b"+hash\r\n"), Value::SimpleString("hash".into()));
        assert_eq!(one(b":-42\r\n"), Value::Int(-42));
        assert_eq!(
            one(b"$3\r\na\r\n\r\n"),
            Value::BulkString(b"a\r\n".to_vec())
        );
        assert_eq!(one(b"$-1\r\n"), Value::Nil);
        assert_eq!(one(b"*-1\r\n"), Value::Nil);
        assert_eq!(
            one(b"*2\r\n$1\r\n0\r\n*2\r\n$1\r\na\r\n$0\r\n\r\n"),
            Value::Array(vec![
                Value::BulkString(b"0".to_vec()),
                Value::Array(vec![
                    Value::BulkString(b"a".to_vec()),
                    Value::BulkString(Vec::new())
                ]),
            ])
        );
    }

    #[test]
    fn errors_keep_their_code() {
        let Value::ServerError(e) = one(b"-WRONGTYPE Operation against a key\r\n") else {
            panic!("not an error");
        };
        assert_eq!(e.code(), "WRONGTYPE");
    }

    #[test]
    fn partial_replies_wait_for_more() {
        for cut in [b"*2\r\n$1\r\na\r\n".as_slice(), b"$5\r\nab", b"$5", b":1"] {
            assert_eq!(parse(cut).unwrap(), None, "{cut:?}");
        }
        assert!(parse(b"?x\r\n").is_err());
        assert!(parse(b"+OK\n").is_err());
        assert!(parse(b"$3\r\nabcde\r\n").is_err());
        assert!(parse(b"*-5\r\n").is_err());
        assert!(parse(&b"*1\r\n".repeat(MAX_DEPTH + 1)).is_err());
    }

    #[test]
    fn matches_the_crate_on_binary_bulk_strings() {
        let bytes = b"*3\r\n$2\r\n\xff\x00\r\n$-1\r\n:7\r\n";
        assert_eq!(one(bytes), redis::parse_redis_value(bytes).unwrap());
    }
}
