//! Just enough RESP2 to read a subscribed connection at the speed Redis writes it.
//!
//! A subscriber sees a handful of frame shapes: `message`/`pmessage` arrays, subscription
//! confirmations, `pong` and the odd error. [`parse`] reads one frame from the front of a
//! buffer without copying (every slice borrows the buffer) and says `None` when the frame is
//! not complete yet, so the caller can append the next read and try again. The redis crate's
//! general parser allocates a `Value` tree per message, which at a million messages a
//! second is the difference between keeping up and being disconnected by the server. The
//! lexing underneath is the raw connection's ([`crate::store::raw::reply`]).

use crate::store::raw::reply::{Bulk, MAX_DEPTH, bulk, length, line};

/// One frame read from a subscribed connection.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame<'a> {
    /// A published message; `pattern` is set for `pmessage` (PSUBSCRIBE).
    Message {
        pattern: Option<&'a [u8]>,
        channel: &'a [u8],
        payload: &'a [u8],
    },
    /// A `subscribe`/`psubscribe`/`unsubscribe`/`punsubscribe` confirmation.
    Subscription { kind: &'a [u8], name: &'a [u8] },
    /// The reply to a PING sent while subscribed.
    Pong,
    /// A simple string reply (`+OK`, `+PONG` before subscribing).
    Status(&'a [u8]),
    /// An error reply.
    Error(&'a [u8]),
    /// Anything else that is well-formed: skipped.
    Other,
}

/// Read one frame from the start of `buf`: the frame and how many bytes it used, `None` when
/// more bytes are needed, `Err` when the bytes are not RESP2.
pub fn parse(buf: &[u8]) -> Result<Option<(Frame<'_>, usize)>, String> {
    let Some((kind, line, mut at)) = line(buf, 0)? else {
        return Ok(None);
    };
    let frame = match kind {
        b'+' => Frame::Status(line),
        b'-' => Frame::Error(line),
        b':' => Frame::Other,
        b'$' => match bulk(buf, line, at)? {
            Some((_, next)) => {
                at = next;
                Frame::Other
            }
            None => return Ok(None),
        },
        b'*' => {
            let n = length(line)?;
            let mut items: [Option<&[u8]>; 4] = [None; 4];
            for i in 0..n.max(0) as usize {
                match element(buf, at, 1)? {
                    Some((item, next)) => {
                        if let Some(slot) = items.get_mut(i) {
                            *slot = item;
                        }
                        at = next;
                    }
                    None => return Ok(None),
                }
            }
            classify(n, items)
        }
        other => return Err(format!("unexpected RESP type byte {other:#04x}")),
    };
    Ok(Some((frame, at)))
}

/// Name a top-level array by its first element, as Redis documents the pub/sub replies.
fn classify(n: i64, items: [Option<&[u8]>; 4]) -> Frame<'_> {
    match (n, items) {
        (3, [Some(b"message"), Some(channel), Some(payload), _]) => Frame::Message {
            pattern: None,
            channel,
            payload,
        },
        (
            4,
            [
                Some(b"pmessage"),
                Some(pattern),
                Some(channel),
                Some(payload),
            ],
        ) => Frame::Message {
            pattern: Some(pattern),
            channel,
            payload,
        },
        (3, [Some(kind), Some(name), _, _])
            if matches!(
                kind,
                b"subscribe" | b"psubscribe" | b"unsubscribe" | b"punsubscribe"
            ) =>
        {
            Frame::Subscription { kind, name }
        }
        (2, [Some(b"pong"), _, _, _]) => Frame::Pong,
        _ => Frame::Other,
    }
}

/// One array element starting at `at`: a bulk string's bytes, or `None` for anything else
/// (integers, nulls, nested arrays), and where the next element starts.
fn element(buf: &[u8], at: usize, depth: usize) -> Result<Bulk<'_>, String> {
    let Some((kind, line, next)) = line(buf, at)? else {
        return Ok(None);
    };
    match kind {
        b'$' => bulk(buf, line, next),
        b'+' | b'-' => Ok(Some((Some(line), next))),
        b':' => Ok(Some((None, next))),
        b'*' if depth < MAX_DEPTH => {
            let mut at = next;
            for _ in 0..length(line)?.max(0) {
                match element(buf, at, depth + 1)? {
                    Some((_, end)) => at = end,
                    None => return Ok(None),
                }
            }
            Ok(Some((None, at)))
        }
        b'*' => Err("arrays nested too deeply".into()),
        other => Err(format!("unexpected RESP type byte {other:#04x}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(buf: &[u8]) -> Frame<'_> {
        let (frame, used) = parse(buf).unwrap().unwrap();
        assert_eq!(used, buf.len());
        frame
    }

    #[test]
    fn messages_and_pattern_messages() {
        assert_eq!(
            one(b"*3\r\n$7\r\nmessage\r\n$4\r\nch:1\r\n$5\r\nhello\r\n"),
            Frame::Message {
                pattern: None,
                channel: b"ch:1",
                payload: b"hello"
            }
        );
        assert_eq!(
            one(b"*4\r\n$8\r\npmessage\r\n$3\r\nch*\r\n$2\r\nch\r\n$0\r\n\r\n"),
            Frame::Message {
                pattern: Some(b"ch*"),
                channel: b"ch",
                payload: b""
            }
        );
    }

    #[test]
    fn payloads_may_hold_crlf_and_binary() {
        let f = one(b"*3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$4\r\n\r\n\xff\x00\r\n");
        assert_eq!(
            f,
            Frame::Message {
                pattern: None,
                channel: b"c",
                payload: b"\r\n\xff\x00"
            }
        );
    }

    #[test]
    fn confirmations_pong_and_errors() {
        assert_eq!(
            one(b"*3\r\n$10\r\npsubscribe\r\n$8\r\nevents:*\r\n:1\r\n"),
            Frame::Subscription {
                kind: b"psubscribe",
                name: b"events:*"
            }
        );
        assert_eq!(one(b"*2\r\n$4\r\npong\r\n$0\r\n\r\n"), Frame::Pong);
        assert_eq!(one(b"-NOPERM no\r\n"), Frame::Error(b"NOPERM no"));
        assert_eq!(one(b"+OK\r\n"), Frame::Status(b"OK"));
        assert_eq!(one(b"*2\r\n*1\r\n:1\r\n$-1\r\n"), Frame::Other);
    }

    #[test]
    fn incomplete_frames_wait_for_more() {
        let full = b"*3\r\n$7\r\nmessage\r\n$4\r\nch:1\r\n$5\r\nhello\r\n";
        for cut in 0..full.len() {
            assert_eq!(parse(&full[..cut]).unwrap(), None, "cut at {cut}");
        }
    }

    #[test]
    fn two_frames_back_to_back() {
        let buf = b"+OK\r\n*2\r\n$4\r\npong\r\n$0\r\n\r\n";
        let (_, used) = parse(buf).unwrap().unwrap();
        assert_eq!(used, 5);
        assert_eq!(one(&buf[used..]), Frame::Pong);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse(b"%1\r\n").is_err());
        assert!(parse(b"*x\r\n").is_err());
        assert!(parse(b"$3\r\nabcde\r\n").is_err());
        assert!(parse(b"+OK\n").is_err());
        assert!(parse(b"*-5\r\n").is_err());
    }
}
