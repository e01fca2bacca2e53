//! `volume rm`: refused for a volume in use unless forced; `--force` removes the containers
//! using it first, as podman does.

use super::lookup::users;
use crate::engine::container::rm::remove_locked;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::volumes::NoSuchVolume;
use crate::store::{remove_tree, LockKind};
use anyhow::Result;

/// `volume rm` options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumeRmOptions {
    pub names: Vec<String>,
    /// `--all`: every volume.
    pub all: bool,
    /// `--force`: remove the containers using a volume (running ones killed), then it; a
    /// missing volume is no error.
    pub force: bool,
}

/// What `volume rm` did: names removed, errors (podman's texts), podman's exit code (1: no
/// such volume, 2: in use).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumeRmReport {
    pub removed: Vec<String>,
    pub errors: Vec<String>,
    pub code: i32,
}

/// Remove volume `name`'s directory (the volumes lock held; nothing may use it).
pub fn remove_volume(engine: &Engine, name: &str) -> Result<()> {
    let dir = engine.store.volume_dir(name);
    let trash = engine
        .store
        .root
        .join("tmp")
        .join(crate::store::unique_name("rm-vol"));
    std::fs::rename(&dir, &trash).map_err(|e| anyhow::anyhow!("removing volume {name}: {e}"))?;
    remove_tree(&trash, engine.idmap())?;
    events::volume(engine, "remove", name);
    Ok(())
}

/// `volume rm`.
pub fn rm(engine: &Engine, o: &VolumeRmOptions) -> Result<VolumeRmReport> {
    let store = &engine.store;
    let _clock = store.lock(LockKind::Containers, true)?;
    let _vlock = store.lock(LockKind::Volumes, true)?;
    let mut r = VolumeRmReport::default();
    let names: Vec<String> = if o.all {
        store.volumes()?.into_iter().map(|v| v.name).collect()
    } else {
        o.names.clone()
    };
    for name in names {
        if store.volume(&name).is_err() {
            if !o.force {
                r.errors.push(format!("{}", NoSuchVolume(name.clone())));
                r.code = r.code.max(1);
            }
            continue;
        }
        let using = users(engine, &name)?;
        if !using.is_empty() {
            if !o.force {
                let ids: Vec<&str> = using.iter().map(|c| c.id.as_str()).collect();
                r.errors.push(format!(
                    "volume {name} is being used by the following container(s): {}: volume is being used",
                    ids.join(", ")
                ));
                r.code = 2;
                continue;
            }
            for c in &using {
                remove_locked(engine, c, false)?;
            }
        }
        remove_volume(engine, &name)?;
        r.removed.push(name);
    }
    Ok(r)
}
