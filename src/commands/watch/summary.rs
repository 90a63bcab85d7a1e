//! What a watch saw, for the summary printed when it is stopped: messages per channel, the
//! rate, and the gaps in which messages were missed.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use crate::store::pubsub::Gap;
use crate::store::value::decode;

pub struct Tally {
    started: Instant,
    per_channel: HashMap<Vec<u8>, u64>,
    pub received: u64,
    pub shown: u64,
    /// Messages that could not be read cleanly (not UTF-8).
    pub problems: u64,
    gaps: u32,
    without_connection: Duration,
}

impl Tally {
    pub fn new() -> Tally {
        Tally {
            started: Instant::now(),
            per_channel: HashMap::new(),
            received: 0,
            shown: 0,
            problems: 0,
            gaps: 0,
            without_connection: Duration::ZERO,
        }
    }

    pub fn received(&mut self, channel: &[u8]) {
        self.received += 1;
        match self.per_channel.get_mut(channel) {
            Some(n) => *n += 1,
            None => {
                self.per_channel.insert(channel.to_vec(), 1);
            }
        }
    }

    pub fn gap(&mut self, gap: &Gap) {
        self.gaps += 1;
        let to = gap.to.unwrap_or_else(SystemTime::now);
        self.without_connection += to.duration_since(gap.from).unwrap_or_default();
    }

    /// The summary, a line per channel after the totals. `open`: a gap not yet closed.
    pub fn lines(&self, open: Option<&Gap>, filtered: bool) -> Vec<String> {
        let elapsed = self.started.elapsed();
        let rate = self.received as f64 / elapsed.as_secs_f64().max(0.001);
        let mut head = format!(
            "{} in {} ({rate:.1}/s)",
            plural(self.received, "message"),
            span(elapsed)
        );
        if filtered {
            head.push_str(&format!(", {} shown", self.shown));
        }
        let mut gaps = self.gaps;
        let mut away = self.without_connection;
        if let Some(g) = open {
            gaps += 1;
            away += SystemTime::now().duration_since(g.from).unwrap_or_default();
        }
        head.push_str(&format!(", {}", plural(u64::from(gaps), "gap")));
        if gaps > 0 {
            head.push_str(&format!(
                " ({:.1}s without a connection)",
                away.as_secs_f64()
            ));
        }
        if open.is_some() {
            head.push_str(", still disconnected");
        }
        let mut channels: Vec<(String, u64)> = self
            .per_channel
            .iter()
            .map(|(c, n)| (decode(c).0, *n))
            .collect();
        channels.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let name_w = channels
            .iter()
            .map(|(c, _)| c.chars().count())
            .max()
            .unwrap_or(0);
        let count_w = channels
            .iter()
            .map(|(_, n)| n.to_string().len())
            .max()
            .unwrap_or(0);
        let mut lines = vec![head];
        for (c, n) in channels {
            lines.push(format!("  {c:<name_w$}  {n:>count_w$}"));
        }
        lines
    }
}

fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// 4.2s, 3m05s, 1h02m.
fn span(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..60 => format!("{:.1}s", d.as_secs_f64()),
        60..3600 => format!("{}m{:02}s", s / 60, s % 60),
        _ => format!("{}h{:02}m", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_channel_busiest_first() {
        let mut t = Tally::new();
        for c in ["events:a", "events:bb", "events:bb"] {
            t.received(c.as_bytes());
        }
        t.shown = 2;
        let lines = t.lines(None, true);
        assert!(lines[0].starts_with("3 messages in "), "{lines:?}");
        assert!(lines[0].ends_with(", 2 shown, 0 gaps"), "{lines:?}");
        assert_eq!(lines[1], "  events:bb  2");
        assert_eq!(lines[2], "  events:a   1");
    }

    #[test]
    fn gaps_add_up() {
        let mut t = Tally::new();
        let from = SystemTime::now() - Duration::from_secs(10);
        t.gap(&Gap {
            from,
            noticed_at: from,
            to: Some(from + Duration::from_millis(1500)),
            reason: "x".into(),
            mid_stream: false,
            attempts: 1,
        });
        assert!(t.lines(None, false)[0].ends_with("1 gap (1.5s without a connection)"));
        assert_eq!(span(Duration::from_secs(185)), "3m05s");
    }
}
