//! Building tables: the one place that turns rows of [`Cell`]s into aligned text.
//!
//! kubectl-style: no borders, upper-case headers, one line per row (long cells are cut with
//! `…` on a terminal so 10,000 rows stay 10,000 lines), colour only when the caller decided so.
//! Every cell passes through [`safe`](super::safe::safe) here, so row types hand over raw data.

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, Table, presets};

use super::safe::safe;

/// How a cell should stand out. Mapped to colours here and nowhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Plain,
    Good,
    Warn,
    Bad,
    Dim,
    Strong,
}

/// One table cell: raw text (neutralised on rendering), a tone and an alignment.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    pub right: bool,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    /// A placeholder for a missing value.
    pub fn none() -> Cell {
        Cell::new("-").tone(Tone::Dim)
    }

    /// A number, right-aligned.
    pub fn num(n: impl ToString) -> Cell {
        Cell {
            text: n.to_string(),
            right: true,
            ..Cell::default()
        }
    }

    pub fn opt(text: Option<&str>) -> Cell {
        text.map_or_else(Cell::none, Cell::new)
    }

    pub fn tone(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::new(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::new(s)
    }
}

/// One piece of a line printed as it comes (a live tail cannot wait to lay out a table):
/// neutralised like every cell, coloured with the same tones when `color` is on.
pub fn paint(text: &str, tone: Tone, color: bool) -> String {
    use owo_colors::OwoColorize;
    let text = safe(text);
    if !color {
        return text.into_owned();
    }
    match tone {
        Tone::Plain => text.into_owned(),
        Tone::Good => text.green().to_string(),
        Tone::Warn => text.yellow().to_string(),
        Tone::Bad => text.red().bold().to_string(),
        Tone::Dim => text.dimmed().to_string(),
        Tone::Strong => text.bold().to_string(),
    }
}

/// Render a table. `header` is `None` for key/value detail views.
pub fn render(header: Option<&[&str]>, rows: Vec<Vec<Cell>>, color: bool) -> String {
    render_within(header, rows, color, None)
}

/// [`render`] into `width` columns (cells cut with `…`), for a table drawn indented on a
/// terminal; `None` leaves the width to comfy-table (the terminal's, or unbounded off one).
pub fn render_within(
    header: Option<&[&str]>,
    rows: Vec<Vec<Cell>>,
    color: bool,
    width: Option<u16>,
) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_truncation_indicator("…")
        .enforce_styling();
    if let Some(w) = width {
        table.set_width(w);
    }
    if let Some(header) = header {
        let cells = header.iter().map(|h| {
            let c = comfy_table::Cell::new(h);
            if color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        });
        table.set_header(cells);
    }
    // Rows may differ in length (a screen section mixes kinds of row): the widest counts.
    let columns = header.map_or_else(
        || rows.iter().map(Vec::len).max().unwrap_or(0),
        <[&str]>::len,
    );
    for row in rows {
        let mut r = comfy_table::Row::new();
        for cell in row {
            r.add_cell(styled(cell, color));
        }
        r.max_height(1);
        table.add_row(r);
    }
    // Two spaces between columns, none before the first: what kubectl and ps look like.
    for (i, col) in table.column_iter_mut().enumerate() {
        col.set_padding((0, if i + 1 < columns { 2 } else { 0 }));
    }
    // comfy-table pads every line to the column width; trailing blanks only get in the way of
    // grep and diff.
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn styled(cell: Cell, color: bool) -> comfy_table::Cell {
    let mut c = comfy_table::Cell::new(safe(&cell.text));
    if cell.right {
        c = c.set_alignment(CellAlignment::Right);
    }
    if !color {
        return c;
    }
    match cell.tone {
        Tone::Plain => c,
        Tone::Good => c.fg(Color::Green),
        Tone::Warn => c.fg(Color::Yellow),
        Tone::Bad => c.fg(Color::Red).add_attribute(Attribute::Bold),
        Tone::Dim => c.add_attribute(Attribute::Dim),
        Tone::Strong => c.add_attribute(Attribute::Bold),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_cells_cannot_break_the_table() {
        let out = render(
            Some(&["AGENT", "TASK"]),
            vec![vec![Cell::new("a\x1b[2J"), Cell::new("line1\nline2")]],
            false,
        );
        assert!(!out.contains('\x1b'), "{out:?}");
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.contains("a\\e[2J"), "{out}");
        assert!(out.contains("line1\\nline2"), "{out}");
    }

    #[test]
    fn painted_pieces_are_neutralised_and_coloured_only_when_asked() {
        assert_eq!(paint("a\x1b[2J", Tone::Bad, false), "a\\e[2J");
        let red = paint("boom\n", Tone::Bad, true);
        assert!(
            red.starts_with('\x1b') && red.contains("boom\\n"),
            "{red:?}"
        );
    }

    #[test]
    fn no_colour_means_no_escape_codes() {
        let out = render(
            Some(&["A"]),
            vec![vec![Cell::new("x").tone(Tone::Bad)]],
            false,
        );
        assert!(!out.contains('\x1b'));
        let out = render(
            Some(&["A"]),
            vec![vec![Cell::new("x").tone(Tone::Bad)]],
            true,
        );
        assert!(out.contains('\x1b'));
    }
}
