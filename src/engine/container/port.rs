//! `port`: a container's published ports as podman prints them.

use super::lookup::{list, lookup};
use crate::engine::Engine;
use crate::network::ports;
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};

/// `port CTR [PRIVATE_PORT[/PROTO]]`: lines as podman prints them.
pub fn port(engine: &Engine, what: &str, filter: Option<&str>) -> Result<Vec<String>> {
    let rec = lookup(engine, what)?;
    let Some(f) = filter else {
        return Ok(lines(&rec));
    };
    let all = ports::expand(&rec.settings.ports);
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

/// `port -a`: every container's ID and lines.
pub fn all(engine: &Engine) -> Result<Vec<(String, Vec<String>)>> {
    Ok(list(engine)?
        .iter()
        .map(|c| (c.id.clone(), lines(c)))
        .collect())
}

/// Every published port of a container: `CPORT/PROTO -> HOSTIP:HPORT`.
fn lines(rec: &ContainerRecord) -> Vec<String> {
    ports::expand(&rec.settings.ports)
        .iter()
        .map(|(c, p, ip, h)| format!("{c}/{p} -> {ip}:{h}"))
        .collect()
}
