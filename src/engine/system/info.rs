//! `info`: the host, the store and the version, with podman's field names.

use crate::engine::container::lookup::list;
use crate::engine::Engine;
use crate::model::ContainerStatus;
use crate::store::{remove_tree, LockKind};
use anyhow::Result;
use serde_json::{json, Value};

/// Whether containers here get the kernel's overlay (else fuse-overlayfs): probed in a
/// staging directory of the store; a probe that cannot run counts as no.
fn kernel_overlay_works(engine: &Engine) -> bool {
    let Ok(dir) = engine.store.staging_dir() else {
        return false;
    };
    let works = crate::runtime::mounts::kernel_overlay_works(engine.idmap(), &dir.path);
    let _ = remove_tree(&dir.path, engine.idmap());
    works.unwrap_or(false)
}

/// `info`
pub fn info(engine: &Engine) -> Result<Value> {
    let store = &engine.store;
    let (images, containers) = {
        let _l = store.lock(LockKind::Images, false)?;
        (store.images()?.len(), list(engine)?)
    };
    let count = |s: ContainerStatus| {
        containers
            .iter()
            .filter(|c| c.state.live_status() == s)
            .count()
    };
    let (running, paused) = (
        count(ContainerStatus::Running),
        count(ContainerStatus::Paused),
    );
    let map = engine.idmap();
    let uname = rustix::system::uname();
    let cg = crate::runtime::cgroups::version();
    let overlay_native = kernel_overlay_works(engine);
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
