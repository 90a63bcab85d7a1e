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

// Retry: the seed's two lists and three channels.
pub const RETRY_QUEUE: &str = "retry:queue";
pub const DEAD_LETTER_QUEUE: &str = "retry:dead_letter_queue";
pub const CHANNEL_RETRY_SCHEDULED: &str = "events:errors:retry_scheduled";
pub const CHANNEL_RETRY_EXHAUSTED: &str = "events:errors:retry_exhausted";
pub const CHANNEL_RETRY_SUCCESS: &str = "events:errors:retry_success";

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

    /// The namespace, as given (without the `:` that joins it to keys); `None` when unset.
    pub fn namespace(&self) -> Option<&str> {
        (!self.prefix.is_empty()).then(|| self.prefix.strip_suffix(':').unwrap_or(&self.prefix))
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

    pub fn retry_queue(&self) -> String {
        self.key(RETRY_QUEUE)
    }

    pub fn dead_letter_queue(&self) -> String {
        self.key(DEAD_LETTER_QUEUE)
    }

    /// coordctl's own key next to the retry queue (same slot): processing lists, worker
    /// heartbeats, requeue markers.
    pub fn retry_queue_side(&self, suffix: &str) -> String {
        Keys::same_slot(&self.retry_queue(), suffix)
    }

    /// coordctl's own key next to the dead letter queue (same slot): staging lists, the lock.
    pub fn dead_letter_side(&self, suffix: &str) -> String {
        Keys::same_slot(&self.dead_letter_queue(), suffix)
    }

    /// A key in the same cluster hash slot as `key`, for staging and processing lists:
    /// `{retry:dead_letter_queue}:draining`. Only valid for keys without `{` (all of the
    /// seed's are), whose slot is the hash of the whole name.
    pub fn same_slot(key: &str, suffix: &str) -> String {
        format!("{{{key}}}:{suffix}")
    }
}

// Circuit breakers: `circuit_breakers:<component>` hashes (components may contain `:`) and the
// channel every transition is announced on.
pub const BREAKER: &str = "circuit_breakers:";
pub const CHANNEL_BREAKERS: &str = "events:errors:circuit_breakers";

impl Keys {
    pub fn breaker(&self, component: &str) -> String {
        self.key(&format!("{BREAKER}{component}"))
    }
}

// Metrics: `metrics:<kind>:<project>:<metric>` lists, newest first, and the seed's
// training progress channel. Project ids may contain `:`, so a key splits as kind = the first
// segment after `metrics:`, metric = the last segment, project = everything between.
pub const METRICS: &str = "metrics:";
pub const METRICS_KIND_TRAINING: &str = "training";
pub const CHANNEL_TRAINING_PROGRESS: &str = "events:training:progress";

impl Keys {
    /// `metrics:<kind>:<project>:<metric>`.
    pub fn metrics_list(&self, kind: &str, project: &str, metric: &str) -> String {
        self.key(&format!("{METRICS}{kind}:{project}:{metric}"))
    }

    /// A SCAN pattern for every metrics list of one kind, or of every kind.
    pub fn metrics_pattern(&self, kind: Option<&str>) -> String {
        match kind {
            Some(kind) => self.pattern(&format!("{METRICS}{kind}:")),
            None => self.pattern(METRICS),
        }
    }
}

// Errors: the task log, training logs, per-task details, signatures, counters and
// the error channels.
pub const ERRORS_TASKS_LOG: &str = "errors:tasks:log";
/// `errors:training:<project>:log`.
pub const ERRORS_TRAINING: &str = "errors:training:";
const ERRORS_TRAINING_LOG_END: &str = ":log";
/// `errors:task:<task>:details`.
pub const ERRORS_TASK: &str = "errors:task:";
const ERRORS_TASK_DETAILS_END: &str = ":details";
pub const ERRORS_SIGNATURES: &str = "errors:unique_signatures";
pub const ERRORS_COUNTERS: &str = "errors:counters";
/// `events:errors:<severity>`.
pub const CHANNEL_ERRORS: &str = "events:errors:";
pub const CHANNEL_ERRORS_CORRELATIONS: &str = "events:errors:correlations";

impl Keys {
    pub fn errors_tasks_log(&self) -> String {
        self.key(ERRORS_TASKS_LOG)
    }

    pub fn errors_training_log(&self, project: &str) -> String {
        self.key(&format!(
            "{ERRORS_TRAINING}{project}{ERRORS_TRAINING_LOG_END}"
        ))
    }

    /// SCAN pattern for every project's training log.
    pub fn errors_training_logs(&self) -> String {
        format!("{}{ERRORS_TRAINING_LOG_END}", self.pattern(ERRORS_TRAINING))
    }

    /// The project of a training log key, if `full` is one.
    pub fn errors_training_project<'a>(&self, full: &'a str) -> Option<&'a str> {
        self.suffix(full, ERRORS_TRAINING)?
            .strip_suffix(ERRORS_TRAINING_LOG_END)
    }

    pub fn errors_task_details(&self, task: &str) -> String {
        self.key(&format!("{ERRORS_TASK}{task}{ERRORS_TASK_DETAILS_END}"))
    }

    /// SCAN pattern for every task's details hash.
    pub fn errors_task_details_all(&self) -> String {
        format!("{}{ERRORS_TASK_DETAILS_END}", self.pattern(ERRORS_TASK))
    }

    pub fn errors_signatures(&self) -> String {
        self.key(ERRORS_SIGNATURES)
    }

    pub fn errors_counters(&self) -> String {
        self.key(ERRORS_COUNTERS)
    }

    /// `events:errors:<severity>`, where the seed's `publishError` sends a task failure.
    pub fn errors_channel(&self, severity: &str) -> String {
        self.key(&format!("{CHANNEL_ERRORS}{severity}"))
    }

    pub fn errors_correlations_channel(&self) -> String {
        self.key(CHANNEL_ERRORS_CORRELATIONS)
    }
}

// Watch: the channels agents broadcast on.

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
    fn errors_keys_and_patterns() {
        let k = Keys::new(Some("ns"));
        assert_eq!(k.errors_training_log("p:1"), "ns:errors:training:p:1:log");
        assert_eq!(k.errors_training_logs(), "ns:errors:training:*:log");
        assert_eq!(
            k.errors_training_project("ns:errors:training:p:1:log"),
            Some("p:1")
        );
        assert_eq!(k.errors_training_project("ns:errors:training:p"), None);
        assert_eq!(k.errors_task_details("t"), "ns:errors:task:t:details");
        assert_eq!(k.errors_task_details_all(), "ns:errors:task:*:details");
        assert_eq!(k.errors_channel("high"), "ns:events:errors:high");
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

    #[test]
    fn metrics_keys_and_patterns() {
        let k = Keys::new(Some("ns"));
        assert_eq!(
            k.metrics_list("training", "team:a", "loss"),
            "ns:metrics:training:team:a:loss"
        );
        assert_eq!(k.metrics_pattern(Some("training")), "ns:metrics:training:*");
        assert_eq!(k.metrics_pattern(None), "ns:metrics:*");
    }
}
