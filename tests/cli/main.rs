//! The integration tests: the real `coordctl` binary against real redis-servers that each
//! test starts for itself. Read them like the README: a command, then what it printed and
//! how it exited.

mod support;

mod agents;
mod breaker;
mod connect;
mod context;
mod docs;
mod errors;
mod metrics;
mod output;
mod retry;
mod safety;
mod status;
mod watch;
