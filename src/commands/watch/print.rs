//! Printing in each format: a table line, a JSON record (streamed, or kept for one array),
//! or the raw payload; and marking a gap the way each format can.

use anyhow::Result;

use super::Watch;
use super::line::{self, Table};
use super::record::{self, Payload};
use crate::store::pubsub::{Gap, Message};

/// How messages are printed.
pub enum Mode {
    Table(Table),
    Jsonl,
    /// Records collected for one JSON array at the end.
    Json(Vec<Vec<u8>>),
    Raw,
}

impl Watch<'_> {
    pub(super) fn print(
        &mut self,
        m: &Message<'_>,
        channel: &str,
        kind: &str,
        payload: &Payload<'_>,
        problem: Option<&str>,
    ) -> Result<()> {
        match &mut self.mode {
            Mode::Table(t) => {
                let time = self.stamps.local(m.received);
                let terminal = self.ui.terminal_width();
                let line = t.message(
                    time,
                    channel,
                    kind,
                    payload.json,
                    payload.text,
                    m.payload,
                    terminal,
                );
                self.ui.raw(&line)?;
                if self.ui.stdout_is_terminal() {
                    self.ui.flush()?;
                }
            }
            Mode::Jsonl | Mode::Json(_) => {
                self.buf.clear();
                let at = self.stamps.iso(m.received);
                record::message(&mut self.buf, channel, m.pattern, at, payload, problem);
                match &mut self.mode {
                    Mode::Json(records) => records.push(self.buf.clone()),
                    _ => self.ui.bytes(&self.buf)?,
                }
            }
            Mode::Raw if self.ui.stdout_is_terminal() => {
                self.ui.line(&crate::store::value::decode(m.payload).0)?;
                self.ui.flush()?;
            }
            Mode::Raw => {
                self.ui.bytes(m.payload)?;
                self.ui.bytes(b"\n")?;
            }
        }
        Ok(())
    }

    /// Mark a gap in the output: a line in the table, a record in JSON, a warning otherwise.
    pub(super) fn gap(&mut self, gap: &Gap) -> Result<()> {
        match &mut self.mode {
            Mode::Table(t) => {
                let at = gap.to.unwrap_or_else(std::time::SystemTime::now);
                let line = t.gap(self.stamps.local(at), gap);
                self.ui.raw(&line)?;
            }
            Mode::Jsonl | Mode::Json(_) => {
                self.buf.clear();
                record::gap(&mut self.buf, gap);
                match &mut self.mode {
                    Mode::Json(records) => records.push(self.buf.clone()),
                    _ => self.ui.bytes(&self.buf)?,
                }
            }
            Mode::Raw => self.ui.warn(&line::describe_gap(gap)),
        }
        self.ui.flush()
    }
}
