//! The monitor of a detached container, and the actions that talk to it.
//!
//! `start_detached` spawns `skiff container-monitor ID` (this binary, re-executed, in its own
//! session, named `skiff-monitor`, the subreaper of the container). The monitor starts the
//! container with pipes (or the pty) as its stdio, tells the starting command over an
//! inherited pipe whether the exec succeeded, then writes the output to `userdata/ctr.log`
//! (k8s-file), serves `attach` clients on `$runroot/<id>/attach`, restarts the container under
//! its restart policy and records the final exit. It exits when the container is gone for good.
//!
//! `stop` (and `rm`) leave `$runroot/<id>/stopped` before signalling: the monitor does not
//! restart a container that was stopped by the user.

use super::health::spawn_run;
use super::runroot::{monitor_pid_text, run_dir, stop_marker};
use super::systemd::detached_ready;
use crate::engine::Engine;
use crate::model::{ContainerStatus, GoDuration, LogDriver, ProcessId};
use crate::runtime::monitor::{self as rmon, ChildIo, LogWriter};
use crate::store::containers::ContainerRecord;
use crate::store::{mkdir_p, now_nanos};
use anyhow::{bail, Result};
use std::os::fd::{AsRawFd, OwnedFd};

/// Spawn the monitor for `rec` and wait until it reports the container started (or failed).
pub fn spawn(engine: &Engine, rec: &ContainerRecord) -> Result<()> {
    if rec.settings.log.driver == LogDriver::Passthrough {
        bail!("the passthrough log driver cannot be used with detached containers");
    }
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let mut args = engine.helper_args();
    args.extend([
        "container-monitor".into(),
        "--notify-fd".into(),
        w.as_raw_fd().to_string().into(),
        rec.id.clone().into(),
    ]);
    let pid = rmon::spawn(&args, &w)?;
    drop(w);
    let mut buf = Vec::new();
    std::io::Read::read_to_end(&mut std::fs::File::from(r), &mut buf)?;
    if buf.first() == Some(&0) {
        return Ok(());
    }
    let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
    if buf.is_empty() {
        bail!("the container monitor exited before the container started");
    }
    let code = buf[0] as i32;
    let msg = String::from_utf8_lossy(&buf[1..]).to_string();
    Err(crate::runtime::CodedError { code, msg }.into())
}

/// The syslog driver's sender, its tag rendered for this container.
pub fn syslog_sender(rec: &ContainerRecord) -> Option<rmon::SyslogSender> {
    let t = rec.settings.log.syslog.as_ref()?;
    let tag = match &t.tag {
        Some(tag) => tag
            .replace("{{.Name}}", &rec.name)
            .replace("{{.FullID}}", &rec.id)
            .replace("{{.ID}}", &rec.id[..12])
            .replace("{{.ImageName}}", &rec.image_name),
        None => rec.id[..12].to_string(),
    };
    Some(rmon::SyslogSender::new(&t.address, &tag, t.facility))
}

fn notify(fd: &mut Option<OwnedFd>, code: u8, msg: &str) {
    if let Some(fd) = fd.take() {
        let mut b = vec![code];
        b.extend_from_slice(msg.as_bytes());
        let _ = rustix::io::write(&fd, &b);
    }
}

/// The monitor process (`skiff container-monitor`): returns the container's last exit status.
pub fn run(engine: &Engine, id: &str, notify_fd: Option<i32>) -> Result<i32> {
    rmon::become_monitor();
    let mut notify_fd = notify_fd.and_then(rmon::inherited_fd);
    let res = supervise(engine, id, &mut notify_fd);
    if let Err(e) = &res {
        let code = e
            .downcast_ref::<crate::runtime::CodedError>()
            .map(|c| c.code)
            .unwrap_or(125);
        notify(&mut notify_fd, code as u8, &format!("{e:#}"));
    }
    res
}

fn supervise(engine: &Engine, id: &str, notify_fd: &mut Option<OwnedFd>) -> Result<i32> {
    let store = &engine.store;
    let mut rec = store.load_container(id)?;
    let rdir = run_dir(engine, id);
    mkdir_p(&rdir)?;
    let _ = std::fs::remove_file(stop_marker(engine, id));
    crate::store::write_atomic(&rdir.join("monitor.pid"), monitor_pid_text().as_bytes())?;
    let log_path = store.container_dir(id).join("userdata").join("ctr.log");
    let mut log = LogWriter::open(
        (rec.settings.log.driver != LogDriver::None).then_some(log_path.as_path()),
        rec.settings.log.max_size,
    )?;
    if let Some(s) = syslog_sender(&rec) {
        log = log.with_syslog(s);
    }
    let listener = rmon::listen(&rdir).ok();
    rec.state.restart_count = 0;
    let code = loop {
        let mut io = ChildIo::new(rec.settings.tty, rec.settings.interactive)?;
        let super::launch::Launched {
            mut started,
            helper,
        } = match io.with_stdio(|| super::launch::launch(engine, &mut rec))? {
            Ok(s) => s,
            Err(e) => {
                if notify_fd.is_none() {
                    // A restart failed: the failure is recorded; nothing else to do.
                    let _ = std::fs::remove_dir_all(&rdir);
                    return Ok(rec.state.exit_code);
                }
                let _ = std::fs::remove_dir_all(&rdir);
                return Err(e);
            }
        };
        if notify_fd.is_some() {
            // `run -d --sdnotify=conmon` under a notify service: READY before `run` returns.
            detached_ready(&rec);
        }
        notify(notify_fd, 0, "");
        rmon::trim_memory();
        let oom = started.oom.take();
        // Healthchecks: `skiff healthcheck run ID` as our child every interval (it records
        // the result itself; `rmon::supervise` reaps it like any other child).
        let mut check = || {
            let _ = spawn_run(engine, id);
        };
        let timer = rec
            .settings
            .healthcheck
            .as_ref()
            .filter(|h| h.interval > 0)
            .map(|h| {
                (
                    GoDuration(h.interval).to_std(),
                    &mut check as &mut dyn FnMut(),
                )
            });
        let code = rmon::supervise(&started, &io, &mut log, listener.as_ref(), timer)?;
        drop(started);
        // `healthcheck run` children recorded results on disk meanwhile: keep them.
        if let Ok(disk) = store.load_container(id) {
            rec.state.health = disk.state.health;
        }
        super::launch::after_exit(engine, &mut rec, oom, helper, code);
        rec.state.status = ContainerStatus::Exited;
        rec.state.process = ProcessId::default();
        rec.state.exit_code = code;
        rec.state.finished_at = now_nanos();
        let restart = rec
            .settings
            .restart_policy
            .restarts_after(code, rec.state.restart_count);
        if !restart || stop_marker(engine, id).exists() {
            break code;
        }
        rec.state.restart_count += 1;
        rec.state.status = ContainerStatus::Restarting;
        if store.save_container(&rec).is_err() {
            // Removed under us.
            let _ = std::fs::remove_dir_all(&rdir);
            return Ok(code);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        if stop_marker(engine, id).exists() {
            rec.state.status = ContainerStatus::Exited;
            break code;
        }
    };
    // The socket and the stop marker go before the record says "exited" (a new monitor may
    // start then); monitor.pid stays until after, so nobody takes the dead process for a
    // container without a monitor and records the exit before we do.
    drop(listener);
    let _ = std::fs::remove_file(rdir.join("attach"));
    let _ = std::fs::remove_file(stop_marker(engine, id));
    let saved = if store.container_dir(id).join("container.json").exists() {
        super::launch::finish(engine, &rec)
    } else {
        Ok(())
    };
    let pid_file = rdir.join("monitor.pid");
    if std::fs::read_to_string(&pid_file).is_ok_and(|t| t == monitor_pid_text()) {
        let _ = std::fs::remove_file(&pid_file);
        let _ = std::fs::remove_dir(&rdir);
    }
    saved?;
    Ok(code)
}
