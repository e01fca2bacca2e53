//! `pod stats`: the running members of the pods named (all pods with none).

use super::lookup::{members, targets};
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use anyhow::Result;

/// The running members whose usage `container::stats` measures, with their pod's name.
pub fn targets_of(engine: &Engine, pods: &[String]) -> Result<Vec<(String, ContainerRecord)>> {
    let mut out = Vec::new();
    for pod in targets(engine, pods, pods.is_empty())? {
        for m in members(engine, &pod.id)? {
            if m.state.is_running() {
                out.push((pod.name.clone(), m));
            }
        }
    }
    Ok(out)
}
