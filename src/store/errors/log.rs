//! Reading the error logs newest first, across the task log and every training log, reading
//! only what is shown.
//!
//! Each list is newest first (agents LPUSH). A cursor per list reads LRANGE windows (the
//! first one just big enough for `--limit`, then growing), and a heap merges the heads by
//! timestamp, so `--limit 100` on a million-entry log reads about 100 entries, and `-o jsonl`
//! over everything holds one window per list. An entry pushed while a read spans several
//! windows shifts the list by one: an entry may then be shown twice, never skipped.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use anyhow::Result;

use super::{Entry, LogKey};
use crate::store::Store;
use crate::time::Time;

/// The largest LRANGE window: big lists are read in pages of this many entries.
const MAX_PAGE: usize = 1000;

/// Which entries to show. Every set field must match exactly; entries that could not be
/// parsed are always shown (marked), since nobody can tell whether they would match.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only entries at or after this time. Each list is read until its first older entry.
    pub since: Option<Time>,
    pub agent: Option<String>,
    /// `projectId`, or the project of a training log whose events do not name one.
    pub project: Option<String>,
    pub severity: Option<String>,
    /// `error.name`.
    pub name: Option<String>,
    /// The event `type`.
    pub kind: Option<String>,
    /// `taskId`.
    pub task: Option<String>,
}

impl Filter {
    fn matches(&self, e: &Entry) -> bool {
        if e.raw.is_some() {
            return true;
        }
        let is = |want: &Option<String>, got: Option<&str>| {
            want.as_deref().is_none_or(|w| got == Some(w))
        };
        let project_ok = match &self.project {
            None => true,
            Some(p) => {
                e.project_id.as_deref() == Some(p.as_str())
                    || (e.project_id.is_none() && e.source == format!("training:{p}"))
            }
        };
        project_ok
            && is(&self.agent, e.agent.as_deref())
            && is(&self.severity, e.severity.as_deref())
            && is(&self.name, e.error_name())
            && is(&self.kind, e.kind.as_deref())
            && is(&self.task, e.task_id.as_deref())
    }

    fn too_old(&self, e: &Entry) -> bool {
        matches!((self.since, e.time), (Some(since), Some(t)) if t < since)
    }
}

/// How a read ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Entries handed to the caller (key problems excluded).
    pub shown: usize,
    /// The limit was reached while some list still had entries to read.
    pub more: bool,
}

/// One list being read: the window in hand and where the next one starts.
struct Cursor<'a> {
    log: &'a LogKey,
    next: usize,
    page: usize,
    window: VecDeque<Entry>,
    exhausted: bool,
    /// The time of the last dated entry, standing in for entries without one so that they
    /// keep their place in the list's order.
    last_time: Option<Time>,
}

impl<'a> Cursor<'a> {
    fn new(log: &'a LogKey, page: usize) -> Cursor<'a> {
        Cursor {
            log,
            next: 0,
            page,
            window: VecDeque::new(),
            exhausted: false,
            last_time: None,
        }
    }

    /// The next entry, reading the next window when the one in hand is used up.
    fn head(&mut self, store: &mut Store) -> Result<Option<&Entry>> {
        if self.window.is_empty() && !self.exhausted {
            let page = self.page;
            let mut got = 0;
            let (source, key) = (&self.log.source, &self.log.key);
            let window = &mut self.window;
            store.list_pages(key, self.next, page, |start, items| {
                got = items.len();
                for (i, raw) in items.iter().enumerate() {
                    window.push_back(Entry::parse(source.clone(), key.clone(), start + i, raw));
                }
                Ok(false)
            })?;
            self.exhausted = got < page;
            self.next += got;
            self.page = (page * 2).min(MAX_PAGE);
        }
        Ok(self.window.front())
    }

    /// Where the head sorts: newest first; undated entries right after their list's
    /// previous entry (or first of all).
    fn rank(&self) -> i64 {
        self.window
            .front()
            .and_then(|e| e.time)
            .or(self.last_time)
            .map_or(i64::MAX, |t| t.0.timestamp_micros())
    }

    fn take(&mut self) -> Option<Entry> {
        let e = self.window.pop_front()?;
        if e.time.is_some() {
            self.last_time = e.time;
        }
        Some(e)
    }
}

/// Hand `each` the entries of `logs` that pass `filter`, newest first across all of them,
/// at most `limit`. Keys that cannot be read as lists come first, as rows of their own.
pub fn newest_first(
    store: &mut Store,
    logs: &[LogKey],
    filter: &Filter,
    limit: Option<usize>,
    mut each: impl FnMut(Entry) -> Result<()>,
) -> Result<Outcome> {
    for log in logs {
        if let Some(problem) = &log.problem {
            each(Entry::key_problem(
                log.source.clone(),
                log.key.clone(),
                problem.clone(),
            ))?;
        }
    }
    // One more than the limit in the first window, to know whether there is more.
    let first_page = limit.map_or(100, |l| l.min(100)) + 1;
    let mut cursors: Vec<Cursor> = logs
        .iter()
        .filter(|l| l.problem.is_none())
        .map(|l| Cursor::new(l, first_page))
        .collect();
    let mut heap: BinaryHeap<(i64, Reverse<usize>)> = BinaryHeap::new();
    for (i, c) in cursors.iter_mut().enumerate() {
        if c.head(store)?.is_some() {
            heap.push((c.rank(), Reverse(i)));
        }
    }
    let mut out = Outcome::default();
    while let Some((_, Reverse(i))) = heap.pop() {
        if limit.is_some_and(|l| out.shown >= l) {
            out.more = true;
            break;
        }
        let c = &mut cursors[i];
        let Some(e) = c.take() else { continue };
        if filter.too_old(&e) {
            // The rest of this list is older still.
            continue;
        }
        if filter.matches(&e) {
            out.shown += 1;
            each(e)?;
        }
        if c.head(store)?.is_some() {
            heap.push((c.rank(), Reverse(i)));
        }
    }
    Ok(out)
}

/// The newest `n` entries of one list (the seed's `lrange 0 n-1`), in list order.
pub fn newest(store: &mut Store, log: &LogKey, n: usize) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    if n == 0 {
        return Ok(out);
    }
    store.list_pages(&log.key, 0, n, |start, items| {
        for (i, raw) in items.iter().enumerate() {
            out.push(Entry::parse(
                log.source.clone(),
                log.key.clone(),
                start + i,
                raw,
            ));
        }
        Ok(false)
    })?;
    Ok(out)
}
