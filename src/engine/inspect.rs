//! `inspect` and `info` documents, with podman's field names.

use super::containers::{list, lookup};
use super::Engine;
use crate::model::time::rfc3339;
use crate::model::{ContainerStatus, NetworkMode, RestartPolicy};
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

/// inspect's State.Status: podman's word; between restarts the container has exited.
fn status_word(s: ContainerStatus) -> &'static str {
    match s {
        ContainerStatus::Restarting => ContainerStatus::Exited.as_str(),
        s => s.as_str(),
    }
}

/// `HostConfig.NetworkMode` as podman shows it.
fn network_mode(m: &NetworkMode) -> String {
    match m {
        NetworkMode::Private => "bridge".to_string(),
        NetworkMode::Container(_) | NetworkMode::Ns(_) => m.to_string(),
        m => m.kind().to_string(),
    }
}

/// `HostConfig.RestartPolicy.Name`: podman shows no policy as "".
fn restart_name(p: RestartPolicy) -> &'static str {
    match p {
        RestartPolicy::No => "",
        p => p.name(),
    }
}

/// `container inspect`
pub fn container(engine: &Engine, what: &str) -> Result<Value> {
    let c = lookup(engine, what)?;
    let store = &engine.store;
    let dir = store.container_dir(&c.id);
    let spec: Value = std::fs::read(dir.join("config.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(json!({}));
    let process = &spec["process"];
    let running = c.state.status.has_process();
    let t = |n: i64| {
        if n == 0 {
            "0001-01-01T00:00:00Z".to_string()
        } else {
            rfc3339(n)
        }
    };
    let mounts: Vec<Value> = spec["mounts"]
        .as_array()
        .map(|ms| {
            ms.iter()
                .filter(|m| {
                    let d = m["destination"].as_str().unwrap_or("");
                    let src = m["source"].as_str().unwrap_or("");
                    m["type"] == "bind" && !src.contains("/userdata/") && !d.is_empty()
                })
                .map(|m| {
                    let src = m["source"].as_str().unwrap_or("");
                    let vol = src.strip_suffix("/_data").and_then(|p| {
                        p.starts_with(&store.root.join("volumes").display().to_string())
                            .then(|| p.rsplit('/').next().unwrap_or("").to_string())
                    });
                    let ro = m["options"]
                        .as_array()
                        .is_some_and(|o| o.iter().any(|x| x == "ro"));
                    json!({
                        "Type": if vol.is_some() { "volume" } else { "bind" },
                        "Name": vol.clone().unwrap_or_default(),
                        "Source": src,
                        "Destination": m["destination"],
                        "Driver": if vol.is_some() { "local" } else { "" },
                        "Mode": "",
                        "Options": ["rbind"],
                        "RW": !ro,
                        "Propagation": "rprivate",
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let hostname = spec["hostname"].clone();
    let r = &c.settings.resources;
    Ok(json!({
        "Id": c.id,
        "Created": rfc3339(c.created),
        "Path": c.command.first().cloned().unwrap_or_default(),
        "Args": c.command.iter().skip(1).cloned().collect::<Vec<_>>(),
        "State": {
            "OciVersion": "1.0.2",
            "Status": status_word(c.state.status),
            "Running": running,
            "Paused": c.state.status == ContainerStatus::Paused,
            "Restarting": c.state.status == ContainerStatus::Restarting,
            "OOMKilled": c.state.oom_killed,
            "CgroupPath": c.state.cgroup_path,
            "Dead": false,
            "Pid": if running { c.state.process.pid } else { 0 },
            "ExitCode": c.state.exit_code,
            "Error": c.state.error,
            "StartedAt": t(c.state.started_at),
            "FinishedAt": t(c.state.finished_at),
            "Health": c.state.health.as_ref().map(|h| json!({
                "Status": h.status,
                "FailingStreak": h.failing_streak,
                "Log": h.log.iter().map(|l| json!({
                    "Start": t(l.start),
                    "End": t(l.end),
                    "ExitCode": l.exit_code,
                    "Output": l.output,
                })).collect::<Vec<_>>(),
            })),
        },
        "Image": c.image_id,
        "ImageName": c.image_name,
        "Rootfs": "",
        "Pod": "",
        "ResolvConfPath": dir.join("userdata/resolv.conf"),
        "HostnamePath": dir.join("userdata/hostname"),
        "HostsPath": dir.join("userdata/hosts"),
        "StaticDir": dir.join("userdata"),
        "Name": c.name,
        "RestartCount": c.state.restart_count,
        "Driver": "overlay",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "EffectiveCaps": c.settings.effective_caps,
        "BoundingCaps": c.settings.effective_caps,
        "ExecIDs": [],
        "GraphDriver": {
            "Name": "overlay",
            "Data": {
                "UpperDir": dir.join("upper"),
                "WorkDir": dir.join("work"),
                "MergedDir": dir.join("merged"),
                "LowerDir": c.layers.iter().rev().map(|l| store.layer_dir(l).display().to_string()).collect::<Vec<_>>().join(":"),
            }
        },
        "Mounts": mounts,
        "Dependencies": [],
        "NetworkSettings": super::network::inspect_settings(&c),
        "Namespace": "",
        "IsInfra": false,
        "Config": {
            "Hostname": hostname,
            "Domainname": spec["domainname"].as_str().unwrap_or(""),
            "User": c.settings.user,
            "AttachStdin": c.settings.interactive,
            "AttachStdout": false,
            "AttachStderr": false,
            "Tty": c.settings.tty,
            "OpenStdin": c.settings.interactive,
            "StdinOnce": false,
            "Env": process["env"],
            "Cmd": c.command,
            "Image": c.image_name,
            "Volumes": null,
            "WorkingDir": process["cwd"],
            "Entrypoint": "",
            "Labels": null,
            "Annotations": {},
            "StopSignal": 15,
            "CreateCommand": std::env::args().collect::<Vec<_>>(),
        },
        "HostConfig": {
            "Binds": c.settings.volumes,
            "PortBindings": super::network::inspect_ports(&c),
            "NetworkMode": network_mode(&c.settings.network),
            "Privileged": c.settings.privileged,
            "ReadonlyRootfs": c.settings.read_only,
            "CapAdd": c.settings.cap_add,
            "CapDrop": c.settings.cap_drop,
            "SecurityOpt": [],
            "Tmpfs": c.settings.tmpfs.iter().map(|t| {
                let (d, o) = t.split_once(':').unwrap_or((t, ""));
                (d.to_string(), Value::String(o.to_string()))
            }).collect::<serde_json::Map<_, _>>(),
            "AutoRemove": c.settings.remove,
            "UsernsMode": "",
            "IpcMode": "private",
            "PidMode": "private",
            "UTSMode": "private",
            "CgroupManager": c.settings.cgroup_manager.as_deref().unwrap_or(crate::runtime::cgroups::manager()),
            "CgroupParent": c.settings.cgroup_parent.clone().unwrap_or_default(),
            "Cgroups": if c.settings.no_cgroup { "disabled" } else { "enabled" },
            "Memory": r.memory.unwrap_or(0),
            "MemorySwap": r.memory_swap.unwrap_or(0),
            "MemoryReservation": r.memory_reservation.unwrap_or(0),
            "NanoCpus": match (r.cpu_quota, r.cpu_period) {
                (Some(q), Some(p)) if q > 0 && p > 0 => q as u64 * 1_000_000_000 / p,
                _ => 0,
            },
            "CpuShares": r.cpu_shares.unwrap_or(0),
            "CpuQuota": r.cpu_quota.unwrap_or(0),
            "CpuPeriod": r.cpu_period.unwrap_or(0),
            "CpusetCpus": r.cpuset_cpus.clone().unwrap_or_default(),
            "CpusetMems": r.cpuset_mems.clone().unwrap_or_default(),
            "PidsLimit": r.pids_limit.unwrap_or(0),
            "BlkioWeight": r.blkio_weight.unwrap_or(0),
            "OomScoreAdj": c.settings.oom_score_adj.unwrap_or(0),
            "Ulimits": c.settings.ulimits.iter().map(|u| json!({"Name": u.name, "Soft": u.soft, "Hard": u.hard})).collect::<Vec<_>>(),
            "RestartPolicy": {"Name": restart_name(c.settings.restart_policy), "MaximumRetryCount": c.settings.restart_policy.max_retries()},
            "LogConfig": {"Type": c.settings.log.driver.name(), "Path": dir.join("userdata/ctr.log"), "Size": c.settings.log.max_size.map(|s| s.to_string()).unwrap_or_else(|| "0B".into())},
        },
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
