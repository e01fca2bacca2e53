//! User-defined networks: `network create/ls/inspect/rm/prune/connect/disconnect`, address
//! allocation for `run --network NET`, wiring a starting container into the rootless network
//! namespace, and the /etc/hosts entries through which containers find each other by name.
//!
//! Files: `ROOT/networks/NAME.json` (podman's netavark layout) under the networks lock; a
//! container's addresses live in its record (`settings.networks`), allocated under the
//! containers lock, so two concurrent runs never get the same address. Lock order: containers,
//! then networks, then the rootless namespace's lock.

use super::Engine;
use crate::model::network::valid_mac;
use crate::model::{NetworkMode, NetworkRequest};
use crate::network::config::{self, Attachment, Cidr, NetworkConfig, Subnet};
use crate::network::infra::Infra;
use crate::network::{forward, helper::Helper};
use crate::store::containers::ContainerRecord;
use crate::store::{write_atomic, LockKind};
use anyhow::{anyhow, bail, Context, Result};
use std::net::Ipv4Addr;
use std::path::PathBuf;

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

fn dir(engine: &Engine) -> PathBuf {
    engine.store.root.join("networks")
}

fn infra_dir(engine: &Engine) -> PathBuf {
    engine.store.runroot.join("netns")
}

/// Every network: the default one, then the created ones by name.
pub fn all(engine: &Engine) -> Result<Vec<NetworkConfig>> {
    let mut v = Vec::new();
    let rd = match std::fs::read_dir(dir(engine)) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(vec![config::default_network()])
        }
        Err(e) => return Err(e).context("listing networks"),
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "json") {
            let b = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
            let n: NetworkConfig = serde_json::from_slice(&b)
                .with_context(|| format!("network file {} is corrupt", p.display()))?;
            v.push(n);
        }
    }
    v.sort_by(|a, b| a.name.cmp(&b.name));
    if !v.iter().any(|n| n.name == config::DEFAULT_NETWORK) {
        v.insert(0, config::default_network());
    }
    Ok(v)
}

/// A network by name, full ID or unique ID prefix (`bridge` is the default network).
pub fn find(engine: &Engine, what: &str) -> Result<NetworkConfig> {
    let what = if what == "bridge" {
        config::DEFAULT_NETWORK
    } else {
        what
    };
    let nets = all(engine)?;
    if let Some(n) = nets.iter().find(|n| n.name == what || n.id == what) {
        return Ok(n.clone());
    }
    let by_prefix: Vec<&NetworkConfig> = if what.len() >= 3 {
        nets.iter().filter(|n| n.id.starts_with(what)).collect()
    } else {
        Vec::new()
    };
    match by_prefix.as_slice() {
        [n] => Ok((*n).clone()),
        [] => bail!("unable to find network with name or ID {what}: network not found"),
        _ => bail!("more than one network matches ID prefix {what}"),
    }
}

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

/// The containers (any state) attached to `net`.
fn users_of<'a>(recs: &'a [ContainerRecord], net: &str) -> Vec<&'a ContainerRecord> {
    recs.iter()
        .filter(|c| c.settings.networks.iter().any(|a| a.network == net))
        .collect()
}

/// `network rm [-f]`: refuse networks containers use, unless `force` (which removes them).
pub fn remove(engine: &Engine, what: &[String], force: bool) -> Result<Vec<String>> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut out = Vec::new();
    for w in what {
        let net = find(engine, w)?;
        if net.name == config::DEFAULT_NETWORK {
            bail!("default network {} cannot be removed", net.name);
        }
        let recs = engine.store.containers()?;
        let users = users_of(&recs, &net.name);
        if !users.is_empty() {
            if !force {
                bail!(
                    "\"{}\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used",
                    net.name
                );
            }
            for c in users {
                super::container::rm::remove_locked(engine, c, false)?;
            }
        }
        let _nlock = engine.store.lock(LockKind::Networks, true)?;
        std::fs::remove_file(dir(engine).join(format!("{}.json", net.name)))
            .with_context(|| format!("removing network {}", net.name))?;
        out.push(net.name);
    }
    Ok(out)
}

/// `network prune`: remove the networks no container uses.
pub fn prune(engine: &Engine) -> Result<Vec<String>> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let recs = engine.store.containers()?;
    let _nlock = engine.store.lock(LockKind::Networks, true)?;
    let mut out = Vec::new();
    for n in all(engine)? {
        if n.name == config::DEFAULT_NETWORK || !users_of(&recs, &n.name).is_empty() {
            continue;
        }
        std::fs::remove_file(dir(engine).join(format!("{}.json", n.name)))?;
        out.push(n.name);
    }
    Ok(out)
}

/// `network inspect`: the stored network plus its containers, as podman shows it.
pub fn inspect(engine: &Engine, net: &NetworkConfig) -> Result<serde_json::Value> {
    let mut v = serde_json::to_value(net)?;
    let recs = engine.store.containers()?;
    let mut ctrs = serde_json::Map::new();
    for c in users_of(&recs, &net.name) {
        if !c.state.is_running() {
            continue;
        }
        for a in c.settings.networks.iter().filter(|a| a.network == net.name) {
            ctrs.insert(
                c.id.clone(),
                serde_json::json!({
                    "name": c.name,
                    "interfaces": {
                        a.interface.clone(): {
                            "subnets": [{"ipnet": format!("{}/{}", a.ip, a.prefix), "gateway": a.gateway}],
                            "mac_address": a.mac,
                        }
                    }
                }),
            );
        }
    }
    v["containers"] = serde_json::Value::Object(ctrs);
    Ok(v)
}

/// The networks a new container asks for, by their names (`bridge` is the default network,
/// an ID or prefix names its network); each may be given once.
pub fn resolve(engine: &Engine, nets: &mut [NetworkRequest]) -> Result<()> {
    let mut seen: Vec<String> = Vec::new();
    for r in nets.iter_mut() {
        r.name = find(engine, &r.name)?.name;
        if seen.contains(&r.name) {
            bail!("network {} is given twice", r.name);
        }
        seen.push(r.name.clone());
    }
    Ok(())
}

/// Addresses for a new attachment on `net`, not colliding with any container in `recs`
/// (callers hold the containers lock).
fn allocate(
    net: &NetworkConfig,
    r: &NetworkRequest,
    index: usize,
    recs: &[ContainerRecord],
) -> Result<Attachment> {
    let s = net
        .subnets
        .first()
        .ok_or_else(|| anyhow!("network {} has no subnet", net.name))?;
    let cidr = Cidr::parse(&s.subnet)?;
    let gw: Ipv4Addr = s
        .gateway
        .parse()
        .map_err(|_| anyhow!("network {} has a bad gateway", net.name))?;
    let used: Vec<(Ipv4Addr, &str)> = recs
        .iter()
        .flat_map(|c| {
            c.settings
                .networks
                .iter()
                .filter(|a| a.network == net.name)
                .filter_map(move |a| a.ip.parse().ok().map(|ip| (ip, c.id.as_str())))
        })
        .collect();
    let ip = match &r.ip {
        Some(want) => {
            let ip: Ipv4Addr = want
                .parse()
                .map_err(|_| anyhow!("invalid IP address {want:?}"))?;
            if !cidr.contains(ip) || ip == gw || !cidr.hosts().any(|h| h == ip) {
                bail!(
                    "requested ip address {ip} is not in subnet {cidr} of network {} or is its gateway",
                    net.name
                );
            }
            if let Some((_, id)) = used.iter().find(|(u, _)| *u == ip) {
                bail!(
                    "requested ip address {ip} is already allocated to container ID {id}: address already in use"
                );
            }
            ip
        }
        None => {
            let taken: Vec<Ipv4Addr> = used.iter().map(|(ip, _)| *ip).collect();
            config::allocate(&cidr, gw, &taken)?
        }
    };
    let mut rnd = [0u8; 5];
    rustix::rand::getrandom(&mut rnd, rustix::rand::GetRandomFlags::empty())?;
    Ok(Attachment {
        network: net.name.clone(),
        interface: format!("eth{index}"),
        ip: ip.to_string(),
        prefix: cidr.prefix,
        gateway: gw.to_string(),
        mac: r.mac.clone().unwrap_or_else(|| config::mac_from(rnd)),
        aliases: r.aliases.clone(),
    })
}

/// Allocate the attachments of a new container (callers hold the containers lock).
pub fn allocate_all(
    engine: &Engine,
    reqs: &[NetworkRequest],
    recs: &[ContainerRecord],
) -> Result<Vec<Attachment>> {
    let mut out: Vec<Attachment> = Vec::new();
    for (i, r) in reqs.iter().enumerate() {
        let net = find(engine, &r.name)?;
        out.push(allocate(&net, r, i, recs)?);
    }
    Ok(out)
}

/// Whether the container is on user-defined networks.
pub fn uses_networks(rec: &ContainerRecord) -> bool {
    matches!(rec.settings.network, NetworkMode::Bridge(_)) && !rec.settings.networks.is_empty()
}

/// Lock the rootless network namespace and make sure it runs: the container process will be
/// created in its user namespace.
pub fn acquire(engine: &Engine) -> Result<Infra> {
    let mut infra = Infra::lock(&infra_dir(engine))?;
    infra.ensure(engine.idmap())?;
    Ok(infra)
}

fn host_if(id: &str, index: usize) -> String {
    format!("veth{}{index}", &id[..9])
}

/// Wire the just-created container process `pid` into its networks, count it as a user of
/// the namespace, update everyone's /etc/hosts, and start the port forwarder when ports are
/// published. Called with the namespace locked, before the process runs.
pub fn join(
    engine: &Engine,
    rec: &ContainerRecord,
    infra: &mut Infra,
    pid: i32,
) -> Result<Option<Helper>> {
    let mut routed = false;
    for (i, a) in rec.settings.networks.iter().enumerate() {
        let net = find(engine, &a.network)?;
        let default_route = !routed && !net.internal;
        routed |= default_route;
        infra.plug(&net, pid, a, &host_if(&rec.id, i), default_route)?;
    }
    infra.add_user(&rec.id, pid)?;
    refresh_hosts(engine, Some(rec), None)?;
    if rec.settings.ports.is_empty() {
        return Ok(None);
    }
    let target: Ipv4Addr = rec.settings.networks[0]
        .ip
        .parse()
        .map_err(|_| anyhow!("bad address in the container record"))?;
    forward::start(infra.holder(), target, &rec.settings.ports).map(Some)
}

/// The container left its networks (its process ended, or it never started): peers forget
/// its name, and the namespace goes when nobody uses it any more.
pub fn leave(engine: &Engine, rec: &ContainerRecord) {
    if !matches!(rec.settings.network, NetworkMode::Bridge(_)) {
        return;
    }
    let Ok(mut infra) = Infra::lock(&infra_dir(engine)) else {
        return;
    };
    let _ = refresh_hosts(engine, None, Some(&rec.id));
    infra.remove_user(&rec.id);
}

/// The line that starts the part of a container's /etc/hosts kept by skiff.
const HOSTS_MARK: &str = "# skiff: containers on the same networks";

/// Rewrite the peer section of the /etc/hosts of every running container on networks:
/// `joining` counts as running, `leaving` does not.
fn refresh_hosts(
    engine: &Engine,
    joining: Option<&ContainerRecord>,
    leaving: Option<&str>,
) -> Result<()> {
    let recs = engine.store.containers()?;
    let nets = all(engine)?;
    let dns = |n: &str| nets.iter().any(|x| x.name == n && x.dns_enabled);
    let mut members: Vec<&ContainerRecord> = recs
        .iter()
        .filter(|c| uses_networks(c) && Some(c.id.as_str()) != leaving)
        .filter(|c| joining.is_none_or(|j| j.id != c.id))
        .filter(|c| c.state.is_running())
        .collect();
    if let Some(j) = joining {
        members.push(j);
    }
    for m in &members {
        let mut lines = String::new();
        for p in members.iter().filter(|p| p.id != m.id) {
            let shared = p.settings.networks.iter().find(|pa| {
                dns(&pa.network)
                    && m.settings
                        .networks
                        .iter()
                        .any(|ma| ma.network == pa.network)
            });
            if let Some(a) = shared {
                let mut names = vec![p.name.clone()];
                names.extend(a.aliases.iter().cloned());
                names.push(p.id[..12].to_string());
                lines.push_str(&format!("{}\t{}\n", a.ip, names.join(" ")));
            }
        }
        let path = engine
            .store
            .container_dir(&m.id)
            .join("userdata")
            .join("hosts");
        let _ = write_peers(&path, &lines);
    }
    Ok(())
}

/// Replace the peer section of a hosts file in place (a bind mount sees the same inode).
fn write_peers(path: &std::path::Path, peers: &str) -> Result<()> {
    let cur = std::fs::read_to_string(path)?;
    let base = match cur.find(HOSTS_MARK) {
        Some(i) => &cur[..i],
        None => &cur[..],
    };
    let mut text = base.to_string();
    if !peers.is_empty() {
        text.push_str(HOSTS_MARK);
        text.push('\n');
        text.push_str(peers);
    }
    if text == cur {
        return Ok(());
    }
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

/// `network connect NET CTR`: attach a container on networks to one more; a running container
/// gets the interface at once.
pub fn connect(engine: &Engine, net: &str, ctr: &str, r: &NetworkRequest) -> Result<()> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut rec = super::container::lookup::lookup(engine, ctr)?;
    let net = find(engine, net)?;
    if !matches!(rec.settings.network, NetworkMode::Bridge(_)) {
        bail!(
            "container {} uses network mode {}: only containers on networks can be connected to more",
            rec.name,
            rec.settings.network.kind()
        );
    }
    if rec.settings.networks.iter().any(|a| a.network == net.name) {
        bail!(
            "container {} is already connected to network {}",
            rec.id,
            net.name
        );
    }
    if let Some(m) = &r.mac {
        if !valid_mac(m) {
            bail!("invalid MAC address {m:?}");
        }
    }
    let index = (0..)
        .find(|i| {
            !rec.settings
                .networks
                .iter()
                .any(|a| a.interface == format!("eth{i}"))
        })
        .unwrap_or(0);
    let recs = engine.store.containers()?;
    let a = allocate(&net, r, index, &recs)?;
    let running = rec.state.is_running();
    rec.settings.networks.push(a.clone());
    if running {
        let mut infra = acquire(engine)?;
        let routed = rec.settings.networks.len() > 1;
        infra.plug(
            &net,
            rec.state.process.pid,
            &a,
            &host_if(&rec.id, index),
            !routed,
        )?;
        engine.store.save_container(&rec)?;
        refresh_hosts(engine, None, None)?;
    } else {
        engine.store.save_container(&rec)?;
    }
    Ok(())
}

/// `network disconnect NET CTR`.
pub fn disconnect(engine: &Engine, net: &str, ctr: &str) -> Result<()> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut rec = super::container::lookup::lookup(engine, ctr)?;
    let net = find(engine, net)?;
    let Some(pos) = rec
        .settings
        .networks
        .iter()
        .position(|a| a.network == net.name)
    else {
        bail!(
            "container {} is not connected to network {}",
            rec.id,
            net.name
        );
    };
    let a = rec.settings.networks.remove(pos);
    if rec.state.is_running() {
        let infra = Infra::lock(&infra_dir(engine))?;
        if infra.holder() > 0 {
            infra.unplug(rec.state.process.pid, &a.interface)?;
        }
        engine.store.save_container(&rec)?;
        refresh_hosts(engine, None, None)?;
    } else {
        engine.store.save_container(&rec)?;
    }
    Ok(())
}

/// The holder process's main (`skiff rootless-netns-holder`).
pub fn holder_main() -> ! {
    crate::runtime::netns::holder_main(&crate::network::infra::holder_setup)
}

/// The argument that makes the binary a port forwarder.
pub const FORWARD_ARG: &str = forward::FORWARD_ARG;

/// The port forwarder's main (`skiff rootless-port-forwarder ...`).
pub fn forwarder_main(args: &[String]) -> ! {
    forward::main(args)
}
