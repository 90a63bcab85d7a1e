//! `coordctl context …`

use std::time::Duration;

use clap::{Args, Subcommand};

use super::duration;

#[derive(Subcommand, Debug)]
pub enum ContextCmd {
    /// List project contexts
    #[command(visible_alias = "ls")]
    List,
    /// Show every field of one project's context
    Show { project: String },
    /// Set fields (one atomic write, then the seed's events:context:updated message)
    Set(SetArgs),
    /// Remove fields from a project's context
    Unset {
        project: String,
        #[arg(required = true, value_name = "FIELD")]
        fields: Vec<String>,
    },
    /// Delete a project's context
    Delete { project: String },
}

#[derive(Args, Debug)]
pub struct SetArgs {
    pub project: String,
    /// field=value pairs; values are stored as strings, as agents store them
    #[arg(required = true, value_name = "FIELD=VALUE", value_parser = field_value)]
    pub fields: Vec<(String, String)>,
    /// Expire the whole context after this long
    #[arg(long, value_parser = duration, value_name = "DURATION")]
    pub ttl: Option<Duration>,
}

fn field_value(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected FIELD=VALUE, got {s:?}")),
    }
}
