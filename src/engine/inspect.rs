//! `inspect` and `info` documents, with podman's field names.

use super::container::lookup::list;
use super::Engine;
use crate::model::ContainerStatus;
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

/// `info`
pub fn info(engine: &Engine) -> Result<Value> {
    let store = &engine.store;
    let (images, containers) = {
        let _l = store.lock(LockKind::Images, false)?;
        (store.images()?.len(), list(engine)?)
    };
    let count = |s: ContainerStatus| containers.iter().filter(|c| c.state.status == s).count();
    let (running, paused) = (
        count(ContainerStatus::Running),
        count(ContainerStatus::Paused),
    );
    let map = engine.idmap();
    let uname = rustix::system::uname();
    let cg = crate::runtime::cgroups::version();
    let overlay_native = true;
    Ok(json!({
        "host": {
            "arch": std::env::consts::ARCH,
            "hostname": uname.nodename().to_string_lossy(),
            "kernel": uname.release().to_string_lossy(),
            "os": "linux",
            "cgroupVersion": if cg == 2 { "v2" } else { "v1" },
            "cgroupManager": crate::runtime::cgroups::manager(),
            "cgroupControllers": crate::runtime::cgroups::controllers(),
            "security": {
                "rootless": rustix::process::getuid().as_raw() != 0,
                "seccompEnabled": true,
                "seccompProfilePath": "(embedded)",
                "capabilities": crate::runtime::security::DEFAULT_CAPS.join(","),
            },
            "idMappings": {
                "uidmap": map.uids.iter().map(|r| json!({"container_id": r.container, "host_id": r.host, "size": r.count})).collect::<Vec<_>>(),
                "gidmap": map.gids.iter().map(|r| json!({"container_id": r.container, "host_id": r.host, "size": r.count})).collect::<Vec<_>>(),
            },
            "ociRuntime": {"name": "skiff (built in)", "package": "skiff", "version": env!("CARGO_PKG_VERSION")},
        },
        "store": {
            "graphRoot": store.root,
            "runRoot": store.runroot,
            "graphDriverName": "overlay",
            "graphOptions": {"overlay.native": overlay_native},
            "imageStore": {"number": images},
            "containerStore": {
                "number": containers.len(),
                "running": running,
                "stopped": containers.len() - running - paused,
                "paused": paused,
            },
        },
        "version": {
            "Version": env!("CARGO_PKG_VERSION"),
            "APIVersion": "4.3.1",
            "OsArch": format!("linux/{}", std::env::consts::ARCH),
        },
    }))
}
