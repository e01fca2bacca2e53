//! Rootless networking: the user-mode helpers (`pasta`, `slirp4netns`) that connect a
//! container's network namespace to the host, published ports, and the host addresses the
//! container sees. No store or engine knowledge; processes are driven with std::process.

pub mod config;
pub mod forward;
pub mod helper;
pub mod infra;
pub mod ports;

use crate::model::NetworkMode;
use anyhow::{bail, Result};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

/// slirp4netns's fixed addresses with `--configure`.
pub const SLIRP_GUEST: &str = "10.0.2.100";
pub const SLIRP_GATEWAY: &str = "10.0.2.2";
pub const SLIRP_DNS: &str = "10.0.2.3";

/// Find a program in $PATH (or /usr/bin when PATH is unset).
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into());
    path.split(':')
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Whether the host has a default route (IPv4 or IPv6), i.e. somewhere to go out to.
pub fn has_default_route() -> bool {
    default_gateway().is_some()
        || std::fs::read_to_string("/proc/net/ipv6_route")
            .unwrap_or_default()
            .lines()
            .any(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                f.len() == 10 && f[0].bytes().all(|b| b == b'0') && f[1] == "00" && f[9] != "lo"
            })
}

/// podman's rootless default: pasta when installed, else slirp4netns. Without a default route
/// pasta cannot start ("External interface not usable") and there is nowhere to go: then
/// slirp4netns only when ports are published, else a namespace with only `lo`.
pub fn default_mode(publish: bool) -> NetworkMode {
    let pasta = find_program("pasta").is_some();
    let slirp = find_program("slirp4netns").is_some();
    if has_default_route() {
        if pasta {
            return NetworkMode::Pasta(Vec::new());
        }
        if slirp {
            return NetworkMode::Slirp4netns(Vec::new());
        }
    } else if publish && slirp {
        return NetworkMode::Slirp4netns(Vec::new());
    }
    NetworkMode::Private
}

/// The helper program a mode needs (pasta, slirp4netns) is installed.
pub fn check_helper(mode: &NetworkMode) -> Result<()> {
    if mode.has_helper() && find_program(mode.kind()).is_none() {
        bail!(
            "could not find {}, the network helper: install it or use --network none",
            mode.kind()
        );
    }
    Ok(())
}

/// The host's IPv4 default gateway, from /proc/net/route.
pub fn default_gateway() -> Option<Ipv4Addr> {
    let t = std::fs::read_to_string("/proc/net/route").ok()?;
    t.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() > 2 && f[1] == "00000000" {
            let g = u32::from_str_radix(f[2], 16).ok()?;
            Some(Ipv4Addr::from(g.swap_bytes()))
        } else {
            None
        }
    })
}

/// The host's IPv4 address used to reach the default gateway.
pub fn host_ipv4() -> Option<Ipv4Addr> {
    let gw = default_gateway()?;
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect((gw, 9)).ok()?;
    match s.local_addr().ok()?.ip() {
        std::net::IpAddr::V4(a) => Some(a),
        _ => None,
    }
}

/// Addresses the container's /etc/hosts names: (its own address, the host's address as the
/// container reaches it for `host.containers.internal`).
pub fn addresses(mode: &NetworkMode) -> (Option<String>, Option<String>) {
    match mode {
        // pasta copies the host's address; the gateway address is mapped to the host.
        NetworkMode::Pasta(options) => (
            host_ipv4().map(|a| a.to_string()),
            default_gateway()
                .filter(|_| !options.iter().any(|o| o == "--no-map-gw"))
                .map(|a| a.to_string()),
        ),
        // User-defined networks go out through pasta, which maps the gateway to the host.
        NetworkMode::Bridge(_) => (
            None,
            default_gateway()
                .filter(|_| matches!(default_mode(false), NetworkMode::Pasta(_)))
                .map(|a| a.to_string()),
        ),
        NetworkMode::Slirp4netns(options) => {
            let loopback = options.iter().any(|o| o == "allow_host_loopback=true");
            (
                Some(SLIRP_GUEST.into()),
                if loopback {
                    Some(SLIRP_GATEWAY.into())
                } else {
                    host_ipv4().map(|a| a.to_string())
                },
            )
        }
        _ => (None, None),
    }
}
