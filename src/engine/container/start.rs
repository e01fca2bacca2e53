//! `start`: a created or exited container, detached (under a monitor, see `monitor`) or in
//! the foreground (this process waits, copying the output to the caller and the log).

use super::launch::{after_exit, finish, launch, Launched};
use super::lookup::lookup;
use super::ps::{ps, PsOpts};
use super::systemd::{user_stopped, Foreground};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus, ProcessId, RestartPolicy};
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

/// `start --all [--filter ...]` (what `skiff-restart.service` runs): the IDs of every
/// container that can start and that the filters keep. `restart-policy=P` keeps those with
/// that policy (alternatives when repeated); the other filters are `ps`'s. An
/// `unless-stopped` container the user stopped stays stopped.
pub fn targets(engine: &Engine, filters: &[String]) -> Result<Vec<String>> {
    let mut policies: Vec<RestartPolicy> = Vec::new();
    let mut rest = Vec::new();
    for f in filters {
        match f.strip_prefix("restart-policy=") {
            Some(p) => policies.push(p.parse()?),
            None => rest.push(f.clone()),
        }
    }
    let opts = PsOpts {
        all: true,
        filters: rest,
        ..PsOpts::default()
    };
    let mut all = ps(engine, &opts)?;
    all.retain(|c| {
        let policy = c.settings.restart_policy;
        c.state.live_status().can_start()
            && (policies.is_empty() || policies.iter().any(|p| p.name() == policy.name()))
            && !(policy == RestartPolicy::UnlessStopped && user_stopped(engine, &c.id))
    });
    Ok(all.into_iter().map(|c| c.id).collect())
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
        let code = wait_supervised(engine, &rec, started, None)?;
        after_exit(engine, &mut rec, oom, helper, code);
        return record_exit(engine, rec, code);
    }
    let path = engine
        .store
        .container_dir(&rec.id)
        .join("userdata")
        .join("ctr.log");
    let mut log = runtime::monitor::LogWriter::open(Some(&path), rec.settings.log.max_size)?;
    if let Some(s) = super::monitor::syslog_sender(&rec) {
        log = log.with_syslog(s);
    }
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
    let code = wait_supervised(engine, &rec, started, Some(tee))?;
    after_exit(engine, &mut rec, oom, helper, code);
    record_exit(engine, rec, code)
}

/// Wait for a foreground container as its monitor: sd_notify (`--sdnotify`) and its
/// healthchecks (`systemd::Foreground`) besides `runtime::wait_ticking`.
fn wait_supervised(
    engine: &Engine,
    rec: &ContainerRecord,
    started: runtime::Started,
    tee: Option<runtime::monitor::Tee>,
) -> Result<i32> {
    let mut sd = Foreground::new(engine, rec);
    sd.started();
    let ticks = sd.ticks();
    let mut tick = || sd.tick();
    let ticking: Option<runtime::Tick> = if ticks { Some(&mut tick) } else { None };
    runtime::wait_ticking(started, rec.settings.interactive, tee, ticking)
}

fn record_exit(engine: &Engine, mut rec: ContainerRecord, code: i32) -> Result<i32> {
    rec.state.status = ContainerStatus::Exited;
    rec.state.process = ProcessId::default();
    rec.state.exit_code = code;
    rec.state.finished_at = now_nanos();
    finish(engine, &rec)?;
    Ok(code)
}
