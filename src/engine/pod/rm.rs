//! `pod rm`: the members (stopped first with `--force`), the held namespaces and the pod.

use super::lookup::{find, members};
use super::namespace::teardown;
use crate::engine::container::rm::{rm as rm_containers, RmOpts};
use crate::engine::Engine;
use anyhow::{bail, Result};

pub struct PodRmOpts {
    pub force: bool,
    /// `-t`: seconds before SIGKILL when stopping members.
    pub time: Option<u64>,
    /// Removing an unknown pod is no error.
    pub ignore: bool,
}

/// Remove the pod `what`; returns its ID (None: unknown and `ignore`).
pub fn rm(engine: &Engine, what: &str, o: &PodRmOpts) -> Result<Option<String>> {
    let pod = match find(engine, what) {
        Ok(p) => p,
        Err(_) if o.ignore => return Ok(None),
        Err(e) => return Err(e),
    };
    let ms = members(engine, &pod.id)?;
    if !o.force {
        if let Some(m) = ms.iter().find(|m| m.state.status.has_process()) {
            bail!(
                "pod {} has containers that are not ready to be removed: cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                pod.id,
                m.id
            );
        }
    }
    if !ms.is_empty() {
        let (_, errs, _) = rm_containers(
            engine,
            &RmOpts {
                containers: ms.iter().map(|m| m.id.clone()).collect(),
                force: o.force,
                time: o.time,
                ..RmOpts::default()
            },
        )?;
        if let Some(e) = errs.first() {
            bail!("removing the containers of pod {}: {e}", pod.name);
        }
    }
    teardown(engine, &pod.id);
    let _lock = engine
        .store
        .lock(crate::store::LockKind::Containers, true)?;
    // Files members wrote in the pod's volumes may belong to subordinate ids.
    crate::store::remove_tree(&engine.store.pod_dir(&pod.id), engine.idmap())?;
    Ok(Some(pod.id))
}
