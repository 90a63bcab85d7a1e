//! The server line: which server, what version, how long up, how much memory, how many keys.

use anyhow::Result;
use serde::Serialize;

use crate::commands::count;
use crate::output::{Cell, Section, Tone};
use crate::store::Store;
use crate::store::server::{self, ServerInfo};
use crate::time::span;

/// Memory use at or above this share of maxmemory is a warning, and at or above
/// [`MEMORY_BAD`] a problem: writes start failing or keys start being evicted.
const MEMORY_WARN: f64 = 0.8;
const MEMORY_BAD: f64 = 0.95;

#[derive(Serialize)]
pub struct Server {
    /// Where the data came from (never with a password).
    pub address: Option<String>,
    pub namespace: Option<String>,
    #[serde(flatten)]
    pub info: ServerInfo,
}

pub fn read(store: &mut Store, address: Option<String>) -> Result<Server> {
    Ok(Server {
        address,
        namespace: store.keys().namespace().map(str::to_string),
        info: server::info(store)?,
    })
}

impl Server {
    pub fn section(&self) -> Section {
        let i = &self.info;
        let mut summary = Vec::new();
        if let Some(v) = &i.version {
            summary.push(Cell::new(format!("{} {v}", i.product)));
        }
        if let Some(mode) = i.mode.as_deref().filter(|m| *m != "standalone") {
            summary.push(Cell::new(mode));
        }
        if let Some(up) = i.uptime_seconds {
            summary.push(Cell::new(format!("up {}", span(up))));
        }
        if let Some(used) = &i.used_memory_human {
            summary.push(memory_cell(used, i));
        }
        if let Some(keys) = i.keys {
            summary.push(Cell::new(count(keys as usize, "key")));
        }
        if let Some(p) = &i.problem {
            summary.push(Cell::new(p.as_str()).tone(Tone::Warn));
        }
        let mut place = Vec::new();
        if let Some(a) = &self.address {
            place.push(Cell::new(a.as_str()).tone(Tone::Dim));
        }
        if let Some(ns) = &self.namespace {
            place.push(Cell::new(format!("namespace {ns}")));
        }
        let rows = if place.is_empty() {
            Vec::new()
        } else {
            vec![place]
        };
        Section::new("server", summary).rows(rows)
    }
}

/// "memory 1.71M", or against a limit: "memory 1.71M of 2.00G (85%)", coloured as it fills.
fn memory_cell(used: &str, i: &ServerInfo) -> Cell {
    match (i.used_memory_bytes, i.maxmemory_bytes) {
        (Some(bytes), Some(max)) => {
            let share = bytes as f64 / max as f64;
            let tone = if share >= MEMORY_BAD {
                Tone::Bad
            } else if share >= MEMORY_WARN {
                Tone::Warn
            } else {
                Tone::Plain
            };
            Cell::new(format!(
                "memory {used} of {} ({:.0}%)",
                human_bytes(max),
                share * 100.0
            ))
            .tone(tone)
        }
        _ => Cell::new(format!("memory {used}")),
    }
}

/// Bytes the way INFO writes them: 1.71M, 2.00G.
fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["K", "M", "G", "T", "P"];
    if n < 1024 {
        return format!("{n}B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.2}{}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_like_info() {
        assert_eq!(human_bytes(512), "512B");
        assert_eq!(human_bytes(1_797_456), "1.71M");
        assert_eq!(human_bytes(2 << 30), "2.00G");
    }

    #[test]
    fn memory_against_a_limit_is_coloured_as_it_fills() {
        let info = |used, max| ServerInfo {
            used_memory_bytes: Some(used),
            maxmemory_bytes: max,
            ..ServerInfo::default()
        };
        assert_eq!(memory_cell("1M", &info(1 << 20, None)).text, "memory 1M");
        let c = memory_cell("1.90G", &info(1_900 << 20, Some(2 << 30)));
        assert_eq!(c.text, "memory 1.90G of 2.00G (93%)");
        assert_eq!(c.tone, Tone::Warn);
        let c = memory_cell("1.99G", &info(2_040 << 20, Some(2 << 30)));
        assert_eq!(c.tone, Tone::Bad);
    }
}
