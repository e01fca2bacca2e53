//! `update`: new resource limits, recorded and applied to a running container's cgroup.

use super::limits::{name_refused_limit, no_cgroup, resolve_devices, warning_text};
use super::lookup::lookup;
use crate::engine::Engine;
use crate::model::Limits;
use crate::runtime::cgroups;
use crate::store::LockKind;
use anyhow::{bail, Result};

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
    resolve_devices(&mut given)?;
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
            .map_err(name_refused_limit)?
            .iter()
            .map(warning_text)
            .collect();
    }
    c.settings.resources = merge(&c.settings.resources, &given);
    engine.store.save_container(&c)?;
    Ok((c.id, warnings))
}
