//! Single writes the seed makes: `enqueueForRetry`'s decision and its one atomic write, and
//! the breaker check `processRetryQueue` makes before retrying.

use anyhow::Result;

use super::super::Store;
use super::shape::{self, TaskFields};
use super::{lock, now_ms};

/// What `enqueueForRetry` decides for a task that failed its `attempt`-th retry.
pub enum Scheduled {
    Retry {
        item: String,
        event: String,
        attempt: i64,
        delay_ms: f64,
        retry_after: f64,
    },
    Dead {
        item: String,
        event: String,
        attempts: i64,
    },
}

/// The seed's decision: dead-letter once `attempt` reaches `max_retries`, else due in
/// `1000·2^attempt` ms plus up to a second of jitter, as attempt + 1.
pub fn schedule(t: &TaskFields, attempt: i64, max_retries: i64) -> Scheduled {
    if attempt >= max_retries {
        return Scheduled::Dead {
            item: shape::dead_letter(t, attempt),
            event: shape::exhausted_event(t, attempt),
            attempts: attempt,
        };
    }
    let delay_ms = 1000.0 * 2f64.powi(attempt.clamp(0, 1000) as i32) + lock::random_unit() * 1000.0;
    let retry_after = now_ms() + delay_ms;
    let now = crate::time::iso_now();
    Scheduled::Retry {
        item: shape::queue_item(t, attempt + 1, retry_after, &now),
        event: shape::scheduled_event(&t.task_id, attempt + 1, delay_ms),
        attempt: attempt + 1,
        delay_ms,
        retry_after,
    }
}

/// RPUSH one item and PUBLISH its event, together or not at all.
const PUSH_AND_PUBLISH: &str = r"
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'list' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE ' .. KEYS[1] .. ' is a ' .. t .. ', not a list')
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('PUBLISH', ARGV[2], ARGV[3])
return 1
";

/// Write what [`schedule`] decided: one atomic write with the seed's event.
pub fn enqueue(store: &mut Store, s: &Scheduled) -> Result<()> {
    let keys = store.keys().clone();
    let (key, channel, item, event) = match s {
        Scheduled::Retry { item, event, .. } => (
            keys.retry_queue(),
            keys.key(super::super::keys::CHANNEL_RETRY_SCHEDULED),
            item,
            event,
        ),
        Scheduled::Dead { item, event, .. } => (
            keys.dead_letter_queue(),
            keys.key(super::super::keys::CHANNEL_RETRY_EXHAUSTED),
            item,
            event,
        ),
    };
    store.script(
        &redis::Script::new(PUSH_AND_PUBLISH),
        &[&key],
        &[item, &channel, event],
        &format!("appending to {key}"),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enqueue_follows_the_seed() {
        let t = TaskFields {
            task_id: "t".into(),
            ..TaskFields::default()
        };
        match schedule(&t, 2, 3) {
            Scheduled::Retry {
                attempt, delay_ms, ..
            } => {
                assert_eq!(attempt, 3);
                assert!((4000.0..5000.0).contains(&delay_ms), "{delay_ms}");
            }
            Scheduled::Dead { .. } => panic!("attempt 2 of 3 is retried"),
        }
        assert!(matches!(
            schedule(&t, 3, 3),
            Scheduled::Dead { attempts: 3, .. }
        ));
    }
}
