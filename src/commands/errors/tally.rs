//! `errors top` (the counters, highest first, with a bar) and `errors signatures`.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Ctx;
use crate::exit::Exit;
use crate::output::{Cell, Row, Tone};
use crate::store::errors::tally::{self, Counter};
use crate::store::keys::glob_escape;

/// Width of the bar column, in character cells.
const BAR_WIDTH: usize = 24;

/// A counter: `name` and `count` per SPEC §3. `count` is null when the stored value is not
/// an integer; `raw` then shows what it holds.
#[derive(Serialize)]
struct TopRow {
    name: Option<String>,
    count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
    /// Bar length as a fraction of the highest count.
    #[serde(skip)]
    share: f64,
}

impl Row for TopRow {
    fn columns() -> &'static [&'static str] {
        &["NAME", "COUNT", ""]
    }

    fn cells(&self, _now: DateTime<Utc>) -> Vec<Cell> {
        let name = Cell::opt(self.name.as_deref());
        match (self.count, &self.raw) {
            (Some(n), _) => vec![
                name,
                Cell::num(n),
                Cell::new(bar(self.share)).tone(Tone::Good),
            ],
            (None, Some(raw)) => vec![
                name,
                Cell::num(raw).tone(Tone::Bad),
                Cell::new("invalid").tone(Tone::Bad),
            ],
            (None, None) => vec![name, Cell::none(), Cell::none()],
        }
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

/// A bar of `share` × [`BAR_WIDTH`] cells, in eighths.
fn bar(share: f64) -> String {
    const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = (share.clamp(0.0, 1.0) * (BAR_WIDTH * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    s.push_str(EIGHTHS[eighths % 8]);
    if s.is_empty() && share > 0.0 {
        s.push_str(EIGHTHS[1]);
    }
    s
}

pub fn top(ctx: &mut Ctx, limit: Option<u64>) -> Result<Exit> {
    let mut store = ctx.store()?;
    let mut counters: Vec<Counter> = Vec::new();
    let key_problem = tally::counters(&mut store, |c| {
        counters.push(c);
        Ok(())
    })?;
    // Highest first, ties by name; counters that are not numbers after all of them.
    counters.sort_by(|a, b| match (a.count, b.count) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.name.cmp(&b.name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.name.cmp(&b.name),
    });
    let max = counters.iter().filter_map(|c| c.count).max().unwrap_or(0);
    let mut rows = ctx.ui.list::<TopRow>("error counters");
    if let Err(problem) = key_problem {
        rows.push(TopRow {
            name: None,
            count: None,
            raw: None,
            problem: Some(problem),
            share: 0.0,
        })?;
    }
    let keep = limit.map_or(usize::MAX, |l| l as usize);
    for c in counters.into_iter().take(keep) {
        rows.push(TopRow {
            share: match c.count {
                Some(n) if max > 0 => n.max(0) as f64 / max as f64,
                _ => 0.0,
            },
            raw: c.count.is_none().then(|| c.raw.clone()),
            problem: (!c.problems.is_empty()).then(|| c.problems.join("; ")),
            name: Some(c.name),
            count: c.count,
        })?;
    }
    rows.finish()?;
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct SignatureRow {
    signature: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
}

impl Row for SignatureRow {
    fn columns() -> &'static [&'static str] {
        &["SIGNATURE"]
    }

    fn cells(&self, _now: DateTime<Utc>) -> Vec<Cell> {
        vec![Cell::opt(self.signature.as_deref())]
    }

    fn problem(&self) -> Option<String> {
        self.problem.clone()
    }
}

pub fn signatures(ctx: &mut Ctx, pattern: Option<&str>, name: Option<&str>) -> Result<Exit> {
    let mut store = ctx.store()?;
    let by_name = name.map(|n| format!("{}:*", glob_escape(n)));
    let pattern = pattern.or(by_name.as_deref());
    let mut rows = ctx
        .ui
        .list::<SignatureRow>("error signatures")
        .sorted_by(|a, b| a.signature.cmp(&b.signature));
    let key_problem = tally::signatures(&mut store, pattern, |s| {
        rows.push(SignatureRow {
            signature: Some(s.signature),
            problem: s.problem,
        })
    })?;
    if let Err(problem) = key_problem {
        rows.push(SignatureRow {
            signature: None,
            problem: Some(problem),
        })?;
    }
    rows.finish()?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(1.0).chars().count(), 24);
        assert_eq!(bar(0.5), "█".repeat(12));
        assert_eq!(bar(0.0), "");
        assert_eq!(bar(0.0001), "▏", "a non-zero count is never invisible");
        assert_eq!(bar(1.0 / 48.0), "▌");
    }
}
