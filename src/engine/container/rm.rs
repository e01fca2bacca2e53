//! `rm`: remove containers (killing running ones with `--force`), and the removal itself that
//! `prune`, `rmi --force`, `network rm --force` and `--rm` containers use.

use super::cidfile;
use super::lookup::list;
use super::runroot::mark_stopped;
use crate::engine::network::helper::stop_stale_helper;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus as Status, Signal};
use crate::store::containers::{find, ContainerRecord, NoSuchContainer};
use crate::store::{remove_tree, LockKind};
use anyhow::{bail, Result};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct RmOpts {
    pub containers: Vec<String>,
    pub force: bool,
    pub all: bool,
    pub volumes: bool,
    /// `--ignore`: a container that does not exist is no error.
    pub ignore: bool,
    /// `--cidfile`s: the containers whose IDs they hold too; removed with them.
    pub cidfiles: Vec<PathBuf>,
}

/// `rm`: returns the lines to print and the errors, with podman's exit code.
pub fn rm(engine: &Engine, opts: &RmOpts) -> Result<(Vec<String>, Vec<String>, i32)> {
    let mut named = opts.containers.clone();
    named.extend(cidfile::read(&opts.cidfiles, opts.ignore)?);
    if named.is_empty() && !opts.all {
        if opts.ignore && !opts.cidfiles.is_empty() {
            cidfile::remove(&opts.cidfiles);
            return Ok((Vec::new(), Vec::new(), 0));
        }
        bail!("specify one or more containers to remove");
    }
    let store = &engine.store;
    let _lock = store.lock(LockKind::Containers, true)?;
    let all = list(engine)?;
    let targets: Vec<String> = if opts.all {
        all.iter().map(|c| c.id.clone()).collect()
    } else {
        named
    };
    let (mut out, mut errs, mut code) = (Vec::new(), Vec::new(), 0);
    for what in &targets {
        let c = match find(&all, what) {
            Ok(c) => c.clone(),
            Err(e) if opts.ignore && e.is::<NoSuchContainer>() => continue,
            Err(e) => {
                errs.push(format!("{e:#}"));
                code = code.max(1);
                continue;
            }
        };
        if !opts.force && !c.state.live_status().can_remove() {
            errs.push(format!(
                "cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                c.id
            ));
            code = code.max(2);
            continue;
        }
        remove_locked(engine, &c, opts.volumes)?;
        out.push(if opts.all { c.id.clone() } else { what.clone() });
    }
    if errs.is_empty() {
        cidfile::remove(&opts.cidfiles);
    }
    Ok((out, errs, code))
}

/// Remove a container (callers hold the containers lock): kill it if running, delete its
/// directory and, with `volumes`, its anonymous volumes.
pub fn remove_locked(engine: &Engine, c: &ContainerRecord, volumes: bool) -> Result<()> {
    mark_stopped(engine, c);
    if c.state.is_running() {
        if c.state.status == Status::Paused && !c.state.cgroup_path.is_empty() {
            let _ = crate::runtime::cgroups::freeze(&c.state.cgroup_path, false);
        }
        let pid = nix::unistd::Pid::from_raw(c.state.process.pid);
        let _ = nix::sys::signal::kill(pid, Signal::KILL.0);
        for _ in 0..500 {
            if !c.state.process.is_alive() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        if c.state.process.is_alive() {
            bail!("container {} did not stop after SIGKILL", c.id);
        }
    }
    stop_stale_helper(engine, c);
    if !c.state.cgroup_path.is_empty() {
        crate::runtime::cgroups::remove(&c.state.cgroup_path);
    }
    let dir = engine.store.container_dir(&c.id);
    let trash = engine
        .store
        .root
        .join("tmp")
        .join(crate::store::unique_name("rm-ctr"));
    if std::fs::rename(&dir, &trash).is_ok() {
        remove_tree(&trash, engine.idmap())?;
    }
    if volumes {
        for v in &c.settings.anon_volumes {
            let p = engine.store.root.join("volumes").join(v);
            remove_tree(&p, engine.idmap())?;
        }
    }
    events::container(engine, "remove", c, &[]);
    Ok(())
}
