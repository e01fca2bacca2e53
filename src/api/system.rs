//! `/_ping`, `/version`, `/info`.

use super::http::{self, ApiResult, Reply};
use crate::engine::system::host;
use crate::engine::Engine;
use hyper::{Method, StatusCode};
use serde_json::{json, Value};

/// `HEAD|GET /_ping`: `OK`, with the `Api-Version` header clients negotiate from.
pub fn ping(m: &Method) -> Reply {
    let body = if m == Method::HEAD {
        http::empty()
    } else {
        http::full("OK")
    };
    let mut r = http::reply(StatusCode::OK, Some("text/plain; charset=utf-8"), body);
    r.headers_mut().insert(
        "Cache-Control",
        "no-cache, no-store, must-revalidate"
            .parse()
            .expect("header"),
    );
    r.headers_mut()
        .insert("Pragma", "no-cache".parse().expect("header"));
    r
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        a => a,
    }
}

pub fn version() -> Reply {
    let uname = rustix::system::uname();
    let kernel = uname.release().to_string_lossy().into_owned();
    let v = env!("CARGO_PKG_VERSION");
    http::ok_json(&json!({
        "Platform": {"Name": "skiff"},
        "Components": [{
            "Name": "Engine",
            "Version": v,
            "Details": {
                "ApiVersion": super::API_VERSION,
                "MinAPIVersion": super::MIN_VERSION,
                "Arch": arch(),
                "Os": "linux",
                "KernelVersion": kernel,
                "Experimental": "false",
            }
        }],
        "Version": v,
        "ApiVersion": super::API_VERSION,
        "MinAPIVersion": super::MIN_VERSION,
        "GitCommit": "",
        "GoVersion": "",
        "Os": "linux",
        "Arch": arch(),
        "KernelVersion": kernel,
        "BuildTime": "",
    }))
}

pub fn info(e: &Engine) -> ApiResult<Reply> {
    use crate::model::ContainerStatus as S;
    let all = crate::engine::container::lookup::list(e)?;
    let count = |f: &dyn Fn(S) -> bool| all.iter().filter(|c| f(c.state.live_status())).count();
    let running = count(&|s| s == S::Running || s == S::Stopping);
    let paused = count(&|s| s == S::Paused);
    let images = e.store.images()?.len();
    let uname = rustix::system::uname();
    let (_, mem_total, _, _) = host::memory();
    let cg = crate::runtime::cgroups::version();
    let distro = host::distribution();
    let os = match (distro.get("distribution"), distro.get("version")) {
        (Some(Value::String(d)), Some(Value::String(v))) => format!("{d} {v}"),
        _ => "linux".to_string(),
    };
    Ok(http::ok_json(&json!({
        "ID": "",
        "Containers": all.len(),
        "ContainersRunning": running,
        "ContainersPaused": paused,
        "ContainersStopped": all.len() - running - paused,
        "Images": images,
        "Driver": "overlay",
        "DriverStatus": [["Backing Filesystem", "extfs"]],
        "Plugins": {
            "Volume": ["local"],
            "Network": ["bridge", "host", "none"],
            "Log": ["k8s-file", "none"],
        },
        "MemoryLimit": cg == 2,
        "SwapLimit": cg == 2,
        "CpuCfsPeriod": cg == 2,
        "CpuCfsQuota": cg == 2,
        "PidsLimit": cg == 2,
        "IPv4Forwarding": true,
        "Debug": false,
        "NFd": 0,
        "NGoroutines": 0,
        "SystemTime": crate::model::time::rfc3339(crate::store::now_nanos()),
        "LoggingDriver": "k8s-file",
        "CgroupDriver": crate::runtime::cgroups::manager(),
        "CgroupVersion": if cg == 2 { "2" } else { "1" },
        "KernelVersion": uname.release().to_string_lossy(),
        "OperatingSystem": os,
        "OSType": "linux",
        "Architecture": std::env::consts::ARCH,
        "NCPU": host::cpus(),
        "MemTotal": mem_total,
        "IndexServerAddress": "https://index.docker.io/v1/",
        "DockerRootDir": e.store.root,
        "Name": uname.nodename().to_string_lossy(),
        "Labels": [],
        "ExperimentalBuild": false,
        "ServerVersion": env!("CARGO_PKG_VERSION"),
        "Runtimes": {"skiff": {"path": "built in"}},
        "DefaultRuntime": "skiff",
        "Swarm": {"LocalNodeState": "inactive", "ControlAvailable": false, "NodeID": "", "NodeAddr": ""},
        "LiveRestoreEnabled": false,
        "Isolation": "",
        "InitBinary": "",
        "SecurityOptions": ["name=seccomp,profile=default", "name=rootless"],
        "Warnings": [],
    })))
}

/// `GET /system/df`: images, containers (with the size of their own changes) and volumes.
pub fn df(e: &Engine) -> ApiResult<Reply> {
    let rows = crate::engine::system::df::df(e)?;
    let images = crate::engine::image::list::list(e)?;
    let ctrs = crate::engine::container::lookup::list(e)?;
    let uppers = ctrs
        .iter()
        .map(|c| e.store.container_dir(&c.id).join("upper"))
        .collect();
    let sizes = crate::engine::system::df::du(e, uppers)?;
    let vols = crate::engine::volume::ls::select(e, &[])?;
    let vol_paths = vols.iter().map(|v| v.mountpoint.clone().into()).collect();
    let vol_sizes = crate::engine::system::df::du(e, vol_paths)?;
    let layers = rows
        .iter()
        .find(|r| r.kind == "Images")
        .map_or(0, |r| r.size);
    Ok(http::ok_json(&json!({
        "LayersSize": layers,
        "Images": images.iter().map(|i| json!({
            "Id": format!("sha256:{}", i.id),
            "ParentId": "",
            "RepoTags": i.names,
            "RepoDigests": i.repo_digests,
            "Created": i.created,
            "Size": i.size,
            "SharedSize": -1,
            "VirtualSize": i.size,
            "Labels": {},
            "Containers": ctrs.iter().filter(|c| c.image_id == i.id).count(),
        })).collect::<Vec<_>>(),
        "Containers": ctrs.iter().zip(&sizes).map(|(c, size)| {
            let mut r = super::containers::row(c);
            r["SizeRw"] = json!(size);
            r["SizeRootFs"] = json!(size);
            r
        }).collect::<Vec<_>>(),
        "Volumes": vols.iter().zip(&vol_sizes).map(|(v, size)| json!({
            "Name": v.name,
            "Driver": v.driver,
            "Mountpoint": v.mountpoint,
            "CreatedAt": v.created_at,
            "Labels": v.labels,
            "Scope": "local",
            "Options": v.options,
            "UsageData": {"Size": size, "RefCount": v.users.len()},
        })).collect::<Vec<_>>(),
        "BuildCache": [],
    })))
}
