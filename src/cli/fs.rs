//! Container filesystem commands: cp, diff, commit, export.

use crate::engine::container::{commit, cp, diff, export};
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Accepted for compatibility (archive mode is the default)
    #[arg(short, long, default_value_t = true, action = clap::ArgAction::Set)]
    pub archive: bool,
    /// Source: host path, CONTAINER:PATH or - (a tar stream on stdin)
    pub src: String,
    /// Destination: host path, CONTAINER:PATH or - (a tar stream on stdout)
    pub dest: String,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Go template or "json"
    #[arg(long)]
    pub format: Option<String>,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct CommitArgs {
    /// Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, EXPOSE, LABEL, STOPSIGNAL, VOLUME)
    #[arg(short, long = "change")]
    pub change: Vec<String>,
    /// Commit message
    #[arg(short, long)]
    pub message: Option<String>,
    /// Author
    #[arg(short, long)]
    pub author: Option<String>,
    /// Pause the container while committing
    #[arg(short, long)]
    pub pause: bool,
    /// Print nothing but the image ID
    #[arg(short, long)]
    pub quiet: bool,
    pub container: String,
    pub image: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to this file instead of standard output
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    pub container: String,
}

pub fn cp(e: &Engine, a: CpArgs) -> Result<i32> {
    cp::cp(e, &a.src, &a.dest)?;
    Ok(0)
}

pub fn diff(e: &Engine, a: DiffArgs) -> Result<i32> {
    let changes = diff::diff(e, &a.container)?;
    match a.format.as_deref() {
        Some("json") => {
            let mut m = serde_json::Map::new();
            for (k, name) in [('A', "added"), ('C', "changed"), ('D', "deleted")] {
                let v: Vec<&String> = changes
                    .iter()
                    .filter(|(kk, _)| *kk == k)
                    .map(|(_, p)| p)
                    .collect();
                if !v.is_empty() {
                    m.insert(name.into(), serde_json::json!(v));
                }
            }
            println!("{}", serde_json::to_string_pretty(&m)?);
        }
        Some(f) => {
            let items: Vec<serde_json::Value> = changes
                .iter()
                .map(|(k, p)| serde_json::json!({"ChangeType": k.to_string(), "Path": p}))
                .collect();
            super::output::print_format(f, &items, &[])?;
        }
        None => {
            for (k, p) in changes {
                println!("{k} {p}");
            }
        }
    }
    Ok(0)
}

pub fn commit(e: &Engine, a: CommitArgs) -> Result<i32> {
    let id = commit::commit(
        e,
        &commit::CommitOpts {
            container: a.container,
            image: a.image,
            changes: a.change,
            message: a.message,
            author: a.author,
            pause: a.pause,
        },
    )?;
    println!("{id}");
    Ok(0)
}

pub fn export(e: &Engine, a: ExportArgs) -> Result<i32> {
    export::export(e, &a.container, a.output.as_deref())?;
    Ok(0)
}
