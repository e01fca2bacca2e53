//! A new container's /etc/hosts, /etc/hostname and /etc/resolv.conf (in its userdata
//! directory, bind-mounted at start).

use crate::model::{HostAddress, HostEntry, NetworkMode};
use crate::network;
use crate::store::write_file;
use anyhow::{bail, Result};
use std::net::IpAddr;
use std::path::Path;

/// DNS and hosts settings of a new container's /etc/hosts and /etc/resolv.conf.
#[derive(Debug, Clone, Default)]
pub struct DnsOpts<'a> {
    pub dns: &'a [IpAddr],
    pub search: &'a [String],
    pub options: &'a [String],
    pub add_host: &'a [HostEntry],
    /// `--network container:X`: X's userdata directory; a pod's member: the pod's.
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
    // The other container's (or the pod's) view of names: its hosts and resolv.conf, as
    // podman shares them.
    if let Some(other_dir) = dns.shared_from {
        hosts = std::fs::read_to_string(other_dir.join("hosts")).unwrap_or(hosts);
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
    let host_resolv = match dns.shared_from {
        Some(d) => std::fs::read_to_string(d.join("resolv.conf")).unwrap_or(host_resolv),
        None => host_resolv,
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
