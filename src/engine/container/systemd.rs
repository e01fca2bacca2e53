//! Containers as systemd services, the pieces the start path shares: `--sdnotify` (the
//! socket passed into the container at create; READY=1 from the foreground run once the
//! container runs or is healthy, or from the detached monitor), healthchecks of foreground
//! containers, the cgroup namespace in the spec, the `PODMAN_SYSTEMD_UNIT` label, and the
//! marker of a container the user stopped (`start --all` leaves it stopped).

use super::health::spawn_run;
use crate::engine::Engine;
use crate::model::{ContainerConfig, SdNotifyMode};
use crate::runtime::sdnotify;
use crate::store::containers::ContainerRecord;
use anyhow::{anyhow, Result};
use oci_spec::runtime::{MountBuilder, Spec};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// The label naming the systemd unit that runs a container (what `auto-update` restarts).
pub const UNIT_LABEL: &str = "PODMAN_SYSTEMD_UNIT";

/// Where the notify socket appears inside a container (`--sdnotify=container`).
const SOCKET_IN_CONTAINER: &str = "/run/notify/notify.sock";

/// `--sdnotify=container` with `$NOTIFY_SOCKET` set: bind the socket into the container and
/// point its `NOTIFY_SOCKET` there. An abstract socket is reachable only with the host's
/// network namespace: then the variable is passed as it is.
pub fn pass_notify_socket(config: &ContainerConfig, spec: &mut Spec) -> Result<()> {
    if config.sdnotify != SdNotifyMode::Container {
        return Ok(());
    }
    let Some(socket) = sdnotify::socket() else {
        return Ok(());
    };
    let host_net = config.network.mode == crate::model::NetworkMode::Host;
    let inside = if socket.starts_with('@') {
        if !host_net {
            eprintln!(
                "WARN[0000] the notify socket {socket} is abstract: the container cannot reach it without --network host"
            );
            return Ok(());
        }
        socket
    } else {
        let mount = MountBuilder::default()
            .destination(SOCKET_IN_CONTAINER)
            .typ("bind")
            .source(&socket)
            .options(vec!["bind".to_string(), "rprivate".to_string()])
            .build()
            .map_err(|e| anyhow!("the notify socket's mount: {e}"))?;
        let mut mounts = spec.mounts().clone().unwrap_or_default();
        mounts.push(mount);
        spec.set_mounts(Some(mounts));
        SOCKET_IN_CONTAINER.to_string()
    };
    if let Some(p) = spec.process_mut() {
        let mut env = p.env().clone().unwrap_or_default();
        env.retain(|e| !e.starts_with("NOTIFY_SOCKET="));
        env.push(format!("NOTIFY_SOCKET={inside}"));
        p.set_env(Some(env));
    }
    Ok(())
}

/// The foreground run's side of systemd: READY=1 when the container runs (`conmon`) or once
/// its healthcheck passed (`healthy`), and the healthchecks themselves (children of ours,
/// every interval, as the detached monitor runs them).
pub struct Foreground<'a> {
    engine: &'a Engine,
    id: String,
    mode: SdNotifyMode,
    socket: Option<String>,
    ready: bool,
    interval: Option<Duration>,
    due: Instant,
    check: Option<std::process::Child>,
}

impl<'a> Foreground<'a> {
    pub fn new(engine: &'a Engine, rec: &ContainerRecord) -> Foreground<'a> {
        let interval = rec
            .settings
            .healthcheck
            .as_ref()
            .filter(|h| h.interval > 0)
            .map(|h| crate::model::GoDuration(h.interval).to_std());
        Foreground {
            engine,
            id: rec.id.clone(),
            mode: rec.settings.sdnotify,
            socket: sdnotify::socket(),
            ready: false,
            interval,
            // The first check soon after the start: `Notify=healthy` waits for it.
            due: Instant::now() + Duration::from_millis(500),
            check: None,
        }
    }

    fn send_ready(&mut self) {
        if self.ready {
            return;
        }
        self.ready = true;
        if let Some(s) = &self.socket {
            let msg = format!("MAINPID={}\nREADY=1\n", std::process::id());
            if let Err(e) = sdnotify::send(s, &msg) {
                eprintln!("WARN[0000] notifying systemd through {s}: {e}");
            }
        }
    }

    /// The container's process runs.
    pub fn started(&mut self) {
        if self.mode == SdNotifyMode::Conmon {
            self.send_ready();
        }
        if self.mode == SdNotifyMode::Healthy && self.interval.is_none() {
            eprintln!("WARN[0000] --sdnotify=healthy without a healthcheck: READY is never sent");
        }
    }

    /// Whether a tick is needed at all.
    pub fn ticks(&self) -> bool {
        self.interval.is_some()
    }

    /// Reap a finished check (READY once healthy), start the next when due; the time until then.
    pub fn tick(&mut self) -> Option<Duration> {
        let interval = self.interval?;
        if let Some(child) = &mut self.check {
            if !matches!(child.try_wait(), Ok(None)) {
                self.check = None;
                if self.mode == SdNotifyMode::Healthy && !self.ready && self.healthy() {
                    self.send_ready();
                }
            }
        }
        let now = Instant::now();
        if now >= self.due && self.check.is_none() {
            self.check = spawn_run(self.engine, &self.id);
            self.due = now + interval;
        }
        Some(self.due.saturating_duration_since(Instant::now()))
    }

    fn healthy(&self) -> bool {
        self.engine
            .store
            .load_container(&self.id)
            .ok()
            .and_then(|r| r.state.health)
            .is_some_and(|h| h.status == "healthy")
    }
}

impl Drop for Foreground<'_> {
    fn drop(&mut self) {
        if let Some(mut c) = self.check.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A detached container's monitor, once the container runs: with `--sdnotify=conmon` it is
/// the service's main process from now on (`MAINPID`), and the service is ready.
pub fn detached_ready(rec: &ContainerRecord) {
    if rec.settings.sdnotify != SdNotifyMode::Conmon {
        return;
    }
    if let Some(s) = sdnotify::socket() {
        let _ = sdnotify::send(&s, &format!("MAINPID={}\nREADY=1\n", std::process::id()));
    }
}

/// The marker `stop` leaves in the container's directory (it outlives a reboot, unlike the
/// runroot's `stopped`): an `unless-stopped` container stopped by the user stays stopped.
fn user_stop_marker(engine: &Engine, id: &str) -> std::path::PathBuf {
    engine
        .store
        .container_dir(id)
        .join("userdata")
        .join("stopped-by-user")
}

/// Leave (`stop`) or clear (a start) the user-stop marker.
pub fn mark_user_stop(engine: &Engine, id: &str, stopped: bool) {
    let path = user_stop_marker(engine, id);
    if stopped {
        let _ = std::fs::write(path, b"");
    } else {
        let _ = std::fs::remove_file(path);
    }
}

/// Whether the user stopped the container (and nothing started it since).
pub fn user_stopped(engine: &Engine, id: &str) -> bool {
    user_stop_marker(engine, id).exists()
}

/// `--cgroupns`: private (the default on cgroup v2) gives the container a cgroup namespace of
/// its own, entered once the process is in its cgroup, with cgroup2 mounted at
/// /sys/fs/cgroup (read-only unless --privileged), so `memory.max` there is the container's;
/// host (on v2) binds the host's hierarchy read-only. A v1 host keeps no cgroup mount.
pub fn apply_cgroupns(config: &ContainerConfig, spec: &mut Spec) -> Result<()> {
    use crate::model::CgroupnsMode;
    let v2 = crate::runtime::cgroups::version() == 2;
    let mode = match config.cgroupns {
        CgroupnsMode::Default if v2 => CgroupnsMode::Private,
        CgroupnsMode::Default => return Ok(()),
        m => m,
    };
    let mut opts = vec!["nosuid".to_string(), "noexec".into(), "nodev".into()];
    opts.push(
        if config.security.privileged {
            "rw"
        } else {
            "ro"
        }
        .into(),
    );
    let mount = match mode {
        CgroupnsMode::Private => {
            let linux = spec.linux_mut().get_or_insert_with(Default::default);
            let mut ns = linux.namespaces().clone().unwrap_or_default();
            let cgroup = oci_spec::runtime::LinuxNamespaceBuilder::default()
                .typ(oci_spec::runtime::LinuxNamespaceType::Cgroup)
                .build()
                .map_err(|e| anyhow!("the cgroup namespace: {e}"))?;
            ns.push(cgroup);
            linux.set_namespaces(Some(ns));
            MountBuilder::default()
                .destination("/sys/fs/cgroup")
                .typ("cgroup2")
                .source("cgroup2")
                .options(opts)
                .build()
        }
        _ if !v2 => return Ok(()),
        _ => {
            opts.insert(0, "rbind".into());
            MountBuilder::default()
                .destination("/sys/fs/cgroup")
                .typ("bind")
                .source("/sys/fs/cgroup")
                .options(opts)
                .build()
        }
    }
    .map_err(|e| anyhow!("the cgroup mount: {e}"))?;
    let mut mounts = spec.mounts().clone().unwrap_or_default();
    mounts.push(mount);
    spec.set_mounts(Some(mounts));
    Ok(())
}

/// The unit label for a container created by a systemd service (`PODMAN_SYSTEMD_UNIT` in the
/// environment, as the generated units set it), podman's way of knowing which unit to restart.
pub fn unit_label(labels: &mut BTreeMap<String, String>) {
    if let Ok(u) = std::env::var(UNIT_LABEL) {
        if !u.is_empty() {
            labels.entry(UNIT_LABEL.to_string()).or_insert(u);
        }
    }
}
