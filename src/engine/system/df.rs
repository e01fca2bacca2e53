//! `system df`: disk use of images (shared layers once), containers (upper directories) and
//! volumes, measured in the user namespace.

use crate::engine::container::lookup;
use crate::engine::image::list;
use crate::engine::Engine;
use anyhow::Result;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Bytes used by the files below `p` (inside the user namespace: they belong to mapped ids).
pub fn du(engine: &Engine, paths: Vec<PathBuf>) -> Result<Vec<u64>> {
    crate::runtime::in_userns(engine.idmap(), move || {
        Ok(paths.iter().map(|p| tree_size(p)).collect())
    })
}

fn tree_size(p: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    let Ok(m) = std::fs::symlink_metadata(p) else {
        return 0;
    };
    if !m.is_dir() {
        return if m.is_file() { m.size() } else { 0 };
    }
    std::fs::read_dir(p)
        .map(|rd| rd.flatten().map(|e| tree_size(&e.path())).sum())
        .unwrap_or(0)
}

/// One row of `system df`.
pub struct DfRow {
    pub kind: &'static str,
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

/// `system df`: images, containers and volumes.
pub fn df(engine: &Engine) -> Result<Vec<DfRow>> {
    // What crashes left (staging, removal trees, orphaned layers, blobs and container
    // directories) takes space too, all of it reclaimable (`system prune` removes it).
    let left = super::check::leftovers(engine, false)?;
    let left_size = |ctr: bool| -> u64 {
        left.iter()
            .filter(|f| f.is_container_leftover() == ctr)
            .map(|f| f.size)
            .sum()
    };
    let (img_left, ctr_left) = (left_size(false), left_size(true));
    let images = list::list(engine)?;
    let ctrs = lookup::list(engine)?;
    let used: HashSet<&str> = ctrs.iter().map(|c| c.image_id.as_str()).collect();
    // Layers shared by images count once; a layer is reclaimable when no used image has it.
    let mut layer_size = std::collections::HashMap::new();
    let mut used_layers = HashSet::new();
    for i in &images {
        for l in &i.layers {
            layer_size.insert(l.chain_id.clone(), l.unpacked_size);
            if used.contains(i.id.as_str()) {
                used_layers.insert(l.chain_id.clone());
            }
        }
    }
    let img_size: u64 = layer_size.values().sum();
    let img_reclaim: u64 = layer_size
        .iter()
        .filter(|(k, _)| !used_layers.contains(*k))
        .map(|(_, v)| v)
        .sum();
    let vol_dir = engine.store.root.join("volumes");
    let vols: Vec<String> = std::fs::read_dir(&vol_dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let mut paths: Vec<PathBuf> = ctrs
        .iter()
        .map(|c| engine.store.container_dir(&c.id).join("upper"))
        .collect();
    paths.extend(vols.iter().map(|v| vol_dir.join(v)));
    let sizes = du(engine, paths)?;
    let (csizes, vsizes) = sizes.split_at(ctrs.len().min(sizes.len()));
    let running: Vec<bool> = ctrs.iter().map(|c| c.state.is_running()).collect();
    let in_use: HashSet<String> = ctrs
        .iter()
        .flat_map(crate::engine::volume::lookup::volume_names)
        .collect();
    let vol_active: Vec<bool> = vols.iter().map(|v| in_use.contains(v)).collect();
    Ok(vec![
        DfRow {
            kind: "Images",
            total: images.len(),
            active: images
                .iter()
                .filter(|i| used.contains(i.id.as_str()))
                .count(),
            size: img_size + img_left,
            reclaimable: img_reclaim + img_left,
        },
        DfRow {
            kind: "Containers",
            total: ctrs.len(),
            active: running.iter().filter(|r| **r).count(),
            size: csizes.iter().sum::<u64>() + ctr_left,
            reclaimable: csizes
                .iter()
                .zip(&running)
                .filter(|(_, r)| !**r)
                .map(|(s, _)| s)
                .sum::<u64>()
                + ctr_left,
        },
        DfRow {
            kind: "Local Volumes",
            total: vols.len(),
            active: vol_active.iter().filter(|a| **a).count(),
            size: vsizes.iter().sum(),
            reclaimable: vsizes
                .iter()
                .zip(&vol_active)
                .filter(|(_, a)| !**a)
                .map(|(s, _)| s)
                .sum(),
        },
    ])
}
