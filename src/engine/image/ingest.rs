//! How an image enters the store: a staging directory (removed when dropped), its layers
//! staged inside the user namespace, then one commit into the index that moves layers and blobs
//! into place. `load`, `import`, `pull` and container `commit` all end here, so a failure
//! before the commit leaves the store as it was.

use crate::engine::Engine;
use crate::store::images::{ImageRecord, LayerRef};
use crate::store::layers::StagedLayer;
use crate::store::{now_nanos, remove_tree, LockKind};
use anyhow::{anyhow, bail, Context, Result};
use oci_spec::image::{
    Descriptor, DescriptorBuilder, ImageConfiguration, ImageManifestBuilder, MediaType,
};
use std::path::{Path, PathBuf};

/// Removes a staging directory (possibly holding subordinate-id files) when dropped. Making
/// one first removes those that processes killed mid-way (a pull, a load) left behind.
pub struct Staging<'a> {
    pub dir: PathBuf,
    _lock: crate::store::StagingDir,
    engine: &'a Engine,
}

impl<'a> Staging<'a> {
    pub fn new(engine: &'a Engine) -> Result<Self> {
        for stale in engine.store.stale_staging_dirs() {
            let _ = remove_tree(&stale.path, engine.idmap());
        }
        let lock = engine.store.staging_dir()?;
        Ok(Staging {
            dir: lock.path.clone(),
            _lock: lock,
            engine,
        })
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        let _ = remove_tree(&self.dir, self.engine.idmap());
    }
}

/// Stage the given blobs as layers (inside the user namespace), bottom first.
pub fn stage_layers(
    engine: &Engine,
    staging: &Path,
    blobs: Vec<(PathBuf, Option<String>, Option<String>)>,
) -> Result<Vec<StagedLayer>> {
    let store = engine.store.clone();
    let staging = staging.to_path_buf();
    crate::runtime::in_userns(engine.idmap(), move || {
        let mut out: Vec<StagedLayer> = Vec::new();
        for (blob, digest, diff_id) in &blobs {
            let parent = out.last().map(|l| l.layer.chain_id.clone());
            let s = store.stage_layer(
                &staging,
                blob,
                parent.as_deref(),
                digest.as_deref(),
                diff_id.as_deref(),
            )?;
            out.push(s);
        }
        Ok(out)
    })
}

/// Put a finished image into the index: layers and blobs moved into place, names taken from
/// any other image that had them.
pub fn commit_image(
    engine: &Engine,
    staged: &[StagedLayer],
    config: &[u8],
    manifest: &[u8],
    manifest_media_type: &str,
    names: &[String],
) -> Result<ImageRecord> {
    let store = &engine.store;
    let cfg: ImageConfiguration =
        serde_json::from_slice(config).context("the image config is not valid JSON")?;
    let diff_ids = cfg.rootfs().diff_ids();
    if diff_ids.len() != staged.len() {
        bail!(
            "the image config lists {} layers but the image has {}",
            diff_ids.len(),
            staged.len()
        );
    }
    for (d, s) in diff_ids.iter().zip(staged) {
        if *d != s.layer.diff_id {
            bail!(
                "layer digest mismatch: the config expects {d}, the layer has {}",
                s.layer.diff_id
            );
        }
    }
    let created = cfg
        .created()
        .as_deref()
        .and_then(crate::model::time::parse_rfc3339)
        .unwrap_or_else(|| now_nanos() / 1_000_000_000);
    let _lock = store.lock(LockKind::Images, true)?;
    store.commit_layers(staged)?;
    let config_digest = store.put_blob(config)?;
    let manifest_digest = store.put_blob(manifest)?;
    let id = config_digest.trim_start_matches("sha256:").to_string();
    let mut images = store.images()?;
    for img in images.iter_mut() {
        if img.id != id {
            img.names.retain(|n| !names.contains(n));
        }
    }
    let layers: Vec<LayerRef> = staged.iter().map(|s| s.layer.clone()).collect();
    let size = layers.iter().map(|l| l.unpacked_size).sum();
    let mut unused = Vec::new();
    let rec = match images.iter_mut().find(|i| i.id == id) {
        Some(existing) => {
            for n in names {
                if !existing.names.contains(n) {
                    existing.names.push(n.clone());
                }
            }
            // The image was there (loaded, then pulled: other compressed blobs and another
            // manifest for the same config): the blobs just stored may be used by nobody.
            unused.push(manifest_digest.clone());
            unused.extend(staged.iter().map(|s| s.layer.digest.clone()));
            existing.clone()
        }
        None => {
            let rec = ImageRecord {
                id: id.clone(),
                names: names.to_vec(),
                digest: manifest_digest,
                manifest_media_type: manifest_media_type.to_string(),
                repo_digests: Vec::new(),
                layers,
                created,
                size,
            };
            images.push(rec.clone());
            rec
        }
    };
    unused.retain(|d| {
        !images
            .iter()
            .any(|i| i.digest == *d || i.layers.iter().any(|l| l.digest == *d))
    });
    store.write_images(images)?;
    for d in unused {
        let _ = std::fs::remove_file(store.blob_path(&d));
    }
    Ok(rec)
}

/// Store an image made here (import, commit): an OCI manifest is written for `config` and the
/// staged layers, then the image is committed like a loaded one.
pub fn commit_new_image(
    engine: &Engine,
    staged: &[StagedLayer],
    config: &serde_json::Value,
    names: &[String],
) -> Result<ImageRecord> {
    let config_bytes = serde_json::to_vec(config)?;
    let manifest = oci_manifest(&config_bytes, staged)?;
    commit_image(
        engine,
        staged,
        &config_bytes,
        &manifest,
        "application/vnd.oci.image.manifest.v1+json",
        names,
    )
}

pub fn oci_manifest(config: &[u8], staged: &[StagedLayer]) -> Result<Vec<u8>> {
    let cfg_desc = DescriptorBuilder::default()
        .media_type(MediaType::ImageConfig)
        .digest(
            crate::store::sha256_digest(config)
                .parse::<oci_spec::image::Digest>()
                .map_err(|e| anyhow!("{e}"))?,
        )
        .size(config.len() as u64)
        .build()?;
    let layers: Vec<Descriptor> = staged
        .iter()
        .map(|s| {
            let mt = match s.layer.media_type.as_str() {
                "application/vnd.oci.image.layer.v1.tar+gzip" => MediaType::ImageLayerGzip,
                "application/vnd.oci.image.layer.v1.tar+zstd" => MediaType::ImageLayerZstd,
                _ => MediaType::ImageLayer,
            };
            Ok(DescriptorBuilder::default()
                .media_type(mt)
                .digest(
                    s.layer
                        .digest
                        .parse::<oci_spec::image::Digest>()
                        .map_err(|e| anyhow!("{e}"))?,
                )
                .size(s.layer.size)
                .build()?)
        })
        .collect::<Result<_>>()?;
    let m = ImageManifestBuilder::default()
        .schema_version(2u32)
        .media_type(MediaType::ImageManifest)
        .config(cfg_desc)
        .layers(layers)
        .build()?;
    Ok(serde_json::to_vec(&m)?)
}
