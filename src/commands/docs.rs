//! `completions` and `man`: generated from the clap definition, so they never drift from it.
//! The generated files are committed under `completions/` and `man/`; a test regenerates them.

use std::path::Path;

use anyhow::{Context, Result};
use clap::CommandFactory;

use super::Ctx;
use crate::cli::Cli;
use crate::exit::Exit;

pub fn completions(ctx: &mut Ctx, shell: clap_complete::Shell) -> Result<Exit> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "coordctl", &mut buf);
    ctx.ui.raw(&String::from_utf8_lossy(&buf))?;
    ctx.ui.flush()?;
    Ok(Exit::Ok)
}

pub fn man(ctx: &mut Ctx, dir: Option<&Path>) -> Result<Exit> {
    let cmd = Cli::command();
    match dir {
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            ctx.ui.raw(&String::from_utf8_lossy(&buf))?;
            ctx.ui.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(cmd, dir)
                .with_context(|| format!("writing man pages to {}", dir.display()))?;
        }
    }
    Ok(Exit::Ok)
}
