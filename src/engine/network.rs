//! Networking of `run`/`create`/`start`: the network mode and published ports recorded at
//! create time, the container's /etc/hosts and /etc/resolv.conf, the helper attached at start,
//! and `port`.

use super::Engine;
use crate::model::{
    HostAddress, HostEntry, NetworkConfig, NetworkMode, NetworkRequest, PortMapping,
};
use crate::network::{self, helper, ports};
use crate::store::containers::ContainerRecord;
use crate::store::write_file;
use anyhow::{bail, Result};
use std::net::IpAddr;
use std::path::Path;

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
        NetworkMode::Bridge(nets) => super::networks::resolve(engine, nets)?,
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
        NetworkMode::Container(other) => {
            *other = super::container::lookup::lookup(engine, other)?.id
        }
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

/// DNS and hosts settings of a new container's /etc/hosts and /etc/resolv.conf.
#[derive(Debug, Clone, Default)]
pub struct DnsOpts<'a> {
    pub dns: &'a [IpAddr],
    pub search: &'a [String],
    pub options: &'a [String],
    pub add_host: &'a [HostEntry],
    /// `--network container:X`: X's userdata directory.
    pub shared_from: Option<&'a Path>,
    /// On user-defined networks: the address on the first one.
    pub own_ip: Option<&'a str>,
}

/// Write hosts, hostname and resolv.conf into the container's userdata directory.
pub fn write_userdata(
    dir: &Path,
    hostname: &str,
    name: &str,
    mode: &NetworkMode,
    dns: &DnsOpts,
    durable: bool,
) -> Result<()> {
    let host_net = *mode == NetworkMode::Host;
    let (own_ip, host_ip) = network::addresses(mode);
    let own_ip = dns.own_ip.map(String::from).or(own_ip);
    let mut hosts = String::new();
    if host_net {
        hosts.push_str(&std::fs::read_to_string("/etc/hosts").unwrap_or_default());
        if !hosts.ends_with('\n') && !hosts.is_empty() {
            hosts.push('\n');
        }
    } else {
        hosts.push_str(
            "127.0.0.1\tlocalhost localhost.localdomain localhost4 localhost4.localdomain4\n",
        );
        hosts.push_str("::1\tlocalhost localhost.localdomain localhost6 localhost6.localdomain6\n");
    }
    for h in dns.add_host {
        let ip = match h.address {
            HostAddress::Ip(ip) => ip.to_string(),
            HostAddress::HostGateway => match &host_ip {
                Some(a) => a.clone(),
                None => bail!("--add-host {h}: no host address is known for this network mode"),
            },
        };
        hosts.push_str(&format!("{ip}\t{}\n", h.name));
    }
    let own = own_ip.as_deref().unwrap_or("127.0.1.1");
    if hostname == name {
        hosts.push_str(&format!("{own}\t{hostname}\n"));
    } else {
        hosts.push_str(&format!("{own}\t{hostname} {name}\n"));
    }
    if let Some(h) = &host_ip {
        hosts.push_str(&format!(
            "{h}\thost.containers.internal host.docker.internal\n"
        ));
    }
    if matches!(mode, NetworkMode::Container(_)) {
        // The other container's view of names: its hosts and resolv.conf, as podman shares them.
        if let Some(other_dir) = dns.shared_from {
            hosts = std::fs::read_to_string(other_dir.join("hosts")).unwrap_or(hosts);
        }
    }
    write_file(&dir.join("hosts"), hosts.as_bytes(), durable)?;
    write_file(
        &dir.join("hostname"),
        format!("{hostname}\n").as_bytes(),
        durable,
    )?;
    let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let host_resolv = if !host_net && host_resolv.contains("127.0.0.53") {
        std::fs::read_to_string("/run/systemd/resolve/resolv.conf").unwrap_or(host_resolv)
    } else {
        host_resolv
    };
    let slirp = matches!(mode, NetworkMode::Slirp4netns(_));
    let host_resolv = match (mode, dns.shared_from) {
        (NetworkMode::Container(_), Some(d)) => {
            std::fs::read_to_string(d.join("resolv.conf")).unwrap_or(host_resolv)
        }
        _ => host_resolv,
    };
    let resolv = if dns.dns.is_empty() && dns.search.is_empty() && dns.options.is_empty() && !slirp
    {
        host_resolv
    } else {
        resolv_conf(&host_resolv, dns, slirp)
    };
    write_file(&dir.join("resolv.conf"), resolv.as_bytes(), durable)?;
    // Bind-mounted files must be readable by every container user.
    use std::os::unix::fs::PermissionsExt;
    for f in ["hosts", "hostname", "resolv.conf"] {
        std::fs::set_permissions(dir.join(f), std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

/// podman's layout: `search`, `nameserver`s, `options`; flags replace the host's values.
fn resolv_conf(host: &str, d: &DnsOpts, slirp: bool) -> String {
    let mut ns: Vec<String> = Vec::new();
    let mut search: Vec<String> = Vec::new();
    let mut options: Vec<String> = Vec::new();
    for l in host.lines() {
        let mut f = l.split_whitespace();
        match f.next() {
            Some("nameserver") => ns.extend(f.next().map(String::from)),
            Some("search") | Some("domain") => search = f.map(String::from).collect(),
            Some("options") => options.extend(f.map(String::from)),
            _ => {}
        }
    }
    if !d.dns.is_empty() {
        ns = d.dns.iter().map(IpAddr::to_string).collect();
    } else {
        // A loopback resolver of the host is unreachable from the container.
        ns.retain(|n| !n.starts_with("127.") && n != "::1");
        if slirp {
            ns.insert(0, network::SLIRP_DNS.into());
        }
    }
    if !d.search.is_empty() {
        search = d.search.iter().filter(|s| *s != ".").cloned().collect();
    }
    if !d.options.is_empty() {
        options = d.options.to_vec();
    }
    let mut out = String::new();
    if !search.is_empty() {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for n in ns {
        out.push_str(&format!("nameserver {n}\n"));
    }
    if !options.is_empty() {
        out.push_str(&format!("options {}\n", options.join(" ")));
    }
    out
}

/// Before the process is created: every published host port must be free.
pub fn check_ports(rec: &ContainerRecord) -> Result<()> {
    ports::check_available(&rec.settings.ports)
}

/// `--network container:X`: the pid whose user and network namespaces the container joins.
pub fn join_target(engine: &Engine, rec: &ContainerRecord) -> Result<Option<i32>> {
    let NetworkMode::Container(id) = &rec.settings.network else {
        return Ok(None);
    };
    let other = super::container::lookup::lookup(engine, id)?;
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

/// Connect a just-created container process (not yet running) to the host.
pub fn attach(engine: &Engine, rec: &ContainerRecord, pid: i32) -> Result<Option<helper::Helper>> {
    let dir = engine.store.container_dir(&rec.id).join("userdata");
    helper::attach(&rec.settings.network, pid, &rec.settings.ports, &dir)
}

/// Terminate the recorded helper of a container whose monitor is gone; it leaves its networks.
pub fn stop_stale_helper(engine: &Engine, rec: &ContainerRecord) {
    helper::kill_stale(rec.state.helper);
    super::networks::leave(engine, rec);
}

/// `ps` PORTS: `0.0.0.0:8080->80/tcp, ...`.
pub fn ps_ports(rec: &ContainerRecord) -> String {
    ports::ps_column(&rec.settings.ports)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_flags_replace_host_values() {
        let host = "search a.example\nnameserver 127.0.0.53\nnameserver 10.0.0.1\noptions edns0\n";
        let dns = vec!["9.9.9.9".parse().unwrap()];
        let search = vec!["example".to_string()];
        let opts = vec!["ndots:2".to_string()];
        let d = DnsOpts {
            dns: &dns,
            search: &search,
            options: &opts,
            add_host: &[],
            shared_from: None,
            own_ip: None,
        };
        assert_eq!(
            resolv_conf(host, &d, false),
            "search example\nnameserver 9.9.9.9\noptions ndots:2\n"
        );
        let d = DnsOpts::default();
        assert_eq!(
            resolv_conf(host, &d, true),
            "search a.example\nnameserver 10.0.2.3\nnameserver 10.0.0.1\noptions edns0\n"
        );
    }
}
