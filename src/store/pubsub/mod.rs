//! Pub/sub: subscribing to channels and patterns and reading messages as fast as Redis sends
//! them, across dropped and hung connections.
//!
//! A [`Subscription`] has its own connection (see [`conn`]), read by a thread of its own (see
//! [`reader`]) that hands raw bytes over; [`Subscription::run`] turns them into [`Event`]s on
//! the caller's thread. Pub/sub keeps nothing for a subscriber that is away, so a lost
//! connection is reported twice: [`Event::Lost`] as soon as it happens, and [`Event::Resumed`]
//! with the [`Gap`] once every subscription is back, the window in which messages were missed.
//! Names with glob characters are PSUBSCRIBE patterns, others SUBSCRIBE channels; the
//! namespace is applied to both going out and taken off channel names coming in.

mod events;
mod queue;
mod reader;
mod resp;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result, anyhow};

pub use self::events::{End, Event, Flow, Gap, Message};
use self::queue::{Item, Queue};
use self::reader::Reader;
use self::resp::Frame;
use super::raw::conn;
use super::{ConnectOptions, Keys};
use crate::exit::{Exit, Fail};

/// The name the connection carries in CLIENT LIST and in the server's log (e.g. when the
/// server drops a slow subscriber), so operators can tell who it was.
pub const CLIENT_NAME: &str = "coordctl-watch";

/// How often `run` looks at the clock and the interrupt flag when nothing arrives.
const TICK: Duration = Duration::from_millis(100);

/// True when Redis would treat `name` as a glob pattern (PSUBSCRIBE), not a channel.
pub fn is_pattern(name: &str) -> bool {
    name.contains(['*', '?', '['])
}

pub struct Subscription {
    queue: Arc<Queue>,
    stop: Arc<AtomicBool>,
    keys: Keys,
    /// (pattern as subscribed, pattern as given).
    patterns: Vec<(Vec<u8>, String)>,
    expected: usize,
    address: String,
    /// The start of a frame whose end has not arrived yet.
    partial: Vec<u8>,
    confirmed: usize,
    ready: bool,
    gap: Option<Gap>,
}

impl Subscription {
    /// Connect, subscribe to `names` (namespaced), and start reading.
    pub fn open(
        opts: &ConnectOptions,
        keys: Keys,
        names: &[String],
        ping_every: Duration,
    ) -> Result<Subscription> {
        let mut channels: Vec<String> = Vec::new();
        let mut patterns: Vec<(Vec<u8>, String)> = Vec::new();
        for name in names {
            if is_pattern(name) {
                let full = keys.channel_pattern(name).into_bytes();
                if !patterns.iter().any(|(p, _)| *p == full) {
                    patterns.push((full, name.clone()));
                }
            } else {
                let full = keys.channel(name);
                if !channels.contains(&full) {
                    channels.push(full);
                }
            }
        }
        let mut packed = Vec::new();
        if !channels.is_empty() {
            packed.extend(redis::cmd("SUBSCRIBE").arg(&channels).get_packed_command());
        }
        if !patterns.is_empty() {
            let list: Vec<&[u8]> = patterns.iter().map(|(p, _)| p.as_slice()).collect();
            packed.extend(redis::cmd("PSUBSCRIBE").arg(list).get_packed_command());
        }
        let address = opts.target()?.display;
        let mut stream = conn::open(opts, CLIENT_NAME)?;
        conn::send(&mut stream, &packed, "SUBSCRIBE")?;
        let queue = Arc::new(Queue::default());
        let stop = Arc::new(AtomicBool::new(false));
        Reader {
            opts: opts.clone(),
            subscribe: packed,
            ping_every,
            queue: queue.clone(),
            stop: stop.clone(),
        }
        .spawn(stream)
        .context("starting the pub/sub reader thread")?;
        Ok(Subscription {
            queue,
            stop,
            keys,
            expected: channels.len() + patterns.len(),
            patterns,
            address,
            partial: Vec::new(),
            confirmed: 0,
            ready: false,
            gap: None,
        })
    }

    /// The server's address without credentials, for messages.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The gap still open (the connection is lost and not back yet), if any.
    pub fn open_gap(&self) -> Option<&Gap> {
        self.gap.as_ref()
    }

    /// Deliver events to `on` until it says stop, `deadline` passes, or `interrupted` is set.
    pub fn run(
        &mut self,
        deadline: Option<Instant>,
        interrupted: &AtomicBool,
        mut on: impl FnMut(Event<'_>) -> Result<Flow>,
    ) -> Result<End> {
        loop {
            if interrupted.load(Ordering::Relaxed) {
                return Ok(End::Interrupted);
            }
            let mut wait = TICK;
            if let Some(d) = deadline {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Ok(End::TimedOut);
                }
                wait = wait.min(left);
            }
            let items = self.queue.take(wait);
            if items.is_empty() {
                continue;
            }
            for item in items {
                if self.handle(item, &mut on)? == Flow::Stop {
                    return Ok(End::Stopped);
                }
            }
            if self.queue.is_empty() && on(Event::Idle)? == Flow::Stop {
                return Ok(End::Stopped);
            }
        }
    }

    fn handle(
        &mut self,
        item: Item,
        on: &mut impl FnMut(Event<'_>) -> Result<Flow>,
    ) -> Result<Flow> {
        match item {
            Item::Data { at, bytes } => {
                if self.partial.is_empty() {
                    let (used, flow) = self.frames(&bytes, at, on)?;
                    if flow == Flow::Continue && used < bytes.len() {
                        self.partial.extend_from_slice(&bytes[used..]);
                    }
                    Ok(flow)
                } else {
                    let mut buf = std::mem::take(&mut self.partial);
                    buf.extend_from_slice(&bytes);
                    let (used, flow) = self.frames(&buf, at, on)?;
                    buf.drain(..used);
                    self.partial = buf;
                    Ok(flow)
                }
            }
            Item::Lost {
                from,
                at,
                reason,
                mid_stream,
            } => {
                // Whatever was half-read belongs to a connection that is gone.
                self.partial.clear();
                self.confirmed = 0;
                let gap = self.gap.get_or_insert(Gap {
                    from,
                    noticed_at: at,
                    to: None,
                    reason,
                    mid_stream,
                    attempts: 0,
                });
                on(Event::Lost(gap))
            }
            Item::Reconnected { attempts } => {
                if let Some(gap) = self.gap.as_mut() {
                    gap.attempts += attempts;
                }
                Ok(Flow::Continue)
            }
            Item::Fatal(e) => Err(e.context(format!("reconnecting to {}", self.address))),
        }
    }

    /// Handle every complete frame in `buf`; how many bytes they used.
    fn frames(
        &mut self,
        buf: &[u8],
        at: SystemTime,
        on: &mut impl FnMut(Event<'_>) -> Result<Flow>,
    ) -> Result<(usize, Flow)> {
        let mut used = 0;
        while used < buf.len() {
            let (frame, n) = match resp::parse(&buf[used..]) {
                Ok(Some(parsed)) => parsed,
                Ok(None) => break,
                Err(e) => return Err(anyhow!("reading from {}: {e}", self.address)),
            };
            used += n;
            let flow = match frame {
                Frame::Message {
                    pattern,
                    channel,
                    payload,
                } => {
                    let pattern = pattern.map(|p| self.pattern_name(p));
                    on(Event::Message(Message {
                        channel: self.keys.strip_namespace(channel),
                        pattern,
                        payload,
                        received: at,
                    }))?
                }
                Frame::Subscription {
                    kind: b"subscribe" | b"psubscribe",
                    ..
                } => {
                    self.confirmed += 1;
                    self.confirmation(at, on)?
                }
                Frame::Error(e) => {
                    let text = String::from_utf8_lossy(e);
                    let mut fail = Fail::new(
                        Exit::Failure,
                        format!("subscribing on {}: {text}", self.address),
                    );
                    if text.starts_with("NOPERM") {
                        fail = fail.hint(
                            "this ACL user may not read those channels: grant them \
                             (ACL SETUSER … &events:*) or name only channels it may read",
                        );
                    }
                    return Err(fail.into());
                }
                _ => Flow::Continue,
            };
            if flow == Flow::Stop {
                return Ok((used, Flow::Stop));
            }
        }
        Ok((used, Flow::Continue))
    }

    fn confirmation(
        &mut self,
        at: SystemTime,
        on: &mut impl FnMut(Event<'_>) -> Result<Flow>,
    ) -> Result<Flow> {
        if self.confirmed != self.expected {
            return Ok(Flow::Continue);
        }
        if let Some(mut gap) = self.gap.take() {
            gap.to = Some(at);
            return on(Event::Resumed(&gap));
        }
        if !self.ready {
            self.ready = true;
            return on(Event::Ready);
        }
        Ok(Flow::Continue)
    }

    fn pattern_name(&self, subscribed: &[u8]) -> &str {
        self.patterns
            .iter()
            .find(|(p, _)| p.as_slice() == subscribed)
            .map_or("?", |(_, name)| name.as_str())
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.queue.close();
    }
}
