//! `container inspect`, with podman's field names.

use super::lookup::lookup;
use super::spec::load;
use crate::engine::network::report;
use crate::engine::Engine;
use crate::model::time::rfc3339;
use crate::model::{ContainerStatus, NetworkMode, RestartPolicy};
use crate::store::containers::ContainerRecord;
use anyhow::Result;
use oci_spec::runtime::Spec;
use serde_json::{json, Value};
use std::path::Path;

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

/// `container inspect`. The runtime spec (`config.json`) must be readable: it gives the
/// process's environment and directory, the hostname and the mounts.
pub fn container(engine: &Engine, what: &str) -> Result<Value> {
    let c = lookup(engine, what)?;
    let store = &engine.store;
    let dir = store.container_dir(&c.id);
    let spec = load(engine, &c.id)?;
    Ok(json!({
        "Id": c.id,
        "Created": rfc3339(c.created),
        "Path": c.command.first().cloned().unwrap_or_default(),
        "Args": c.command.iter().skip(1).cloned().collect::<Vec<_>>(),
        "State": state(&c, &spec),
        "Image": c.image_id,
        "ImageName": c.image_name,
        "Rootfs": "",
        "Pod": c.settings.pod.clone().unwrap_or_default(),
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
        "Mounts": if c.settings.mounts.is_empty() {
            mounts(engine, &spec)
        } else {
            super::mounts::inspect_mounts(&c)
        },
        "Dependencies": [],
        "NetworkSettings": report::inspect_settings(&c),
        "Namespace": "",
        "IsInfra": false,
        "Config": config(&c, &spec),
        "HostConfig": host_config(&c, &dir),
    }))
}

/// A time as inspect shows it: Go's zero time for "never".
fn time(n: i64) -> String {
    if n == 0 {
        "0001-01-01T00:00:00Z".to_string()
    } else {
        rfc3339(n)
    }
}

/// `State`. `Dead`: the record says the container has a process, but that process is gone
/// and no monitor has recorded the exit yet.
fn state(c: &ContainerRecord, spec: &Spec) -> Value {
    let running = c.state.status.has_process();
    json!({
        "OciVersion": spec.version(),
        "Status": status_word(c.state.status),
        "Running": running,
        "Paused": c.state.status == ContainerStatus::Paused,
        "Restarting": c.state.status == ContainerStatus::Restarting,
        "OOMKilled": c.state.oom_killed,
        "CgroupPath": c.state.cgroup_path,
        "Dead": running && !c.state.process.is_alive(),
        "Pid": if running { c.state.process.pid } else { 0 },
        "ExitCode": c.state.exit_code,
        "Error": c.state.error,
        "StartedAt": time(c.state.started_at),
        "FinishedAt": time(c.state.finished_at),
        "Health": c.state.health.as_ref().map(|h| json!({
            "Status": h.status,
            "FailingStreak": h.failing_streak,
            "Log": h.log.iter().map(|l| json!({
                "Start": time(l.start),
                "End": time(l.end),
                "ExitCode": l.exit_code,
                "Output": l.output,
            })).collect::<Vec<_>>(),
        })),
    })
}

/// `Mounts` of a record older than typed mounts: the bind mounts and volumes the user asked for (not the userdata files), with
/// their options as podman sorts them: `ro`/`rw` give `RW`, a propagation option
/// `Propagation`, `z`/`Z` `Mode`, the others `Options`.
fn mounts(engine: &Engine, spec: &Spec) -> Vec<Value> {
    let volumes = engine.store.root.join("volumes");
    spec.mounts()
        .iter()
        .flatten()
        .filter_map(|m| {
            let src = m.source().as_ref()?;
            let user_bind = m.typ().as_deref() == Some("bind")
                && !src.display().to_string().contains("/userdata/")
                && !m.destination().as_os_str().is_empty();
            if !user_bind {
                return None;
            }
            let vol = (src.ends_with("_data") && src.starts_with(&volumes))
                .then(|| src.parent()?.file_name())
                .flatten()
                .map(|n| n.to_string_lossy().into_owned());
            let (mut rw, mut propagation, mut mode, mut options) = (true, "", "", Vec::new());
            for o in m.options().iter().flatten() {
                match o.as_str() {
                    "ro" => rw = false,
                    "rw" => {}
                    "shared" | "slave" | "private" | "rshared" | "rslave" | "rprivate"
                    | "unbindable" | "runbindable" => propagation = o,
                    "z" | "Z" => mode = o,
                    _ => options.push(o.clone()),
                }
            }
            Some(json!({
                "Type": if vol.is_some() { "volume" } else { "bind" },
                "Name": vol.clone().unwrap_or_default(),
                "Source": src,
                "Destination": m.destination(),
                "Driver": if vol.is_some() { "local" } else { "" },
                "Mode": mode,
                "Options": options,
                "RW": rw,
                "Propagation": propagation,
            }))
        })
        .collect()
}

/// `Config`.
fn config(c: &ContainerRecord, spec: &Spec) -> Value {
    let process = spec.process().as_ref();
    json!({
        "Hostname": spec.hostname(),
        "Domainname": spec.domainname().clone().unwrap_or_default(),
        "User": c.settings.user,
        "AttachStdin": c.settings.interactive,
        "AttachStdout": false,
        "AttachStderr": false,
        "Tty": c.settings.tty,
        "OpenStdin": c.settings.interactive,
        "StdinOnce": false,
        "Env": process.map(|p| p.env()),
        "Cmd": c.command,
        "Image": c.image_name,
        "Volumes": null,
        "WorkingDir": process.map(|p| p.cwd()),
        "Entrypoint": "",
        "Labels": null,
        "Annotations": {},
        "StopSignal": c.settings.stop_signal().number(),
        "StopTimeout": c.settings.stop_timeout(),
        "Timeout": c.settings.timeout.unwrap_or(0),
        "CreateCommand": std::env::args().collect::<Vec<_>>(),
    })
}

/// `HostConfig`.
fn host_config(c: &ContainerRecord, dir: &Path) -> Value {
    let r = &c.settings.resources;
    json!({
        "Binds": c.settings.volumes,
        "PortBindings": report::inspect_ports(c),
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
        "UsernsMode": super::userns::mode_word(&c.settings.userns),
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
        "LogConfig": {"Type": c.settings.log.driver.name(), "Path": log_path(c, dir), "Size": c.settings.log.max_size.map(|s| s.to_string()).unwrap_or_else(|| "0B".into())},
    })
}

/// The log file, none for the drivers that write none (`none`, `passthrough`).
fn log_path(c: &ContainerRecord, dir: &std::path::Path) -> String {
    use crate::model::LogDriver;
    match c.settings.log.driver {
        LogDriver::None | LogDriver::Passthrough => String::new(),
        _ => dir.join("userdata/ctr.log").display().to_string(),
    }
}
