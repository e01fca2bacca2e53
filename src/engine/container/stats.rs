//! `stats`: CPU, memory, I/O and network use of running containers, sampled from their cgroups.

use super::limits::no_cgroup;
use super::lookup::list;
use crate::engine::Engine;
use crate::runtime::cgroups;
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};

/// One `stats` row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    pub id: String,
    pub name: String,
    /// Percent of one CPU over the sampling interval.
    pub cpu_percent: f64,
    pub usage: cgroups::Usage,
    /// The memory limit, or the host's memory when there is none.
    pub memory_limit: u64,
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
    let all = list(engine)?;
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
    let host_memory = host_memory();
    let mut out = Vec::new();
    for (c, before) in containers.iter().zip(first) {
        let usage = cgroups::usage(&c.state.cgroup_path)?;
        let (net_rx, net_tx) = net_io(c.state.process.pid);
        out.push(Stats {
            id: c.id.clone(),
            name: c.name.clone(),
            cpu_percent: usage.cpu_usec.saturating_sub(before) as f64 * 100.0 / elapsed,
            memory_limit: usage.memory_limit.unwrap_or(host_memory),
            usage,
            net_rx,
            net_tx,
        });
    }
    Ok(out)
}

/// The host's memory (`MemTotal`), the limit of a container without one.
fn host_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}
