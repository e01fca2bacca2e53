//! A container's network mode: resolved on this host at create time (the default helper,
//! networks and containers by name, published ports with `-P`), and at start the namespaces a
//! `container:X` or `ns:PATH` container joins.

use crate::engine::container::lookup::lookup;
use crate::engine::Engine;
use crate::model::{NetworkConfig, NetworkMode, NetworkRequest, PortMapping};
use crate::network::{self, ports};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};

/// What `create` records about networking.
pub struct NetSettings {
    /// The mode with the host's default resolved, `container:` naming the other container's ID
    /// and networks by their names.
    pub mode: NetworkMode,
    pub ports: Vec<PortMapping>,
}

impl NetSettings {
    /// The user-defined networks to join (mode `bridge`).
    pub fn networks(&self) -> &[NetworkRequest] {
        match &self.mode {
            NetworkMode::Bridge(nets) => nets,
            _ => &[],
        }
    }
}

/// Resolve the network mode on this host (the default helper, networks and containers by
/// name) and the published ports with `-P` (the image's exposed ports); random host ports are
/// chosen now, like podman does at create time.
pub fn settings(engine: &Engine, net: &NetworkConfig, exposed: &[String]) -> Result<NetSettings> {
    let publish = !net.ports.is_empty() || (net.publish_all && !exposed.is_empty());
    let mut mode = net.mode.clone();
    match &mut mode {
        NetworkMode::Bridge(nets) => super::allocate::resolve(engine, nets)?,
        NetworkMode::Default => {
            mode = network::default_mode(publish);
            if let Some(mac) = &net.default_mac {
                match &mut mode {
                    NetworkMode::Pasta(opts) => {
                        opts.extend(["--ns-mac-addr".to_string(), mac.clone()])
                    }
                    m => bail!(
                        "--mac-address needs --network pasta or a network, not {}",
                        m.kind()
                    ),
                }
            }
        }
        NetworkMode::Container(other) => *other = lookup(engine, other)?.id,
        m => network::check_helper(m)?,
    }
    let mut ports = net.ports.clone();
    if net.publish_all {
        for e in exposed {
            let (port, proto) = e.split_once('/').unwrap_or((e, "tcp"));
            let Ok(cport) = port.parse::<u16>() else {
                continue;
            };
            if ports.iter().any(|p| {
                p.protocol == proto
                    && (p.container_port..p.container_port.saturating_add(p.range)).contains(&cport)
            }) {
                continue;
            }
            ports.push(PortMapping {
                host_ip: String::new(),
                container_port: cport,
                host_port: 0,
                range: 1,
                protocol: proto.to_string(),
            });
        }
    }
    if !ports.is_empty()
        && !matches!(
            mode,
            NetworkMode::Pasta(_) | NetworkMode::Slirp4netns(_) | NetworkMode::Bridge(_)
        )
    {
        if mode == NetworkMode::Host {
            eprintln!("WARN[0000] Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use");
            ports.clear();
        } else {
            bail!(
                "cannot publish ports with --network {}: ports need pasta, slirp4netns or a network",
                mode.kind()
            );
        }
    }
    for p in ports.iter_mut() {
        if p.host_port == 0 {
            p.host_port = ports::free_port(&p.host_ip, &p.protocol, p.range)?;
        }
    }
    Ok(NetSettings { mode, ports })
}

/// `--network container:X`: the pid whose user and network namespaces the container joins.
pub fn join_target(engine: &Engine, rec: &ContainerRecord) -> Result<Option<i32>> {
    let NetworkMode::Container(id) = &rec.settings.network else {
        return Ok(None);
    };
    let other = lookup(engine, id)?;
    if !other.state.is_running() {
        bail!(
            "cannot join the network namespace of container {}: it is not running",
            other.name
        );
    }
    Ok(Some(other.state.process.pid))
}

/// `--network ns:PATH`: the network namespace file the container joins.
pub fn join_path(rec: &ContainerRecord) -> Option<std::path::PathBuf> {
    match &rec.settings.network {
        NetworkMode::Ns(p) => Some(p.clone()),
        _ => None,
    }
}
