//! What a [`Subscription`](super::Subscription) delivers: messages, the moments the
//! connection went and came back, and the gaps in between.

use std::time::SystemTime;

/// A message as received. `channel` is without the namespace; `pattern` is the pattern as the
/// caller gave it (PSUBSCRIBE), `None` for a channel subscription.
pub struct Message<'a> {
    pub channel: &'a [u8],
    pub pattern: Option<&'a str>,
    pub payload: &'a [u8],
    /// When the bytes came off the socket (not when they were processed).
    pub received: SystemTime,
}

/// A time without a connection, in which anything published was lost to us.
#[derive(Clone, Debug)]
pub struct Gap {
    /// Since when messages may be missing: when a closed connection was noticed, or the
    /// last time a silent one answered.
    pub from: SystemTime,
    /// When the loss was noticed.
    pub noticed_at: SystemTime,
    /// When every subscription was back; `None` while still away.
    pub to: Option<SystemTime>,
    pub reason: String,
    /// Messages were streaming in when the connection went: most likely the server dropped
    /// us over its output buffer limit, and what it held for us, published before `from`,
    /// was lost too.
    pub mid_stream: bool,
    /// Connection attempts it took.
    pub attempts: u32,
}

pub enum Event<'a> {
    /// Every subscription is confirmed, for the first time.
    Ready,
    Message(Message<'a>),
    /// The connection was lost; reconnecting.
    Lost(&'a Gap),
    /// Subscribed again after a loss.
    Resumed(&'a Gap),
    /// Nothing else is waiting: a good moment to flush output.
    Idle,
}

/// What the caller's handler wants next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Why [`Subscription::run`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The handler said stop.
    Stopped,
    /// The deadline passed.
    TimedOut,
    /// The interrupt flag was raised (Ctrl-C).
    Interrupted,
}
