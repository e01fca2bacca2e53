//! The build cache: the result of every step (its image config and layers) under a key that
//! chains the key of the step before it with what the step does — the instruction with its
//! variables substituted, the build args in scope, the digest of COPY/ADD sources — so a
//! step is reused only when everything that led to it is unchanged. Entries live in
//! `<root>/build-cache/<key>.json`; their layers are ordinary store layers, checked to still
//! exist on every hit (`rmi` may have removed them). `image prune` empties the cache and
//! removes the layers no image uses.

use super::image::Image;
use crate::engine::Engine;
use crate::store::images::LayerRef;
use crate::store::{sha256_digest, LockKind};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub image: Image,
    pub layers: Vec<LayerRef>,
}

/// Changes whenever what a step produces from the same input changes.
const VERSION: &str = "skiff-build-cache-1";

/// The key of a step: the previous key, then each part on its own line.
pub fn key(parent: &str, parts: &[&str]) -> String {
    let mut s = format!("{VERSION}\n{parent}");
    for p in parts {
        s.push('\n');
        s.push_str(&p.len().to_string());
        s.push(':');
        s.push_str(p);
    }
    sha256_digest(s.as_bytes())
        .trim_start_matches("sha256:")
        .to_string()
}

fn dir(engine: &Engine) -> PathBuf {
    engine.store.root.join("build-cache")
}

/// A stored result whose layers are all still in the store.
pub fn lookup(engine: &Engine, key: &str) -> Option<Entry> {
    let data = std::fs::read(dir(engine).join(format!("{key}.json"))).ok()?;
    let e: Entry = serde_json::from_slice(&data).ok()?;
    let store = &engine.store;
    let complete = e
        .layers
        .iter()
        .all(|l| store.layer_exists(&l.chain_id) && store.blob_path(&l.digest).is_file());
    complete.then_some(e)
}

/// Remember a step's result (not fsync'd: a lost entry is only a cache miss).
pub fn store(engine: &Engine, key: &str, image: &Image, layers: &[LayerRef]) -> Result<()> {
    let d = dir(engine);
    crate::store::mkdir_p(&d)?;
    let e = Entry {
        image: image.clone(),
        layers: layers.to_vec(),
    };
    crate::store::write_file(
        &d.join(format!("{key}.json")),
        &serde_json::to_vec(&e)?,
        false,
    )
}

/// Empty the cache and remove the layers (and their blobs) that no image uses. Returns how
/// many layers went.
pub fn prune(engine: &Engine) -> Result<usize> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let d = dir(engine);
    let mut cached: Vec<LayerRef> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&d) {
        for ent in rd.flatten() {
            if let Ok(e) = std::fs::read(ent.path())
                .map_err(anyhow::Error::from)
                .and_then(|b| Ok(serde_json::from_slice::<Entry>(&b)?))
            {
                cached.extend(e.layers);
            }
            let _ = std::fs::remove_file(ent.path());
        }
    }
    let images = store.images()?;
    let used = |l: &LayerRef| {
        images
            .iter()
            .any(|i| i.layers.iter().any(|x| x.chain_id == l.chain_id))
    };
    let blob_used = |l: &LayerRef| {
        images
            .iter()
            .any(|i| i.layers.iter().any(|x| x.digest == l.digest))
    };
    let mut removed = 0;
    let mut seen = std::collections::HashSet::new();
    for l in cached {
        if !seen.insert(l.chain_id.clone()) || used(&l) {
            continue;
        }
        let layer = store.root.join("layers").join(&l.chain_id);
        let trash = store
            .root
            .join("tmp")
            .join(crate::store::unique_name("rm-layer"));
        if std::fs::rename(&layer, &trash).is_ok() {
            crate::store::remove_tree(&trash, engine.idmap())?;
            removed += 1;
        }
        if !blob_used(&l) {
            let _ = std::fs::remove_file(store.blob_path(&l.digest));
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_chain_and_separate_parts() {
        let a = key("p", &["RUN x", ""]);
        assert_eq!(a.len(), 64);
        assert_eq!(a, key("p", &["RUN x", ""]));
        assert_ne!(a, key("q", &["RUN x", ""]));
        assert_ne!(key("p", &["ab", "c"]), key("p", &["a", "bc"]));
    }
}
