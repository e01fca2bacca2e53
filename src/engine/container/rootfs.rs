//! A container's root filesystem: the overlay it is made of, and how to reach it from outside
//! (`cp`, `export`) whether the container runs or not.

use crate::engine::Engine;
use crate::runtime::mounts::Overlay;
use crate::runtime::rootfs::Access;
use crate::store::containers::ContainerRecord;
use anyhow::Result;

/// The overlay a container's root filesystem is made of: its image's layers (top first; an
/// empty directory for an image without layers) under its own upper directory.
pub fn overlay(engine: &Engine, rec: &ContainerRecord) -> Result<Overlay> {
    let store = &engine.store;
    let mut lower: Vec<std::path::PathBuf> = rec
        .layers
        .iter()
        .rev()
        .map(|c| store.layer_dir(c))
        .collect();
    if lower.is_empty() {
        let empty = store.root.join("layers").join("empty");
        crate::store::mkdir_p(&empty.join("diff"))?;
        lower.push(empty.join("diff"));
    }
    let dir = store.container_dir(&rec.id);
    Ok(Overlay {
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        target: dir.join("merged"),
        mount_program: rec.settings.mount_program.clone(),
        id_mapping: None,
    })
}

/// How to reach a container's root filesystem now.
pub fn access(engine: &Engine, rec: &ContainerRecord) -> Result<Access> {
    if rec.state.is_running() {
        return Ok(Access::Running {
            pid: rec.state.process.pid,
        });
    }
    Ok(Access::Stopped(super::rootfs::overlay(engine, rec)?))
}

/// For a stopped container, a shared containers lock while its overlay is mounted, so `rm` and
/// `prune` wait instead of deleting the upper directory underneath.
pub fn hold(engine: &Engine, acc: &Access) -> Result<Option<crate::store::Lock>> {
    Ok(match acc {
        Access::Stopped(_) => Some(
            engine
                .store
                .lock(crate::store::LockKind::Containers, false)?,
        ),
        Access::Running { .. } => None,
    })
}
