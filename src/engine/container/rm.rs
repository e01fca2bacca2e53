//! `rm`: remove containers (killing running ones with `--force`), and the removal itself that
//! `prune`, `rmi --force`, `network rm --force` and `--rm` containers use.

use super::cidfile;
use super::lookup::list;
use super::runroot::{mark_stopped, monitored};
use crate::engine::network::helper::stop_stale_helper;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus as Status, NetworkMode, Signal};
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
    /// `--ignore`: a container that does not exist is no error (`--force` implies it, as
    /// podman).
    pub ignore: bool,
    /// `--cidfile`s: the containers whose IDs they hold too; removed with them.
    pub cidfiles: Vec<PathBuf>,
    /// `--depend`: the containers that depend on these (`--network container:`) go first.
    pub depend: bool,
    /// `--time`: a running container (with `--force`) gets its stop signal and this many
    /// seconds before SIGKILL; without it, SIGKILL at once.
    pub time: Option<u64>,
}

/// The containers that use `id`'s namespaces (`--network container:ID`).
fn dependents<'a>(all: &'a [ContainerRecord], id: &str) -> Vec<&'a ContainerRecord> {
    all.iter()
        .filter(|c| matches!(&c.settings.network, NetworkMode::Container(o) if o == id))
        .collect()
}

/// `c` after its dependents (with `depend`, all of them, recursively), each once.
fn push_ordered<'a>(
    all: &'a [ContainerRecord],
    c: &'a ContainerRecord,
    depend: bool,
    order: &mut Vec<&'a ContainerRecord>,
) {
    if order.iter().any(|o| o.id == c.id) {
        return;
    }
    if depend {
        for d in dependents(all, &c.id) {
            push_ordered(all, d, depend, order);
        }
    }
    if !order.iter().any(|o| o.id == c.id) {
        order.push(c);
    }
}

/// `rm`: returns the lines to print and the errors, with podman's exit code (1: a container
/// is missing, 2: one is running, 125: anything else, as a container others depend on, which
/// only `--force` or `--depend` remove).
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
    let (mut out, mut errs, mut code) = (Vec::new(), Vec::new(), 0);
    // What to remove, each with the word to print for it.
    let mut order = Vec::new();
    let mut given = Vec::new();
    if opts.all {
        for c in &all {
            push_ordered(&all, c, true, &mut order);
        }
    }
    for what in &named {
        match find(&all, what) {
            Ok(c) => {
                given.push((c.id.clone(), what.clone()));
                push_ordered(&all, c, opts.depend, &mut order);
            }
            Err(e) if (opts.ignore || opts.force) && e.is::<NoSuchContainer>() => {}
            Err(e) => {
                errs.push(format!("{e:#}"));
                code = code.max(1);
            }
        }
    }
    let mut removed: Vec<String> = Vec::new();
    for c in order {
        let left: Vec<&str> = dependents(&all, &c.id)
            .into_iter()
            .filter(|d| !removed.contains(&d.id))
            .map(|d| d.id.as_str())
            .collect();
        // Refused unless forced (as issue 13 asks; podman 4.3 refuses with --force too).
        if !left.is_empty() && !opts.force {
            errs.push(format!(
                "container {} has dependent containers which must be removed before it: {}: container already exists",
                c.id,
                left.join(", ")
            ));
            code = 125;
            continue;
        }
        if !opts.force && !c.state.live_status().can_remove() {
            errs.push(format!(
                "cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                c.id
            ));
            code = code.max(2);
            continue;
        }
        if let Some(t) = opts.time {
            stop_gracefully(c, t);
        }
        remove_locked(engine, c, opts.volumes)?;
        removed.push(c.id.clone());
        // podman prints the words given, but IDs with --depend and --all.
        match given.iter().find(|(id, _)| *id == c.id) {
            Some((_, word)) if !opts.depend => out.push(word.clone()),
            _ => out.push(c.id.clone()),
        }
    }
    if errs.is_empty() {
        cidfile::remove(&opts.cidfiles);
    }
    // The monitors of the containers killed here end once they have stopped their network
    // helpers: `rm` returns when they are gone (outside the lock, which the monitor of a
    // `--rm` container takes), so nothing of a removed container is left running.
    drop(_lock);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while removed.iter().any(|id| monitored(engine, id)) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    Ok((out, errs, code))
}

/// The container's stop signal, then up to `secs` seconds for it to exit (`rm -f -t`).
fn stop_gracefully(c: &ContainerRecord, secs: u64) {
    if !c.state.is_running() || c.state.status == Status::Paused {
        return;
    }
    let pid = nix::unistd::Pid::from_raw(c.state.process.pid);
    let _ = nix::sys::signal::kill(pid, c.settings.stop_signal().0);
    let start = std::time::Instant::now();
    while c.state.process.is_alive() && start.elapsed() < std::time::Duration::from_secs(secs) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
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
