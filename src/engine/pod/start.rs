//! `pod start`: start every member that is not running (its namespaces come up with the first).

use super::lookup::{find, members};
use crate::engine::container::start::start as start_container;
use crate::engine::Engine;
use anyhow::{bail, Result};

/// Start the pod's members; returns the pod's ID.
pub fn start(engine: &Engine, what: &str) -> Result<String> {
    let pod = find(engine, what)?;
    let ms = members(engine, &pod.id)?;
    if ms.is_empty() {
        bail!(
            "no containers in pod {} have no dependencies, cannot start pod: no such container",
            pod.id
        );
    }
    for m in ms.iter().filter(|m| !m.state.is_running()) {
        start_container(engine, &m.id)?;
    }
    Ok(pod.id)
}
