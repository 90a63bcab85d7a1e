//! `coordctl breaker …`

use std::ffi::OsString;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::duration;

#[derive(Subcommand, Debug)]
pub enum BreakerCmd {
    /// List circuit breakers: state, when opened, time to half-open, expiry, last change
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one breaker (a component with no hash is closed)
    Show {
        #[arg(value_parser = component)]
        component: String,
        #[command(flatten)]
        timing: Timing,
    },
    /// May calls go through? The seed's checkCircuitBreaker: exit 0 when allowed, 3 when open
    #[command(
        long_about = "May calls go through? The seed's checkCircuitBreaker: exit 0 when calls are \
                      allowed (closed, half-open), 3 when the breaker is open. An open breaker \
                      whose timeout has passed moves to half-open and publishes \
                      circuit_breaker_half_open, in one script, so that when many callers check \
                      at once exactly one of them does it."
    )]
    Check {
        #[arg(value_parser = component)]
        component: String,
        /// Only look: never move an open breaker to half-open (implied by --read-only)
        #[arg(long)]
        no_transition: bool,
        #[command(flatten)]
        timing: Timing,
    },
    /// Open a breaker: calls are refused until it goes half-open or its key expires
    Open(OpenArgs),
    /// Close a breaker: calls go through again
    Close(ChangeArgs),
    /// Move a breaker to half-open: calls go through as trials
    HalfOpen(ChangeArgs),
    /// Delete breaker hashes: closed, with no history, as if they had expired
    Reset(ResetArgs),
    /// Run a command under a breaker (the seed's executeWithCircuitBreaker)
    #[command(
        long_about = "Run a command under a breaker (the seed's executeWithCircuitBreaker). \
                      Refuses with exit 3 while the breaker is open; otherwise runs the command \
                      with this terminal's stdin, stdout and stderr. Success closes a half-open \
                      breaker; failure (a non-zero exit or a signal, Ctrl-C included) opens it. \
                      coordctl then exits with the command's own status (128+N for signal N)."
    )]
    Exec(ExecArgs),
}

#[derive(Args, Debug)]
pub struct Timing {
    /// How long a breaker stays open before a check may move it to half-open (the seed's 5m)
    #[arg(long, value_parser = duration, default_value = "5m", value_name = "DURATION")]
    pub half_open_after: Duration,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only breakers in this state (a hash with no state counts as closed)
    #[arg(long, value_enum)]
    pub state: Option<StateArg>,
    #[command(flatten)]
    pub timing: Timing,
}

#[derive(Args, Debug)]
pub struct ChangeArgs {
    /// The component, e.g. agent:ml-trainer (the key is circuit_breakers:<component>)
    #[arg(value_parser = component)]
    pub component: String,
    /// Why: stored in the hash's reason field and sent in the event
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Change nothing (exit 3) unless the breaker is still in this state
    #[arg(long, value_enum, value_name = "STATE")]
    pub if_state: Option<StateArg>,
}

#[derive(Args, Debug)]
pub struct OpenArgs {
    #[command(flatten)]
    pub change: ChangeArgs,
    /// Expire the key (closing the breaker) after this long; agents may still move it to
    /// half-open after their own timeout
    #[arg(long = "for", value_parser = duration, default_value = "5m", value_name = "DURATION")]
    pub expire: Duration,
}

#[derive(Args, Debug)]
pub struct ResetArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all", value_parser = component)]
    pub component: Option<String>,
    /// Every breaker (asks for confirmation; --yes off a terminal)
    #[arg(long)]
    pub all: bool,
    /// With --all: only breakers in this state
    #[arg(long, value_enum, requires = "all")]
    pub state: Option<StateArg>,
    /// Why: sent in each circuit_breaker_closed event
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Reset nothing (exit 3) unless the breaker is still in this state
    #[arg(long, value_enum, value_name = "STATE", conflicts_with = "all")]
    pub if_state: Option<StateArg>,
}

#[derive(Args, Debug)]
pub struct ExecArgs {
    #[arg(value_parser = component)]
    pub component: String,
    /// How long the breaker stays open when the command fails (the key's expiry)
    #[arg(long = "for", value_parser = duration, default_value = "5m", value_name = "DURATION")]
    pub expire: Duration,
    #[command(flatten)]
    pub timing: Timing,
    /// The command and its arguments, after `--`
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StateArg {
    Closed,
    Open,
    HalfOpen,
}

/// A component name: anything but empty (`circuit_breakers:` alone is no breaker).
fn component(s: &str) -> Result<String, String> {
    if s.is_empty() {
        return Err("a component name cannot be empty (e.g. agent:ml-trainer)".into());
    }
    Ok(s.to_string())
}
