//! Finding pods and their members.

use crate::engine::container::lookup::list;
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use crate::store::pods::PodRecord;
use anyhow::Result;

/// A pod by name, ID or unique ID prefix.
pub fn find(engine: &Engine, what: &str) -> Result<PodRecord> {
    engine.store.find_pod(what)
}

/// The pod's members, oldest first, their state reconciled.
pub fn members(engine: &Engine, pod_id: &str) -> Result<Vec<ContainerRecord>> {
    Ok(list(engine)?
        .into_iter()
        .filter(|c| c.settings.pod.as_deref() == Some(pod_id))
        .collect())
}

/// The pods named (all of them with `all`), each once, in the order given.
pub fn targets(engine: &Engine, names: &[String], all: bool) -> Result<Vec<PodRecord>> {
    if all {
        return engine.store.pods();
    }
    let mut v: Vec<PodRecord> = Vec::new();
    for n in names {
        let p = find(engine, n)?;
        if !v.iter().any(|x| x.id == p.id) {
            v.push(p);
        }
    }
    Ok(v)
}

/// podman's pod status from its members' states: Created (none ever started, or no members),
/// Running (all running), Paused, Exited (none running), Degraded (some running).
pub fn status(members: &[ContainerRecord]) -> &'static str {
    use crate::model::ContainerStatus as S;
    if members.is_empty() {
        return "Created";
    }
    let running = members.iter().filter(|c| c.state.is_running()).count();
    let paused = members
        .iter()
        .filter(|c| c.state.status == S::Paused)
        .count();
    let created = members
        .iter()
        .filter(|c| c.state.status == S::Created)
        .count();
    if paused == members.len() {
        "Paused"
    } else if running == members.len() {
        "Running"
    } else if running > 0 {
        "Degraded"
    } else if created == members.len() {
        "Created"
    } else {
        "Exited"
    }
}

/// Every pod by its ID.
pub fn by_id(engine: &Engine) -> Result<std::collections::BTreeMap<String, PodRecord>> {
    Ok(engine
        .store
        .pods()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect())
}
