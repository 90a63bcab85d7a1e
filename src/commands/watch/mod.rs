//! `coordctl watch`: a live tail of the events:* channels that filters, counts, waits for a
//! message, survives reconnects and keeps up with Redis at full speed.
//!
//! The store's [`Subscription`] delivers messages; this module decides which to show
//! (`--exclude`, `--filter`), prints them in the chosen format, counts what it waits for
//! (`--count`, `--until`) and turns the way the watch ended into an exit code: 0 when what it
//! waited for arrived (or when it waited for nothing), 3 when it did not.

mod fields;
mod filter;
mod glob;
mod line;
mod print;
mod record;
mod summary;
mod wrap;

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::Value;

use self::filter::{Conditions, event_type};
use self::line::Table;
use self::print::Mode;
use self::record::{Payload, Stamps};
use self::summary::Tally;
use super::{Ctx, count};
use crate::cli::watch::WatchArgs;
use crate::exit::{Exit, Fail, refused};
use crate::interrupt;
use crate::output::{Format, Ui};
use crate::store::pubsub::{End, Event, Flow, Message, Subscription};

/// Shorter pings would spend more on keeping alive than on listening.
const MIN_PING: Duration = Duration::from_millis(50);

pub fn run(ctx: &mut Ctx, args: WatchArgs) -> Result<Exit> {
    if args.raw && ctx.ui.format() != Format::Table {
        return Err(
            refused("--raw prints payloads alone and cannot be combined with -o")
                .hint("drop -o, or drop --raw for JSON records")
                .into(),
        );
    }
    if args.ping_interval < MIN_PING {
        return Err(refused(format!(
            "--ping-interval must be at least {}",
            humantime::format_duration(MIN_PING)
        ))
        .into());
    }
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    if let Err(e) = interrupt::on_interrupt(move || {
        // A second Ctrl-C means "now": do not wait for the summary.
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    }) {
        ctx.ui
            .warn(&format!("Ctrl-C will stop without a summary ({e})"));
    }
    let deadline = args.timeout.map(|t| Instant::now() + t);
    let mut sub = ctx.subscribe(&args.patterns, args.ping_interval)?;
    let mut w = Watch::new(&mut ctx.ui, &args, sub.address().to_string());
    let end = sub.run(deadline, &interrupted, |event| w.event(event))?;
    w.finish(&sub, end)
}

struct Watch<'a> {
    ui: &'a mut Ui,
    mode: Mode,
    names: String,
    address: String,
    exclude: Vec<Vec<u8>>,
    filters: Conditions,
    until: Conditions,
    /// How many waited-for messages end the watch (`--count`, or 1 for `--until`).
    target: Option<u64>,
    timeout: Option<Duration>,
    got: u64,
    /// Parse payloads as JSON: the table and the conditions need their fields.
    needs_json: bool,
    tally: Tally,
    stamps: Stamps,
    buf: Vec<u8>,
}

impl<'a> Watch<'a> {
    fn new(ui: &'a mut Ui, args: &WatchArgs, address: String) -> Watch<'a> {
        let mode = if args.raw {
            Mode::Raw
        } else {
            match ui.format() {
                Format::Table => Mode::Table(Table::new(ui.color())),
                Format::Jsonl => Mode::Jsonl,
                Format::Json => Mode::Json(Vec::new()),
            }
        };
        let filters = Conditions::new(&args.filter);
        let until = Conditions::new(&args.until);
        let needs_json = matches!(mode, Mode::Table(_)) || !filters.is_empty() || !until.is_empty();
        Watch {
            ui,
            mode,
            names: args.patterns.join(" "),
            address,
            exclude: args.exclude.iter().map(|p| p.as_bytes().to_vec()).collect(),
            target: args.count.or((!args.until.is_empty()).then_some(1)),
            timeout: args.timeout,
            filters,
            until,
            got: 0,
            needs_json,
            tally: Tally::new(),
            stamps: Stamps::default(),
            buf: Vec::with_capacity(4096),
        }
    }

    fn event(&mut self, event: Event<'_>) -> Result<Flow> {
        match event {
            Event::Message(m) => self.message(m),
            Event::Ready => {
                if self.ui.interactive() {
                    self.ui.note(&format!(
                        "watching {} on {} (Ctrl-C to stop)",
                        self.names, self.address
                    ));
                }
                if let Mode::Table(t) = &self.mode {
                    let header = t.header();
                    self.ui.raw(&header)?;
                    self.ui.flush()?;
                }
                Ok(Flow::Continue)
            }
            Event::Lost(gap) => {
                self.ui.flush()?;
                self.ui.warn(&format!(
                    "lost the connection to {} ({}); reconnecting",
                    self.address, gap.reason
                ));
                if gap.mid_stream {
                    // Redis flushes at most 64 KB to a client per event-loop turn, so under a
                    // flood of publishes even a subscriber that reads at once can be dropped.
                    self.ui.note(
                        "  hint: it closed mid-stream, as Redis does to a subscriber whose output \
                         buffer passes client-output-buffer-limit pubsub (32mb by default); \
                         check the server's log, and raise the limit if it says so",
                    );
                }
                Ok(Flow::Continue)
            }
            Event::Resumed(gap) => {
                self.tally.gap(gap);
                self.gap(gap)?;
                Ok(Flow::Continue)
            }
            Event::Idle => {
                self.ui.flush()?;
                Ok(Flow::Continue)
            }
        }
    }

    fn message(&mut self, m: Message<'_>) -> Result<Flow> {
        self.tally.received(m.channel);
        if self.exclude.iter().any(|p| glob::matches(p, m.channel)) {
            return Ok(Flow::Continue);
        }
        let (channel, bad_channel) = match std::str::from_utf8(m.channel) {
            Ok(c) => (Cow::Borrowed(c), false),
            Err(_) => (Cow::Owned(crate::store::value::decode(m.channel).0), true),
        };
        let text = std::str::from_utf8(m.payload).ok();
        let json: Option<Value> = if self.needs_json {
            text.and_then(|t| serde_json::from_str(t).ok())
        } else {
            None
        };
        let kind = if self.needs_json {
            event_type(json.as_ref(), &channel)
        } else {
            Cow::Borrowed("")
        };
        if !self.filters.matches(json.as_ref(), &kind) {
            return Ok(Flow::Continue);
        }
        let waited_for = self.until.is_empty() || self.until.matches(json.as_ref(), &kind);
        let problem = if bad_channel {
            Some("channel name is not UTF-8")
        } else if text.is_none() {
            Some("payload is not UTF-8")
        } else {
            None
        };
        if problem.is_some() {
            self.tally.problems += 1;
        }
        self.tally.shown += 1;
        let payload = Payload {
            bytes: m.payload,
            text,
            json: json.as_ref(),
            parsed: self.needs_json,
        };
        self.print(&m, &channel, &kind, &payload, problem)?;
        if waited_for {
            self.got += 1;
            if Some(self.got) == self.target {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    /// Print what is still held back, the summary when the watch was stopped rather than
    /// satisfied, and decide the exit code.
    fn finish(mut self, sub: &Subscription, end: End) -> Result<Exit> {
        if let Some(open) = sub.open_gap() {
            self.gap(open)?;
        }
        if let Mode::Json(records) = &self.mode {
            let values: Vec<Value> = records
                .iter()
                .filter_map(|r| serde_json::from_slice(r).ok())
                .collect();
            self.ui.json(&values)?;
        }
        self.ui.flush()?;
        if end == End::Interrupted && self.ui.interactive() {
            // Off the line the terminal echoed ^C on.
            self.ui.note("");
        }
        if end != End::Stopped {
            let filtered = !self.exclude.is_empty() || !self.filters.is_empty();
            for l in self.tally.lines(sub.open_gap(), filtered) {
                self.ui.note(&l);
            }
        }
        let n = self.tally.problems as usize;
        let marked = match self.mode {
            Mode::Table(_) => "marked \"(not UTF-8)\"",
            Mode::Jsonl | Mode::Json(_) => "see their \"problem\" fields",
            Mode::Raw => "printed as they came",
        };
        self.ui.settle_problems(
            n,
            format!(
                "{} could not be read cleanly ({marked})",
                count(n, "message")
            ),
        )?;
        match (end, self.target) {
            (End::Stopped, _) | (_, None) => Ok(Exit::Ok),
            (End::TimedOut | End::Interrupted, Some(target)) => {
                let how = match (end, self.timeout) {
                    (End::TimedOut, Some(t)) => {
                        format!("timed out after {}", humantime::format_duration(t))
                    }
                    _ => "interrupted".to_string(),
                };
                let what = if self.until.is_empty() {
                    "messages"
                } else {
                    "messages matching --until"
                };
                Err(Fail::new(
                    Exit::CheckFailed,
                    format!("{how}: {} of {target} {what} arrived", self.got),
                )
                .into())
            }
        }
    }
}
