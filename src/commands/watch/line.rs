//! The table view of a live tail: one line per message, printed as it arrives.
//!
//! Columns: received time, channel, type, then the fields an operator looks for (task,
//! project, agent, component, severity, step and loss, the error) followed by any others.
//! Columns widen when a longer value arrives, since a tail cannot wait to measure them all.
//! Every piece of message text is neutralised by [`paint`]; long values and payloads are cut
//! here and only here (JSON output keeps them whole).

use serde_json::Value;

use super::fields::{fields, kind_tone, shorten};
use super::wrap::{self, width};
use crate::output::{Tone, paint};
use crate::store::pubsub::Gap;

/// The longest the details may be in a line, so a 1 MB payload is still one line.
const DETAILS_MAX: usize = 240;
/// Column widths never grow past this; longer names just push the line along.
const WIDTH_MAX: usize = 40;

pub struct Table {
    color: bool,
    channel_w: usize,
    type_w: usize,
}

impl Table {
    pub fn new(color: bool) -> Table {
        Table {
            color,
            channel_w: 24,
            type_w: 22,
        }
    }

    pub fn header(&self) -> String {
        let line = format!(
            "{:<12}  {:<cw$}  {:<tw$}  DETAILS",
            "TIME",
            "CHANNEL",
            "TYPE",
            cw = self.channel_w,
            tw = self.type_w
        );
        format!("{}\n", paint(&line, Tone::Strong, self.color))
    }

    /// A message's line. `json` is the payload parsed, `text` the payload when UTF-8.
    /// `terminal`: the width of the terminal it goes to, where long details wrap under
    /// their column instead of running into the next line's time.
    #[allow(clippy::too_many_arguments)]
    pub fn message(
        &mut self,
        time: &str,
        channel: &str,
        kind: &str,
        json: Option<&Value>,
        text: Option<&str>,
        payload: &[u8],
        terminal: Option<usize>,
    ) -> String {
        self.channel_w = self.channel_w.max(width(channel).min(WIDTH_MAX));
        self.type_w = self.type_w.max(width(kind).min(WIDTH_MAX));
        let pieces = match (json, text) {
            (Some(Value::Object(o)), _) => fields(o),
            (Some(v), _) => vec![(v.to_string(), Tone::Plain)],
            (None, Some(t)) => vec![(t.to_string(), Tone::Plain)],
            (None, None) => vec![(
                format!(
                    "{} (not UTF-8)",
                    crate::store::value::decode(&payload[..payload.len().min(DETAILS_MAX)]).0
                ),
                Tone::Bad,
            )],
        };
        let details = cut(pieces, payload.len());
        let mut line = String::with_capacity(160);
        line.push_str(&paint(time, Tone::Dim, self.color));
        line.push_str("  ");
        line.push_str(&self.pad(channel, self.channel_w, Tone::Plain));
        line.push_str("  ");
        line.push_str(&self.pad(kind, self.type_w, kind_tone(kind, channel)));
        let prefix = width(time).max(12)
            + 2
            + width(channel).max(self.channel_w)
            + 2
            + width(kind).max(self.type_w)
            + 2;
        let (indent, rows) = match terminal {
            Some(total) => wrap::hang(details, prefix, total),
            None => (0, vec![details]),
        };
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                line.push('\n');
                line.push_str(&" ".repeat(indent));
            } else if !row.is_empty() {
                line.push_str("  ");
            }
            // Words of one tone side by side are painted together: fewer escape codes.
            let mut run: Option<(String, Tone)> = None;
            for (text, tone) in row {
                match &mut run {
                    Some((words, t)) if t == tone => {
                        words.push(' ');
                        words.push_str(text);
                    }
                    _ => {
                        if let Some((words, t)) = run.take() {
                            line.push_str(&paint(&words, t, self.color));
                            line.push(' ');
                        }
                        run = Some((text.clone(), *tone));
                    }
                }
            }
            if let Some((words, t)) = run {
                line.push_str(&paint(&words, t, self.color));
            }
        }
        line.push('\n');
        line
    }

    /// The line that marks where messages were missed.
    pub fn gap(&self, time: &str, gap: &Gap) -> String {
        format!(
            "{}  {}\n",
            paint(time, Tone::Dim, self.color),
            paint(
                &format!("-- {} --", describe_gap(gap)),
                Tone::Warn,
                self.color
            )
        )
    }

    fn pad(&self, text: &str, w: usize, tone: Tone) -> String {
        let fill = w.saturating_sub(width(text));
        format!("{}{}", paint(text, tone, self.color), " ".repeat(fill))
    }
}

/// The pieces up to [`DETAILS_MAX`] characters in all, with a note of the size when cut.
fn cut(pieces: Vec<(String, Tone)>, payload_len: usize) -> Vec<(String, Tone)> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut used = 0;
    for (text, tone) in pieces {
        let (text, cut) = shorten(&text, DETAILS_MAX.saturating_sub(used));
        used += width(&text) + 1;
        out.push((text, tone));
        if cut {
            out.push((format!("({} in all)", size(payload_len)), Tone::Dim));
            break;
        }
    }
    out
}

/// What the gap line and the stderr note say.
pub fn describe_gap(gap: &Gap) -> String {
    let to = gap.to.unwrap_or_else(std::time::SystemTime::now);
    let span = to.duration_since(gap.from).unwrap_or_default();
    let state = if gap.to.is_some() {
        "reconnected"
    } else {
        "still disconnected"
    };
    let lost = if gap.mid_stream {
        "messages published meanwhile, and those the server still held for us, were missed"
    } else {
        "messages published meanwhile were missed"
    };
    format!(
        "no connection for {:.1}s ({}); {state}, {lost}",
        span.as_secs_f64(),
        gap.reason
    )
}

fn size(bytes: usize) -> String {
    match bytes {
        0..1024 => format!("{bytes} B"),
        1024..1_048_576 => format!("{:.1} KB", bytes as f64 / 1024.0),
        _ => format!("{:.1} MB", bytes as f64 / 1_048_576.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain_line(kind: &str, channel: &str, v: &Value) -> String {
        Table::new(false).message("12:00:00.000", channel, kind, Some(v), None, b"", None)
    }

    #[test]
    fn seed_error_event() {
        let v = json!({"type": "task_failure", "agent": "trainer", "taskId": "t-1",
            "error": {"name": "TimeoutError", "message": "took too long", "stack": "…"},
            "timestamp": "2026-01-01T00:00:00.000Z"});
        let line = plain_line("task_failure", "events:errors:high", &v);
        assert!(
            line.starts_with("12:00:00.000  events:errors:high"),
            "{line}"
        );
        assert!(
            line.contains("task=t-1 agent=trainer TimeoutError: took too long"),
            "{line}"
        );
        assert!(!line.contains("timestamp"), "{line}");
    }

    #[test]
    fn other_fields_follow_and_strings_with_spaces_are_quoted() {
        let v = json!({"component": "agent:x", "reason": "too many failures", "extra": [1, 2]});
        let line = plain_line(
            "circuit_breaker_opened",
            "events:errors:circuit_breakers",
            &v,
        );
        assert!(
            line.contains("component=agent:x reason=\"too many failures\" extra=[1,2]"),
            "{line}"
        );
    }

    #[test]
    fn long_payloads_are_cut_to_one_line() {
        let text = "x".repeat(1_000_000);
        let line =
            Table::new(false).message("t", "c", "k", None, Some(&text), text.as_bytes(), None);
        assert!(line.len() < 400, "{}", line.len());
        assert!(line.contains("x… (976.6 KB in all)"), "{line}");
        assert_eq!(line.lines().count(), 1);
    }

    #[test]
    fn columns_grow_for_longer_names() {
        let mut t = Table::new(false);
        let v = json!({});
        let long = "events:a:very:long:channel:name:indeed";
        let line = t.message("t", long, "k", Some(&v), None, b"", None);
        assert!(line.contains(&format!("{long}  k")), "{line}");
        assert!(
            t.header()
                .contains(&format!("CHANNEL{}", " ".repeat(long.len() - 5)))
        );
    }
}
