//! `container inspect`, with podman's field names.

use super::lookup::lookup;
use crate::engine::network::report;
use crate::engine::Engine;
use crate::model::time::rfc3339;
use crate::model::{ContainerStatus, NetworkMode, RestartPolicy};
use anyhow::Result;
use serde_json::{json, Value};

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
        "NetworkSettings": report::inspect_settings(&c),
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
            "PortBindings": report::inspect_ports(&c),
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
