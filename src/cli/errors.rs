//! `coordctl errors …`

use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::{Args, Subcommand, ValueEnum};

use super::duration;

#[derive(Subcommand, Debug)]
pub enum ErrorsCmd {
    /// Error log entries, newest first, from the task log and every training log
    Log(LogArgs),
    /// A task's details hash (errors:task:<task>:details) and its log entries
    Show(ShowArgs),
    /// Error counters (errors:counters), highest first
    Top {
        /// Show only the N highest
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        limit: Option<u64>,
    },
    /// Known error signatures (errors:unique_signatures)
    #[command(visible_alias = "sigs")]
    Signatures {
        /// Only signatures matching this glob (SSCAN MATCH), e.g. 'Timeout*'
        #[arg(long = "match", value_name = "PATTERN", conflicts_with = "name")]
        pattern: Option<String>,
        /// Only signatures of this error name
        #[arg(long)]
        name: Option<String>,
    },
    /// Record a task failure the way the seed's logTaskError does, in one transaction
    Record(RecordArgs),
    /// Look for an error cascade: several event types within a window (the seed's
    /// correlateErrors, over the task log and every training log)
    Correlate(CorrelateArgs),
    /// Delete error data: logs, details hashes, counters, signatures
    Purge {
        /// What to delete
        #[arg(required = true, value_enum)]
        what: Vec<PurgeWhat>,
    },
}

#[derive(Args, Debug)]
pub struct LogArgs {
    /// Which logs to read
    #[arg(long, value_enum, default_value_t = SourceArg::All)]
    pub source: SourceArg,
    /// Only entries newer than this: a duration (1h, 30m) or an RFC 3339 time
    #[arg(long, value_parser = since, value_name = "WHEN")]
    pub since: Option<Since>,
    /// Only entries of this agent
    #[arg(long)]
    pub agent: Option<String>,
    /// Only entries of this project (and only this project's training log)
    #[arg(long)]
    pub project: Option<String>,
    /// Only entries of this severity
    #[arg(long)]
    pub severity: Option<String>,
    /// Only errors with this name (error.name)
    #[arg(long)]
    pub name: Option<String>,
    /// Only events of this type (task_failure, …)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only entries of this task
    #[arg(long)]
    pub task: Option<String>,
    /// Show at most N entries
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
    /// Show every entry (no --limit)
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub task: String,
    /// Show at most N of the task's log entries
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
}

#[derive(Args, Debug)]
pub struct RecordArgs {
    /// The failed task (taskId)
    #[arg(long, value_parser = non_empty)]
    pub task: String,
    /// Its project (projectId)
    #[arg(long, value_parser = non_empty)]
    pub project: String,
    /// The agent that ran it
    #[arg(long, value_parser = non_empty)]
    pub agent: String,
    /// The error's name (error.name), e.g. TimeoutError
    #[arg(long, allow_hyphen_values = true)]
    pub name: String,
    /// The error's message (error.message); may start with '-'
    #[arg(long, allow_hyphen_values = true)]
    pub message: String,
    /// The error's code (error.code), e.g. ETIMEDOUT; left out of the entry when not given
    #[arg(long, allow_hyphen_values = true)]
    pub code: Option<String>,
    /// Severity, a plain word (it names the channel events:errors:<severity>)
    #[arg(long, default_value = "medium", value_parser = plain_word, value_name = "WORD")]
    pub severity: String,
    /// Mark the error as recoverable (recoverable: true)
    #[arg(long)]
    pub recoverable: bool,
    /// Also publish the seed's task_failure message on events:errors:<severity>
    #[arg(long)]
    pub publish: bool,
}

#[derive(Args, Debug)]
pub struct CorrelateArgs {
    /// How far back an event counts
    #[arg(long, value_parser = duration, default_value = "5m", value_name = "DURATION")]
    pub window: Duration,
    /// A cascade is at least this many distinct event types within the window
    #[arg(long, default_value_t = 3, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub threshold: u64,
    /// Newest entries read from each log (the seed reads 100)
    #[arg(long, default_value_t = 100, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub per_log: u64,
    /// Publish the seed's error_cascade_detected message on events:errors:correlations when
    /// a cascade is found
    #[arg(long)]
    pub publish: bool,
    /// Exit 3 when a cascade is found
    #[arg(long)]
    pub check: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SourceArg {
    /// errors:tasks:log
    Tasks,
    /// every errors:training:<project>:log
    Training,
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PurgeWhat {
    /// errors:tasks:log and every training log
    Log,
    /// every errors:task:<task>:details hash
    Details,
    /// errors:counters
    Counters,
    /// errors:unique_signatures
    Signatures,
    /// all of the above
    All,
}

/// `--since`: an age or a point in time.
#[derive(Clone, Copy, Debug)]
pub enum Since {
    Ago(Duration),
    At(DateTime<Utc>),
}

fn since(s: &str) -> Result<Since, String> {
    if let Ok(d) = humantime::parse_duration(s.trim()) {
        return Ok(Since::Ago(d));
    }
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| Since::At(t.with_timezone(&Utc)))
        .map_err(|_| {
            format!(
                "{s:?} is neither a duration (30m, 2h) nor an RFC 3339 time (2026-11-25T10:00:00Z)"
            )
        })
}

/// A severity becomes part of a channel name: no spaces, no glob or key separators.
fn plain_word(s: &str) -> Result<String, String> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(s.to_string())
    } else {
        Err(
            "use a plain word of letters, digits, '-' or '_' (it names the channel \
             events:errors:<severity>)"
                .into(),
        )
    }
}

fn non_empty(s: &str) -> Result<String, String> {
    if s.is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_are_plain_words() {
        assert!(plain_word("critical").is_ok());
        assert!(plain_word("p1_high-ish").is_ok());
        for bad in ["", "high low", "a:b", "*", "high\n", "é"] {
            assert!(plain_word(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn since_takes_an_age_or_a_time() {
        assert!(matches!(since("90m"), Ok(Since::Ago(d)) if d.as_secs() == 5400));
        assert!(matches!(since("2026-11-25T10:00:00Z"), Ok(Since::At(_))));
        assert!(since("yesterday").is_err());
    }
}
