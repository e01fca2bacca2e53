//! Cgroups: detect what the host offers, place a container in its own cgroup before it execs,
//! read and change its limits, freeze it.
//!
//! Managers:
//! * `systemd`: a transient scope `skiff-<id>.scope` in the user's manager, created over the
//!   session D-Bus with `StartTransientUnit`, `Delegate=yes`, the limits as unit properties and
//!   the (still paused) container process in `PIDs` (see `systemd.rs`);
//! * `cgroupfs`: a `skiff-<id>` directory under a delegated, writable cgroup v2 subtree
//!   (`--cgroup-parent`, else the caller's own cgroup), limits written to its files.
//!
//! With neither (cgroup v1 or hybrid, nothing delegated) the container runs without a cgroup of
//! its own and every requested limit is reported in one warning line saying why.

mod systemd;

use anyhow::{anyhow, bail, Context, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};

const CGROUP_ROOT: &str = "/sys/fs/cgroup";

pub use crate::model::resources::{LimitKind, Limits};

/// Something about a container's limits that did not happen, for the caller to report.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A limit that was not applied, and why.
    NotApplied(LimitKind, String),
    /// Anything else (a controller that could not be enabled).
    Other(String),
}

/// The kernel refused a limit's value (the context of the write's error).
#[derive(Debug, thiserror::Error)]
#[error("setting {file}={value:?} in cgroup {path}")]
pub struct LimitRefused {
    pub limit: LimitKind,
    pub file: &'static str,
    pub value: String,
    pub path: String,
}

/// The limits' kinds, once each, in the order of their files.
fn kinds(limits: &Limits) -> Vec<LimitKind> {
    let mut v: Vec<LimitKind> = Vec::new();
    for (kind, _, _) in files(limits) {
        if !v.contains(&kind) {
            v.push(kind);
        }
    }
    v
}

/// Values to write, as (limit, cgroup v2 file, content).
fn files(limits: &Limits) -> Vec<(LimitKind, &'static str, String)> {
    let l = limits;
    let mut f = Vec::new();
    if let Some(m) = l.memory {
        f.push((LimitKind::Memory, "memory.max", m.to_string()));
    }
    if let Some(s) = l.swap_max() {
        let v = if s == u64::MAX {
            "max".to_string()
        } else {
            s.to_string()
        };
        f.push((LimitKind::MemorySwap, "memory.swap.max", v));
    }
    if let Some(r) = l.memory_reservation {
        f.push((LimitKind::MemoryReservation, "memory.low", r.to_string()));
    }
    if l.cpu_quota.is_some() || l.cpu_period.is_some() {
        let period = l.cpu_period.unwrap_or(100_000);
        let quota = match l.cpu_quota {
            Some(q) if q > 0 => q.to_string(),
            _ => "max".into(),
        };
        f.push((LimitKind::Cpu, "cpu.max", format!("{quota} {period}")));
    }
    if let Some(s) = l.cpu_shares {
        f.push((
            LimitKind::CpuShares,
            "cpu.weight",
            shares_to_weight(s).to_string(),
        ));
    }
    if let Some(c) = &l.cpuset_cpus {
        f.push((LimitKind::CpusetCpus, "cpuset.cpus", c.clone()));
    }
    if let Some(m) = &l.cpuset_mems {
        f.push((LimitKind::CpusetMems, "cpuset.mems", m.clone()));
    }
    if let Some(p) = l.pids_limit {
        f.push((
            LimitKind::Pids,
            "pids.max",
            if p <= 0 { "max".into() } else { p.to_string() },
        ));
    }
    if let Some(w) = l.blkio_weight {
        f.push((
            LimitKind::BlkioWeight,
            "io.weight",
            format!("default {}", blkio_to_io_weight(w)),
        ));
    }
    for d in &l.device_read_bps {
        f.push((
            LimitKind::DeviceReadBps,
            "io.max",
            format!("{}:{} rbps={}", d.major, d.minor, d.rate),
        ));
    }
    for d in &l.device_write_bps {
        f.push((
            LimitKind::DeviceWriteBps,
            "io.max",
            format!("{}:{} wbps={}", d.major, d.minor, d.rate),
        ));
    }
    f
}

/// The controllers these limits need.
fn controllers_for(limits: &Limits) -> Vec<&'static str> {
    let mut c: Vec<&'static str> = files(limits)
        .iter()
        .map(|(_, f, _)| f.split('.').next().unwrap_or(""))
        .collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// cpu.shares (2..262144, default 1024) to cpu.weight (1..10000, default 100), as crun does.
pub fn shares_to_weight(shares: u64) -> u64 {
    if shares == 0 {
        return 100;
    }
    1 + ((shares.clamp(2, 262_144) - 2) * 9999) / 262_142
}

/// blkio weight (10..1000) to io.weight (1..10000), as crun does.
pub fn blkio_to_io_weight(w: u64) -> u64 {
    1 + ((w.clamp(10, 1000) - 10) * 9999) / 990
}

/// The cgroup version of the host: 2 for the unified hierarchy, 1 for legacy or hybrid.
pub fn version() -> u32 {
    match rustix::fs::statfs(CGROUP_ROOT) {
        Ok(st) if st.f_type == 0x6367_7270 => 2,
        _ => 1,
    }
}

/// The user's systemd manager is reachable over the session bus.
fn has_user_systemd() -> bool {
    match std::env::var("DBUS_SESSION_BUS_ADDRESS") {
        Ok(a) => a
            .split(';')
            .filter_map(|p| p.strip_prefix("unix:path="))
            .any(|p| Path::new(p.split(',').next().unwrap_or("")).exists()),
        Err(_) => std::env::var_os("XDG_RUNTIME_DIR")
            .map(|d| Path::new(&d).join("bus").exists())
            .unwrap_or(false),
    }
}

/// The cgroup manager skiff uses by default: systemd when cgroup v2 and a user manager exist.
pub fn manager() -> &'static str {
    if version() == 2 && has_user_systemd() {
        "systemd"
    } else {
        "cgroupfs"
    }
}

/// The caller's own cgroup v2 path, relative to the hierarchy root ("/user.slice/...").
fn own_cgroup() -> String {
    std::fs::read_to_string("/proc/self/cgroup")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .unwrap_or("/")
        .to_string()
}

fn abs(rel: &str) -> PathBuf {
    Path::new(CGROUP_ROOT).join(rel.trim_start_matches('/'))
}

/// Controllers available to the user: on v2 those of the user's own cgroup, on v1 none (skiff
/// does not manage v1 hierarchies).
pub fn controllers() -> Vec<String> {
    if version() != 2 {
        return Vec::new();
    }
    std::fs::read_to_string(abs(&own_cgroup()).join("cgroup.controllers"))
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// How a container's cgroup is to be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    /// No cgroup of its own (`--cgroups disabled`, or nothing usable and no limits asked).
    None,
    Systemd {
        unit: String,
        slice: Option<String>,
    },
    Fs {
        path: String,
    },
}

/// Decide where a container's cgroup goes. `warn` receives each limit that cannot be applied;
/// the container still runs.
pub fn plan(
    id: &str,
    limits: &Limits,
    manager_choice: Option<&str>,
    parent: Option<&str>,
    enabled: bool,
    split: bool,
    warn: &mut dyn FnMut(Warning),
) -> Result<Plan> {
    if !enabled {
        if !limits.is_empty() {
            bail!("resource limits need a cgroup: they cannot be combined with --cgroups=disabled");
        }
        return Ok(Plan::None);
    }
    let why_not = if version() != 2 {
        Some("this host has cgroup v1 (legacy or hybrid hierarchy); skiff applies limits only on cgroup v2".to_string())
    } else {
        None
    };
    let mgr: &str = match manager_choice {
        Some(m) => m,
        None => manager(),
    };
    let plan = match (why_not, mgr) {
        (None, _) if split => split_plan(id)?,
        (Some(why), _) => {
            for kind in kinds(limits) {
                warn(Warning::NotApplied(kind, why.clone()));
            }
            return Ok(Plan::None);
        }
        (None, "systemd") => {
            if !has_user_systemd() {
                let why = "the systemd cgroup manager needs the user's systemd (no session bus); use --cgroup-manager cgroupfs";
                if limits.is_empty() {
                    return Ok(Plan::None);
                }
                bail!("{why}");
            }
            Plan::Systemd {
                unit: format!("skiff-{id}.scope"),
                slice: parent.map(String::from),
            }
        }
        (None, "cgroupfs") => {
            let base = parent.map(String::from).unwrap_or_else(own_cgroup);
            let path = format!("{}/skiff-{id}", base.trim_end_matches('/'));
            if limits.is_empty() && !writable(&abs(&base)) {
                return Ok(Plan::None);
            }
            Plan::Fs { path }
        }
        (None, other) => bail!("unknown cgroup manager {other:?}: use systemd or cgroupfs"),
    };
    Ok(plan)
}

/// `--cgroups split` (a container run by a systemd service with `Delegate=yes`): the caller
/// moves into `supervisor` below its own cgroup and the container gets `skiff-<id>` beside it,
/// so both stay in the service while the service's cgroup holds no process itself.
fn split_plan(id: &str) -> Result<Plan> {
    let own = own_cgroup();
    let base = match own.strip_suffix("/supervisor") {
        Some(b) => b.to_string(),
        None => {
            let sup = abs(&own).join("supervisor");
            let hint =
                "(--cgroups split needs a delegated cgroup: a systemd service with Delegate=yes)";
            match std::fs::create_dir(&sup) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => bail!("creating cgroup {}: {e} {hint}", sup.display()),
            }
            std::fs::write(sup.join("cgroup.procs"), "0")
                .with_context(|| format!("moving into cgroup {} {hint}", sup.display()))?;
            own
        }
    };
    Ok(Plan::Fs {
        path: format!("{}/skiff-{id}", base.trim_end_matches('/')),
    })
}

fn writable(p: &Path) -> bool {
    rustix::fs::access(p, rustix::fs::Access::WRITE_OK).is_ok()
}

/// Where a container was placed.
#[derive(Debug, Default)]
pub struct Placed {
    /// The cgroup path relative to the hierarchy root; None without a cgroup of its own.
    pub path: Option<String>,
    /// Limits that could not be applied.
    pub warnings: Vec<Warning>,
}

/// Put `pid` (a container process paused before exec) in its cgroup with `limits`.
pub fn place(plan: &Plan, pid: i32, limits: &Limits) -> Result<Placed> {
    match plan {
        Plan::None => Ok(Placed::default()),
        Plan::Systemd { unit, slice } => {
            systemd::start_scope(unit, slice.as_deref(), pid, limits)?;
            let path = wait_for_cgroup(pid, unit)?;
            // Anything systemd has no property for (or refused) is written directly: the
            // scope is delegated to the user.
            let warnings = write_limits(&path, limits)?;
            Ok(Placed {
                path: Some(path),
                warnings,
            })
        }
        Plan::Fs { path } => {
            let dir = abs(path);
            let parent = dir
                .parent()
                .ok_or_else(|| anyhow!("bad cgroup path {path}"))?
                .to_path_buf();
            let mut warnings = enable_controllers(&parent, &controllers_for(limits));
            match std::fs::create_dir(&dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(anyhow!(
                        "creating cgroup {}: {e} (is the subtree delegated to you?)",
                        dir.display()
                    ))
                }
            }
            warnings.extend(write_limits(path, limits)?);
            std::fs::write(dir.join("cgroup.procs"), pid.to_string())
                .with_context(|| format!("moving the container into cgroup {}", dir.display()))?;
            Ok(Placed {
                path: Some(path.clone()),
                warnings,
            })
        }
    }
}

/// The scope appears asynchronously; wait until the process is in it.
fn wait_for_cgroup(pid: i32, unit: &str) -> Result<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let cg = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).unwrap_or_default();
        if let Some(p) = cg.lines().find_map(|l| l.strip_prefix("0::")) {
            if p.ends_with(unit) || p.contains(&format!("/{unit}/")) {
                return Ok(p.to_string());
            }
        }
        if std::time::Instant::now() > deadline {
            bail!("systemd did not move the container into {unit}");
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// Enable the wanted controllers for the parent's children; failures become warnings (the
/// limits that need them are then reported by `write_limits`).
fn enable_controllers(parent: &Path, want: &[&str]) -> Vec<Warning> {
    if want.is_empty() {
        return Vec::new();
    }
    let have = std::fs::read_to_string(parent.join("cgroup.subtree_control")).unwrap_or_default();
    let missing: Vec<String> = want
        .iter()
        .filter(|c| !have.split_whitespace().any(|h| h == **c))
        .map(|c| format!("+{c}"))
        .collect();
    let mut warnings = Vec::new();
    for m in missing {
        if let Err(e) = std::fs::write(parent.join("cgroup.subtree_control"), &m) {
            warnings.push(Warning::Other(format!(
                "cannot enable {} in {}: {e} (the cgroup must be delegated to you and hold no processes itself)",
                &m[1..],
                parent.display()
            )));
        }
    }
    warnings
}

/// Write every limit to the cgroup's files. A limit whose controller is not available in the
/// cgroup gives a warning (returned), not an error; a value the kernel refuses is an error
/// (with a `LimitRefused` context).
pub fn write_limits(path: &str, limits: &Limits) -> Result<Vec<Warning>> {
    let dir = abs(path);
    let mut warnings = Vec::new();
    for (limit, file, value) in files(limits) {
        if !dir.join(file).exists() {
            let ctl = file.split('.').next().unwrap_or(file);
            warnings.push(Warning::NotApplied(
                limit,
                format!("the {ctl} controller is not delegated to your cgroup"),
            ));
            continue;
        }
        if let Err(e) = std::fs::write(dir.join(file), &value) {
            return Err(anyhow::Error::new(e).context(LimitRefused {
                limit,
                file,
                value,
                path: path.to_string(),
            }));
        }
    }
    Ok(warnings)
}

/// Change the limits of a running container.
pub fn update(path: &str, limits: &Limits) -> Result<Vec<Warning>> {
    if let Some(unit) = path.rsplit('/').next().filter(|u| u.ends_with(".scope")) {
        // Keep systemd's view in step so it does not undo the change; not fatal if refused.
        let _ = systemd::set_properties(unit, limits);
    }
    write_limits(path, limits)
}

/// The oom_kill counter of a cgroup's memory.events (hierarchical: it counts the subtree).
fn oom_kills(dir: &Path) -> Option<u64> {
    std::fs::read_to_string(dir.join("memory.events"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("oom_kill ")?.trim().parse().ok())
}

/// Whether the kernel OOM-killed something in this cgroup.
pub fn oom_killed(path: &str) -> bool {
    oom_kills(&abs(path)).is_some_and(|n| n > 0)
}

/// Tells, once a container has ended, whether the OOM killer struck it. systemd removes an
/// empty scope at once, so the container's own memory.events is usually gone by then; the
/// parent's (hierarchical) oom_kill count, taken before the container ran, is compared too.
pub struct OomWatch {
    path: String,
    seen: bool,
    parent_base: Option<u64>,
}

impl OomWatch {
    /// Taken before the process is released.
    pub fn new(path: &str) -> Option<OomWatch> {
        Some(OomWatch {
            path: path.to_string(),
            seen: oom_killed(path),
            parent_base: abs(path).parent().and_then(oom_kills),
        })
    }

    fn check(&mut self) {
        if !self.seen {
            self.seen = oom_killed(&self.path);
        }
    }

    /// After the process ended with `code`: a SIGKILL death while the parent's OOM count rose
    /// counts as an OOM kill even if the container's own cgroup is already gone.
    pub fn finish(&mut self, code: i32) -> bool {
        self.check();
        if !self.seen && code == 128 + 9 {
            let parent = abs(&self.path).parent().and_then(oom_kills);
            if let (Some(base), Some(now)) = (self.parent_base, parent) {
                self.seen = now > base;
            }
        }
        self.seen
    }
}

/// Freeze or thaw the cgroup (`pause`/`unpause`), waiting until the kernel reports it done.
pub fn freeze(path: &str, frozen: bool) -> Result<()> {
    let dir = abs(path);
    std::fs::write(dir.join("cgroup.freeze"), if frozen { "1" } else { "0" })
        .with_context(|| format!("writing cgroup.freeze of {path}"))?;
    let want = if frozen { "frozen 1" } else { "frozen 0" };
    for _ in 0..500 {
        let ev = std::fs::read_to_string(dir.join("cgroup.events")).unwrap_or_default();
        if ev.lines().any(|l| l == want) {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    bail!("the cgroup {path} did not reach {want}")
}

/// Usage figures read from the cgroup's files.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Usage {
    pub cpu_usec: u64,
    pub memory: u64,
    pub memory_limit: Option<u64>,
    pub pids: u64,
    pub io_read: u64,
    pub io_write: u64,
}

pub fn usage(path: &str) -> Result<Usage> {
    let dir = abs(path);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    if !dir.is_dir() {
        bail!("the container's cgroup {path} is gone");
    }
    let mut u = Usage::default();
    for l in read("cpu.stat").lines() {
        if let Some(v) = l.strip_prefix("usage_usec ") {
            u.cpu_usec = v.trim().parse().unwrap_or(0);
        }
    }
    u.memory = read("memory.current").trim().parse().unwrap_or(0);
    u.memory_limit = read("memory.max").trim().parse().ok();
    u.pids = read("pids.current").trim().parse().unwrap_or(0);
    for l in read("io.stat").lines() {
        for kv in l.split_whitespace().skip(1) {
            if let Some(v) = kv.strip_prefix("rbytes=") {
                u.io_read += v.parse().unwrap_or(0);
            } else if let Some(v) = kv.strip_prefix("wbytes=") {
                u.io_write += v.parse().unwrap_or(0);
            }
        }
    }
    Ok(u)
}

/// Remove the container's cgroup once it is empty (the scope goes by itself when empty).
pub fn remove(path: &str) {
    if path.ends_with(".scope") {
        if let Some(unit) = path.rsplit('/').next() {
            let _ = systemd::stop_unit(unit);
        }
        return;
    }
    let _ = std::fs::remove_dir(abs(path));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::resources::DeviceRate;

    #[test]
    fn conversions_match_crun() {
        assert_eq!(shares_to_weight(1024), 39);
        assert_eq!(shares_to_weight(2), 1);
        assert_eq!(shares_to_weight(262_144), 10_000);
        assert_eq!(blkio_to_io_weight(10), 1);
        assert_eq!(blkio_to_io_weight(1000), 10_000);
        assert_eq!(blkio_to_io_weight(500), 4950);
    }

    #[test]
    fn files_for_limits() {
        let l = Limits {
            memory: Some(256 << 20),
            memory_swap: Some(512 << 20),
            cpu_quota: Some(150_000),
            cpu_period: Some(100_000),
            pids_limit: Some(100),
            device_read_bps: vec![DeviceRate {
                path: "/dev/sda".into(),
                major: 8,
                minor: 0,
                rate: 1 << 20,
            }],
            ..Limits::default()
        };
        let f = files(&l);
        let has = |file: &str, v: &str| f.iter().any(|(_, n, x)| *n == file && x == v);
        assert!(has("memory.max", "268435456"));
        assert!(has("memory.swap.max", "268435456"));
        assert!(has("cpu.max", "150000 100000"));
        assert!(has("pids.max", "100"));
        assert!(has("io.max", "8:0 rbps=1048576"));
        assert_eq!(controllers_for(&l), ["cpu", "io", "memory", "pids"]);
        assert_eq!(
            kinds(&l),
            [
                LimitKind::Memory,
                LimitKind::MemorySwap,
                LimitKind::Cpu,
                LimitKind::Pids,
                LimitKind::DeviceReadBps
            ]
        );
        let unlimited = Limits {
            memory: Some(256 << 20),
            memory_swap: Some(-1),
            ..Limits::default()
        };
        assert!(files(&unlimited)
            .iter()
            .any(|(_, n, x)| *n == "memory.swap.max" && x == "max"));
    }

    #[test]
    fn no_limits_no_warnings() {
        let mut warned = Vec::new();
        let p = plan("x", &Limits::default(), None, None, true, false, &mut |w| {
            warned.push(w)
        });
        assert!(p.is_ok());
        assert!(warned.is_empty());
    }
}
