//! The retry and dlq sections: ready and waiting items, dead letters and the oldest one,
//! and anything coordctl's own workers and moves are holding. The figures are
//! `retry stats`'s.

use chrono::{DateTime, Utc};

use super::{Trouble, counted};
use crate::commands::count;
use crate::output::{Cell, Section, Tone, relative};
use crate::store::retry::stats::Stats;

/// Bad data in the queue: unreadable items and keys that are not lists.
pub fn trouble(s: &Stats) -> Trouble {
    let mut t = Trouble::new("retry", "coordctl retry list");
    for p in &s.problems {
        t.add(|| p.clone());
    }
    t.add_many(s.bad_entries, || {
        format!("{}: an item that cannot be read or scheduled", s.queue)
    });
    t
}

pub fn sections(s: &Stats, now: DateTime<Utc>) -> Vec<Section> {
    let mut summary = vec![Cell::new(format!("{} queued", s.queue_length))];
    if s.queue_length > 0 {
        summary.push(Cell::new(format!("{} ready", s.ready)));
        summary.push(Cell::new(format!("{} waiting", s.waiting)));
    }
    if let Some(t) = s.next_due {
        summary.push(Cell::new(format!("next due {}", relative(t.0, now))).tone(Tone::Dim));
    }
    if s.bad_entries > 0 {
        summary.push(counted(s.bad_entries, "unreadable", Tone::Bad));
    }
    let mut rows: Vec<Vec<Cell>> = s
        .problems
        .iter()
        .map(|p| vec![Cell::new("problem").tone(Tone::Bad), Cell::new(p.as_str())])
        .collect();
    for w in &s.staging.workers {
        let (state, tone) = if w.alive {
            ("alive", Tone::Plain)
        } else {
            ("gone: the next `retry run` recovers its items", Tone::Warn)
        };
        rows.push(vec![
            Cell::new("worker"),
            Cell::new(w.worker.as_str()),
            Cell::new(format!("{} processing", w.processing)),
            Cell::new(state).tone(tone),
        ]);
    }
    let staged = s.staging.dead_letters();
    if staged > 0 {
        rows.push(vec![
            Cell::new("staging").tone(Tone::Warn),
            Cell::new(format!(
                "{} held by an interrupted drain/requeue",
                count(staged as usize, "dead letter")
            )),
        ]);
    }
    let mut dlq = vec![counted(s.dead_letters, "dead letters", Tone::Bad)];
    if s.dead_letters == 1 {
        dlq[0].text = "1 dead letter".into();
    }
    if let Some(t) = s.oldest_dead_letter {
        dlq.push(Cell::new(format!("oldest {}", relative(t.0, now))));
    }
    vec![
        Section::new("retry", summary).rows(rows),
        Section::new("dlq", dlq),
    ]
}
