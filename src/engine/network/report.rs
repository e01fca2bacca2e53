//! A container's networking as `inspect` (`NetworkSettings`, `PortBindings`) and `ps` (PORTS)
//! show it.

use crate::network::ports;
use crate::store::containers::ContainerRecord;

/// `ps` PORTS: `0.0.0.0:8080->80/tcp, ...`.
pub fn ps_ports(rec: &ContainerRecord) -> String {
    ports::ps_column(&rec.settings.ports)
}

/// `ps`'s PORTS of a pod's member: the pod's published ports.
pub fn ps_ports_of_pod(pod: &crate::store::pods::PodRecord) -> String {
    ports::ps_column(&pod.ports)
}

/// inspect's `NetworkSettings`: addresses (of the first network at the top level, every
/// network under `Networks`) while the container runs, and the published ports.
pub fn inspect_settings(rec: &ContainerRecord) -> serde_json::Value {
    let running = rec.state.status.has_process();
    let mut nets = serde_json::Map::new();
    for a in rec.settings.networks.iter() {
        let (ip, gw, mac, prefix) = if running {
            (a.ip.as_str(), a.gateway.as_str(), a.mac.as_str(), a.prefix)
        } else {
            ("", "", "", 0)
        };
        let mut aliases = vec![rec.id[..12].to_string()];
        aliases.extend(a.aliases.iter().cloned());
        nets.insert(
            a.network.clone(),
            serde_json::json!({
                "EndpointID": "",
                "Gateway": gw,
                "IPAddress": ip,
                "IPPrefixLen": prefix,
                "IPv6Gateway": "",
                "GlobalIPv6Address": "",
                "GlobalIPv6PrefixLen": 0,
                "MacAddress": mac,
                "NetworkID": a.network,
                "DriverOpts": null,
                "IPAMConfig": null,
                "Links": null,
                "Aliases": aliases,
            }),
        );
    }
    let first = rec
        .settings
        .networks
        .first()
        .and_then(|a| nets.get(&a.network))
        .cloned()
        .unwrap_or_default();
    let field = |k: &str| first.get(k).cloned().unwrap_or_else(|| "".into());
    let mut v = serde_json::json!({
        "IPAddress": field("IPAddress"),
        "IPPrefixLen": first.get("IPPrefixLen").cloned().unwrap_or_else(|| 0.into()),
        "Gateway": field("Gateway"),
        "MacAddress": field("MacAddress"),
        "Ports": inspect_ports(rec),
        "SandboxKey": if running && !rec.state.process.is_none() {
            format!("/proc/{}/ns/net", rec.state.process.pid)
        } else {
            String::new()
        },
    });
    if !nets.is_empty() {
        v["Networks"] = serde_json::Value::Object(nets);
    }
    v
}

/// inspect's `NetworkSettings.Ports` / `HostConfig.PortBindings`.
pub fn inspect_ports(rec: &ContainerRecord) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for (c, p, ip, h) in ports::expand(&rec.settings.ports) {
        let ip = if ip == "0.0.0.0" { String::new() } else { ip };
        let e = m
            .entry(format!("{c}/{p}"))
            .or_insert_with(|| serde_json::json!([]));
        if let Some(a) = e.as_array_mut() {
            a.push(serde_json::json!({"HostIp": ip, "HostPort": h.to_string()}));
        }
    }
    serde_json::Value::Object(m)
}
