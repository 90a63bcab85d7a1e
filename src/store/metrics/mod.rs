//! Metrics lists: `metrics:<kind>:<project>:<metric>`, newest first (LPUSH), trimmed to the
//! newest 1,000 points, each point a JSON object (see [`point`]).
//!
//! Project ids may contain `:`, so a key splits as: kind = the first segment after
//! `metrics:`, metric = the last segment, project = everything between. Reading streams LRANGE
//! pages; recording is LPUSH + LTRIM in one MULTI/EXEC instead of the seed's LLEN-then-LTRIM.

pub mod point;
pub mod seed_json;

use anyhow::Result;
use redis::Value;

pub use point::{Num, Point};

use super::Store;
use super::keys::{CHANNEL_TRAINING_PROGRESS, Keys, METRICS};
use super::value::{bytes, decode, error_text, int};

/// The seed keeps the newest 1,000 points of every list.
pub const MAX_POINTS: usize = 1000;

/// Entries asked for per LRANGE when streaming: a list within the seed's bound is read in one
/// LRANGE, a consistent snapshot. Longer (untrimmed) lists are read a page at a time, where a
/// point pushed between pages shifts the rest by one.
const PAGE: usize = MAX_POINTS;

/// Where a metrics list lives: its key and what the key says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricKey {
    pub key: String,
    pub kind: String,
    pub project: String,
    pub metric: String,
}

impl MetricKey {
    /// Split a key found by SCAN. `Err` carries the best split possible and what is wrong.
    pub fn split(keys: &Keys, key: &str) -> Result<MetricKey, (MetricKey, String)> {
        let rest = keys.suffix(key, METRICS).unwrap_or(key);
        let mut mk = MetricKey {
            key: key.to_string(),
            kind: String::new(),
            project: String::new(),
            metric: String::new(),
        };
        let Some((kind, tail)) = rest.split_once(':') else {
            mk.project = rest.to_string();
            return Err((mk, "key is not metrics:<kind>:<project>:<metric>".into()));
        };
        mk.kind = kind.to_string();
        match tail.rsplit_once(':') {
            Some((project, metric)) => {
                mk.project = project.to_string();
                mk.metric = metric.to_string();
                Ok(mk)
            }
            None => {
                mk.project = tail.to_string();
                Err((
                    mk,
                    "key has no metric (metrics:<kind>:<project>:<metric>)".into(),
                ))
            }
        }
    }
}

/// One list as `metrics list` sees it: its length and its newest points.
#[derive(Clone, Debug)]
pub struct Summary {
    pub name: MetricKey,
    /// LLEN; `None` when the key is not a list.
    pub points: Option<usize>,
    /// The newest points, newest first.
    pub recent: Vec<Point>,
    /// Problems with the key itself (name, type); entries report their own.
    pub problems: Vec<String>,
}

/// Every metrics list of `kind` (or of every kind), with its newest `recent` points, a SCAN
/// batch at a time (LLEN and LRANGE pipelined per batch).
pub fn scan(
    store: &mut Store,
    kind: Option<&str>,
    recent: usize,
    mut f: impl FnMut(Summary) -> Result<()>,
) -> Result<()> {
    let pattern = store.keys().metrics_pattern(kind);
    store.scan(&pattern, |store, batch| {
        let mut pipe = redis::pipe();
        for key in &batch {
            pipe.cmd("LLEN").arg(key);
            pipe.cmd("LRANGE").arg(key).arg(0).arg(recent.max(1) - 1);
        }
        let mut replies = store.read(&mut pipe, "metrics lists")?.into_iter();
        for raw_key in batch {
            let llen = replies.next().unwrap_or(Value::Nil);
            let lrange = replies.next().unwrap_or(Value::Nil);
            let (key, bad_key) = decode(&raw_key);
            let mut problems = Vec::new();
            if bad_key {
                problems.push("key name is not UTF-8".to_string());
            }
            let name = MetricKey::split(store.keys(), &key).unwrap_or_else(|(mk, why)| {
                problems.push(why);
                mk
            });
            let mut s = Summary {
                name,
                points: None,
                recent: Vec::new(),
                problems,
            };
            if let Some(e) = error_text(&llen) {
                if e.starts_with("WRONGTYPE") && !bad_key {
                    let t = store.key_type(&key);
                    s.problems.push(format!("key is a {t}, not a list"));
                } else {
                    s.problems.push(e);
                }
            } else {
                s.points = int(&llen).map(|n| n.max(0) as usize);
                s.recent = entries(lrange)
                    .iter()
                    .enumerate()
                    .map(|(i, raw)| Point::parse(i, raw))
                    .collect();
            }
            f(s)?;
        }
        Ok(())
    })
}

/// The items of an LRANGE reply, raw (taken, not copied).
fn entries(v: Value) -> Vec<Vec<u8>> {
    match v {
        Value::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Value::BulkString(b) => b,
                other => bytes(&other),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// What is at a list's key before reading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListState {
    Missing,
    /// Some other type (named).
    WrongType(String),
    List(usize),
}

/// Whether `key` holds a list, and how long it is (TYPE and LLEN in one round trip).
pub fn state(store: &mut Store, key: &str) -> Result<ListState> {
    let mut pipe = redis::pipe();
    pipe.cmd("TYPE").arg(key).cmd("LLEN").arg(key);
    let replies = store.read(&mut pipe, key)?;
    let t = replies.first().map(bytes).unwrap_or_default();
    let t = decode(&t).0;
    Ok(match t.as_str() {
        "none" => ListState::Missing,
        "list" => ListState::List(
            replies
                .get(1)
                .and_then(int)
                .map_or(0, |n| n.max(0) as usize),
        ),
        _ => ListState::WrongType(t),
    })
}

/// Stream the newest `limit` points of `key` (all of them when `None`), newest first, a page
/// at a time. `f` returns whether to go on.
pub fn points(
    store: &mut Store,
    key: &str,
    limit: Option<usize>,
    mut f: impl FnMut(Point) -> Result<bool>,
) -> Result<()> {
    let page = limit.map_or(PAGE, |l| l.clamp(1, PAGE));
    let mut left = limit.unwrap_or(usize::MAX);
    store.list_pages(key, 0, page, |from, items| {
        for (i, raw) in items.iter().enumerate() {
            if left == 0 {
                return Ok(false);
            }
            left -= 1;
            if !f(Point::parse(from + i, raw))? {
                return Ok(false);
            }
        }
        Ok(left > 0)
    })
}

/// Push one point (already in the seed's JSON) and keep the newest [`MAX_POINTS`], in one
/// MULTI/EXEC: no window where the list is over its bound, no LLEN read to race with.
/// Returns the list's length after the push and trim.
pub fn record(store: &mut Store, key: &str, point_json: &str) -> Result<usize> {
    let mut pipe = redis::pipe();
    pipe.cmd("LPUSH")
        .arg(key)
        .arg(point_json)
        .cmd("LTRIM")
        .arg(key)
        .arg(0)
        .arg(MAX_POINTS - 1)
        .cmd("LLEN")
        .arg(key);
    let replies = store.atomic(&mut pipe, &format!("recording a point in {key}"))?;
    Ok(replies
        .get(2)
        .and_then(int)
        .map_or(0, |n| n.max(0) as usize))
}

/// Publish the seed's `events:training:progress` message. Returns how many subscribers got it.
pub fn publish_progress(store: &mut Store, message: &str) -> Result<i64> {
    let channel = store.keys().key(CHANNEL_TRAINING_PROGRESS);
    let mut pipe = redis::pipe();
    pipe.cmd("PUBLISH").arg(&channel).arg(message);
    let replies = store.atomic(&mut pipe, &format!("publishing to {channel}"))?;
    Ok(replies.first().and_then(int).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(ns: Option<&str>, key: &str) -> Result<(String, String, String), String> {
        MetricKey::split(&Keys::new(ns), key)
            .map(|m| (m.kind, m.project, m.metric))
            .map_err(|(_, why)| why)
    }

    #[test]
    fn keys_split_with_colons_in_the_project() {
        let s = |k, p, m| Ok((String::from(k), String::from(p), String::from(m)));
        assert_eq!(
            split(None, "metrics:training:proj-1:loss"),
            s("training", "proj-1", "loss")
        );
        assert_eq!(
            split(None, "metrics:training:team:asr:v2:wer"),
            s("training", "team:asr:v2", "wer")
        );
        assert_eq!(
            split(Some("staging"), "staging:metrics:eval:p:acc"),
            s("eval", "p", "acc")
        );
        assert!(split(None, "metrics:training:lonely").is_err());
        assert!(split(None, "metrics:nothing").is_err());
    }
}
