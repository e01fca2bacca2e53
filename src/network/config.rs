//! User-defined networks as data: the network file (podman's netavark JSON layout), subnets, and
//! address allocation. No I/O here.

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;

/// The network every installation has (`--network podman`, `--network bridge`).
pub const DEFAULT_NETWORK: &str = "podman";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subnet {
    pub subnet: String,
    pub gateway: String,
}

/// One network, as `network inspect` shows it and as it is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkConfig {
    pub name: String,
    pub id: String,
    pub driver: String,
    pub network_interface: String,
    pub created: String,
    pub subnets: Vec<Subnet>,
    pub ipv6_enabled: bool,
    pub internal: bool,
    pub dns_enabled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    #[serde(default)]
    pub ipam_options: BTreeMap<String, String>,
}

pub use crate::model::network::Attachment;

/// An IPv4 subnet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cidr {
    pub addr: Ipv4Addr,
    pub prefix: u8,
}

impl Cidr {
    pub fn parse(s: &str) -> Result<Cidr> {
        let (a, p) = s
            .split_once('/')
            .with_context(|| format!("invalid subnet {s:?}: use ADDRESS/PREFIX"))?;
        if a.contains(':') {
            bail!("invalid subnet {s:?}: IPv6 networks are not supported yet");
        }
        let addr: Ipv4Addr = a
            .parse()
            .with_context(|| format!("invalid subnet {s:?}: bad address"))?;
        let prefix: u8 = p
            .parse()
            .ok()
            .filter(|p| (8..=30).contains(p))
            .with_context(|| format!("invalid subnet {s:?}: the prefix must be 8 to 30"))?;
        let c = Cidr { addr, prefix };
        Ok(Cidr {
            addr: Ipv4Addr::from(u32::from(addr) & c.mask()),
            prefix,
        })
    }

    pub fn mask(&self) -> u32 {
        u32::MAX << (32 - self.prefix as u32)
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == u32::from(self.addr)
    }

    pub fn overlaps(&self, o: &Cidr) -> bool {
        let m = self.mask() & o.mask();
        u32::from(self.addr) & m == u32::from(o.addr) & m
    }

    /// Host addresses: network + 1 .. broadcast - 1.
    pub fn hosts(&self) -> impl Iterator<Item = Ipv4Addr> {
        let base = u32::from(self.addr);
        let size = 1u32 << (32 - self.prefix as u32);
        (base + 1..base + size - 1).map(Ipv4Addr::from)
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// A network's name, as podman allows them.
pub fn valid_name(n: &str) -> bool {
    !n.is_empty()
        && n.len() <= 200
        && n.as_bytes()[0].is_ascii_alphanumeric()
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

/// The first /24 of 10.89.0.0/16 that overlaps none of `used` (podman's default pool).
pub fn free_subnet(used: &[Cidr]) -> Result<Cidr> {
    for i in 0..=255u8 {
        let c = Cidr {
            addr: Ipv4Addr::new(10, 89, i, 0),
            prefix: 24,
        };
        if !used.iter().any(|u| u.overlaps(&c)) {
            return Ok(c);
        }
    }
    bail!("could not find a free subnet in 10.89.0.0/16: all are in use")
}

/// The first free host address of `subnet`, skipping the gateway and `used`.
pub fn allocate(subnet: &Cidr, gateway: Ipv4Addr, used: &[Ipv4Addr]) -> Result<Ipv4Addr> {
    subnet
        .hosts()
        .find(|a| *a != gateway && !used.contains(a))
        .with_context(|| format!("no free IP address left in subnet {subnet}"))
}

/// The default network's settings.
pub fn default_network() -> NetworkConfig {
    NetworkConfig {
        name: DEFAULT_NETWORK.into(),
        id: "2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9".into(),
        driver: "bridge".into(),
        network_interface: "podman0".into(),
        created: "0001-01-01T00:00:00Z".into(),
        subnets: vec![Subnet {
            subnet: "10.88.0.0/16".into(),
            gateway: "10.88.0.1".into(),
        }],
        ipv6_enabled: false,
        internal: false,
        dns_enabled: false,
        labels: BTreeMap::new(),
        options: BTreeMap::new(),
        ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
    }
}

/// A locally administered unicast MAC address from 5 random bytes.
pub fn mac_from(bytes: [u8; 5]) -> String {
    format!(
        "02:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets_and_allocation() {
        let c = Cidr::parse("172.20.16.7/24").unwrap();
        assert_eq!(c.to_string(), "172.20.16.0/24");
        assert!(c.contains("172.20.16.200".parse().unwrap()));
        assert!(!c.contains("172.20.17.1".parse().unwrap()));
        assert!(Cidr::parse("10.0.0.0/33").is_err());
        assert!(Cidr::parse("fd00::/64").is_err());
        let used = [
            Cidr::parse("10.89.0.0/24").unwrap(),
            Cidr::parse("10.89.1.0/24").unwrap(),
        ];
        assert_eq!(free_subnet(&used).unwrap().to_string(), "10.89.2.0/24");
        let gw: Ipv4Addr = "172.20.16.1".parse().unwrap();
        let a = allocate(&c, gw, &["172.20.16.2".parse().unwrap()]).unwrap();
        assert_eq!(a.to_string(), "172.20.16.3");
        let tiny = Cidr::parse("10.1.1.0/30").unwrap();
        let gw: Ipv4Addr = "10.1.1.1".parse().unwrap();
        assert!(allocate(&tiny, gw, &["10.1.1.2".parse().unwrap()]).is_err());
    }

    #[test]
    fn names_and_macs() {
        assert!(valid_name("my_net"));
        assert!(!valid_name("-x"));
        assert!(!valid_name("a/b"));
        assert_eq!(mac_from([1, 2, 3, 4, 255]), "02:01:02:03:04:ff");
    }
}
