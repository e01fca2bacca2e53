//! `port`: a container's published ports as podman prints them.

use super::lookup::lookup;
use crate::engine::Engine;
use crate::network::ports;
use anyhow::{bail, Result};

/// `port CTR [PRIVATE_PORT[/PROTO]]`: lines as podman prints them.
pub fn port(engine: &Engine, what: &str, filter: Option<&str>) -> Result<Vec<String>> {
    let rec = lookup(engine, what)?;
    let all = ports::expand(&rec.settings.ports);
    let Some(f) = filter else {
        return Ok(all
            .iter()
            .map(|(c, p, ip, h)| format!("{c}/{p} -> {ip}:{h}"))
            .collect());
    };
    let (port, proto) = f.split_once('/').unwrap_or((f, "tcp"));
    let port: u16 = port
        .parse()
        .map_err(|_| anyhow::anyhow!("invalid port {f:?}"))?;
    let v: Vec<String> = all
        .iter()
        .filter(|(c, p, _, _)| *c == port && p == proto)
        .map(|(_, _, ip, h)| format!("{ip}:{h}"))
        .collect();
    if v.is_empty() {
        bail!("failed to find published port \"{port}/{proto}\"");
    }
    Ok(v)
}
