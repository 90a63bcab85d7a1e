//! Everything that reaches the terminal goes through here.
//!
//! [`Ui`] owns stdout (data: tables, JSON, JSON lines) and stderr (warnings, prompts, progress,
//! errors). Colour is decided once, from `--color`, `NO_COLOR` and whether the stream is a
//! terminal. Row types implement [`Row`] (lists) or [`Detail`] (one object) and serialise for
//! JSON, so tables and JSON always come from the same data. A [`Screen`] (`status`) is a few
//! labelled sections with a summary line and some rows each.

mod chart;
mod list;
mod safe;
mod screen;
mod table;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::sync::OnceLock;

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use owo_colors::OwoColorize;
use serde::Serialize;

use crate::exit::{self, Exit, Fail};

pub use crate::time::{relative, short_span};
pub use chart::{ChartPoint, LineChart, MIN_HEIGHT, MIN_WIDTH, short_number, sparkline};
pub use list::List;
pub use safe::safe;
pub use screen::{Screen, Section};
pub use table::{Cell, Tone, paint};

/// How data is printed on stdout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line, streamed.
    Jsonl,
}

/// When to colour output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// A list entry: its table cells, and its JSON form through `Serialize`.
pub trait Row: Serialize {
    fn columns() -> &'static [&'static str];
    fn cells(&self, now: DateTime<Utc>) -> Vec<Cell>;
    /// What is wrong with the data behind this row, if anything.
    fn problem(&self) -> Option<String> {
        None
    }
}

/// One object shown on its own (`show` verbs): labelled fields in a table, the struct in JSON.
pub trait Detail: Serialize {
    fn fields(&self, now: DateTime<Utc>) -> Vec<(String, Cell)>;
    fn problems(&self) -> Vec<String> {
        Vec::new()
    }
}

pub struct Ui {
    format: Format,
    color: bool,
    err_color: bool,
    stdout_tty: bool,
    stderr_tty: bool,
    interactive: bool,
    strict: bool,
    now: DateTime<Utc>,
    out: BufWriter<io::Stdout>,
}

impl Ui {
    pub fn new(format: Format, color: ColorWhen, strict: bool) -> Ui {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let decide = |tty: bool| match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && !no_color_env && !dumb,
        };
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        Ui {
            format,
            color: decide(stdout_tty),
            err_color: decide(stderr_tty),
            stdout_tty,
            stderr_tty,
            interactive: stderr_tty && io::stdin().is_terminal(),
            strict,
            now: Utc::now(),
            // Large enough that a fast stream of lines costs few write calls.
            out: BufWriter::with_capacity(64 << 10, io::stdout()),
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Whether stdout gets colour (for output drawn outside tables, such as charts).
    pub fn color(&self) -> bool {
        self.color
    }

    /// One "now" for the whole run, so every relative time in a table agrees.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// True when stdout is a terminal: a person is reading, so lines should not wait in a
    /// buffer.
    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }

    /// The width of the terminal stdout is, when it is one (asked each time: terminals get
    /// resized).
    pub fn terminal_width(&self) -> Option<usize> {
        if !self.stdout_tty {
            return None;
        }
        comfy_table::Table::new().width().map(usize::from)
    }

    /// True when a person can answer a prompt (stdin and stderr are terminals).
    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Start a list of rows. `noun` names them in messages ("no agents found").
    pub fn list<R: Row>(&mut self, noun: &'static str) -> List<'_, R> {
        List::new(self, noun)
    }

    /// Show one object: a two-column table, or the object as JSON.
    pub fn detail<D: Detail>(&mut self, d: &D) -> Result<()> {
        let problems = d.problems();
        match self.format {
            Format::Table => {
                let mut rows: Vec<Vec<Cell>> = d
                    .fields(self.now)
                    .into_iter()
                    .map(|(label, cell)| vec![Cell::new(label).tone(Tone::Strong), cell])
                    .collect();
                for p in &problems {
                    rows.push(vec![
                        Cell::new("problem").tone(Tone::Strong),
                        Cell::new(p.clone()).tone(Tone::Bad),
                    ]);
                }
                let text = table::render(None, rows, self.color);
                self.write_out(text.as_bytes())?;
            }
            Format::Json | Format::Jsonl => self.json(d)?,
        }
        // The data first, then the warning about it: stderr is not buffered.
        self.flush()?;
        let n = problems.len();
        let plural = if n == 1 { "" } else { "s" };
        self.settle_problems(n, format!("{n} problem{plural} in this entry"))
    }

    /// Show a screen of sections, or the value as one JSON document (one line with jsonl).
    pub fn screen<S: Screen>(&mut self, s: &S) -> Result<()> {
        match self.format {
            Format::Table => {
                let text = screen::render(s.sections(self.now), self.color, self.terminal_width());
                self.write_out(text.as_bytes())?;
            }
            Format::Json | Format::Jsonl => self.json(s)?,
        }
        self.flush()
    }

    /// Write a serialisable value as the JSON document (pretty) or one line (jsonl).
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let mut text = match self.format {
            Format::Jsonl => serde_json::to_string(value)?,
            _ => serde_json::to_string_pretty(value)?,
        };
        text.push('\n');
        self.write_out(text.as_bytes())
    }

    /// A line of data on stdout, neutralised.
    pub fn line(&mut self, text: &str) -> Result<()> {
        let mut s = safe(text).into_owned();
        s.push('\n');
        self.write_out(s.as_bytes())
    }

    /// Text on stdout exactly as given (already rendered by us, not untrusted).
    pub fn raw(&mut self, text: &str) -> Result<()> {
        self.write_out(text.as_bytes())
    }

    /// Bytes on stdout exactly as given: payloads for a pipe, which wants them unchanged.
    /// Never for a terminal (use [`Ui::line`] there).
    pub fn bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.write_out(bytes)
    }

    fn write_out(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).context("writing to stdout")
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().context("writing to stdout")
    }

    /// A warning on stderr. The text is neutralised: it may quote data from Redis.
    pub fn warn(&self, msg: &str) {
        let label = if self.err_color {
            "warning:".yellow().bold().to_string()
        } else {
            "warning:".to_string()
        };
        eprintln_safe(&format!("{label} {}", safe(msg)));
    }

    /// An informational line on stderr (not data).
    pub fn note(&self, msg: &str) {
        eprintln_safe(&safe(msg));
    }

    /// Ask a yes/no question on the terminal. Only call when [`Ui::interactive`].
    pub fn confirm(&mut self, question: &str) -> Result<bool> {
        self.flush()?;
        let mut err = io::stderr();
        write!(err, "{} [y/N] ", safe(question)).context("writing the prompt")?;
        err.flush().ok();
        let mut answer = String::new();
        io::stdin()
            .read_line(&mut answer)
            .context("reading the answer")?;
        Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
    }

    /// A progress bar on stderr, drawn only when stderr is a terminal.
    pub fn progress(&self, len: u64, what: &str) -> ProgressBar {
        if !self.stderr_tty {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({per_sec}, eta {eta})")
        {
            bar.set_style(style);
        }
        bar.set_message(what.to_string());
        bar
    }

    /// Report rows that could not be read cleanly; under `--strict` that fails the command.
    pub fn settle_problems(&self, n: usize, message: String) -> Result<()> {
        if n == 0 {
            return Ok(());
        }
        if self.strict {
            return Err(Fail::new(Exit::Failure, format!("--strict: {message}")).into());
        }
        self.warn(&message);
        Ok(())
    }
}

/// Passwords and other secrets that must never be printed, registered once at start-up.
static SECRETS: OnceLock<Vec<String>> = OnceLock::new();

pub fn register_secrets(secrets: Vec<String>) {
    let _ = SECRETS.set(secrets.into_iter().filter(|s| !s.is_empty()).collect());
}

/// `text` with every registered secret replaced by `***`.
pub fn redact(text: &str) -> String {
    let mut out = text.to_string();
    for s in SECRETS.get().into_iter().flatten() {
        out = out.replace(s.as_str(), "***");
    }
    out
}

/// Print an error once, at the top: `error: what was being done: why`, then a hint.
pub fn report_error(err: &anyhow::Error, color: bool) {
    let (label, hint_label) = if color {
        (
            "error:".red().bold().to_string(),
            "hint:".cyan().bold().to_string(),
        )
    } else {
        ("error:".to_string(), "hint:".to_string())
    };
    eprintln_safe(&format!("{label} {}", safe(&redact(&chain_text(err)))));
    if let Some(hint) = exit::hint(err) {
        eprintln_safe(&format!("  {hint_label} {}", safe(&redact(&hint))));
    }
}

/// The error and its causes joined by ": ", like `{err:#}`, but without a cause that only
/// repeats the text before it (a Redis server error displays its inner error and also returns
/// it as its source, which would print "WRONGTYPE …: WRONGTYPE …").
fn chain_text(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !out.ends_with(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
    }
    out
}

/// Write a line to stderr, ignoring failure: there is nowhere left to report it.
fn eprintln_safe(line: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{line}");
}
