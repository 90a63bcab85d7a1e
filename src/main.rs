//! coordctl: see, fix and script the Redis state of multi-agent systems.
//!
//! Glue only: parse the command line, run the command, print an error once, exit with the
//! code SPEC §2 promises.
#![warn(clippy::print_stdout, clippy::print_stderr)]

mod cli;
mod commands;
mod exit;
mod interrupt;
mod output;
mod store;
mod time;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::exit::Exit;

fn main() -> ExitCode {
    // rustls needs a process-wide crypto provider before the first rediss:// connection.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = cli::Cli::parse();
    let color = match cli.global.color {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    match commands::run(cli) {
        Ok(code) => code.into(),
        Err(err) if exit::is_broken_pipe(&err) => Exit::Ok.into(),
        Err(err) => {
            output::report_error(&err, color);
            exit::classify(&err).into()
        }
    }
}
