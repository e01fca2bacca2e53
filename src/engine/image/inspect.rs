//! `image inspect`, with podman's field names.

use crate::engine::Engine;
use crate::store::images::find;
use crate::store::LockKind;
use anyhow::{Context, Result};
use serde_json::{json, Value};

/// `image inspect`
pub fn image(engine: &Engine, what: &str) -> Result<Value> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    let rec = find(&images, what)?;
    let cfg: Value = serde_json::from_slice(&store.read_blob(&rec.config_digest())?)
        .context("the image config is corrupt")?;
    let c = cfg.get("config").cloned().unwrap_or(json!({}));
    Ok(json!({
        "Id": rec.id,
        "Digest": rec.digest,
        "RepoTags": rec.names,
        "RepoDigests": rec.repo_digests,
        "Parent": "",
        "Comment": cfg["history"].as_array().and_then(|h| h.last()).and_then(|h| h["comment"].as_str()).unwrap_or(""),
        "Created": cfg.get("created").cloned().unwrap_or(Value::Null),
        "Config": c,
        "Version": cfg.get("docker_version").cloned().unwrap_or(json!("")),
        "Author": cfg.get("author").cloned().unwrap_or(json!("")),
        "Architecture": cfg.get("architecture").cloned().unwrap_or(json!("")),
        "Os": cfg.get("os").cloned().unwrap_or(json!("")),
        "Size": rec.size,
        "VirtualSize": rec.size,
        "GraphDriver": {
            "Name": "overlay",
            "Data": {
                "UpperDir": rec.layers.last().map(|l| store.layer_dir(&l.chain_id)),
                "LowerDir": rec.layers.iter().rev().skip(1).map(|l| store.layer_dir(&l.chain_id).display().to_string()).collect::<Vec<_>>().join(":"),
            }
        },
        "RootFS": {
            "Type": "layers",
            "Layers": rec.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>(),
        },
        "Labels": c.get("Labels").cloned().unwrap_or(Value::Null),
        "Annotations": {},
        "ManifestType": rec.manifest_media_type,
        "User": c.get("User").cloned().unwrap_or(json!("")),
        "History": cfg.get("history").cloned().unwrap_or(json!([])),
        "NamesHistory": rec.names,
    }))
}
