//! The queue between the reader thread and the consumer, bounded in bytes.
//!
//! The reader must never wait on the consumer in the common case (Redis would buffer, and
//! drop us past its limit), so the queue is deep: up to [`QUEUE_LIMIT`] bytes. Past that the
//! reader waits, which is the one way to keep memory bounded when the output is slower than
//! the input for long. The consumer takes a batch at a time, so what it holds while working
//! and what waits here stay within the limit together.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

/// Bytes waiting for the consumer before the reader stops reading and lets Redis buffer
/// instead: room for about 256,000 typical events, on top of the server's own 32 MB.
const QUEUE_LIMIT: usize = 64 << 20;
/// What the consumer takes at a time: small next to the limit.
const BATCH: usize = 4 << 20;

/// What the reader hands to the consumer, in order.
pub enum Item {
    /// Bytes read from the connection at `at`.
    Data { at: SystemTime, bytes: Vec<u8> },
    /// The connection is gone. `from`: since when messages may be missing; `mid_stream`: it
    /// went while messages were streaming in.
    Lost {
        from: SystemTime,
        at: SystemTime,
        reason: String,
        mid_stream: bool,
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
        // one batch taken, so the data behind a poisoned lock is still sound.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Add an item, waiting while the queue is full. False once the consumer has gone.
    pub fn push(&self, item: Item) -> bool {
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

    /// The next items, about [`BATCH`] bytes' worth, waiting up to `wait` for the first.
    pub fn take(&self, wait: Duration) -> Vec<Item> {
        let mut s = self.lock();
        if s.items.is_empty() && !wait.is_zero() {
            s = self
                .ready
                .wait_timeout(s, wait)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        let mut taken = Vec::new();
        let mut size = 0;
        while size < BATCH {
            let Some(item) = s.items.pop_front() else {
                break;
            };
            size += item.size();
            taken.push(item);
        }
        s.bytes -= size;
        drop(s);
        self.room.notify_one();
        taken
    }

    pub fn is_empty(&self) -> bool {
        self.lock().items.is_empty()
    }

    /// The consumer is done: wake and stop the reader.
    pub fn close(&self) {
        self.lock().closed = true;
        self.room.notify_all();
    }

    pub fn closed(&self) -> bool {
        self.lock().closed
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn data(n: usize) -> Item {
        Item::Data {
            at: SystemTime::now(),
            bytes: vec![0; n],
        }
    }

    #[test]
    fn the_consumer_takes_in_order_a_batch_at_a_time() {
        let q = Queue::default();
        for _ in 0..3 {
            assert!(q.push(data(BATCH / 2)));
        }
        assert!(q.push(Item::Reconnected { attempts: 1 }));
        assert_eq!(q.take(Duration::ZERO).len(), 2);
        let rest = q.take(Duration::ZERO);
        assert_eq!(rest.len(), 2);
        assert!(matches!(rest[1], Item::Reconnected { attempts: 1 }));
        assert!(q.is_empty());
        assert_eq!(q.lock().bytes, 0);
    }

    #[test]
    fn a_full_queue_lets_the_reader_go_on_when_there_is_room_or_the_consumer_leaves() {
        let full = || {
            let q = Arc::new(Queue::default());
            for _ in 0..QUEUE_LIMIT / BATCH {
                assert!(q.push(data(BATCH)));
            }
            let reader = {
                let q = q.clone();
                std::thread::spawn(move || q.push(data(1)))
            };
            (q, reader)
        };
        let (q, reader) = full();
        q.take(Duration::ZERO);
        assert!(reader.join().unwrap(), "taking a batch makes room");
        let (q, reader) = full();
        q.close();
        assert!(
            !reader.join().unwrap(),
            "a closed queue refuses, never hangs"
        );
    }
}
