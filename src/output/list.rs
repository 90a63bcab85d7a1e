//! A list of rows: a table, one JSON array, or JSON lines, from the same rows.
//!
//! JSON lines and unsorted JSON arrays are written as rows arrive, in flat memory. Sorted
//! lists wait for their last row, but each row's JSON is rendered when it arrives, while the
//! rows after it are still being fetched, so that finishing is a sort and a write.

use anyhow::Result;
use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

use super::{Cell, Format, Row, Tone, Ui, table};

/// How a list's rows are sorted for the table and JSON views.
type Order<R> = Box<dyn Fn(&R, &R) -> std::cmp::Ordering>;

/// Rows of one list, rendered when finished (table, sorted JSON) or as they come.
pub struct List<'a, R: Row> {
    ui: &'a mut Ui,
    noun: &'static str,
    rows: Vec<R>,
    /// With sorted JSON: each row's element of the array, in arrival order like `rows`.
    texts: Vec<Vec<u8>>,
    problems: usize,
    count: usize,
    order: Option<Order<R>>,
}

impl<'a, R: Row> List<'a, R> {
    pub(super) fn new(ui: &'a mut Ui, noun: &'static str) -> Self {
        List {
            ui,
            noun,
            rows: Vec::new(),
            texts: Vec::new(),
            problems: 0,
            count: 0,
            order: None,
        }
    }

    /// Sort rows for the table and JSON views (JSON lines stream in arrival order).
    pub fn sorted_by(mut self, order: impl Fn(&R, &R) -> std::cmp::Ordering + 'static) -> Self {
        self.order = Some(Box::new(order));
        self
    }

    pub fn push(&mut self, row: R) -> Result<()> {
        self.count += 1;
        if row.problem().is_some() {
            self.problems += 1;
        }
        match self.ui.format {
            Format::Jsonl => return self.ui.json(&row),
            // Rows that need no sorting need not wait either: the JSON array is written as
            // they come, so a long list prints in flat memory, byte for byte as before.
            Format::Json if self.order.is_none() => {
                let text = pretty_item(&row)?;
                self.ui
                    .write_out(if self.count == 1 { b"[\n" } else { b",\n" })?;
                return self.ui.write_out(&text);
            }
            Format::Json => self.texts.push(pretty_item(&row)?),
            Format::Table => {}
        }
        self.rows.push(row);
        Ok(())
    }

    /// Print what was collected, report problems; returns how many rows there were.
    pub fn finish(self) -> Result<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        if let Some(by) = &self.order {
            // Sorted lists are keyed by unique names (keys, members), so an unstable sort
            // gives the same order as a stable one, with fewer comparisons.
            order.sort_unstable_by(|&a, &b| by(&self.rows[a], &self.rows[b]));
        }
        match self.ui.format {
            Format::Jsonl => {}
            Format::Json if self.count == 0 => self.ui.write_out(b"[]\n")?,
            Format::Json if self.order.is_none() => self.ui.write_out(b"\n]\n")?,
            Format::Json => {
                for (n, &i) in order.iter().enumerate() {
                    self.ui.write_out(if n == 0 { b"[\n" } else { b",\n" })?;
                    self.ui.write_out(&self.texts[i])?;
                }
                self.ui.write_out(b"\n]\n")?;
            }
            Format::Table if self.rows.is_empty() => {
                self.ui.note(&format!("no {} found", self.noun));
            }
            Format::Table => {
                let now = self.ui.now;
                let with_problems = self.problems > 0;
                let mut columns: Vec<&str> = R::columns().to_vec();
                if with_problems {
                    columns.push("PROBLEM");
                }
                let rows = order
                    .iter()
                    .map(|&i| {
                        let r = &self.rows[i];
                        let mut cells = r.cells(now);
                        if with_problems {
                            cells.push(
                                r.problem()
                                    .map_or_else(Cell::none, |p| Cell::new(p).tone(Tone::Bad)),
                            );
                        }
                        cells
                    })
                    .collect();
                let text = table::render(Some(&columns), rows, self.ui.color);
                self.ui.write_out(text.as_bytes())?;
            }
        }
        self.ui.flush()?;
        let marked = match self.ui.format {
            Format::Table => "marked in the PROBLEM column",
            _ => "see their \"problem\" fields",
        };
        let message = format!(
            "{} of {} {} could not be read cleanly ({marked})",
            self.problems, self.count, self.noun
        );
        self.ui.settle_problems(self.problems, message)?;
        Ok(self.count)
    }
}

/// One element of a JSON array laid out as `to_string_pretty` lays out a whole array: each
/// of its lines indented by two spaces, without the separator before it.
fn pretty_item<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(INDENT);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, InArray::default());
    value.serialize(&mut ser)?;
    Ok(out)
}

const INDENT: &[u8] = b"  ";

/// serde_json's pretty layout, one level deep: what `PrettyFormatter` writes for a value
/// inside an array, so an element is rendered in one pass straight into its buffer.
#[derive(Default)]
struct InArray {
    /// Nesting below the array the value sits in.
    level: usize,
    /// Whether the innermost open array or object has an element yet.
    has_value: bool,
}

impl InArray {
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }

    fn newline<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n")?;
        self.indent(w)
    }

    fn indent<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        // One level more, for the array the value sits in.
        for _ in 0..=self.level {
            w.write_all(INDENT)?;
        }
        Ok(())
    }
}

impl Formatter for InArray {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_join_into_what_to_string_pretty_writes() {
        let rows = serde_json::json!([
            {"a": "line\nbreak", "b": [1, {"c": null}], "d": {}},
            {"a": "\u{1b}[2J", "b": [], "d": {"e": "ü"}},
        ]);
        let items: Vec<Vec<u8>> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| pretty_item(r).unwrap())
            .collect();
        let joined = format!(
            "[\n{}\n]",
            items
                .iter()
                .map(|i| String::from_utf8(i.clone()).unwrap())
                .collect::<Vec<_>>()
                .join(",\n")
        );
        assert_eq!(joined, serde_json::to_string_pretty(&rows).unwrap());
    }
}
