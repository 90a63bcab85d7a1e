//! The command line: global options and the subcommand enum, clap types only.
//!
//! Each domain's verbs live in their own file here; `commands/` turns them into work.

pub mod agents;
pub mod breaker;
pub mod context;
pub mod errors;
pub mod metrics;
pub mod retry;
pub mod status;
pub mod watch;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::{ColorWhen, Format};

#[derive(Parser, Debug)]
#[command(
    name = "coordctl",
    version,
    about = "See, fix and script the Redis state of multi-agent systems",
    long_about = "See, fix and script the Redis state of multi-agent systems that coordinate \
                  with the Redis coordination patterns: project context, agent status, error \
                  logs, circuit breakers, retry queues, training metrics and events:* channels.",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Redis address: redis://, rediss://, redis+unix:// URL or a bare host:port
    /// [default: from REDIS_HOST and REDIS_PORT, else localhost:6379]
    #[arg(
        long,
        global = true,
        env = "REDIS_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub url: Option<String>,

    /// Prefix for every key and channel, for several environments in one Redis
    #[arg(
        long,
        global = true,
        env = "COORDCTL_NAMESPACE",
        hide_env_values = true,
        value_name = "PREFIX"
    )]
    pub namespace: Option<String>,

    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// When to use colour (NO_COLOR is honoured by auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Answer yes to confirmation prompts (required for destructive verbs off a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Print exactly what would change, change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Refuse every write
    #[arg(long, global = true, env = "COORDCTL_READ_ONLY", hide_env_values = true,
          value_parser = clap::builder::BoolishValueParser::new())]
    pub read_only: bool,

    /// Fail (exit 1) when any entry could not be read cleanly
    #[arg(long, global = true)]
    pub strict: bool,

    /// Give up connecting after this long
    #[arg(long, global = true, value_parser = duration, default_value = "5s", value_name = "DURATION")]
    pub connect_timeout: Duration,

    /// Give up waiting for a reply after this long (0 waits forever)
    #[arg(long, global = true, value_parser = duration, default_value = "30s", value_name = "DURATION")]
    pub command_timeout: Duration,

    /// CA certificate (PEM) to verify a rediss:// server with
    #[arg(
        long,
        global = true,
        env = "REDIS_TLS_CA_CERT",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub tls_ca_cert: Option<PathBuf>,

    /// Client certificate (PEM) for mutual TLS
    #[arg(long, global = true, requires = "tls_key", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,

    /// Client private key (PEM) for mutual TLS
    #[arg(long, global = true, requires = "tls_cert", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,

    /// Skip TLS certificate verification (unsafe outside testing)
    #[arg(long, global = true)]
    pub tls_insecure: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Everything at a glance: server, agents, breakers, retry queue, errors, cascade, metrics
    #[command(
        long_about = "Everything at a glance: the server, agents by state (and stale), open and \
                      half-open breakers, the retry queue and dead letters, errors in the last \
                      hour by name, any error cascade, and the latest metric of each project. \
                      Never writes.\n\n\
                      With --check and thresholds, exits 3 when any threshold is crossed and \
                      names each one on stderr, e.g. `coordctl status --check --max-dlq 0 \
                      --max-open-breakers 0`."
    )]
    Status(status::StatusArgs),
    /// Project context hashes (context:project:<id>)
    #[command(subcommand)]
    Context(context::ContextCmd),
    /// Agent status hashes (agent:status:<agent>)
    #[command(subcommand)]
    Agents(agents::AgentsCmd),
    /// Error logs, counters, signatures and cascades (errors:*)
    #[command(subcommand)]
    Errors(errors::ErrorsCmd),
    /// Circuit breakers (circuit_breakers:<component>)
    #[command(subcommand)]
    Breaker(breaker::BreakerCmd),
    /// Retry queue and dead letter queue (retry:queue, retry:dead_letter_queue)
    #[command(subcommand)]
    Retry(retry::RetryCmd),
    /// Training metrics lists (metrics:<kind>:<project>:<metric>)
    #[command(subcommand)]
    Metrics(metrics::MetricsCmd),
    /// Live tail of the events:* channels: filter, count, wait for a message, survive reconnects
    Watch(watch::WatchArgs),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page, or write every page into a directory
    Man {
        /// Write coordctl.1 and one page per subcommand here
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
}

impl From<OutputFormat> for Format {
    fn from(f: OutputFormat) -> Format {
        match f {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Jsonl => Format::Jsonl,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl From<ColorChoice> for ColorWhen {
    fn from(c: ColorChoice) -> ColorWhen {
        match c {
            ColorChoice::Auto => ColorWhen::Auto,
            ColorChoice::Always => ColorWhen::Always,
            ColorChoice::Never => ColorWhen::Never,
        }
    }
}

/// "90s", "5m", "1h30m", "2days".
pub fn duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s.trim()).map_err(|e| format!("{e} (try e.g. 30s, 5m, 1h30m, 2d)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations() {
        assert_eq!(duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(duration("soon").is_err());
    }
}
