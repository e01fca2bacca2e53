//! `update`, `stats`, `pause`/`unpause`: actions on a running container's cgroup.

use super::containers::lookup;
use super::Engine;
use crate::model::{ContainerStatus, Limits};
use crate::runtime::cgroups;
use crate::store::containers::ContainerRecord;
use crate::store::LockKind;
use anyhow::{bail, Result};

fn no_cgroup(c: &ContainerRecord) -> anyhow::Error {
    let why = if cgroups::version() != 2 {
        "this host has cgroup v1; skiff manages cgroups only on cgroup v2"
    } else {
        "it was started without a cgroup of its own"
    };
    anyhow::anyhow!("container {} has no cgroup: {why}", c.name)
}

/// Overlay the limits given on top of the recorded ones.
fn merge(base: &Limits, new: &Limits) -> Limits {
    let mut m = base.clone();
    macro_rules! take {
        ($($f:ident),*) => { $( if new.$f.is_some() { m.$f = new.$f.clone(); } )* };
    }
    take!(
        memory,
        memory_swap,
        memory_reservation,
        cpu_quota,
        cpu_period,
        cpu_shares,
        cpuset_cpus,
        cpuset_mems,
        pids_limit,
        blkio_weight
    );
    if !new.device_read_bps.is_empty() {
        m.device_read_bps = new.device_read_bps.clone();
    }
    if !new.device_write_bps.is_empty() {
        m.device_write_bps = new.device_write_bps.clone();
    }
    m
}

/// `update`: record new limits and apply them to the running container. Returns warnings.
pub fn update(engine: &Engine, what: &str, limits: &Limits) -> Result<(String, Vec<String>)> {
    let mut given = limits.clone();
    super::resources::resolve_devices(&mut given)?;
    if given.is_empty() {
        bail!("no resource limits given to update");
    }
    let _lock = engine.store.lock(LockKind::Containers, true)?;
    let mut c = lookup(engine, what)?;
    let mut warnings = Vec::new();
    if c.state.is_running() {
        if c.state.cgroup_path.is_empty() {
            return Err(no_cgroup(&c));
        }
        warnings = cgroups::update(&c.state.cgroup_path, &given)
            .map_err(super::resources::name_refused_limit)?
            .iter()
            .map(super::resources::warning_text)
            .collect();
    }
    c.settings.resources = merge(&c.settings.resources, &given);
    engine.store.save_container(&c)?;
    Ok((c.id, warnings))
}

/// `pause`/`unpause` through the cgroup freezer.
pub fn pause(engine: &Engine, what: &str, frozen: bool) -> Result<String> {
    let _lock = engine.store.lock(LockKind::Containers, true)?;
    let mut c = lookup(engine, what)?;
    let status = c.state.live_status();
    if !matches!(status, ContainerStatus::Running | ContainerStatus::Paused) {
        bail!("container {} is not running", c.name);
    }
    if frozen && !status.can_pause() {
        bail!("container {} is already paused", c.name);
    }
    if !frozen && !status.can_unpause() {
        bail!("container {} is not paused", c.name);
    }
    if c.state.cgroup_path.is_empty() {
        return Err(no_cgroup(&c));
    }
    cgroups::freeze(&c.state.cgroup_path, frozen)?;
    c.state.status = if frozen {
        ContainerStatus::Paused
    } else {
        ContainerStatus::Running
    };
    engine.store.save_container(&c)?;
    super::events::container(engine, if frozen { "pause" } else { "unpause" }, &c, &[]);
    Ok(c.id)
}

/// One `stats` row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    pub id: String,
    pub name: String,
    /// Percent of one CPU over the sampling interval.
    pub cpu_percent: f64,
    pub usage: cgroups::Usage,
    pub net_rx: u64,
    pub net_tx: u64,
}

/// Bytes received and sent on the container's interfaces other than lo.
fn net_io(pid: i32) -> (u64, u64) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/net/dev")).unwrap_or_default();
    let mut rx = 0;
    let mut tx = 0;
    for l in text.lines().skip(2) {
        let Some((iface, rest)) = l.split_once(':') else {
            continue;
        };
        if iface.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = rest
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        if f.len() >= 9 {
            rx += f[0];
            tx += f[8];
        }
    }
    (rx, tx)
}

/// The running containers `stats` looks at: those named, or all running.
pub fn stats_targets(engine: &Engine, names: &[String]) -> Result<Vec<ContainerRecord>> {
    let all = super::containers::list(engine)?;
    let mut out = Vec::new();
    if names.is_empty() {
        out.extend(all.into_iter().filter(|c| c.state.is_running()));
    } else {
        for n in names {
            let c = crate::store::containers::find(&all, n)?.clone();
            if !c.state.is_running() {
                bail!("container {} is not running", c.name);
            }
            out.push(c);
        }
    }
    Ok(out)
}

/// Sample the containers twice, `interval` apart, for CPU percentages.
pub fn stats(containers: &[ContainerRecord], interval: std::time::Duration) -> Result<Vec<Stats>> {
    for c in containers {
        if c.state.cgroup_path.is_empty() {
            return Err(no_cgroup(c));
        }
    }
    let first: Vec<u64> = containers
        .iter()
        .map(|c| cgroups::usage(&c.state.cgroup_path).map(|u| u.cpu_usec))
        .collect::<Result<_>>()?;
    let t0 = std::time::Instant::now();
    std::thread::sleep(interval);
    let elapsed = t0.elapsed().as_micros().max(1) as f64;
    let mut out = Vec::new();
    for (c, before) in containers.iter().zip(first) {
        let usage = cgroups::usage(&c.state.cgroup_path)?;
        let (net_rx, net_tx) = net_io(c.state.process.pid);
        out.push(Stats {
            id: c.id.clone(),
            name: c.name.clone(),
            cpu_percent: usage.cpu_usec.saturating_sub(before) as f64 * 100.0 / elapsed,
            usage,
            net_rx,
            net_tx,
        });
    }
    Ok(out)
}
