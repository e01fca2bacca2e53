//! Directories of files a pod's members mount (`kube play`'s ConfigMap, Secret and emptyDir
//! volumes): `pods/<id>/volumes/<name>/`, removed with the pod.

use crate::engine::Engine;
use anyhow::{bail, Context, Result};
use std::path::{Component, Path, PathBuf};

/// Make the directory `name` of the pod with `files` (relative paths, contents) in it.
pub fn volume_dir(
    engine: &Engine,
    pod_id: &str,
    name: &str,
    files: &[(String, Vec<u8>)],
) -> Result<PathBuf> {
    if name.is_empty() || name.contains('/') || name.starts_with('.') {
        bail!("invalid volume name {name:?}");
    }
    let dir = engine.store.pod_dir(pod_id).join("volumes").join(name);
    crate::store::mkdir_p(&dir)?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
    for (rel, data) in files {
        let p = Path::new(rel);
        if rel.is_empty() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
            bail!("invalid file name {rel:?} in volume {name}: a relative path without ..");
        }
        let path = dir.join(p);
        if let Some(parent) = path.parent() {
            crate::store::mkdir_p(parent)?;
        }
        std::fs::write(&path, data).with_context(|| format!("writing {}", path.display()))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(dir)
}

/// A PersistentVolumeClaim's named volume: the existing one, else a new one.
pub fn named_volume(engine: &Engine, name: &str) -> Result<()> {
    crate::engine::volume::create::ensure(engine, Some(name)).map(|_| ())
}
