//! `pause`/`unpause` through the cgroup freezer.

use super::limits::no_cgroup;
use super::lookup::lookup;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::ContainerStatus;
use crate::runtime::cgroups;
use crate::store::LockKind;
use anyhow::{bail, Result};

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
    events::container(engine, if frozen { "pause" } else { "unpause" }, &c, &[]);
    Ok(c.id)
}
