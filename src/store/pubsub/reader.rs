//! The reader thread: drains the socket, keeps the connection alive, reconnects.
//!
//! Redis disconnects a subscriber whose output buffer outgrows `client-output-buffer-limit
//! pubsub` (32 MB by default), so the one job that must never wait on the terminal is reading
//! the socket. This thread does only that: large reads, each handed as raw bytes to the
//! consumer through a [`Queue`] bounded in bytes, with no parsing or printing. When nothing
//! arrives for a while it sends PING; no answer within as long again means the connection is
//! hung. A lost connection is reported at once, then re-opened with capped exponential
//! backoff and subscribed again.

use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use super::conn::{self, Stream};
use crate::store::ConnectOptions;

/// Bytes waiting for the consumer before the reader stops reading and lets Redis buffer
/// instead: room for about 256,000 typical events, on top of the server's own 32 MB.
const QUEUE_LIMIT: usize = 64 << 20;
/// One read's worth. The kernel rarely has more than this ready at once.
const READ_SIZE: usize = 256 << 10;
/// Reconnect backoff: first wait, and the cap it doubles up to.
const BACKOFF_START: Duration = Duration::from_millis(100);
const BACKOFF_MAX: Duration = Duration::from_secs(5);

/// What the reader hands to the consumer, in order.
pub enum Item {
    /// Bytes read from the connection at `at`.
    Data { at: SystemTime, bytes: Vec<u8> },
    /// The connection is gone. `from`: when it last answered.
    Lost {
        from: SystemTime,
        at: SystemTime,
        reason: String,
    },
    /// Connected and subscribed again after `attempts` tries (confirmations follow as data).
    Reconnected { attempts: u32 },
    /// The reader gave up (e.g. the password stopped working).
    Fatal(anyhow::Error),
}

impl Item {
    fn size(&self) -> usize {
        match self {
            Item::Data { bytes, .. } => bytes.len(),
            _ => 0,
        }
    }
}

/// A queue bounded in bytes between the reader and the consumer.
#[derive(Default)]
pub struct Queue {
    state: Mutex<State>,
    ready: Condvar,
    room: Condvar,
}

#[derive(Default)]
struct State {
    items: VecDeque<Item>,
    bytes: usize,
    /// The consumer is gone: the reader should stop.
    closed: bool,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere cannot leave the queue half-updated: every change is one push or
        // one swap, so the data behind a poisoned lock is still sound.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Add an item, waiting while the queue is full. False once the consumer has gone.
    fn push(&self, item: Item) -> bool {
        let mut s = self.lock();
        while s.bytes >= QUEUE_LIMIT && !s.closed {
            s = self.room.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.closed {
            return false;
        }
        s.bytes += item.size();
        s.items.push_back(item);
        drop(s);
        self.ready.notify_one();
        true
    }

    /// Everything queued, waiting up to `wait` for the first item.
    pub fn take(&self, wait: Duration) -> VecDeque<Item> {
        let mut s = self.lock();
        if s.items.is_empty() && !wait.is_zero() {
            s = self
                .ready
                .wait_timeout(s, wait)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        let items = std::mem::take(&mut s.items);
        s.bytes = 0;
        drop(s);
        self.room.notify_one();
        items
    }

    pub fn is_empty(&self) -> bool {
        self.lock().items.is_empty()
    }

    /// The consumer is done: wake and stop the reader.
    pub fn close(&self) {
        self.lock().closed = true;
        self.room.notify_all();
    }

    fn closed(&self) -> bool {
        self.lock().closed
    }
}

/// Everything the reader thread needs to keep a subscription going.
pub struct Reader {
    pub opts: ConnectOptions,
    /// SUBSCRIBE/PSUBSCRIBE commands, packed, sent after every (re)connect.
    pub subscribe: Vec<u8>,
    pub ping_every: Duration,
    pub queue: Arc<Queue>,
    pub stop: Arc<AtomicBool>,
}

impl Reader {
    /// Run on its own thread until the consumer closes the queue.
    pub fn spawn(self, stream: Stream) -> std::io::Result<()> {
        std::thread::Builder::new()
            .name("pubsub-reader".into())
            .spawn(move || self.run(stream))
            .map(|_| ())
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed) || self.queue.closed()
    }

    fn run(self, mut stream: Stream) {
        let mut heard = SystemTime::now();
        loop {
            let Some(reason) = self.pump(&mut stream, &mut heard) else {
                return;
            };
            drop(stream);
            let lost = Item::Lost {
                from: heard,
                at: SystemTime::now(),
                reason,
            };
            if !self.queue.push(lost) {
                return;
            }
            let Some((fresh, attempts)) = self.reconnect() else {
                return;
            };
            stream = fresh;
            heard = SystemTime::now();
            if !self.queue.push(Item::Reconnected { attempts }) {
                return;
            }
        }
    }

    /// Read until the connection is lost (returns why) or the consumer is done (`None`).
    fn pump(&self, stream: &mut Stream, heard: &mut SystemTime) -> Option<String> {
        let tick =
            (self.ping_every / 4).clamp(Duration::from_millis(10), Duration::from_millis(250));
        if let Err(e) = stream.set_timeouts(Some(tick), Some(self.ping_every)) {
            return Some(e.to_string());
        }
        let mut buf = vec![0u8; READ_SIZE];
        let mut last = Instant::now();
        let mut ping_sent: Option<Instant> = None;
        loop {
            if self.stopping() {
                return None;
            }
            match stream.read(&mut buf) {
                Ok(0) => return Some("the server closed the connection".into()),
                Ok(n) => {
                    last = Instant::now();
                    *heard = SystemTime::now();
                    ping_sent = None;
                    let data = Item::Data {
                        at: *heard,
                        bytes: buf[..n].to_vec(),
                    };
                    if !self.queue.push(data) {
                        return None;
                    }
                }
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    match ping_sent {
                        Some(sent) if sent.elapsed() >= self.ping_every => {
                            return Some(format!(
                                "no reply to PING within {}",
                                humantime::format_duration(self.ping_every)
                            ));
                        }
                        Some(_) => {}
                        None if last.elapsed() >= self.ping_every => {
                            if let Err(e) =
                                stream.write_all(conn::PING).and_then(|_| stream.flush())
                            {
                                return Some(format!("sending PING: {e}"));
                            }
                            ping_sent = Some(Instant::now());
                        }
                        None => {}
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Some(e.to_string()),
            }
        }
    }

    /// Connect and subscribe again, backing off between tries. `None`: stopped, or a fatal
    /// error was handed to the consumer.
    fn reconnect(&self) -> Option<(Stream, u32)> {
        let mut wait = BACKOFF_START;
        let mut attempts = 0;
        loop {
            if self.stopping() {
                return None;
            }
            attempts += 1;
            match conn::open(&self.opts).and_then(|mut s| {
                conn::send(&mut s, &self.subscribe)?;
                Ok(s)
            }) {
                Ok(s) => return Some((s, attempts)),
                Err(e) if e.fatal => {
                    self.queue.push(Item::Fatal(e.error));
                    return None;
                }
                Err(_) => {}
            }
            let until = Instant::now() + wait;
            while Instant::now() < until {
                if self.stopping() {
                    return None;
                }
                std::thread::sleep(
                    Duration::from_millis(20).min(until.saturating_duration_since(Instant::now())),
                );
            }
            wait = (wait * 2).min(BACKOFF_MAX);
        }
    }
}
