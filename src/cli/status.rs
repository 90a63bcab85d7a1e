//! `coordctl status`

use std::time::Duration;

use clap::{ArgGroup, Args};

use super::breaker::Timing;
use super::duration;

#[derive(Args, Debug)]
#[command(
    group(ArgGroup::new("thresholds").multiple(true).args([
        "max_dlq",
        "max_open_breakers",
        "max_failed_agents",
        "max_stale_agents",
        "max_errors_last_hour",
        "no_cascade",
    ]))
)]
pub struct StatusArgs {
    /// Age after which an agent counts as stale
    #[arg(long, value_parser = duration, default_value = "10m", value_name = "DURATION")]
    pub stale_after: Duration,
    #[command(flatten)]
    pub timing: Timing,
    /// Rows shown per section, in the table and in JSON (the rest are counted)
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub limit: usize,

    /// Exit 3 when a threshold below is crossed (name at least one)
    #[arg(long, requires = "thresholds", help_heading = "Checks")]
    pub check: bool,
    /// More dead letters than N
    #[arg(long, value_name = "N", requires = "check", help_heading = "Checks")]
    pub max_dlq: Option<u64>,
    /// More open breakers than N (half-open ones let trial calls through and do not count)
    #[arg(long, value_name = "N", requires = "check", help_heading = "Checks")]
    pub max_open_breakers: Option<u64>,
    /// More failed agents than N
    #[arg(long, value_name = "N", requires = "check", help_heading = "Checks")]
    pub max_failed_agents: Option<u64>,
    /// More stale agents than N (see --stale-after)
    #[arg(long, value_name = "N", requires = "check", help_heading = "Checks")]
    pub max_stale_agents: Option<u64>,
    /// More error log entries in the last hour than N
    #[arg(long, value_name = "N", requires = "check", help_heading = "Checks")]
    pub max_errors_last_hour: Option<u64>,
    /// An error cascade (the seed's correlateErrors: 3 or more event types within 5m)
    #[arg(long, requires = "check", help_heading = "Checks")]
    pub no_cascade: bool,
}
