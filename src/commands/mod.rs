//! One module per subcommand: arguments in, store calls out, rows to the [`Ui`].
//!
//! [`Ctx`] carries what every command shares: the output, how to connect, and the safety
//! switches. Every write goes through [`Ctx::approve`], the single place that implements
//! `--dry-run`, `--read-only`, `--yes` and the confirmation prompt.

mod agents;
mod breaker;
mod context;
mod docs;
mod errors;
mod metrics;
mod retry;
mod status;
mod watch;

use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use crate::cli::{Cli, Command, Global};
use crate::exit::{Exit, refused};
use crate::output::{self, Format, Ui};
use crate::store::pubsub::Subscription;
use crate::store::{ConnectOptions, Keys, Store};

pub fn run(cli: Cli) -> Result<Exit> {
    let mut ctx = Ctx::new(cli.global);
    match cli.command {
        Command::Status(args) => status::run(&mut ctx, &args),
        Command::Context(cmd) => context::run(&mut ctx, cmd),
        Command::Agents(cmd) => agents::run(&mut ctx, cmd),
        Command::Errors(cmd) => errors::run(&mut ctx, cmd),
        Command::Breaker(cmd) => breaker::run(&mut ctx, cmd),
        Command::Retry(cmd) => retry::run(&mut ctx, cmd),
        Command::Metrics(cmd) => metrics::run(&mut ctx, cmd),
        Command::Watch(args) => watch::run(&mut ctx, args),
        Command::Completions { shell } => docs::completions(&mut ctx, shell),
        Command::Man { dir } => docs::man(&mut ctx, dir.as_deref()),
    }
}

pub struct Ctx {
    pub ui: Ui,
    connect: ConnectOptions,
    keys: Keys,
    read_only: bool,
    yes: bool,
    dry_run: bool,
}

impl Ctx {
    fn new(g: Global) -> Ctx {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let connect = ConnectOptions {
            url: g.url,
            host: env("REDIS_HOST"),
            port: env("REDIS_PORT"),
            username: env("REDIS_USERNAME"),
            password: env("REDIS_PASSWORD").or_else(|| env("REDIS_PWD")),
            db: env("REDIS_DB"),
            tls_ca_cert: g.tls_ca_cert,
            tls_cert: g.tls_cert,
            tls_key: g.tls_key,
            tls_insecure: g.tls_insecure,
            connect_timeout: g.connect_timeout,
            command_timeout: g.command_timeout,
        };
        let mut secrets: Vec<String> = connect.password.iter().cloned().collect();
        if let Some(pw) = connect
            .url
            .as_deref()
            .and_then(redis::parse_redis_url)
            .and_then(|u| u.password().map(str::to_string))
        {
            secrets.push(pw);
        }
        output::register_secrets(secrets);
        Ctx {
            ui: Ui::new(g.output.into(), g.color.into(), g.strict),
            keys: Keys::new(g.namespace.as_deref()),
            connect,
            read_only: g.read_only,
            yes: g.yes,
            dry_run: g.dry_run,
        }
    }

    /// True under --dry-run: verbs that must read to describe their plan check this first.
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// The server's address without credentials, for showing where the data came from.
    pub fn address(&self) -> Option<String> {
        self.connect.target().ok().map(|t| t.display)
    }

    /// Connect to Redis (commands that need no server never call this).
    pub fn store(&self) -> Result<Store> {
        Store::open(&self.connect, self.keys.clone(), self.read_only)
    }

    /// False under `--read-only` or `--dry-run`: verbs whose write is incidental (a check's
    /// transition) then only look, instead of being refused.
    pub fn writes_allowed(&self) -> bool {
        !self.read_only && !self.dry_run
    }

    /// Subscribe to channels and patterns on a connection of their own (pub/sub cannot share
    /// the Store's request/reply connection).
    pub fn subscribe(&self, names: &[String], ping_every: Duration) -> Result<Subscription> {
        Subscription::open(&self.connect, self.keys.clone(), names, ping_every)
    }

    /// Decide whether a write may go ahead. `Ok(false)`: it was a dry run, the plan has been
    /// printed, do nothing. Errors (exit 2): read-only, or a destructive plan without `--yes`
    /// off a terminal, or declined at the prompt.
    pub fn approve(&mut self, plan: &Plan) -> Result<bool> {
        if self.dry_run {
            self.print_plan(plan)?;
            return Ok(false);
        }
        if self.read_only {
            return Err(
                refused(format!("read-only mode: not going to {}", plan.action))
                    .hint("drop --read-only / unset COORDCTL_READ_ONLY to allow writes")
                    .into(),
            );
        }
        if !plan.destructive || self.yes {
            return Ok(true);
        }
        if !self.ui.interactive() {
            return Err(
                refused(format!("refusing to {} without --yes", plan.action))
                    .hint("add --yes to confirm, or --dry-run to see what would change")
                    .into(),
            );
        }
        // A prompt is read by a person: the first changes, then how many more (--dry-run
        // lists them all).
        const SHOWN: usize = 20;
        for change in plan.changes.iter().take(SHOWN) {
            self.ui.note(&format!("  {change}"));
        }
        if plan.changes.len() > SHOWN {
            self.ui.note(&format!(
                "  … and {} more (--dry-run lists them all)",
                plan.changes.len() - SHOWN
            ));
        }
        if self.ui.confirm(&format!("{}?", capitalise(&plan.action)))? {
            Ok(true)
        } else {
            Err(refused("aborted, nothing changed").into())
        }
    }

    fn print_plan(&mut self, plan: &Plan) -> Result<()> {
        match self.ui.format() {
            Format::Table => {
                self.ui.raw(&format!("dry run: would {}\n", plan.action))?;
                for change in &plan.changes {
                    self.ui.line(&format!("  {change}"))?;
                }
                self.ui.flush()
            }
            _ => {
                #[derive(Serialize)]
                struct DryRun<'a> {
                    dry_run: bool,
                    action: &'a str,
                    changes: &'a [String],
                }
                self.ui.json(&DryRun {
                    dry_run: true,
                    action: &plan.action,
                    changes: &plan.changes,
                })?;
                self.ui.flush()
            }
        }
    }
}

/// A write described before it happens: for `--dry-run`, the prompt and `--read-only`.
pub struct Plan {
    /// What will be done, as a verb phrase: "delete 3 agent hashes".
    pub action: String,
    /// Each change, e.g. "DEL agent:status:a".
    pub changes: Vec<String>,
    /// Destructive plans need confirmation or `--yes`.
    pub destructive: bool,
}

impl Plan {
    pub fn write(action: impl Into<String>, changes: Vec<String>) -> Plan {
        Plan {
            action: action.into(),
            changes,
            destructive: false,
        }
    }

    pub fn destructive(action: impl Into<String>, changes: Vec<String>) -> Plan {
        Plan {
            destructive: true,
            ..Plan::write(action, changes)
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "1 agent" / "3 agents", "2 entries", "2 agent hashes": English plurals of our nouns.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    let bytes = noun.as_bytes();
    let before_last = bytes.len().checked_sub(2).map(|i| bytes[i]);
    if let Some(stem) = noun.strip_suffix('y')
        && !matches!(before_last, Some(b'a' | b'e' | b'i' | b'o' | b'u'))
    {
        return format!("{n} {stem}ies");
    }
    if ["s", "sh", "ch", "x"].iter().any(|end| noun.ends_with(end)) {
        return format!("{n} {noun}es");
    }
    format!("{n} {noun}s")
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn plurals() {
        assert_eq!(count(1, "entry"), "1 entry");
        assert_eq!(count(2, "entry"), "2 entries");
        assert_eq!(count(0, "agent hash"), "0 agent hashes");
        assert_eq!(count(3, "dead letter"), "3 dead letters");
        assert_eq!(count(2, "key"), "2 keys");
    }
}
