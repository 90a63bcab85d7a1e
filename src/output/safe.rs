//! Neutralising untrusted text before it reaches a terminal.
//!
//! Everything read from Redis was written by someone else. A value holding `ESC[2J` would clear
//! the operator's screen, a newline would forge a table row, a right-to-left override would
//! reorder what they read. Tables and plain lines pass every such string through [`safe`], which
//! makes those characters visible as escapes instead. JSON output needs none of this: serde_json
//! escapes control characters itself.

use std::borrow::Cow;

/// `s` with control characters, escape sequences and bidirectional overrides made visible.
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x1b' => out.push_str("\\e"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(safe("agent-1 ünïcode 🚀"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_and_newlines_become_visible() {
        assert_eq!(safe("a\x1b[2Jb\nc\td"), "a\\e[2Jb\\nc\\td");
        assert_eq!(safe("x\u{202E}y\u{7f}"), "x\\u{202e}y\\u{7f}");
        assert_eq!(safe("\u{9b}31m"), "\\u{9b}31m");
    }

    #[test]
    fn zwj_sequences_survive() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(safe(family), family);
    }
}
