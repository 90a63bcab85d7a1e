//! A quick, conservative judge for entries shaped the way the seed writes them: one flat JSON
//! object of strings, numbers, booleans and nulls.
//!
//! [`clean`] says `true` only when it is certain the full rules ([`super::entry`]) find no
//! problem. Whatever it does not read completely — a nested object or array, a `\u` escape,
//! an escaped key, an exponent, a fractional attempt count, a seed key given twice, anything
//! malformed — makes it say `false`, and the caller asks the full parser, which decides
//! (and says why). So it can only make a clean entry cheaper to recognise, never change a
//! verdict. It reads each byte once without allocating: a drain of a million dead letters
//! judges every one of them, and on the seed's dead letters this takes ~2,200 instructions
//! each where serde_json (building nothing) took ~3,400.

use super::entry::Kind;

/// Whether `raw` is certainly a clean entry of `kind` (see the module comment).
pub fn clean(raw: &[u8], kind: Kind) -> bool {
    // Keys nobody reads must be UTF-8 too; the scan below then only looks at ASCII.
    if std::str::from_utf8(raw).is_err() {
        return false;
    }
    let mut c = Cursor { b: raw, i: 0 };
    let mut seed = [Val::Absent; SEED_KEYS];
    c.ws();
    if !c.eat(b'{') {
        return false;
    }
    c.ws();
    if !c.eat(b'}') {
        loop {
            let Some(key) = c.key() else {
                return false;
            };
            c.ws();
            if !c.eat(b':') {
                return false;
            }
            c.ws();
            let value = c.value();
            if value == Val::Unsure {
                return false;
            }
            if let Some(k) = seed_key(key) {
                if seed[k] != Val::Absent {
                    return false;
                }
                seed[k] = value;
            }
            c.ws();
            if c.eat(b',') {
                c.ws();
                continue;
            }
            if c.eat(b'}') {
                break;
            }
            return false;
        }
    }
    c.ws();
    c.i == raw.len() && follows_rules(&seed, kind)
}

/// How many keys the full parser reads (each may appear once).
const SEED_KEYS: usize = 8;

/// A key's place among them, in [`follows_rules`]' order.
fn seed_key(key: &[u8]) -> Option<usize> {
    Some(match key {
        b"taskId" => 0,
        b"projectId" => 1,
        b"agent" => 2,
        b"attempt" => 3,
        b"attempts" => 4,
        b"retryAfter" => 5,
        b"error" => 6,
        b"timestamp" => 7,
        _ => return None,
    })
}

/// What a value is, as far as the rules go. `Absent` is also JSON null (serde's `Option`
/// reads null as `None`), except that a key given twice is a problem even when null: the
/// scan keeps `Null` apart for that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Val {
    Absent,
    Null,
    Str {
        empty: bool,
    },
    /// An integer of at most 15 digits: exactly a whole f64.
    Int,
    /// Any other number this scan accepts (a fraction, more digits; no exponent).
    Num,
    Bool,
    /// Not fully read: the full parser decides.
    Unsure,
}

/// The rules of [`super::entry`]'s `judge`, for values that are certainly what they seem.
fn follows_rules(seed: &[Val; SEED_KEYS], kind: Kind) -> bool {
    let [
        task_id,
        project_id,
        agent,
        attempt,
        attempts,
        retry_after,
        _,
        _,
    ] = *seed;
    let given = |v: Val| !matches!(v, Val::Absent | Val::Null);
    let text = |v: Val| !given(v) || matches!(v, Val::Str { .. });
    let task_ok = matches!(task_id, Val::Str { empty: false } | Val::Int | Val::Num);
    let count = match kind {
        Kind::Queue => attempt,
        Kind::Dead => attempts,
    };
    // A fractional count may still be whole (3.0): not worth reading here.
    let count_ok = count == Val::Int || (!given(count) && kind == Kind::Dead);
    let due_ok = kind == Kind::Dead || matches!(retry_after, Val::Int | Val::Num);
    task_ok && text(project_id) && text(agent) && count_ok && due_ok
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.peek() == Some(byte);
        self.i += usize::from(hit);
        hit
    }

    /// JSON whitespace (what serde_json skips).
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    /// A key without escapes (an escaped key could spell a seed key another way).
    fn key(&mut self) -> Option<&'a [u8]> {
        let (b, start) = (self.b, self.i + 1);
        match self.string()? {
            (false, _) => Some(&b[start..self.i - 1]),
            (true, _) => None,
        }
    }

    /// A string at the cursor: (whether it had escapes, whether it is empty). `None` for a
    /// control character, a `\u` escape or no closing quote.
    fn string(&mut self) -> Option<(bool, bool)> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.i;
        let mut escaped = false;
        loop {
            self.skip_plain();
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some((escaped, self.i - 1 == start));
                }
                b'\\' => {
                    match self.b.get(self.i + 1)? {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        _ => return None,
                    }
                    escaped = true;
                    self.i += 2;
                }
                _ => return None,
            }
        }
    }

    /// Move to the next byte that ends or interrupts a string: `"`, `\` or a control
    /// character. Eight bytes at a time (the test for a zero byte, after Mycroft, as in
    /// serde_json).
    fn skip_plain(&mut self) {
        const ONES: u64 = u64::MAX / 255;
        const HIGH: u64 = ONES << 7;
        while let Some(chunk) = self.b.get(self.i..self.i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let quote = w ^ (ONES * u64::from(b'"'));
            let backslash = w ^ (ONES * u64::from(b'\\'));
            // Sets the high bit of each byte below 0x20 or equal to '"' or '\' (and maybe of a
            // byte after one: borrows move up), never misses one: the lowest is a real one.
            let hits = ((w.wrapping_sub(ONES * 0x20) & !w)
                | (quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash))
                & HIGH;
            if hits != 0 {
                self.i += hits.trailing_zeros() as usize / 8;
                return;
            }
            self.i += 8;
        }
        while let Some(&b) = self.b.get(self.i) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                return;
            }
            self.i += 1;
        }
    }

    /// A value: strings, numbers, literals; anything nested is `Unsure`.
    fn value(&mut self) -> Val {
        match self.peek() {
            Some(b'"') => match self.string() {
                Some((_, empty)) => Val::Str { empty },
                None => Val::Unsure,
            },
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal(b"true", Val::Bool),
            Some(b'f') => self.literal(b"false", Val::Bool),
            Some(b'n') => self.literal(b"null", Val::Null),
            _ => Val::Unsure,
        }
    }

    fn literal(&mut self, word: &[u8], v: Val) -> Val {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            v
        } else {
            Val::Unsure
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at most 300 integer digits, so that it is a finite
    /// double; an exponent is left to the full parser.
    fn number(&mut self) -> Val {
        self.eat(b'-');
        let int_digits = self.digits();
        let leading_zero = self.b.get(self.i - int_digits) == Some(&b'0');
        if int_digits == 0 || int_digits > 300 || (leading_zero && int_digits > 1) {
            return Val::Unsure;
        }
        let fraction = self.eat(b'.');
        if fraction && self.digits() == 0 {
            return Val::Unsure;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            return Val::Unsure;
        }
        if fraction || int_digits > 15 {
            Val::Num
        } else {
            Val::Int
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_entries_are_clean() {
        assert!(clean(
            br#"{"taskId":"t-1","projectId":"p","agent":"a","error":"CUDA \"OOM\" \\ on /dev/x","attempts":3,"timestamp":"2026-01-01T00:00:00.000Z"}"#,
            Kind::Dead
        ));
        assert!(clean(
            br#" { "taskId" : 17 , "attempt" : 0 , "retryAfter" : 1764100001123.456, "x": true, "y": null } "#,
            Kind::Queue
        ));
        assert!(clean("{\"taskId\":\"é\"}".as_bytes(), Kind::Dead));
    }

    #[test]
    fn anything_unusual_is_left_to_the_full_parser() {
        for raw in [
            &br#"{"taskId":"t","error":{"m":"x"}}"#[..],
            br#"{"taskId":"t","x":[1]}"#,
            br#"{"taskId":"\u0074"}"#,
            br#"{"task\/Id":"t"}"#,
            br#"{"taskId":"t","attempts":3.0}"#,
            br#"{"taskId":"t","attempts":1e2}"#,
            br#"{"taskId":"t","taskId":null}"#,
            br#"{"taskId":"t","agent":"a","agent":"a"}"#,
            br#"{"taskId":"","attempts":3}"#,
            br#"{"taskId":"t","attempts":01}"#,
            br#"{"taskId":"t","attempts":-}"#,
            br#"{"taskId":"t","attempts":1.}"#,
            br#"{"taskId":"t","projectId":1}"#,
            br#"{"taskId":"t"}x"#,
            br#"{"taskId":"t",}"#,
            br#"{"taskId":"t"#,
            b"{\"taskId\":\"t\x01\"}",
            b"{\"taskId\":\"t\",\"x\":\"\xff\"}",
            br#"["taskId"]"#,
            br#"{"taskId":tru}"#,
        ] {
            assert!(!clean(raw, Kind::Dead), "{}", String::from_utf8_lossy(raw));
        }
        assert!(!clean(br#"{"taskId":"t","attempt":1}"#, Kind::Queue));
        assert!(!clean(br#"{"taskId":"t","retryAfter":1}"#, Kind::Queue));
        assert!(!clean(
            br#"{"taskId":"t","attempt":1,"retryAfter":"1"}"#,
            Kind::Queue
        ));
        assert!(!clean(
            br#"{"taskId":"t","error":"a","error":"b"}"#,
            Kind::Dead
        ));
    }
}
