//! `volume` commands: flags into the engine's volume options, results printed as podman.

use crate::engine::volume::{self as vol, VolumeCreateOptions};
use crate::engine::Engine;
use anyhow::{bail, Result};
use clap::Args;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// `volume` subcommands.
#[derive(clap::Subcommand, Debug)]
pub enum VolumeCmd {
    /// Create a volume
    Create(VolCreateArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(VolLsArgs),
    /// Show details of volumes
    Inspect(VolInspectArgs),
    /// Remove volumes
    #[command(visible_alias = "remove")]
    Rm(VolRmArgs),
    /// Remove the volumes no container uses
    Prune(VolPruneArgs),
    /// Exit 0 when the volume exists, 1 when it does not
    Exists(VolExistsArgs),
    /// Write a volume's content as a tar archive
    Export(VolExportArgs),
    /// Put a tar archive's content into a volume
    Import(VolImportArgs),
}

#[derive(Args, Debug)]
pub struct VolCreateArgs {
    /// Volume driver (local)
    #[arg(short, long)]
    pub driver: Option<String>,
    /// Set metadata: KEY=VALUE
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Driver options: type=tmpfs, device=tmpfs, o=size=64m|uid=N,gid=N
    #[arg(short, long = "opt")]
    pub opt: Vec<String>,
    /// Succeed when the volume exists already
    #[arg(long)]
    pub ignore: bool,
    /// The volume's name (default: a random ID)
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct VolLsArgs {
    /// Filter: name=, label=, label!=, dangling=, driver=
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Go template, or json
    #[arg(long)]
    pub format: Option<String>,
    /// Print only the names
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not print the header
    #[arg(short = 'n', long)]
    pub noheading: bool,
}

#[derive(Args, Debug)]
pub struct VolInspectArgs {
    /// Go template, or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Every volume
    #[arg(short, long)]
    pub all: bool,
    pub volumes: Vec<String>,
}

#[derive(Args, Debug)]
pub struct VolRmArgs {
    /// Remove the containers using the volumes too
    #[arg(short, long)]
    pub force: bool,
    /// Every volume
    #[arg(short, long)]
    pub all: bool,
    pub volumes: Vec<String>,
}

#[derive(Args, Debug)]
pub struct VolPruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Filter: label=, label!=
    #[arg(long)]
    pub filter: Vec<String>,
}

#[derive(Args, Debug)]
pub struct VolExistsArgs {
    pub volume: String,
}

#[derive(Args, Debug)]
pub struct VolExportArgs {
    /// Write to this file instead of standard output
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    pub volume: String,
}

#[derive(Args, Debug)]
pub struct VolImportArgs {
    pub volume: String,
    /// A tar archive, or - for standard input
    pub source: String,
}

fn key_values(what: &str, given: &[String]) -> Result<BTreeMap<String, String>> {
    let mut m = BTreeMap::new();
    for kv in given {
        let (k, v) = kv.split_once('=').unwrap_or((kv.as_str(), ""));
        if k.is_empty() {
            bail!("invalid {what} {kv:?}: the key is empty");
        }
        m.insert(k.to_string(), v.to_string());
    }
    Ok(m)
}

/// Dispatch `volume ...`.
pub fn volume(e: &Engine, c: VolumeCmd) -> Result<i32> {
    match c {
        VolumeCmd::Create(a) => {
            let v = vol::create(
                e,
                &VolumeCreateOptions {
                    name: a.name,
                    driver: a.driver,
                    labels: key_values("label", &a.label)?,
                    options: key_values("option", &a.opt)?,
                    ignore: a.ignore,
                    anonymous: false,
                },
            )?;
            println!("{}", v.name);
        }
        VolumeCmd::Ls(a) => ls(e, a)?,
        VolumeCmd::Inspect(a) => {
            if a.volumes.is_empty() && !a.all {
                bail!("provide one or more volume names or use --all");
            }
            let items = vol::inspect(e, &a.volumes, a.all)?;
            match a.format.as_deref() {
                Some(f) => {
                    let vals = items
                        .iter()
                        .map(serde_json::to_value)
                        .collect::<Result<Vec<_>, _>>()?;
                    super::output::print_format(f, &vals, &[])?
                }
                None => println!("{}", super::output::json_pretty(&items)?),
            }
        }
        VolumeCmd::Rm(a) => {
            if a.volumes.is_empty() && !a.all {
                bail!("choose either one or more volumes or all");
            }
            let r = vol::rm(
                e,
                &vol::VolumeRmOptions {
                    names: a.volumes,
                    all: a.all,
                    force: a.force,
                },
            )?;
            for n in r.removed {
                println!("{n}");
            }
            for err in &r.errors {
                eprintln!("Error: {err}");
            }
            if r.code != 0 {
                return Err(super::ExitCode(r.code).into());
            }
        }
        VolumeCmd::Prune(a) => {
            if !a.force && rustix::termios::isatty(std::io::stdin()) {
                eprint!("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:\nAre you sure you want to continue? [y/N] ");
                let mut l = String::new();
                std::io::stdin().read_line(&mut l)?;
                if !l.trim().eq_ignore_ascii_case("y") {
                    return Ok(0);
                }
            }
            for r in vol::prune(e, &vol::VolumePruneOptions { filters: a.filter })? {
                println!("{}", r.name);
            }
        }
        VolumeCmd::Exists(a) => {
            return Ok(if vol::exists::exists(e, &a.volume) {
                0
            } else {
                1
            })
        }
        VolumeCmd::Export(a) => vol::export::export(e, &a.volume, a.output)?,
        VolumeCmd::Import(a) => {
            let src = (a.source != "-").then(|| PathBuf::from(&a.source));
            vol::import::import(e, &a.volume, src)?
        }
    }
    Ok(0)
}

fn ls(e: &Engine, a: VolLsArgs) -> Result<()> {
    let items = vol::ls(e, &vol::VolumeListOptions { filters: a.filter })?;
    if a.quiet {
        for i in &items {
            println!("{}", i.name);
        }
        return Ok(());
    }
    let vals = items
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<Vec<_>, _>>()?;
    let f = a
        .format
        .as_deref()
        .unwrap_or("table {{.Driver}}\t{{.Name}}");
    let headers = [("Driver", "DRIVER"), ("Name", "VOLUME NAME")];
    if a.noheading && f.trim_start().starts_with("table") {
        let out = crate::format::render(f, &vals, &headers)?;
        print!("{}", out.split_once('\n').map_or("", |(_, rows)| rows));
        return Ok(());
    }
    super::output::print_format(f, &vals, &headers)?;
    Ok(())
}
