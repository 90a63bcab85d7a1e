//! `coordctl watch …`

use std::time::Duration;

use clap::Args;

use super::duration;
use crate::store::keys::EVENTS_ALL;

#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  coordctl watch                                   every events:* message, as it arrives
  coordctl watch 'events:errors:*' --exclude events:errors:correlations
  coordctl watch --filter error.name=TimeoutError -o jsonl
  coordctl watch events:tasks:completed --until taskId=task-42 --timeout 10m
  coordctl watch --count 100 --timeout 30s --raw > events.txt

Exit status: 0 when --count/--until was met (or on Ctrl-C / --timeout when not waiting for
anything), 3 when the watch ended without what it waited for, 4 when Redis cannot be reached.")]
pub struct WatchArgs {
    /// Channels, or glob patterns (with * ? or [), to listen to
    #[arg(value_name = "PATTERN", default_value = EVENTS_ALL)]
    pub patterns: Vec<String>,

    /// Leave out channels matching this glob (repeatable)
    #[arg(long, value_name = "PATTERN")]
    pub exclude: Vec<String>,

    /// Only show messages whose field has this value; dotted paths reach into objects
    /// (error.name=TimeoutError). Repeat for more: different fields must all match, several
    /// values for one field are alternatives
    #[arg(long, value_name = "FIELD=VALUE", value_parser = field_value)]
    pub filter: Vec<FieldValue>,

    /// Exit 0 at the first shown message with this field value (same syntax as --filter)
    #[arg(long, value_name = "FIELD=VALUE", value_parser = field_value)]
    pub until: Vec<FieldValue>,

    /// Exit 0 after N shown messages (with --until: N that match it)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Stop after this long; exit 3 if --count or --until was not met by then
    #[arg(long, value_parser = duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,

    /// Print each payload alone, one per line, as published
    #[arg(long)]
    pub raw: bool,

    /// PING after this long without traffic; no reply within as long again means the
    /// connection is dead and is replaced
    #[arg(long, value_parser = duration, default_value = "5s", value_name = "DURATION")]
    pub ping_interval: Duration,
}

/// `field=value` from `--filter` and `--until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldValue {
    /// Dotted path: `error.name`.
    pub field: String,
    pub value: String,
}

fn field_value(s: &str) -> Result<FieldValue, String> {
    match s.split_once('=') {
        Some((field, value)) if !field.trim().is_empty() => Ok(FieldValue {
            field: field.trim().to_string(),
            value: value.to_string(),
        }),
        _ => Err("expected FIELD=VALUE, e.g. error.name=TimeoutError".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_values() {
        let fv = field_value("error.name=Timeout=Error").unwrap();
        assert_eq!(fv.field, "error.name");
        assert_eq!(fv.value, "Timeout=Error");
        assert_eq!(field_value("step=").unwrap().value, "");
        assert!(field_value("=x").is_err());
        assert!(field_value("novalue").is_err());
    }
}
