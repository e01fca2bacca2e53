//! `network create`: a bridge network with a free (or the given) subnet.

use super::lookup::{all, dir};
use crate::engine::Engine;
use crate::network::config::{self, Cidr, NetworkConfig, Subnet};
use crate::store::{write_atomic, LockKind};
use anyhow::{anyhow, bail, Result};
use std::net::Ipv4Addr;

/// Names that select a network mode rather than a network.
const RESERVED: &[&str] = &[
    "none",
    "host",
    "bridge",
    "private",
    "pasta",
    "slirp4netns",
    "container",
    "ns",
    "default",
];

/// `network create` options.
#[derive(Debug, Clone, Default)]
pub struct CreateOpts {
    pub name: Option<String>,
    pub driver: Option<String>,
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub internal: bool,
    pub disable_dns: bool,
    pub labels: Vec<String>,
    pub options: Vec<String>,
    pub ignore: bool,
}

/// `network create`.
pub fn create(engine: &Engine, o: &CreateOpts) -> Result<NetworkConfig> {
    match o.driver.as_deref() {
        None | Some("bridge") => {}
        Some(d) => bail!(
            "unsupported driver {d}: rootless containers have only the bridge driver: invalid argument"
        ),
    }
    if o.gateway.is_some() && o.subnet.is_none() {
        bail!("--gateway needs --subnet: invalid argument");
    }
    let mut labels = std::collections::BTreeMap::new();
    for l in &o.labels {
        let (k, v) = l.split_once('=').unwrap_or((l, ""));
        labels.insert(k.to_string(), v.to_string());
    }
    let mut options = std::collections::BTreeMap::new();
    for l in &o.options {
        let (k, v) = l.split_once('=').unwrap_or((l, ""));
        match k {
            "mtu" | "isolate" | "metric" | "vlan" => {}
            _ => bail!("unsupported bridge network option {k}: invalid argument"),
        }
        options.insert(k.to_string(), v.to_string());
    }
    crate::store::mkdir_p(&dir(engine))?;
    let _lock = engine.store.lock(LockKind::Networks, true)?;
    let existing = all(engine)?;
    let name = match &o.name {
        Some(n) => {
            if !config::valid_name(n) {
                bail!("network name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument");
            }
            if RESERVED.contains(&n.as_str()) {
                bail!("cannot create a network named {n}: the name selects a network mode: invalid argument");
            }
            n.clone()
        }
        None => (1..)
            .map(|i| format!("podman{i}"))
            .find(|n| !existing.iter().any(|e| &e.name == n))
            .unwrap_or_default(),
    };
    if let Some(e) = existing.iter().find(|e| e.name == name) {
        if o.ignore {
            return Ok(e.clone());
        }
        bail!("network name {name} already used: network already exists");
    }
    let used: Vec<Cidr> = existing
        .iter()
        .flat_map(|n| n.subnets.iter())
        .filter_map(|s| Cidr::parse(&s.subnet).ok())
        .collect();
    let subnet = match &o.subnet {
        Some(s) => {
            let c = Cidr::parse(s)?;
            if let Some(u) = used.iter().find(|u| u.overlaps(&c)) {
                bail!("subnet {c} is already used by another network ({u}): invalid argument");
            }
            c
        }
        None => config::free_subnet(&used)?,
    };
    let gateway: Ipv4Addr = match &o.gateway {
        Some(g) => {
            let g: Ipv4Addr = g
                .parse()
                .map_err(|_| anyhow!("invalid gateway {g:?}: invalid argument"))?;
            if !subnet.hosts().any(|h| h == g) {
                bail!("gateway {g} is not a host address of subnet {subnet}: invalid argument");
            }
            g
        }
        None => subnet
            .hosts()
            .next()
            .ok_or_else(|| anyhow!("subnet {subnet} has no host addresses"))?,
    };
    let iface = (1..)
        .map(|i| format!("podman{i}"))
        .find(|i| !existing.iter().any(|e| &e.network_interface == i))
        .unwrap_or_default();
    let net = NetworkConfig {
        name: name.clone(),
        id: crate::store::containers::new_id()?,
        driver: "bridge".into(),
        network_interface: iface,
        created: crate::model::time::rfc3339(crate::store::now_nanos()),
        subnets: vec![Subnet {
            subnet: subnet.to_string(),
            gateway: gateway.to_string(),
        }],
        ipv6_enabled: false,
        internal: o.internal,
        dns_enabled: !o.disable_dns,
        labels,
        options,
        ipam_options: [("driver".to_string(), "host-local".to_string())].into(),
    };
    write_atomic(
        &dir(engine).join(format!("{name}.json")),
        &serde_json::to_vec_pretty(&net)?,
    )?;
    Ok(net)
}
