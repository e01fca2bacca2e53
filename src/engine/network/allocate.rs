//! The networks a new container asks for, and its addresses on them (allocated under the
//! containers lock from all records, so concurrent runs never share one).

use super::lookup::find;
use crate::engine::Engine;
use crate::model::NetworkRequest;
use crate::network::config::{self, Attachment, Cidr, NetworkConfig};
use crate::store::containers::ContainerRecord;
use anyhow::{anyhow, bail, Result};
use std::net::Ipv4Addr;

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
pub fn allocate(
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
    // The MAC follows the address, as docker's does: a container given the address of one
    // that just left (a recreated compose service) gets its MAC too, so the peers' neighbour
    // caches stay right and they reach it at once.
    let o = ip.octets();
    let rnd = [0x42, o[0], o[1], o[2], o[3]];
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
