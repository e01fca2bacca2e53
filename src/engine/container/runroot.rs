//! A container's directory under the runroot, kept by its monitor: `monitor.pid` (whether a
//! monitor looks after the container), the `stopped` marker (the user stopped it: no restart)
//! and the attach socket. Everything that must know whether a monitor will record an exit
//! (lookup's reconciliation, stop, rm, wait, logs, start) reads it here.

use crate::engine::Engine;
use crate::model::{ContainerStatus, ProcessId};
use crate::store::containers::ContainerRecord;
use crate::store::mkdir_p;
use std::path::PathBuf;

pub fn run_dir(engine: &Engine, id: &str) -> PathBuf {
    engine.store.runroot.join(id)
}

pub fn stop_marker(engine: &Engine, id: &str) -> PathBuf {
    run_dir(engine, id).join("stopped")
}

/// Whether a monitor is looking after this container (running, or between restarts).
pub fn is_active(rec: &ContainerRecord) -> bool {
    rec.state.is_running() || rec.state.status == ContainerStatus::Restarting
}

/// Whether the container's monitor process is alive (it has not recorded the exit yet).
pub fn monitored(engine: &Engine, id: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(run_dir(engine, id).join("monitor.pid")) else {
        return false;
    };
    // `PID START`; a monitor of an earlier version wrote the pid alone.
    let mut f = text.split_whitespace();
    let Some(Ok(pid)) = f.next().map(str::parse) else {
        return false;
    };
    let start = f.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let monitor = ProcessId { pid, start };
    // And still a monitor (a pid written without its start time may have been reused).
    monitor.is_alive()
        && std::fs::read_to_string(format!("/proc/{}/comm", monitor.pid))
            .is_ok_and(|c| c.trim_end() == "skiff-monitor")
}

/// What `monitor.pid` holds for this process.
pub fn monitor_pid_text() -> String {
    let pid = std::process::id() as i32;
    let me = ProcessId::of(pid).unwrap_or(ProcessId { pid, start: 0 });
    format!("{} {}", me.pid, me.start)
}

/// Tell the monitor the user stopped this container: it must not be restarted. (A foreground
/// container has no monitor and no restart: nothing to leave behind then.)
pub fn mark_stopped(engine: &Engine, rec: &ContainerRecord) {
    if monitored(engine, &rec.id) {
        let dir = run_dir(engine, &rec.id);
        if mkdir_p(&dir).is_ok() {
            let _ = std::fs::write(dir.join("stopped"), b"");
        }
    }
}

/// The file that readers of a container's output and exit from outside (the API's attach and
/// wait) hold locked shared while they read; a `--rm` container is removed only once it can
/// be locked exclusively (see `launch::finish`).
pub fn readers_lock(engine: &Engine, id: &str) -> PathBuf {
    engine
        .store
        .container_dir(id)
        .join("userdata")
        .join("readers.lock")
}

/// Register as a reader: the lock file, locked shared (released when the file is closed).
pub fn hold_reader(engine: &Engine, id: &str) -> std::io::Result<std::fs::File> {
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(readers_lock(engine, id))?;
    flock_retry(&f, rustix::fs::FlockOperation::LockShared)?;
    Ok(f)
}

/// The readers' lock file when some reader ever registered (one `stat` otherwise).
pub fn open_readers(engine: &Engine, id: &str) -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(readers_lock(engine, id))
        .ok()
}

/// Wait until no reader holds the lock.
pub fn wait_readers(f: &std::fs::File) {
    let _ = flock_retry(f, rustix::fs::FlockOperation::LockExclusive);
}

fn flock_retry(f: &std::fs::File, op: rustix::fs::FlockOperation) -> std::io::Result<()> {
    loop {
        match rustix::fs::flock(f, op) {
            Ok(()) => return Ok(()),
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}
