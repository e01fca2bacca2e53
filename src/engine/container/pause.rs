//! `pause`/`unpause` through the cgroup freezer.

use super::limits::no_cgroup;
use super::lookup::{list, lookup};
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

/// `pause --all` / `unpause --all`: the IDs of the containers that can be paused (unpaused).
pub fn targets(engine: &Engine, frozen: bool) -> Result<Vec<String>> {
    Ok(list(engine)?
        .into_iter()
        .filter(|c| {
            if frozen {
                c.state.status.can_pause()
            } else {
                c.state.status.can_unpause()
            }
        })
        .map(|c| c.id)
        .collect())
}
