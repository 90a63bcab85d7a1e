//! The reader thread: drains the socket, keeps the connection alive, reconnects.
//!
//! Redis disconnects a subscriber whose output buffer outgrows `client-output-buffer-limit
//! pubsub` (32 MB by default), so the one job that must never wait on the terminal is reading
//! the socket. This thread does only that: large reads, each handed as raw bytes to the
//! consumer through a [`Queue`] bounded in bytes, with no parsing or printing. When nothing
//! arrives for a while it sends PING; no answer within as long again means the connection is
//! hung. A lost connection is reported at once, then re-opened with capped exponential
//! backoff and subscribed again.

use std::io::{ErrorKind, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use super::CLIENT_NAME;
use super::queue::{Item, Queue};
use crate::store::ConnectOptions;
use crate::store::raw::conn::{self, Stream};

/// One read's worth. The kernel rarely has more than this ready at once.
const READ_SIZE: usize = 256 << 10;
/// Reconnect backoff: first wait, and the cap it doubles up to. Low: every second spent
/// waiting after the server is back is a second of lost messages, and a refused connection
/// costs the server nothing.
const BACKOFF_START: Duration = Duration::from_millis(100);
const BACKOFF_MAX: Duration = Duration::from_secs(1);
/// A connection that closes after this much arrived in the last second or two closed
/// mid-stream: the likeliest cause is the server dropping a subscriber over its output
/// buffer limit.
const BUSY_BYTES: usize = 1 << 20;

/// Why a connection ended, as [`Item::Lost`] reports it.
struct Loss {
    reason: String,
    from: SystemTime,
    mid_stream: bool,
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
        loop {
            let Some(Loss {
                reason,
                from,
                mid_stream,
            }) = self.pump(&mut stream)
            else {
                return;
            };
            drop(stream);
            let lost = Item::Lost {
                from,
                at: SystemTime::now(),
                reason,
                mid_stream,
            };
            if !self.queue.push(lost) {
                return;
            }
            let Some((fresh, attempts)) = self.reconnect() else {
                return;
            };
            stream = fresh;
            if !self.queue.push(Item::Reconnected { attempts }) {
                return;
            }
        }
    }

    /// Read until the connection is lost or the consumer is done (`None`). A loss comes with
    /// why, and since when messages may be missing: the moment a closed or broken connection
    /// was noticed, but for a silent one the last time it answered.
    fn pump(&self, stream: &mut Stream) -> Option<Loss> {
        // Bytes read in the current one-second window and in the one before, to tell a busy
        // connection from a quiet one (two windows, so a burst across a boundary counts).
        let mut window = (Instant::now(), 0usize, 0usize);
        let busy = |(start, now, before): (Instant, usize, usize)| {
            now + before >= BUSY_BYTES && start.elapsed() < Duration::from_secs(1)
        };
        let broken = |reason: String, window| {
            Some(Loss {
                reason,
                from: SystemTime::now(),
                mid_stream: busy(window),
            })
        };
        let tick =
            (self.ping_every / 4).clamp(Duration::from_millis(10), Duration::from_millis(250));
        if let Err(e) = stream.set_timeouts(Some(tick), Some(self.ping_every)) {
            return broken(e.to_string(), window);
        }
        let mut heard = SystemTime::now();
        let mut buf = vec![0u8; READ_SIZE];
        let mut last = Instant::now();
        let mut ping_sent: Option<Instant> = None;
        loop {
            if self.stopping() {
                return None;
            }
            match stream.read(&mut buf) {
                Ok(0) => return broken("the server closed the connection".into(), window),
                Ok(n) => {
                    last = Instant::now();
                    if window.0.elapsed() >= Duration::from_secs(1) {
                        window = (last, 0, window.1);
                    }
                    window.1 += n;
                    heard = SystemTime::now();
                    ping_sent = None;
                    let data = Item::Data {
                        at: heard,
                        bytes: buf[..n].to_vec(),
                    };
                    if !self.queue.push(data) {
                        return None;
                    }
                }
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    match ping_sent {
                        Some(sent) if sent.elapsed() >= self.ping_every => {
                            let why = format!(
                                "no reply to PING within {}",
                                humantime::format_duration(self.ping_every)
                            );
                            return Some(Loss {
                                reason: why,
                                from: heard,
                                mid_stream: false,
                            });
                        }
                        Some(_) => {}
                        None if last.elapsed() >= self.ping_every => {
                            if let Err(e) =
                                stream.write_all(conn::PING).and_then(|_| stream.flush())
                            {
                                return broken(format!("sending PING: {e}"), window);
                            }
                            ping_sent = Some(Instant::now());
                        }
                        None => {}
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return broken(e.to_string(), window),
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
            match conn::open(&self.opts, CLIENT_NAME).and_then(|mut s| {
                conn::send(&mut s, &self.subscribe, "SUBSCRIBE")?;
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
