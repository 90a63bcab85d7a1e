//! `coordctl agents …`

use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use super::duration;

#[derive(Subcommand, Debug)]
pub enum AgentsCmd {
    /// List agents with their status, task and last update
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one agent's hash
    Show {
        agent: String,
        /// Age after which the agent counts as stale
        #[arg(long, value_parser = duration, default_value = "10m", value_name = "DURATION")]
        stale_after: Duration,
    },
    /// Names of idle agents, one per line (the seed's getAvailableAgents)
    Available,
    /// Set an agent's status (the seed's updateAgentStatus, in one transaction)
    Set(SetArgs),
    /// Delete agent hashes
    #[command(visible_alias = "rm")]
    Remove {
        #[arg(required = true)]
        agents: Vec<String>,
    },
    /// Delete agents that have not reported for a while
    Prune {
        /// Prune agents whose updated_at is older than this
        #[arg(long, value_parser = duration, value_name = "DURATION")]
        stale: Duration,
        /// Only prune agents in this state
        #[arg(long, value_enum)]
        status: Option<StateArg>,
    },
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only agents in this state
    #[arg(long, value_enum)]
    pub status: Option<StateArg>,
    /// Only agents whose updated_at is older than this
    #[arg(long, value_parser = duration, value_name = "DURATION")]
    pub stale: Option<Duration>,
    /// Age after which an agent counts as stale ("(stale)" in the table, `stale` in JSON)
    #[arg(long, value_parser = duration, default_value = "10m", value_name = "DURATION")]
    pub stale_after: Duration,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    pub agent: String,
    #[arg(value_enum)]
    pub status: StateArg,
    /// Record this as the agent's current task
    #[arg(long, value_name = "TASK", conflicts_with = "clear_task")]
    pub task: Option<String>,
    /// Remove current_task (otherwise it is kept, as the seed does)
    #[arg(long)]
    pub clear_task: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StateArg {
    Idle,
    Busy,
    Failed,
}
