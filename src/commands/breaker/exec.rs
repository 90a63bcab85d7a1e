//! `breaker exec <c> -- <command…>`: the seed's executeWithCircuitBreaker for scripts.
//!
//! Check (refusing with exit 3 while open), run the command in the foreground with our stdin,
//! stdout and stderr, then record the outcome: success closes a half-open breaker, failure
//! opens it. coordctl exits with the command's own status.
//!
//! Ctrl-C at a terminal sends SIGINT to the whole foreground process group. The child gets it
//! and decides for itself; coordctl must not die of it, or the failure would go unrecorded and
//! the shell would see coordctl's status instead of the child's.

use std::ffi::OsString;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, ExitStatus};
use std::time::Duration;

use anyhow::Result;

use super::{Ctx, Plan};
use crate::cli::breaker::ExecArgs;
use crate::exit::{Exit, Fail};
use crate::interrupt;
use crate::output::redact;
use crate::store::breaker::{self, Outcome, Target};
use crate::time::span;

pub fn exec(ctx: &mut Ctx, args: &ExecArgs) -> Result<Exit> {
    let c = args.component.as_str();
    let timeout = args.timing.half_open_after;
    let program = program_name(&args.command[0]);
    let plan = Plan::write(format!("run {program} under breaker {c}"), plan_lines(args));
    if !ctx.approve(&plan)? {
        return Ok(Exit::Ok);
    }

    let mut store = ctx.store()?;
    let check = breaker::check(&mut store, c, timeout, true)?;
    // A long run may outlive the connection's idle timeout; outcomes use a fresh one.
    drop(store);
    for p in &check.problems {
        ctx.ui.warn(&format!("{c}: {p}"));
    }
    if check.open {
        let when = check
            .half_open_in
            .map(|d| {
                let secs = Duration::from_secs(d.as_millis().div_ceil(1000) as u64);
                format!(" (half-open in {})", span(secs.as_secs()))
            })
            .unwrap_or_default();
        return Err(Fail::new(
            Exit::CheckFailed,
            format!("breaker {c} is open{when}: not running {program}"),
        )
        .hint(format!(
            "`coordctl breaker show {c}` says why; `coordctl breaker close {c}` lets calls through"
        ))
        .into());
    }
    if check.transitioned {
        ctx.ui.note(&format!(
            "breaker {c} moved to half-open: this run is the trial call"
        ));
    }

    survive_interrupts(ctx);
    let status = match Command::new(&args.command[0])
        .args(&args.command[1..])
        .status()
    {
        Ok(status) => status,
        Err(e) => {
            // What a shell answers: 127 not found, 126 found but not runnable. The component
            // did not fail, so the breaker is left as it is.
            let code = if e.kind() == std::io::ErrorKind::NotFound {
                127
            } else {
                126
            };
            return Err(Fail::new(
                Exit::Child(code),
                format!("running {}: {e}", args.command[0].to_string_lossy()),
            )
            .hint(format!("breaker {c} was not changed"))
            .into());
        }
    };
    let (code, failure) = outcome(&status, &program);
    match record(ctx, c, failure.as_deref(), args.expire) {
        Ok(()) => Ok(Exit::Child(code)),
        Err(e) if code == 0 => Err(e.context(format!(
            "{program} succeeded, but recording it on breaker {c} failed"
        ))),
        Err(e) => {
            ctx.ui.warn(&redact(&format!(
                "could not open breaker {c} after {program} failed: {e:#}"
            )));
            Ok(Exit::Child(code))
        }
    }
}

/// Keep coordctl alive through SIGINT while the child runs. Installing any handler replaces the
/// default "terminate"; the child starts with the default again (exec resets handlers), so it
/// still receives and acts on the signal.
fn survive_interrupts(ctx: &Ctx) {
    if let Err(e) = interrupt::on_interrupt(|| {}) {
        ctx.ui.warn(&format!(
            "Ctrl-C may end coordctl before it records the outcome: {e}"
        ));
    }
}

/// The exit code to pass on and, for a failure, the reason to open the breaker with.
/// Only the program's name goes into the reason: arguments may hold secrets.
fn outcome(status: &ExitStatus, program: &str) -> (u8, Option<String>) {
    match (status.code(), status.signal()) {
        (Some(0), _) => (0, None),
        (Some(n), _) => (
            (n & 0xff) as u8,
            Some(format!("{program} exited with status {n}")),
        ),
        (None, Some(sig)) => (
            (128 + sig).clamp(0, 255) as u8,
            Some(format!("{program} was killed by {}", signal_name(sig))),
        ),
        (None, None) => (1, Some(format!("{program} ended abnormally"))),
    }
}

/// Success closes a half-open breaker (the seed's recordCircuitBreakerSuccess); failure opens
/// it (the seed's openCircuitBreaker, with the failure as the reason).
fn record(ctx: &Ctx, c: &str, failure: Option<&str>, expire: Duration) -> Result<()> {
    let mut store = ctx.store()?;
    let by = breaker::operator();
    match failure {
        None => {
            let done = breaker::change(
                &mut store,
                c,
                Target::Closed,
                Some("half-open"),
                Some("recovery_successful"),
                &by,
            )?;
            if matches!(done, Outcome::Changed { .. }) {
                ctx.ui
                    .note(&format!("breaker {c} closed: the trial call succeeded"));
            }
        }
        Some(reason) => {
            breaker::change(
                &mut store,
                c,
                Target::Open { expire },
                None,
                Some(reason),
                &by,
            )?;
            ctx.ui.note(&format!(
                "breaker {c} opened: {reason} (expires in {})",
                span(expire.as_secs())
            ));
        }
    }
    Ok(())
}

fn plan_lines(args: &ExecArgs) -> Vec<String> {
    let c = &args.component;
    vec![
        format!(
            "check breaker {c}: refuse while open, move to half-open once open longer than {}",
            span(args.timing.half_open_after.as_secs())
        ),
        format!("run {}", shell_words(&args.command)),
        format!("on success: close {c} if it is half-open (circuit_breaker_closed)"),
        format!(
            "on failure: open {c} for {} (circuit_breaker_opened)",
            span(args.expire.as_secs())
        ),
    ]
}

fn program_name(arg0: &OsString) -> String {
    Path::new(arg0)
        .file_name()
        .unwrap_or(arg0.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// The command as a person would type it, quoting what needs quoting.
fn shell_words(words: &[OsString]) -> String {
    words
        .iter()
        .map(|w| {
            let w = w.to_string_lossy();
            if !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c))
            {
                w.into_owned()
            } else {
                format!("'{}'", w.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn signal_name(sig: i32) -> String {
    let name = match sig {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        _ => return format!("signal {sig}"),
    };
    format!("{name} (signal {sig})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_pass_through_and_name_the_failure() {
        assert_eq!(outcome(&ExitStatus::from_raw(0), "job"), (0, None));
        let (code, why) = outcome(&ExitStatus::from_raw(7 << 8), "job");
        assert_eq!(code, 7);
        assert_eq!(why.as_deref(), Some("job exited with status 7"));
        let (code, why) = outcome(&ExitStatus::from_raw(2), "job");
        assert_eq!(code, 130);
        assert_eq!(why.as_deref(), Some("job was killed by SIGINT (signal 2)"));
    }

    #[test]
    fn commands_are_shown_as_typed() {
        let words: Vec<OsString> = ["curl", "-H", "a b", "it's"].map(OsString::from).to_vec();
        assert_eq!(shell_words(&words), r"curl -H 'a b' 'it'\''s'");
        assert_eq!(program_name(&OsString::from("/usr/bin/curl")), "curl");
    }
}
