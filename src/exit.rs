//! Exit codes (SPEC §2) and the error type that carries one.
//!
//! Most failures are plain `anyhow` errors with context and exit 1. Errors that need another
//! code (refused, unreachable) or a hint are a [`Fail`] somewhere in the chain; `classify` finds
//! it, and recognises the Redis and I/O errors that mean "cannot reach Redis".

use std::fmt;
use std::io;

/// The process exit codes that scripts rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Ok,
    /// A Redis error, an I/O error, a partial failure, bad data under `--strict`.
    Failure,
    /// A usage error, or a write refused (missing `--yes`, `--read-only`, declined prompt).
    Refused,
    /// A `check` verb's condition failed, or a `watch` ended without what it waited for.
    CheckFailed,
    /// Redis cannot be reached or refused our credentials.
    Unreachable,
    /// The exit status of a command run on the user's behalf (`breaker exec`), passed through.
    Child(u8),
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failure => 1,
            Exit::Refused => 2,
            Exit::CheckFailed => 3,
            Exit::Unreachable => 4,
            Exit::Child(code) => code,
        }
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e.code())
    }
}

/// An error with a chosen exit code and an optional hint for the operator.
#[derive(Debug)]
pub struct Fail {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl Fail {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Fail {
            exit,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fail {}

/// A refused write or a bad argument found after parsing: exit 2.
pub fn refused(message: impl Into<String>) -> Fail {
    Fail::new(Exit::Refused, message)
}

/// The exit code an error should end the process with.
pub fn classify(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(fail) = cause.downcast_ref::<Fail>() {
            return fail.exit;
        }
        if let Some(io) = cause.downcast_ref::<io::Error>()
            && io.kind() == io::ErrorKind::BrokenPipe
        {
            return Exit::Ok;
        }
        if let Some(re) = cause.downcast_ref::<redis::RedisError>()
            && redis_unreachable(re)
        {
            return Exit::Unreachable;
        }
    }
    Exit::Failure
}

/// The hint attached anywhere in the chain, if any.
pub fn hint(err: &anyhow::Error) -> Option<String> {
    err.chain()
        .filter_map(|c| c.downcast_ref::<Fail>())
        .find_map(|f| f.hint.clone())
        .or_else(|| {
            err.chain()
                .filter_map(|c| c.downcast_ref::<redis::RedisError>())
                .find(|e| redis_unreachable(e))
                .map(|_| "is redis-server running and reachable? set --url or REDIS_URL".into())
        })
}

/// True for a broken pipe anywhere in the chain: `coordctl … | head` ends quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    classify(err) == Exit::Ok
}

fn redis_unreachable(e: &redis::RedisError) -> bool {
    e.is_io_error()
        || e.is_connection_refusal()
        || e.is_timeout()
        || e.is_connection_dropped()
        || e.kind() == redis::ErrorKind::AuthenticationFailed
        || matches!(e.code(), Some("NOAUTH" | "WRONGPASS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_in_chain_decides_the_code() {
        let err = anyhow::Error::new(refused("no --yes")).context("deleting agent:status:a");
        assert_eq!(classify(&err), Exit::Refused);
    }

    #[test]
    fn broken_pipe_is_success() {
        let err = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe)).context("writing");
        assert_eq!(classify(&err), Exit::Ok);
        assert!(is_broken_pipe(&err));
    }

    #[test]
    fn plain_errors_are_failures() {
        assert_eq!(classify(&anyhow::anyhow!("boom")), Exit::Failure);
    }

    #[test]
    fn refused_connection_is_unreachable() {
        let io = io::Error::from(io::ErrorKind::ConnectionRefused);
        let err = anyhow::Error::new(redis::RedisError::from(io));
        assert_eq!(classify(&err), Exit::Unreachable);
        assert!(hint(&err).is_some());
    }
}
