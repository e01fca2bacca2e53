//! Container actions other than running: list, remove, and liveness reconciliation.

use super::Engine;
use crate::model::{ContainerStatus as Status, ProcessId, Signal};
use crate::store::containers::{find, ContainerRecord};
use crate::store::{now_nanos, remove_tree, LockKind};
use anyhow::{bail, Result};

/// Mark containers whose process is gone as exited (the invoking skiff died).
fn reconcile(engine: &Engine, all: &mut [ContainerRecord]) {
    for c in all.iter_mut() {
        let gone = c.state.status.has_process() && !c.state.process.is_alive();
        let dead = gone || c.state.status == Status::Restarting;
        if dead && !super::monitor::monitored(engine, &c.id) {
            // The monitor may have recorded the exit (and gone) since `all` was read.
            match engine.store.load_container(&c.id) {
                Ok(fresh) if fresh.state != c.state => {
                    *c = fresh;
                    continue;
                }
                Err(_) => continue,
                Ok(_) => {}
            }
            // Its monitor died with it: the network helper may be left.
            super::network::stop_stale_helper(engine, c);
            c.state.status = Status::Exited;
            c.state.process = ProcessId::default();
            if c.state.finished_at == 0 {
                c.state.finished_at = now_nanos();
            }
            let _ = engine.store.save_container(c);
        }
    }
}

/// All containers, oldest first, with stale state reconciled.
pub fn list(engine: &Engine) -> Result<Vec<ContainerRecord>> {
    let mut all = engine.store.containers()?;
    reconcile(engine, &mut all);
    Ok(all)
}

/// Find one container by name, ID or ID prefix.
pub fn lookup(engine: &Engine, what: &str) -> Result<ContainerRecord> {
    let all = list(engine)?;
    Ok(find(&all, what)?.clone())
}

pub struct RmOpts {
    pub containers: Vec<String>,
    pub force: bool,
    pub all: bool,
    pub volumes: bool,
}

/// `rm`: returns the lines to print and the errors, with podman's exit code.
pub fn rm(engine: &Engine, opts: &RmOpts) -> Result<(Vec<String>, Vec<String>, i32)> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Containers, true)?;
    let all = list(engine)?;
    let targets: Vec<String> = if opts.all {
        all.iter().map(|c| c.id.clone()).collect()
    } else {
        opts.containers.clone()
    };
    let (mut out, mut errs, mut code) = (Vec::new(), Vec::new(), 0);
    for what in &targets {
        let c = match find(&all, what) {
            Ok(c) => c.clone(),
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
    Ok((out, errs, code))
}

/// Remove a container (callers hold the containers lock): kill it if running, delete its
/// directory and, with `volumes`, its anonymous volumes.
pub fn remove_locked(engine: &Engine, c: &ContainerRecord, volumes: bool) -> Result<()> {
    super::monitor::mark_stopped(engine, c);
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
    super::network::stop_stale_helper(engine, c);
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
    super::events::container(engine, "remove", c, &[]);
    Ok(())
}

/// Wait until the container's process is gone or `timeout` passes; true if it is gone.
fn wait_gone(c: &ContainerRecord, timeout: std::time::Duration) -> bool {
    let start = std::time::Instant::now();
    while c.state.process.is_alive() {
        if start.elapsed() >= timeout {
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    true
}

/// `kill`: send a signal to a running container's main process.
pub fn kill(engine: &Engine, what: &str, sig: Signal) -> Result<String> {
    let c = lookup(engine, what)?;
    if !c.state.is_running() {
        bail!(
            "can only kill running containers. {} is in state {}: container state improper",
            c.id,
            c.state.status
        );
    }
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(c.state.process.pid), sig.0)?;
    super::events::container(engine, "kill", &c, &[("signal", sig.number().to_string())]);
    Ok(c.id)
}

/// `stop`: the stop signal (SIGTERM), then SIGKILL after `timeout` seconds; the record says
/// `stopping` until the exit is recorded. Stopping a container that is not running is not an
/// error.
pub fn stop(engine: &Engine, what: &str, timeout: u64) -> Result<()> {
    let c = lookup(engine, what)?;
    // Before the liveness check: a container between restarts must not come back.
    super::monitor::mark_stopped(engine, &c);
    super::systemd::mark_user_stop(engine, &c.id, true);
    if !c.state.is_running() {
        wait_not_restarting(engine, &c.id);
        return Ok(());
    }
    record_stopping(engine, &c);
    let pid = nix::unistd::Pid::from_raw(c.state.process.pid);
    let _ = nix::sys::signal::kill(pid, Signal::TERM.0);
    if !wait_gone(&c, std::time::Duration::from_secs(timeout)) {
        let _ = nix::sys::signal::kill(pid, Signal::KILL.0);
        if !wait_gone(&c, std::time::Duration::from_secs(10)) {
            bail!("container {} did not stop after SIGKILL", c.id);
        }
    }
    // The monitor records the exit; wait for its record so `ps` right after is accurate.
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(5) {
        match engine.store.load_container(&c.id) {
            Ok(r) if !r.state.status.can_stop() => break,
            Err(_) => break,
            _ => std::thread::sleep(std::time::Duration::from_millis(5)),
        }
    }
    super::events::container(engine, "stop", &c, &[]);
    Ok(())
}

/// Record `stopping` while the stop signal takes effect (podman's State.Status), unless the
/// record changed since `c` was read: whoever records the exit (the monitor, a foreground
/// `run`) overwrites it with `exited`.
fn record_stopping(engine: &Engine, c: &ContainerRecord) {
    match engine.store.load_container(&c.id) {
        Ok(mut fresh) if fresh.state == c.state => {
            fresh.state.status = Status::Stopping;
            let _ = engine.store.save_container(&fresh);
        }
        _ => {}
    }
}

/// Wait (up to 5s) until a monitor between restarts has seen the stop marker and exited.
fn wait_not_restarting(engine: &Engine, id: &str) {
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(5) {
        match engine.store.load_container(id) {
            Ok(r) if r.state.status == Status::Restarting => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            _ => break,
        }
    }
}

/// `wait`: block until the container exits; its exit code.
/// `wait --condition`: podman's conditions. `exited`/`stopped` (the default) return the exit
/// code; a state condition (`created`/`configured`, `running`, `paused`) returns -1 once the
/// container is in that state, as podman prints. `healthy`/`unhealthy` (also -1) need a
/// healthcheck.
pub fn wait_condition(engine: &Engine, what: &str, conditions: &[String]) -> Result<i32> {
    let mut states = Vec::new();
    let mut exit = conditions.is_empty();
    let mut health = Vec::new();
    for c in conditions {
        match c.as_str() {
            "exited" | "stopped" => exit = true,
            "created" | "configured" => states.push(Status::Created),
            "running" => states.push(Status::Running),
            "paused" => states.push(Status::Paused),
            h @ ("healthy" | "unhealthy") => {
                let rec = lookup(engine, what)?;
                if rec.settings.healthcheck.is_none() {
                    bail!("container {} has no healthcheck configured", rec.name);
                }
                health.push(h);
            }
            other => bail!("unknown condition {other:?}"),
        }
    }
    if states.is_empty() && health.is_empty() {
        return wait(engine, what);
    }
    let c = lookup(engine, what)?;
    loop {
        let r = match engine.store.load_container(&c.id) {
            Ok(r) => r,
            Err(_) if exit => return Ok(c.state.exit_code),
            Err(_) => bail!("no container with name or ID {what:?} found: no such container"),
        };
        if states.contains(&r.state.live_status()) {
            return Ok(-1);
        }
        if exit && r.state.status == Status::Exited {
            return Ok(r.state.exit_code);
        }
        if let Some(h) = &r.state.health {
            if r.state.status.has_process() && health.contains(&h.status.as_str()) {
                return Ok(-1);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

pub fn wait(engine: &Engine, what: &str) -> Result<i32> {
    let c = lookup(engine, what)?;
    loop {
        let r = match engine.store.load_container(&c.id) {
            Ok(r) => r,
            // Removed (e.g. --rm): podman reports the last known code.
            Err(_) => return Ok(c.state.exit_code),
        };
        let stale = r.state.status.has_process()
            && !r.state.process.is_alive()
            && !super::monitor::monitored(engine, &r.id);
        if r.state.status == Status::Exited {
            return Ok(r.state.exit_code);
        }
        if stale {
            // The monitor may have recorded the exit (and gone) since `r` was read.
            return Ok(engine
                .store
                .load_container(&c.id)
                .map(|f| f.state.exit_code)
                .unwrap_or(r.state.exit_code));
        }
        // Not started yet (created): keep waiting, like podman.
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
