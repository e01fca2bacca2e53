//! Container bookkeeping commands: rename, port, top.

use crate::engine::container::{lookup, rename, top};
use crate::engine::Engine;
use anyhow::{bail, Result};
use clap::Args;

#[derive(Args, Debug)]
pub struct RenameArgs {
    pub container: String,
    pub new_name: String,
}

#[derive(Args, Debug)]
pub struct TopArgs {
    /// The latest container
    #[arg(short, long)]
    pub latest: bool,
    /// Container, then ps descriptors (user pid ppid pcpu etime tty time args comm group state)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

pub fn rename(e: &Engine, a: RenameArgs) -> Result<i32> {
    rename::rename(e, &a.container, &a.new_name)?;
    Ok(0)
}

fn latest(e: &Engine) -> Result<String> {
    match lookup::latest(e)? {
        Some(c) => Ok(c.id),
        None => bail!("no containers to act on"),
    }
}

pub fn top(e: &Engine, a: TopArgs) -> Result<i32> {
    let mut it = a.args.into_iter();
    let ctr = if a.latest {
        latest(e)?
    } else {
        match it.next() {
            Some(c) => c,
            None => bail!("you must provide the name or id of a running container"),
        }
    };
    let descs: Vec<String> = it.collect();
    let (headers, rows) = top::top(e, &ctr, &descs)?;
    let h: Vec<&str> = headers.iter().map(String::as_str).collect();
    print!("{}", crate::format::table(&h, &rows));
    Ok(0)
}
