//! Networking as configured for a container: its network mode, published ports, and its
//! places on user-defined networks.

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;

/// A container's network mode (`--network`, compose `network_mode`/`networks`, the API's
/// `HostConfig.NetworkMode`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase", tag = "mode", content = "options")]
pub enum NetworkMode {
    /// Nothing asked for (or `default`): the engine picks the host's default helper.
    #[default]
    Default,
    /// Only a loopback device.
    None,
    /// The host's network namespace.
    Host,
    /// A new namespace with only `lo`, no helper (what the default becomes without a route).
    Private,
    /// pasta with its options (`pasta:OPT,OPT`).
    Pasta(Vec<String>),
    /// slirp4netns with its options.
    Slirp4netns(Vec<String>),
    /// Another container's namespace, by name or ID as given.
    Container(String),
    /// A namespace file.
    Ns(PathBuf),
    /// User-defined networks (podman's bridge mode), in order; the first is eth0.
    Bridge(Vec<NetworkRequest>),
}

/// One user-defined network a container asks to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct NetworkRequest {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub ip: Option<String>,
    #[serde(default)]
    pub mac: Option<String>,
}

impl NetworkMode {
    /// podman's name of the mode (`HostConfig.NetworkMode`, `--network` spelling).
    pub fn kind(&self) -> &'static str {
        match self {
            NetworkMode::Default => "default",
            NetworkMode::None => "none",
            NetworkMode::Host => "host",
            NetworkMode::Private => "private",
            NetworkMode::Pasta(_) => "pasta",
            NetworkMode::Slirp4netns(_) => "slirp4netns",
            NetworkMode::Container(_) => "container",
            NetworkMode::Ns(_) => "ns",
            NetworkMode::Bridge(_) => "bridge",
        }
    }

    /// Whether a user-mode helper (pasta, slirp4netns) serves this container alone.
    pub fn has_helper(&self) -> bool {
        matches!(self, NetworkMode::Pasta(_) | NetworkMode::Slirp4netns(_))
    }

    /// Parse one `--network` value. Names other than the modes are user-defined networks,
    /// with podman's per-network options: `NAME:ip=..,alias=..,mac=..`.
    pub fn parse(s: &str) -> Result<NetworkMode> {
        let (kind, opts) = s.split_once(':').unwrap_or((s, ""));
        let options: Vec<String> = opts
            .split(',')
            .filter(|o| !o.is_empty())
            .map(String::from)
            .collect();
        Ok(match kind {
            "" | "default" => NetworkMode::Default,
            "none" | "host" | "private" if !options.is_empty() => {
                bail!("network mode {kind} takes no options")
            }
            "none" => NetworkMode::None,
            "host" => NetworkMode::Host,
            "private" => NetworkMode::Private,
            "pasta" => NetworkMode::Pasta(options),
            "slirp4netns" => NetworkMode::Slirp4netns(options),
            "ns" if opts.starts_with('/') => NetworkMode::Ns(PathBuf::from(opts)),
            "ns" => bail!("invalid --network ns:{opts}: the path must be absolute"),
            "container" if !opts.is_empty() => NetworkMode::Container(opts.to_string()),
            "container" => bail!("invalid --network container: a container name is needed"),
            name => NetworkMode::Bridge(vec![NetworkRequest::parse(name, &options)?]),
        })
    }
}

impl NetworkRequest {
    fn parse(name: &str, options: &[String]) -> Result<NetworkRequest> {
        let mut r = NetworkRequest {
            name: name.to_string(),
            ..Default::default()
        };
        for o in options {
            match o.split_once('=') {
                Some(("alias", v)) => r.aliases.push(v.to_string()),
                Some(("ip", v)) => r.ip = Some(v.to_string()),
                Some(("mac", v)) => r.mac = Some(v.to_string()),
                Some(("interface_name", _)) => {}
                _ => bail!("invalid option {o:?} for network {name}: use ip=, mac=, alias="),
            }
        }
        Ok(r)
    }
}

impl fmt::Display for NetworkMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetworkMode::Container(c) => write!(f, "container:{c}"),
            NetworkMode::Ns(p) => write!(f, "ns:{}", p.display()),
            NetworkMode::Bridge(nets) if nets.len() == 1 => f.write_str(&nets[0].name),
            m => f.write_str(m.kind()),
        }
    }
}

/// A container's networking as asked for, validated (`ContainerConfig::network`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkConfig {
    /// `Default` is resolved by the engine to the host's helper.
    pub mode: NetworkMode,
    /// `--mac-address` with the default mode: the engine applies it when the default turns out
    /// to be pasta (with `Pasta` or `Bridge` it is already in the mode's options).
    pub default_mac: Option<String>,
    /// `-p`; a host port 0 is a free port, picked by the engine.
    pub ports: Vec<PortMapping>,
    /// `-P`: the image's exposed ports on free host ports.
    pub publish_all: bool,
    /// `--dns`: nameservers replacing the host's.
    pub dns: Vec<IpAddr>,
    pub dns_search: Vec<String>,
    pub dns_options: Vec<String>,
    /// `--add-host` lines of /etc/hosts.
    pub add_hosts: Vec<HostEntry>,
}

impl NetworkMode {
    /// The mode from `--network` (repeated for several networks) with `--ip`, `--mac-address`
    /// and `--network-alias`, which apply to the first network (with the default mode a MAC
    /// address is returned apart, see `NetworkConfig::default_mac`).
    pub fn from_flags(
        values: &[String],
        ip: Option<String>,
        mac: Option<String>,
        aliases: Vec<String>,
    ) -> Result<(NetworkMode, Option<String>)> {
        let first = values.first().map(String::as_str);
        let mut mode = NetworkMode::parse(first.unwrap_or(""))?;
        if let NetworkMode::Bridge(nets) = &mut mode {
            for v in values.iter().skip(1) {
                match NetworkMode::parse(v)? {
                    NetworkMode::Bridge(more) => nets.extend(more),
                    _ => bail!(
                        "--network {} cannot be combined with other networks",
                        v.split_once(':').map_or(v.as_str(), |(n, _)| n)
                    ),
                }
            }
            if let Some(first) = nets.first_mut() {
                if first.ip.is_none() {
                    first.ip = ip;
                }
                if first.mac.is_none() {
                    first.mac = mac;
                }
                first.aliases.extend(aliases);
            }
            for m in nets.iter().filter_map(|n| n.mac.as_ref()) {
                if !valid_mac(m) {
                    bail!("invalid MAC address {m:?}");
                }
            }
            return Ok((mode, None));
        }
        if values.len() > 1 {
            bail!(
                "--network {} cannot be combined with other networks",
                first.unwrap_or("default")
            );
        }
        if ip.is_some() || !aliases.is_empty() {
            bail!("--ip, --mac-address and --network-alias need --network NET");
        }
        let Some(mac) = mac else {
            return Ok((mode, None));
        };
        if !matches!(mode, NetworkMode::Pasta(_) | NetworkMode::Default) {
            bail!(
                "--mac-address needs --network pasta or a network, not {}",
                mode.kind()
            );
        }
        if !valid_mac(&mac) {
            bail!("invalid MAC address {mac:?}");
        }
        match &mut mode {
            NetworkMode::Pasta(opts) => {
                opts.extend(["--ns-mac-addr".to_string(), mac]);
                Ok((mode, None))
            }
            _ => Ok((mode, Some(mac))),
        }
    }
}

/// One `--add-host NAME:IP` line of /etc/hosts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEntry {
    pub name: String,
    pub address: HostAddress,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostAddress {
    Ip(IpAddr),
    /// `host-gateway`: the host as the container reaches it (known once the mode is).
    HostGateway,
}

impl std::str::FromStr for HostEntry {
    type Err = anyhow::Error;

    /// `NAME:IP` or `NAME=IP`; an IPv6 address may be in brackets; IP may be `host-gateway`.
    fn from_str(h: &str) -> Result<HostEntry> {
        let (name, ip) = h
            .split_once(':')
            .or_else(|| h.split_once('='))
            .ok_or_else(|| anyhow::anyhow!("invalid --add-host {h:?}: use NAME:IP"))?;
        let ip = ip.trim_start_matches('[').trim_end_matches(']');
        if name.is_empty() {
            bail!("invalid --add-host {h:?}: the name is empty");
        }
        let address =
            if ip == "host-gateway" {
                HostAddress::HostGateway
            } else {
                HostAddress::Ip(ip.parse::<IpAddr>().map_err(|_| {
                    anyhow::anyhow!("invalid IP address in --add-host {h:?}: {ip:?}")
                })?)
            };
        Ok(HostEntry {
            name: name.to_string(),
            address,
        })
    }
}

impl fmt::Display for HostEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.address {
            HostAddress::Ip(ip) => write!(f, "{}:{ip}", self.name),
            HostAddress::HostGateway => write!(f, "{}:host-gateway", self.name),
        }
    }
}

/// One published port (or range), with podman's field names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortMapping {
    /// Empty: all addresses.
    #[serde(default)]
    pub host_ip: String,
    pub container_port: u16,
    pub host_port: u16,
    /// Number of consecutive ports (1 for a single port).
    #[serde(default = "one")]
    pub range: u16,
    /// tcp or udp
    pub protocol: String,
}

fn one() -> u16 {
    1
}

fn parse_range(s: &str, what: &str) -> Result<(u16, u16)> {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let p = |x: &str| -> Result<u16> {
        let v: u16 = x
            .trim()
            .parse()
            .with_context(|| format!("invalid {what} port {x:?}"))?;
        if v == 0 {
            bail!("invalid {what} port 0");
        }
        Ok(v)
    };
    let (a, b) = (p(a)?, p(b)?);
    if b < a {
        bail!("invalid {what} port range {s:?}: the end is before the start");
    }
    Ok((a, b - a + 1))
}

impl PortMapping {
    /// Parse one `-p [IP:][HOSTPORT:]CPORT[/tcp|udp]` (ranges as `9000-9002:9000-9002`, both
    /// protocols as `/tcp,udp`). A missing host port is 0: the engine picks a free one.
    pub fn parse(spec: &str) -> Result<Vec<PortMapping>> {
        let (rest, proto) = match spec.rsplit_once('/') {
            Some((r, p)) => (r, p),
            None => (spec, "tcp"),
        };
        let protos: Vec<&str> = proto.split(',').collect();
        for p in &protos {
            if *p != "tcp" && *p != "udp" {
                bail!("invalid port protocol {p:?} in {spec:?}: use tcp or udp");
            }
        }
        // An IPv6 host address is written in brackets.
        let (ip, rest) = if let Some(r) = rest.strip_prefix('[') {
            let (ip, after) = r
                .split_once(']')
                .with_context(|| format!("invalid port mapping {spec:?}: unclosed '['"))?;
            let after = after
                .strip_prefix(':')
                .with_context(|| format!("invalid port mapping {spec:?}"))?;
            (ip.to_string(), after.to_string())
        } else {
            let parts: Vec<&str> = rest.split(':').collect();
            match parts.len() {
                1 | 2 => (String::new(), rest.to_string()),
                3 => (parts[0].to_string(), format!("{}:{}", parts[1], parts[2])),
                _ => bail!("invalid port mapping {spec:?}"),
            }
        };
        if !ip.is_empty() {
            ip.parse::<IpAddr>().map_err(|_| {
                anyhow::anyhow!("invalid IP address {ip:?} in port mapping {spec:?}")
            })?;
        }
        let (host, ctr) = match rest.split_once(':') {
            Some((h, c)) => (h, c),
            None => ("", rest.as_str()),
        };
        let (cport, crange) = parse_range(ctr, "container")?;
        let (hport, hrange) = if host.is_empty() {
            (0, crange)
        } else {
            parse_range(host, "host")?
        };
        if hrange != crange && hrange != 1 {
            bail!("invalid port mapping {spec:?}: the host and container ranges differ in size");
        }
        let ip = if ip == "0.0.0.0" { String::new() } else { ip };
        Ok(protos
            .iter()
            .map(|p| PortMapping {
                host_ip: ip.clone(),
                container_port: cport,
                host_port: hport,
                range: crange,
                protocol: p.to_string(),
            })
            .collect())
    }
}

/// A MAC address as `--mac-address` takes it: six hex pairs, unicast.
pub fn valid_mac(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    parts.len() == 6
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_hexdigit()))
        && u8::from_str_radix(parts[0], 16).is_ok_and(|b| b & 1 == 0)
}

/// A container's place on one network, kept in its record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    pub network: String,
    /// The interface inside the container: eth0, eth1, ...
    pub interface: String,
    pub ip: String,
    pub prefix: u8,
    pub gateway: String,
    pub mac: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert_eq!(NetworkMode::parse("").unwrap(), NetworkMode::Default);
        assert_eq!(NetworkMode::parse("host").unwrap(), NetworkMode::Host);
        assert_eq!(
            NetworkMode::parse("pasta:-T,8080").unwrap(),
            NetworkMode::Pasta(vec!["-T".into(), "8080".into()])
        );
        assert_eq!(
            NetworkMode::parse("container:db").unwrap(),
            NetworkMode::Container("db".into())
        );
        assert!(NetworkMode::parse("host:x").is_err());
        assert!(NetworkMode::parse("ns:rel").is_err());
        match NetworkMode::parse("appnet:ip=10.1.0.5,alias=db").unwrap() {
            NetworkMode::Bridge(n) => {
                assert_eq!(n[0].name, "appnet");
                assert_eq!(n[0].ip.as_deref(), Some("10.1.0.5"));
                assert_eq!(n[0].aliases, vec!["db".to_string()]);
            }
            m => panic!("{m:?}"),
        }
        assert_eq!(NetworkMode::Host.to_string(), "host");
    }

    #[test]
    fn ports_parse_podman_forms() {
        let parse = PortMapping::parse;
        let p = parse("8080:80").unwrap();
        assert_eq!(
            p,
            vec![PortMapping {
                host_ip: String::new(),
                container_port: 80,
                host_port: 8080,
                range: 1,
                protocol: "tcp".into()
            }]
        );
        let p = parse("127.0.0.1:9000-9002:9000-9002/udp").unwrap();
        assert_eq!(p[0].host_ip, "127.0.0.1");
        assert_eq!(
            (p[0].host_port, p[0].container_port, p[0].range),
            (9000, 9000, 3)
        );
        assert_eq!(p[0].protocol, "udp");
        let p = parse("80").unwrap();
        assert_eq!((p[0].host_port, p[0].container_port), (0, 80));
        let p = parse("127.0.0.1::80").unwrap();
        assert_eq!((p[0].host_ip.as_str(), p[0].host_port), ("127.0.0.1", 0));
        let p = parse("[::1]:8080:80/tcp").unwrap();
        assert_eq!(p[0].host_ip, "::1");
        assert_eq!(parse("53:53/tcp,udp").unwrap().len(), 2);
        assert!(parse("0:80").is_err());
        assert!(parse("a:80").is_err());
        assert!(parse("80/sctp").is_err());
        assert!(parse("9000-9001:80-82").is_err());
        assert!(parse("1.2.3:80:80").is_err());
        assert!(parse("1:2:3:4").is_err());
    }

    fn flags(
        values: &[&str],
        ip: Option<&str>,
        mac: Option<&str>,
        aliases: &[&str],
    ) -> Result<(NetworkMode, Option<String>)> {
        NetworkMode::from_flags(
            &values.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            ip.map(String::from),
            mac.map(String::from),
            aliases.iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn modes_from_flags() {
        let (m, mac) = flags(&["a:ip=10.1.0.5", "b"], Some("10.9.9.9"), None, &["x"]).unwrap();
        let NetworkMode::Bridge(n) = m else {
            panic!("{m:?}")
        };
        assert_eq!(mac, None);
        assert_eq!(
            (n.len(), n[0].ip.as_deref(), n[0].aliases.clone()),
            (2, Some("10.1.0.5"), vec!["x".to_string()])
        );
        let (m, _) = flags(&["a"], None, Some("92:d0:c6:0a:29:33"), &[]).unwrap();
        assert!(
            matches!(&m, NetworkMode::Bridge(n) if n[0].mac.as_deref() == Some("92:d0:c6:0a:29:33"))
        );
        let (m, _) = flags(&["pasta"], None, Some("92:d0:c6:0a:29:33"), &[]).unwrap();
        assert_eq!(
            m,
            NetworkMode::Pasta(vec!["--ns-mac-addr".into(), "92:d0:c6:0a:29:33".into()])
        );
        let (m, mac) = flags(&[], None, Some("92:d0:c6:0a:29:33"), &[]).unwrap();
        assert_eq!(
            (m, mac.as_deref()),
            (NetworkMode::Default, Some("92:d0:c6:0a:29:33"))
        );
        let err = |v: &[&str], ip, mac, al: &[&str]| flags(v, ip, mac, al).unwrap_err().to_string();
        assert_eq!(
            err(&["a", "host"], None, None, &[]),
            "--network host cannot be combined with other networks"
        );
        assert_eq!(
            err(&["host", "a"], None, None, &[]),
            "--network host cannot be combined with other networks"
        );
        assert_eq!(
            err(&["pasta"], Some("10.0.0.2"), None, &[]),
            "--ip, --mac-address and --network-alias need --network NET"
        );
        assert_eq!(
            err(&["none"], None, Some("92:d0:c6:0a:29:33"), &[]),
            "--mac-address needs --network pasta or a network, not none"
        );
        assert_eq!(
            err(&[], None, Some("93:00:00:00:00:01"), &[]),
            "invalid MAC address \"93:00:00:00:00:01\""
        );
        assert_eq!(
            err(&["a:mac=1"], None, None, &[]),
            "invalid MAC address \"1\""
        );
        assert_eq!(
            err(&["a:foo=1"], None, None, &[]),
            "invalid option \"foo=1\" for network a: use ip=, mac=, alias="
        );
    }

    #[test]
    fn add_hosts() {
        let h = |s: &str| s.parse::<HostEntry>();
        assert_eq!(
            h("name:1.2.3.4").unwrap(),
            HostEntry {
                name: "name".into(),
                address: HostAddress::Ip("1.2.3.4".parse().unwrap())
            }
        );
        assert_eq!(h("v6:[::1]").unwrap().to_string(), "v6:::1");
        assert_eq!(h("v6:::1").unwrap().to_string(), "v6:::1");
        assert_eq!(
            h("gw=host-gateway").unwrap().address,
            HostAddress::HostGateway
        );
        assert_eq!(
            h("name").unwrap_err().to_string(),
            "invalid --add-host \"name\": use NAME:IP"
        );
        assert_eq!(
            h(":1.2.3.4").unwrap_err().to_string(),
            "invalid --add-host \":1.2.3.4\": the name is empty"
        );
        assert_eq!(
            h("name:nope").unwrap_err().to_string(),
            "invalid IP address in --add-host \"name:nope\": \"nope\""
        );
    }

    #[test]
    fn macs() {
        assert!(valid_mac("92:d0:c6:0a:29:33"));
        assert!(!valid_mac("93:d0:c6:0a:29:33"));
        assert!(!valid_mac("92:d0:c6:0a:29"));
    }

    #[test]
    fn stored_form_round_trips() {
        let m = NetworkMode::Slirp4netns(vec!["port_handler=slirp4netns".into()]);
        let j = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<NetworkMode>(&j).unwrap(), m);
    }
}
