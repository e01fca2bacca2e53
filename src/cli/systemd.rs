//! Flags for running containers as systemd services: `run --sdnotify --cgroupns --replace
//! --cidfile`, `stop`/`rm --ignore --cidfile`, `start --all --filter`.

use super::args::{RmArgs, StartArgs, StopArgs};
use crate::engine::{run as erun, Engine};
use anyhow::{bail, Context, Result};
use clap::Args;
use std::path::PathBuf;

/// `run`/`create` flags for systemd services.
#[derive(Args, Debug, Default)]
pub struct SystemdRunArgs {
    /// How systemd learns the service is ready: container (the socket is passed in), conmon
    /// (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed),
    /// ignore
    #[arg(long, value_name = "MODE")]
    pub sdnotify: Option<String>,
    /// Cgroup namespace: private (default on cgroup v2) or host
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Remove a container of the same name first
    #[arg(long)]
    pub replace: bool,
    /// Write the container's ID to this file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
}

/// `stop`/`rm` flags for services: act on the ID in a file, and ignore missing containers.
#[derive(Args, Debug, Default)]
pub struct CidfileArgs {
    /// Ignore errors when a container does not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Read the container's ID from this file (repeatable)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,
}

/// Before `create`: `--replace` removes a container of that name; an existing `--cidfile`
/// is refused unless replacing (podman's rule).
pub fn before_create(e: &Engine, s: &SystemdRunArgs, name: Option<&str>) -> Result<()> {
    if s.replace {
        let Some(name) = name else {
            bail!("cannot replace container without --name being set");
        };
        crate::engine::systemd::replace(e, name)?;
    } else if let Some(f) = &s.cidfile {
        if f.exists() {
            bail!(
                "container id file exists. Ensure another container is not using it or delete {}",
                f.display()
            );
        }
    }
    Ok(())
}

/// After `create`: the ID into `--cidfile`.
pub fn after_create(s: &SystemdRunArgs, id: &str) -> Result<()> {
    if let Some(f) = &s.cidfile {
        crate::fsutil::write_atomic(f, id.as_bytes())
            .with_context(|| format!("writing the container id file {}", f.display()))?;
    }
    Ok(())
}

/// The IDs in the cid files; a missing or empty file is skipped with `--ignore`.
fn read_cidfiles(c: &CidfileArgs) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for f in &c.cidfile {
        match std::fs::read_to_string(f) {
            Ok(t) if !t.trim().is_empty() => out.push(t.trim().to_string()),
            Ok(_) if c.ignore => {}
            Err(e) if c.ignore && e.kind() == std::io::ErrorKind::NotFound => {}
            Ok(_) => bail!("the container id file {} is empty", f.display()),
            Err(e) => bail!("reading the container id file {}: {e}", f.display()),
        }
    }
    Ok(out)
}

/// Whether an error says the container does not exist.
fn missing(err: &anyhow::Error) -> bool {
    format!("{err:#}").contains("no such container")
}

/// `stop --ignore --cidfile`: the named containers plus those in the files.
pub fn stop(e: &Engine, mut a: StopArgs) -> Result<i32> {
    a.containers.extend(read_cidfiles(&a.cid)?);
    if a.containers.is_empty() && !a.all {
        if a.cid.ignore && !a.cid.cidfile.is_empty() {
            return Ok(0);
        }
        bail!("you must provide at least one container name or ID");
    }
    let names = if a.all {
        crate::engine::containers::list(e)?
            .into_iter()
            .filter(|c| c.state.status.has_process())
            .map(|c| c.id)
            .collect()
    } else {
        a.containers
    };
    let mut code = 0;
    for n in names {
        match crate::engine::containers::stop(e, &n, a.time) {
            Ok(()) => println!("{n}"),
            Err(err) if a.cid.ignore && missing(&err) => {}
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}

/// `rm --ignore --cidfile`: missing containers are no error with `--ignore`; the cid files of
/// removed containers go too.
pub fn rm(e: &Engine, mut a: RmArgs) -> Result<i32> {
    let from_files = read_cidfiles(&a.cid)?;
    a.containers.extend(from_files);
    if a.containers.is_empty() && !a.all {
        if a.cid.ignore && !a.cid.cidfile.is_empty() {
            remove_cidfiles(&a.cid.cidfile);
            return Ok(0);
        }
        bail!("specify one or more containers to remove");
    }
    let opts = crate::engine::containers::RmOpts {
        containers: a.containers,
        force: a.force,
        all: a.all,
        volumes: a.volumes,
    };
    let (out, errs, code) = crate::engine::containers::rm(e, &opts)?;
    for l in out {
        println!("{l}");
    }
    let mut code = code;
    let mut failed = false;
    for err in &errs {
        if a.cid.ignore && err.contains("no such container") {
            continue;
        }
        failed = true;
        eprintln!("Error: {err}");
    }
    if !failed {
        code = 0;
        remove_cidfiles(&a.cid.cidfile);
    }
    if code != 0 {
        return Err(super::ExitCode(code).into());
    }
    Ok(0)
}

fn remove_cidfiles(files: &[PathBuf]) {
    for f in files {
        let _ = std::fs::remove_file(f);
    }
}

/// `start --all [--filter ...]` (what `skiff-restart.service` runs): every container that can
/// start and matches, started in the background.
pub fn start_all(e: &Engine, a: &StartArgs) -> Result<i32> {
    let mut code = 0;
    for rec in crate::engine::systemd::start_candidates(e, &a.filter)? {
        let id = rec.id.clone();
        match erun::start_detached(e, rec) {
            Ok(()) => println!("{id}"),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}
