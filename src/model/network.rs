//! Networking as configured for a container: its network mode, published ports, and its
//! places on user-defined networks.

use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
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

    /// Whether the container gets a network namespace of its own.
    pub fn own_namespace(&self) -> bool {
        !matches!(
            self,
            NetworkMode::Host | NetworkMode::Container(_) | NetworkMode::Ns(_)
        )
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
                _ => bail!("invalid option {o:?} for network {name}: use alias=, ip= or mac="),
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
        assert!(NetworkMode::Host.to_string() == "host" && !NetworkMode::Host.own_namespace());
    }

    #[test]
    fn stored_form_round_trips() {
        let m = NetworkMode::Slirp4netns(vec!["port_handler=slirp4netns".into()]);
        let j = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<NetworkMode>(&j).unwrap(), m);
    }
}
