//! A screen of sections (`status`): per area a label and a one-line summary, then a few rows
//! under the summary, aligned within their section and cut to the terminal's width.
//!
//! ```text
//! agents    302 agents  102 idle  165 busy  35 failed  12 stale
//!           failed  labeler-010  task-94217  3m ago
//!           … 46 more: coordctl agents list --status failed, --stale 10m
//! ```
//!
//! Every piece is a [`Cell`], so text from Redis is neutralised and colour comes from tones,
//! as in every other table.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::table::{Cell, Tone, paint, render_within};

/// The label column: the longest label ("breakers") and two spaces.
const LABEL: usize = 10;

/// Narrower than this, rows are not squeezed further (the terminal wraps them instead).
const MIN_WIDTH: usize = 30;

/// One area of the screen.
pub struct Section {
    pub label: &'static str,
    /// The summary line's pieces, shown two spaces apart.
    pub summary: Vec<Cell>,
    /// Rows under the summary, columns aligned within the section.
    pub rows: Vec<Vec<Cell>>,
    /// A last line under the rows, e.g. "… 3 more: coordctl breaker list".
    pub more: Option<String>,
}

impl Section {
    pub fn new(label: &'static str, summary: Vec<Cell>) -> Section {
        Section {
            label,
            summary,
            rows: Vec::new(),
            more: None,
        }
    }

    pub fn rows(mut self, rows: Vec<Vec<Cell>>) -> Section {
        self.rows = rows;
        self
    }

    pub fn more(mut self, more: Option<String>) -> Section {
        self.more = more;
        self
    }
}

/// Something shown as a screen of sections in a table, and as itself in JSON.
pub trait Screen: Serialize {
    fn sections(&self, now: DateTime<Utc>) -> Vec<Section>;
}

/// Lay out `sections`; `width` is the terminal's, when stdout is one.
pub fn render(sections: Vec<Section>, color: bool, width: Option<usize>) -> String {
    let inner = width.map(|w| w.saturating_sub(LABEL).max(MIN_WIDTH) as u16);
    let indent = " ".repeat(LABEL);
    let mut out = String::new();
    for s in sections {
        out.push_str(&paint(s.label, Tone::Strong, color));
        let summary = if s.summary.is_empty() {
            String::new()
        } else {
            render_within(None, vec![s.summary], color, inner)
        };
        let summary = summary.trim_end();
        if !summary.is_empty() {
            out.push_str(&" ".repeat(LABEL.saturating_sub(s.label.chars().count())));
            out.push_str(summary);
        }
        out.push('\n');
        if !s.rows.is_empty() {
            for line in render_within(None, s.rows, color, inner).lines() {
                out.push_str(&indent);
                out.push_str(line);
                out.push('\n');
            }
        }
        if let Some(more) = s.more {
            out.push_str(&indent);
            out.push_str(&paint(&more, Tone::Dim, color));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_summaries_and_rows_line_up() {
        let out = render(
            vec![
                Section::new("agents", vec![Cell::new("3 agents"), Cell::new("1 failed")])
                    .rows(vec![
                        vec![Cell::new("failed"), Cell::new("a")],
                        vec![Cell::new("stale"), Cell::new("bb\x1b[2J")],
                    ])
                    .more(Some("… 1 more".into())),
                Section::new("cascade", vec![Cell::new("none")]),
            ],
            false,
            None,
        );
        assert_eq!(
            out,
            "agents    3 agents  1 failed\n\
             \x20         failed  a\n\
             \x20         stale   bb\\e[2J\n\
             \x20         … 1 more\n\
             cascade   none\n"
        );
    }

    #[test]
    fn rows_are_cut_to_the_width() {
        let long = "x".repeat(200);
        let out = render(
            vec![
                Section::new("errors", vec![Cell::new(long.as_str())])
                    .rows(vec![vec![Cell::new("name"), Cell::new(long.as_str())]]),
            ],
            false,
            Some(80),
        );
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{line:?}");
        }
        assert!(out.contains('…'), "{out}");
    }
}
