//! The seed's `generateErrorSignature`, to the character.
//!
//! ```js
//! error.message.replace(/\d+/g, "N").replace(/[a-f0-9-]{36}/g, "UUID").substring(0, 100)
//! ```
//! with JavaScript's string semantics: `\d` is ASCII `[0-9]` only, digits are replaced before
//! the UUID pattern is looked for (so a real UUID rarely survives to be matched), the pattern
//! is case-sensitive, leftmost and non-overlapping, and `substring` counts UTF-16 code units.
//! A cut through a surrogate pair leaves a lone high surrogate, which the Redis MCP server
//! stores as U+FFFD; [`signature`] returns that stored form, [`signature_utf16`] what the
//! JavaScript string held.

/// How many UTF-16 units of the normalised message the seed keeps.
const KEPT_UNITS: usize = 100;

/// The length of `[a-f0-9-]{36}`.
const UUID_LEN: usize = 36;

/// The signature as it is stored in `errors:unique_signatures` (UTF-8).
pub fn signature(name: &str, message: &str) -> String {
    String::from_utf16_lossy(&signature_utf16(name, message))
}

/// The signature as the seed's JavaScript string: `${error.name}:${messagePattern}`.
pub fn signature_utf16(name: &str, message: &str) -> Vec<u16> {
    let pattern = replace_uuid_runs(&replace_digit_runs(message));
    let mut units: Vec<u16> = name.encode_utf16().collect();
    units.push(u16::from(b':'));
    units.extend(pattern.encode_utf16().take(KEPT_UNITS));
    units
}

/// `.replace(/\d+/g, "N")`: every run of ASCII digits becomes one `N`.
fn replace_digit_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_run = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            if !in_run {
                out.push('N');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// `.replace(/[a-f0-9-]{36}/g, "UUID")`. A fixed-length match, tried from the left and
/// resumed after each replacement, replaces the first 36 characters of every run of class
/// characters, then the next 36, and leaves the shorter rest. All class characters are
/// ASCII, so counting chars here equals counting UTF-16 units in JavaScript.
fn replace_uuid_runs(s: &str) -> String {
    let in_class = |c: char| matches!(c, 'a'..='f' | '0'..='9' | '-');
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if in_class(c) {
            run.push(c);
            if run.len() == UUID_LEN {
                out.push_str("UUID");
                run.clear();
            }
        } else {
            out.push_str(&run);
            run.clear();
            out.push(c);
        }
    }
    out.push_str(&run);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs produced by running the seed's own JavaScript (a verbatim copy of the shared
    /// `seed/signature-vectors.json`).
    #[test]
    fn every_seed_vector_matches() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/signature-vectors.json"
        );
        let text = std::fs::read_to_string(path).expect("reading the signature vectors");
        let vectors: Vec<serde_json::Value> = serde_json::from_str(&text).expect("vectors JSON");
        assert!(vectors.len() >= 27, "{} vectors", vectors.len());
        for v in &vectors {
            let case = v["case"].as_str().expect("case");
            let name = v["name"].as_str().expect("name");
            let message = v["message"].as_str().expect("message");
            let expected = v["signature"].as_str().expect("signature");
            assert_eq!(signature(name, message), expected, "case {case:?}");
            if let Some(units) = v["signature_utf16_units"].as_array() {
                let units: Vec<u16> = units
                    .iter()
                    .map(|u| u.as_u64().expect("a UTF-16 unit") as u16)
                    .collect();
                assert_eq!(signature_utf16(name, message), units, "case {case:?}");
            }
        }
    }

    #[test]
    fn digits_go_before_uuids() {
        // Digits collapse first, so a lowercase UUID with digits no longer has 36 characters.
        assert_eq!(
            signature("E", "7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            "E:NcNeN-N-Nde-Nb-eNfcNfNaeN"
        );
        assert_eq!(signature("E", &"a".repeat(72)), "E:UUIDUUID");
        assert_eq!(
            signature("E", &"a".repeat(71)),
            format!("E:UUID{}", "a".repeat(35))
        );
    }

    #[test]
    fn only_ascii_digits_count() {
        assert_eq!(signature("E", "٣ ³ 3"), "E:٣ ³ N");
    }

    #[test]
    fn cut_counts_utf16_units() {
        // 99 ASCII units, then an emoji (two units): the cut keeps its high surrogate alone.
        let msg = format!("{}🚀", "y".repeat(99));
        let units = signature_utf16("E", &msg);
        assert_eq!(units.len(), 2 + 100);
        assert_eq!(units.last(), Some(&0xD83D));
        assert_eq!(
            signature("E", &msg),
            format!("E:{}\u{FFFD}", "y".repeat(99))
        );
        // 98 units then the emoji: it fits whole.
        let msg = format!("{}🚀tail", "y".repeat(98));
        assert_eq!(signature("E", &msg), format!("E:{}🚀", "y".repeat(98)));
    }

    #[test]
    fn the_name_is_never_cut() {
        let name = "N".repeat(150);
        assert_eq!(signature(&name, "x"), format!("{name}:x"));
    }
}
