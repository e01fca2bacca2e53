//! `stop`: the stop signal, then SIGKILL after the timeout; the monitor records the exit.

use super::cidfile;
use super::lookup::{lookup, with_process};
use super::runroot::mark_stopped;
use super::systemd::mark_user_stop;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus as Status, Signal};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};
use std::path::PathBuf;

/// What `stop` acts on.
#[derive(Debug, Clone, Default)]
pub struct Targets {
    /// `--all`: every container with a process.
    pub all: bool,
    pub containers: Vec<String>,
    /// `--cidfile`s: the containers whose IDs they hold too.
    pub cidfiles: Vec<PathBuf>,
    /// `--ignore`: a missing or empty cid file names none (and, to the caller, a container
    /// that does not exist is no error).
    pub ignore: bool,
}

/// The names and IDs `stop` acts on; none when only ignored cid files were given.
pub fn targets(engine: &Engine, t: &Targets) -> Result<Vec<String>> {
    let mut named = t.containers.clone();
    named.extend(cidfile::read(&t.cidfiles, t.ignore)?);
    if t.all {
        return with_process(engine);
    }
    // Only ignored cid files, all missing or empty: nothing to stop.
    let only_ignored = t.ignore && !t.cidfiles.is_empty();
    if named.is_empty() && !only_ignored {
        bail!("you must provide at least one container name or ID");
    }
    Ok(named)
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

/// `stop`: the stop signal (`--stop-signal`, SIGTERM by default), then SIGKILL after `timeout`
/// seconds (`--stop-timeout`, 10 by default); the record says
/// `stopping` until the exit is recorded. Stopping a container that is not running is not an
/// error.
pub fn stop(engine: &Engine, what: &str, timeout: Option<u64>) -> Result<()> {
    let c = lookup(engine, what)?;
    let timeout = timeout.unwrap_or_else(|| c.settings.stop_timeout());
    let signal = c.settings.stop_signal();
    // Before the liveness check: a container between restarts must not come back.
    mark_stopped(engine, &c);
    mark_user_stop(engine, &c.id, true);
    if !c.state.is_running() {
        wait_not_restarting(engine, &c.id);
        return Ok(());
    }
    record_stopping(engine, &c);
    let pid = nix::unistd::Pid::from_raw(c.state.process.pid);
    let _ = nix::sys::signal::kill(pid, signal.0);
    if !wait_gone(&c, std::time::Duration::from_secs(timeout)) {
        eprintln!(
            "WARN[{timeout:04}] StopSignal {signal} failed to stop container {} in {timeout} seconds, resorting to SIGKILL",
            c.name
        );
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
    events::container(engine, "stop", &c, &[]);
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
