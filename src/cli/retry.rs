//! `coordctl retry …`

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::duration;

#[derive(Subcommand, Debug)]
pub enum RetryCmd {
    /// List the retry queue: what is due, what is waiting, and why each task failed
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Queue length, ready and waiting items, dead letters and anything left in staging
    Stats,
    /// Schedule a failed task for retry (the seed's enqueueForRetry, in one atomic write)
    Enqueue(EnqueueArgs),
    /// The dead letter queue: tasks that ran out of retries
    #[command(subcommand)]
    Dlq(DlqCmd),
    /// Work the retry queue: run a command for each due item, reliably
    Run(RunArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only items that are due now
    #[arg(long)]
    pub ready: bool,
    /// Only items for this agent
    #[arg(long, value_name = "AGENT")]
    pub agent: Option<String>,
    /// Show at most this many items
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Args, Debug)]
pub struct EnqueueArgs {
    /// The task that failed
    #[arg(value_name = "TASK_ID")]
    pub task: String,
    #[arg(long, value_name = "PROJECT_ID")]
    pub project: String,
    #[arg(long, value_name = "AGENT")]
    pub agent: String,
    /// The error message (the seed stores error.message)
    #[arg(long, value_name = "MESSAGE")]
    pub error: String,
    /// Retries already made; the item is written as attempt + 1
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub attempt: i64,
    /// Dead-letter instead once attempt reaches this
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_retries: i64,
}

#[derive(Subcommand, Debug)]
pub enum DlqCmd {
    /// List dead letters
    #[command(visible_alias = "ls")]
    List(DlqListArgs),
    /// Move dead letters back to the retry queue, due now
    Requeue(RequeueArgs),
    /// Write dead letters to a file as JSON lines, then remove them from Redis
    Drain(DrainArgs),
    /// Load JSON lines (e.g. from drain) into the dead letter queue or the retry queue
    Import(ImportArgs),
    /// Delete every dead letter
    Purge,
}

/// Which dead letters a verb applies to.
#[derive(Args, Debug, Clone, Default)]
pub struct Filters {
    /// Only dead letters for this agent
    #[arg(long, value_name = "AGENT")]
    pub agent: Option<String>,
    /// Only dead letters for this project
    #[arg(long, value_name = "PROJECT_ID")]
    pub project: Option<String>,
    /// Only dead letters whose error contains this text (case-insensitive)
    #[arg(long = "match", value_name = "TEXT")]
    pub matches: Option<String>,
    /// Only dead letters whose timestamp is older than this
    #[arg(long, value_parser = duration, value_name = "DURATION")]
    pub older_than: Option<Duration>,
}

#[derive(Args, Debug)]
pub struct DlqListArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Show at most this many
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["tasks", "all"]))]
pub struct RequeueArgs {
    /// Requeue the dead letters of these tasks
    #[arg(long = "task", value_name = "TASK_ID", num_args = 1..)]
    pub tasks: Vec<String>,
    /// Requeue every dead letter present when the command starts (narrow with filters)
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub filters: Filters,
    /// Move at most this many
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// The attempt number requeued items start from
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub attempt: i64,
    /// Dead letters per atomic batch
    #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
}

#[derive(Args, Debug)]
pub struct DrainArgs {
    /// File to append JSON lines to (created if missing), or - for stdout
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
    #[command(flatten)]
    pub filters: Filters,
    /// Drain at most this many
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Dead letters per batch (each batch is written and fsynced before it leaves Redis)
    #[arg(long, default_value_t = 5000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// JSON lines, one dead letter per line (- for stdin is not supported: lines are
    /// validated before anything is written, which needs a second pass)
    pub file: PathBuf,
    /// Import into the retry queue (due now) instead of the dead letter queue
    #[arg(long)]
    pub to_queue: bool,
    /// With --to-queue: the attempt number the items start from
    #[arg(long, default_value_t = 0, value_name = "N", requires = "to_queue")]
    pub attempt: i64,
    /// Import the valid lines of a file that has invalid ones (they are reported)
    #[arg(long)]
    pub skip_invalid: bool,
    /// Lines per atomic batch
    #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Process one due item (or none) and exit
    #[arg(long)]
    pub once: bool,
    /// Exit after this many items
    #[arg(long, value_name = "N")]
    pub max_items: Option<u64>,
    /// Exit when no item is due instead of waiting for one
    #[arg(long)]
    pub exit_when_idle: bool,
    /// This worker's name (its processing list is {retry:queue}:processing:<name>)
    /// [default: <host>:<pid>]
    #[arg(long, value_name = "NAME")]
    pub worker: Option<String>,
    /// Dead-letter a failed item once its attempt reaches this
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_retries: i64,
    /// How often to look for due items when none is due
    #[arg(long, value_parser = duration, default_value = "1s", value_name = "DURATION")]
    pub poll: Duration,
    /// The command to run per item: the item's JSON on stdin, TASK_ID, PROJECT_ID, AGENT and
    /// ATTEMPT in its environment; exit 0 means the retry succeeded
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}
