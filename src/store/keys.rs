//! The key schema (SPEC §1) in one place, with the `--namespace` prefix applied.
//!
//! Every key and channel name the tool touches is built here, so a namespace prefixes all of
//! them or none. Patterns for SCAN escape the prefix, since it is a literal, not a glob.

/// Key and channel names for one namespace.
#[derive(Clone, Debug, Default)]
pub struct Keys {
    prefix: String,
}

pub const AGENT_STATUS: &str = "agent:status:";
pub const CONTEXT_PROJECT: &str = "context:project:";
pub const CHANNEL_CONTEXT_UPDATED: &str = "events:context:updated";

impl Keys {
    /// `namespace` "staging" (or "staging:") makes every key `staging:<key>`.
    pub fn new(namespace: Option<&str>) -> Keys {
        let prefix = match namespace {
            None | Some("") => String::new(),
            Some(ns) if ns.ends_with(':') => ns.to_string(),
            Some(ns) => format!("{ns}:"),
        };
        Keys { prefix }
    }

    /// A key (or channel) name with the namespace applied.
    pub fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    /// A SCAN pattern for every key that starts with `family` in this namespace.
    pub fn pattern(&self, family: &str) -> String {
        format!("{}{}*", glob_escape(&self.prefix), glob_escape(family))
    }

    /// The part of `full` after the namespace and `family`, if it belongs to them.
    pub fn suffix<'a>(&self, full: &'a str, family: &str) -> Option<&'a str> {
        full.strip_prefix(self.prefix.as_str())?
            .strip_prefix(family)
    }

    pub fn agent_status(&self, agent: &str) -> String {
        self.key(&format!("{AGENT_STATUS}{agent}"))
    }

    pub fn project_context(&self, project: &str) -> String {
        self.key(&format!("{CONTEXT_PROJECT}{project}"))
    }

    /// A key in the same cluster hash slot as `key`, for staging and processing lists:
    /// `{retry:dead_letter_queue}:draining`. Only valid for keys without `{` (all of the
    /// seed's are), whose slot is the hash of the whole name.
    pub fn same_slot(key: &str, suffix: &str) -> String {
        format!("{{{key}}}:{suffix}")
    }
}

// watch (issue 7): the channels agents broadcast on.

/// What `watch` listens to unless told otherwise: every channel agents broadcast on.
pub const EVENTS_ALL: &str = "events:*";

impl Keys {
    /// A channel name with the namespace applied (SUBSCRIBE, PUBLISH).
    pub fn channel(&self, name: &str) -> String {
        self.key(name)
    }

    /// A PSUBSCRIBE pattern with the namespace applied; the prefix matches only itself.
    pub fn channel_pattern(&self, pattern: &str) -> String {
        format!("{}{pattern}", glob_escape(&self.prefix))
    }

    /// A received channel name without the namespace (unchanged when it lacks it).
    pub fn strip_namespace<'a>(&self, channel: &'a [u8]) -> &'a [u8] {
        channel
            .strip_prefix(self.prefix.as_bytes())
            .unwrap_or(channel)
    }
}

/// Escape the characters SCAN MATCH treats as glob syntax.
pub fn glob_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_prefixes_keys_and_patterns() {
        let k = Keys::new(Some("staging"));
        assert_eq!(k.agent_status("a"), "staging:agent:status:a");
        assert_eq!(k.pattern(AGENT_STATUS), "staging:agent:status:*");
        assert_eq!(Keys::new(Some("s:")).key("x"), "s:x");
        assert_eq!(Keys::new(None).key("x"), "x");
    }

    #[test]
    fn suffix_strips_namespace_and_family() {
        let k = Keys::new(Some("ns"));
        assert_eq!(k.suffix("ns:agent:status:a:b", AGENT_STATUS), Some("a:b"));
        assert_eq!(k.suffix("agent:status:a", AGENT_STATUS), None);
    }

    #[test]
    fn same_slot_uses_a_hash_tag() {
        assert_eq!(
            Keys::same_slot("retry:dead_letter_queue", "draining"),
            "{retry:dead_letter_queue}:draining"
        );
    }

    #[test]
    fn channels_and_patterns_carry_the_namespace() {
        let k = Keys::new(Some("team[1]"));
        assert_eq!(
            k.channel("events:tasks:completed"),
            "team[1]:events:tasks:completed"
        );
        assert_eq!(k.channel_pattern(EVENTS_ALL), "team\\[1\\]:events:*");
        assert_eq!(k.strip_namespace(b"team[1]:events:x"), b"events:x");
        assert_eq!(Keys::new(None).strip_namespace(b"events:x"), b"events:x");
    }

    #[test]
    fn glob_characters_in_a_namespace_are_literal() {
        let k = Keys::new(Some("team[1]*"));
        assert_eq!(k.pattern("x:"), "team\\[1\\]\\*:x:*");
    }
}
