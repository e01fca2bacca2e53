//! The namespaces a pod's members share, held by the pod's holder process only while a member
//! runs: a starting member makes sure the holder (and the pod's pasta, with its published
//! ports) runs and is created inside its namespaces; a member whose process ended leaves, and
//! the last one to leave kills pasta and the holder. State in `<runroot>/pods/<id>/` (lock,
//! `state.json`, `users/<member>`), the same bookkeeping as the rootless network namespace.

use crate::engine::Engine;
use crate::model::pod::Share;
use crate::model::NetworkMode;
use crate::network::infra::Infra;
use crate::runtime::podns::spawn_pod_holder;
use crate::store::containers::ContainerRecord;
use crate::store::pods::PodRecord;
use anyhow::{bail, Result};
use std::path::PathBuf;

pub fn state_dir(engine: &Engine, pod_id: &str) -> PathBuf {
    engine.store.runroot.join("pods").join(pod_id)
}

/// The `CLONE_NEW*` flags of the namespaces the pod's members join.
pub fn flags(pod: &PodRecord) -> libc::c_int {
    let Share { net, ipc, uts, pid } = pod.share;
    let mut f = 0;
    // A pod on the host's network has no network namespace to share.
    if net && pod.network != NetworkMode::Host {
        f |= libc::CLONE_NEWNET;
    }
    for (on, flag) in [
        (ipc, libc::CLONE_NEWIPC),
        (uts, libc::CLONE_NEWUTS),
        (pid, libc::CLONE_NEWPID),
    ] {
        if on {
            f |= flag;
        }
    }
    f
}

/// Lock the pod's namespaces and make sure its holder runs (and its network helper, with the
/// pod's published ports): a member is about to be created inside them.
pub fn acquire(engine: &Engine, pod: &PodRecord) -> Result<Infra> {
    let mut infra = Infra::lock(&state_dir(engine, &pod.id))?;
    if infra.holder() == 0 && infra.in_use() {
        // Members run in namespaces nothing holds any more: a new holder would split the pod.
        bail!(
            "the namespaces of pod {} lost their holder while members run: stop the pod and start it again",
            pod.name
        );
    }
    let f = flags(pod);
    let mode = if f & libc::CLONE_NEWNET != 0 {
        pod.network.clone()
    } else {
        NetworkMode::None
    };
    infra.ensure_with(
        || spawn_pod_holder(engine.idmap(), f, &pod.hostname),
        &mode,
        &pod.ports,
        &format!("connecting the network of pod {}", pod.name),
    )?;
    Ok(infra)
}

/// A member's process ended (or never started): it no longer holds the pod's namespaces;
/// when no member does, they go.
pub fn leave(engine: &Engine, rec: &ContainerRecord) {
    let Some(pod) = &rec.settings.pod else {
        return;
    };
    let dir = state_dir(engine, pod);
    if !dir.is_dir() {
        return;
    }
    if let Ok(mut infra) = Infra::lock(&dir) {
        infra.remove_user(&rec.id);
    }
}

/// The pod's holder pid while its namespaces are held (0 otherwise). A holder no member
/// uses (its starter was killed before the member counted) is stopped here: a starting
/// member holds the lock until it counts, so under the lock no user means none is coming.
pub fn holder(engine: &Engine, pod_id: &str) -> i32 {
    let dir = state_dir(engine, pod_id);
    if !dir.is_dir() {
        return 0;
    }
    let Ok(mut infra) = Infra::lock(&dir) else {
        return 0;
    };
    if infra.holder() != 0 && !infra.in_use() {
        infra.teardown();
    }
    infra.holder()
}

/// `pod rm`: stop the holder and pasta whatever members say, and forget the state.
pub fn teardown(engine: &Engine, pod_id: &str) {
    let dir = state_dir(engine, pod_id);
    if !dir.is_dir() {
        return;
    }
    if let Ok(mut infra) = Infra::lock(&dir) {
        infra.teardown();
    }
    let _ = std::fs::remove_dir_all(&dir);
}
