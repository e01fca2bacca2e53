//! `start`: a created or exited container, detached (under a monitor, see `monitor`) or in
//! the foreground (this process waits, copying the output to the caller and the log).

use super::launch::{after_exit, finish, launch, Launched};
use super::lookup::lookup;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus, ProcessId};
use crate::runtime;
use crate::store::containers::ContainerRecord;
use crate::store::now_nanos;
use anyhow::{bail, Result};

/// `start CTR`: start it detached; one running (or between restarts) already is left as it is,
/// as podman does.
pub fn start(engine: &Engine, what: &str) -> Result<()> {
    let rec = lookup(engine, what)?;
    if !rec.state.live_status().can_start() {
        return Ok(());
    }
    start_detached(engine, rec)
}

/// `start --all` / `start --filter`: the IDs of the containers (those matching the `ps`
/// filters, of all of them) that are not running.
pub fn targets(engine: &Engine, filters: &[String]) -> Result<Vec<String>> {
    let opts = super::ps::PsOpts {
        all: true,
        filters: filters.to_vec(),
        ..Default::default()
    };
    Ok(super::ps::ps(engine, &opts)?
        .into_iter()
        .filter(|c| c.state.live_status().can_start())
        .map(|c| c.id)
        .collect())
}

/// `start --attach [--interactive] CTR`: start it in the foreground; its exit status.
pub fn start_attached(engine: &Engine, what: &str, interactive: bool) -> Result<i32> {
    let mut rec = lookup(engine, what)?;
    if interactive {
        rec.settings.interactive = true;
    }
    start_foreground(engine, rec)
}

/// Start a container in the background: a monitor process (`container-monitor`, see
/// `container::monitor`) starts it, logs its output, restarts it under its policy and records
/// its exit. Returns once the command has been exec'd (or failed to).
pub fn start_detached(engine: &Engine, rec: ContainerRecord) -> Result<()> {
    use super::runroot::{is_active, monitored};
    if is_active(&rec) {
        return Ok(());
    }
    // A monitor may still be recording the previous exit (or about to restart): never run two.
    let start = std::time::Instant::now();
    loop {
        let fresh = engine.store.load_container(&rec.id)?;
        if is_active(&fresh) {
            return Ok(());
        }
        if !monitored(engine, &rec.id) {
            return super::monitor::spawn(engine, &fresh);
        }
        if start.elapsed() > std::time::Duration::from_secs(5) {
            bail!(
                "container {} still has a monitor recording its last exit",
                rec.name
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Start a created (or exited) container in the foreground and wait for it. Returns its
/// exit status. With `remove`, the container is deleted afterwards.
pub fn start_foreground(engine: &Engine, rec: ContainerRecord) -> Result<i32> {
    start_inner(engine, rec)
}

fn start_inner(engine: &Engine, mut rec: ContainerRecord) -> Result<i32> {
    // Like podman, a foreground container still writes its log (and prints the output), unless
    // its log driver says otherwise; a --rm container has nobody to read it.
    let logged = !rec.settings.remove && rec.settings.log.driver.writes_file();
    if !logged {
        let Launched {
            mut started,
            helper,
        } = launch(engine, &mut rec)?;
        let oom = started.oom.take();
        events::container(engine, "attach", &rec, &[]);
        let code = runtime::wait(started, rec.settings.interactive)?;
        after_exit(engine, &mut rec, oom, helper, code);
        return record_exit(engine, rec, code);
    }
    let path = engine
        .store
        .container_dir(&rec.id)
        .join("userdata")
        .join("ctr.log");
    let mut log = runtime::monitor::LogWriter::open(Some(&path), rec.settings.log.max_size)?;
    let mut io = runtime::monitor::ChildIo::new(rec.settings.tty, false)?;
    let Launched {
        mut started,
        helper,
    } = io.with_stdio(|| launch(engine, &mut rec))??;
    let oom = started.oom.take();
    events::container(engine, "attach", &rec, &[]);
    let tee = runtime::monitor::Tee {
        io: &io,
        log: &mut log,
    };
    let code = runtime::wait_logged(started, rec.settings.interactive, Some(tee))?;
    after_exit(engine, &mut rec, oom, helper, code);
    record_exit(engine, rec, code)
}

fn record_exit(engine: &Engine, mut rec: ContainerRecord, code: i32) -> Result<i32> {
    rec.state.status = ContainerStatus::Exited;
    rec.state.process = ProcessId::default();
    rec.state.exit_code = code;
    rec.state.finished_at = now_nanos();
    finish(engine, &rec)?;
    Ok(code)
}
