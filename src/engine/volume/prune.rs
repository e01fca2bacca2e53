//! `volume prune`: remove the volumes no container uses.

use super::ls::select;
use super::rm::remove_volume;
use crate::engine::Engine;
use crate::store::LockKind;
use anyhow::Result;

/// `volume prune` options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumePruneOptions {
    /// As `volume ls --filter` (label=, label!=, name=...): only those are considered.
    pub filters: Vec<String>,
}

/// One removed volume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumePruneReport {
    pub name: String,
    /// Bytes its data took (apparent sizes).
    pub size: u64,
}

fn du(p: &std::path::Path) -> u64 {
    let Ok(m) = std::fs::symlink_metadata(p) else {
        return 0;
    };
    if !m.is_dir() {
        return m.len();
    }
    std::fs::read_dir(p)
        .map(|rd| rd.flatten().map(|e| du(&e.path())).sum())
        .unwrap_or(0)
}

/// `volume prune`: every unused volume (passing the filters) removed.
pub fn prune(engine: &Engine, o: &VolumePruneOptions) -> Result<Vec<VolumePruneReport>> {
    let store = &engine.store;
    let _clock = store.lock(LockKind::Containers, false)?;
    let _vlock = store.lock(LockKind::Volumes, true)?;
    let mut filters = o.filters.clone();
    filters.push("dangling=true".into());
    let mut out = Vec::new();
    for v in select(engine, &filters)? {
        let size = du(&store.volume_data(&v.name));
        remove_volume(engine, &v.name)?;
        out.push(VolumePruneReport { name: v.name, size });
    }
    Ok(out)
}
