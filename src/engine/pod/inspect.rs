//! `pod inspect`: podman's fields of a pod.

use super::lookup::{find, members, status};
use super::namespace::holder;
use crate::engine::Engine;
use crate::model::time::rfc3339;
use serde_json::{json, Value};

pub fn inspect(engine: &Engine, what: &str) -> anyhow::Result<Value> {
    let pod = find(engine, what)?;
    let ms = members(engine, &pod.id)?;
    let ports: serde_json::Map<String, Value> = pod
        .ports
        .iter()
        .flat_map(|p| {
            (0..p.range.max(1)).map(move |i| {
                (
                    format!("{}/{}", p.container_port + i, p.protocol),
                    json!([{"HostIp": p.host_ip, "HostPort": (p.host_port + i).to_string()}]),
                )
            })
        })
        .collect();
    let holder = holder(engine, &pod.id);
    Ok(json!({
        "Id": pod.id,
        "Name": pod.name,
        "Created": rfc3339(pod.created),
        "CreateCommand": Value::Null,
        "State": status(&ms),
        "Hostname": pod.hostname,
        "Labels": pod.labels,
        "CreateCgroup": pod.cgroup_parent.is_some(),
        "CgroupParent": pod.cgroup_parent.clone().unwrap_or_default(),
        "CreateInfra": pod.infra,
        "InfraContainerID": "",
        "InfraConfig": {
            "PortBindings": ports,
            "HostNetwork": pod.network == crate::model::NetworkMode::Host,
            "NetworkMode": pod.network.kind(),
            "HolderPID": holder,
        },
        "SharedNamespaces": pod.share.names(),
        "NumContainers": ms.len(),
        "Containers": ms.iter().map(|m| json!({
            "Id": m.id,
            "Name": m.name,
            "State": m.state.status.to_string(),
        })).collect::<Vec<_>>(),
    }))
}
