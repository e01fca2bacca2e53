//! `info`: the host, the store and the version, with podman's field names.

use super::host;
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

/// Whether an overlay can be idmapped for a container's own user namespace (else the
/// `--userns` modes that shift ids use fuse-overlayfs's uid/gid mapping).
fn idmapped_overlay_works(engine: &Engine) -> bool {
    let Ok(dir) = engine.store.staging_dir() else {
        return false;
    };
    let works = crate::runtime::mounts::idmapped_overlay_works(engine.idmap(), &dir.path);
    let _ = remove_tree(&dir.path, engine.idmap());
    works.unwrap_or(false)
}

/// `info`: podman's keys (JSON names); what podman names a separate program (conmon, the OCI
/// runtime, buildah, netavark) is built into skiff and says so.
pub fn info(engine: &Engine) -> Result<Value> {
    Ok(json!({
        "host": host(engine),
        "store": store(engine)?,
        "registries": registries(),
        "plugins": {
            "volume": ["local"],
            "network": ["bridge"],
            "log": ["k8s-file", "json-file", "none", "passthrough"],
            "authorization": Value::Null,
        },
        "version": version(),
    }))
}

/// `version`'s fields (podman's `Version`, also `info`'s).
pub fn version() -> Value {
    json!({
        "APIVersion": "4.3.1",
        "Version": env!("CARGO_PKG_VERSION"),
        "GoVersion": "none (Rust)",
        "GitCommit": "",
        "BuiltTime": "",
        "Built": 0,
        "OsArch": format!("linux/{}", std::env::consts::ARCH),
        "Os": "linux",
    })
}

fn host(engine: &Engine) -> Value {
    let map = engine.idmap();
    let uname = rustix::system::uname();
    let cg = crate::runtime::cgroups::version();
    let (mem_free, mem_total, swap_free, swap_total) = host::memory();
    let ids = |v: &[crate::runtime::userns::IdRange]| {
        v.iter()
            .map(|r| json!({"container_id": r.container, "host_id": r.host, "size": r.count}))
            .collect::<Vec<_>>()
    };
    let builtin =
        json!({"package": "skiff", "path": "built in", "version": env!("CARGO_PKG_VERSION")});
    let slirp = host::on_path("slirp4netns").map(|p| p.display().to_string());
    json!({
        "arch": go_arch(),
        "buildahVersion": "built in",
        "cgroupManager": crate::runtime::cgroups::manager(),
        "cgroupVersion": if cg == 2 { "v2" } else { "v1" },
        "cgroupControllers": crate::runtime::cgroups::controllers(),
        "conmon": builtin,
        "cpus": host::cpus(),
        "distribution": host::distribution(),
        "eventLogger": engine.events_backend().as_str(),
        "hostname": uname.nodename().to_string_lossy(),
        "idMappings": {"gidmap": ids(&map.gids), "uidmap": ids(&map.uids)},
        "kernel": uname.release().to_string_lossy(),
        "logDriver": crate::config::containers_conf::get()
            .ok()
            .and_then(|c| c.log_driver.clone())
            .unwrap_or_else(|| "k8s-file".into()),
        "memFree": mem_free,
        "memTotal": mem_total,
        "networkBackend": "built in",
        "ociRuntime": {
            "name": "skiff (built in)",
            "package": "skiff",
            "path": "built in",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "os": "linux",
        "remoteSocket": {"path": "", "exists": false},
        "serviceIsRemote": false,
        "security": {
            "apparmorEnabled": false,
            "capabilities": crate::runtime::security::DEFAULT_CAPS.join(","),
            "rootless": rustix::process::getuid().as_raw() != 0,
            "seccompEnabled": true,
            "seccompProfilePath": "(embedded)",
            "selinuxEnabled": false,
        },
        "slirp4netns": {
            "executable": slirp.unwrap_or_default(),
            "package": "",
            "version": "",
        },
        "swapFree": swap_free,
        "swapTotal": swap_total,
        "uptime": host::uptime(),
        "linkmode": "dynamic",
    })
}

/// Go's name of the host architecture.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

fn store(engine: &Engine) -> Result<Value> {
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
    let overlay_native = kernel_overlay_works(engine);
    let idmapped = idmapped_overlay_works(engine);
    let (allocated, used) = host::fs_usage(&store.root);
    Ok(json!({
        "configFile": "",
        "containerStore": {
            "number": containers.len(),
            "paused": paused,
            "running": running,
            "stopped": containers.len() - running - paused,
        },
        "graphDriverName": "overlay",
        // How a container of --userns=keep-id|auto|nomap or --uidmap sees the image's owners
        // without a copy of its layers: idmapped mounts are tried (the kernel's overlay
        // refuses them here), fuse-overlayfs's uidmapping/gidmapping is what is used.
        "idMappings": {
            "idmappedMounts": idmapped,
            "method": "fuse-overlayfs",
        },
        "graphOptions": {"overlay.native": overlay_native},
        "graphRoot": store.root,
        "graphRootAllocated": allocated,
        "graphRootUsed": used,
        "graphStatus": {
            "Native Overlay Diff": overlay_native.to_string(),
            "Supports d_type": "true",
            "Using metacopy": "false",
        },
        "imageCopyTmpDir": store.root.join("tmp"),
        "imageStore": {"number": images},
        "runRoot": store.runroot,
        "volumePath": store.root.join("volumes"),
    }))
}

/// podman's `registries`: the unqualified-search registries under `search` (nothing when
/// registries.conf cannot be read: `info` still answers).
fn registries() -> Value {
    match crate::registry::conf::Registries::load() {
        Ok(r) if !r.unqualified_search_registries.is_empty() => {
            json!({"search": r.unqualified_search_registries})
        }
        _ => json!({}),
    }
}

/// The report with the Go field names podman's templates use (`{{.Host.OCIRuntime.Name}}`,
/// `{{.Store.GraphDriverName}}`); the keys of maps (graph options, registries) stay.
pub fn go_field_names(v: &Value) -> Value {
    const RENAMED: &[(&str, &str)] = &[
        ("cgroupVersion", "CgroupsVersion"),
        ("idMappings", "IDMappings"),
        ("ociRuntime", "OCIRuntime"),
        ("os", "OS"),
        ("cpus", "CPUs"),
        ("slirp4netns", "Slirp4NetNS"),
        ("capabilities", "DefaultCapabilities"),
        ("seccompEnabled", "SECCOMPEnabled"),
        ("seccompProfilePath", "SECCOMPProfilePath"),
        ("selinuxEnabled", "SELinuxEnabled"),
        ("apparmorEnabled", "AppArmorEnabled"),
        ("gidmap", "GIDMap"),
        ("uidmap", "UIDMap"),
        ("container_id", "ContainerID"),
        ("host_id", "HostID"),
    ];
    const MAPS: &[&str] = &["graphOptions", "graphStatus", "registries"];
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, val)| {
                    let name = RENAMED
                        .iter()
                        .find(|(from, _)| from == k)
                        .map(|(_, to)| to.to_string())
                        .unwrap_or_else(|| {
                            let mut c = k.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect())
                                .unwrap_or_default()
                        });
                    let val = if MAPS.contains(&k.as_str()) {
                        val.clone()
                    } else {
                        go_field_names(val)
                    };
                    (name, val)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(go_field_names).collect()),
        other => other.clone(),
    }
}
