//! User-defined networks on disk (the default network `podman` exists without a file) and the
//! containers attached to them.

use crate::engine::Engine;
use crate::model::NetworkMode;
use crate::network::config::{self, NetworkConfig};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;

pub fn dir(engine: &Engine) -> PathBuf {
    engine.store.root.join("networks")
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
        [] => Err(NoSuchNetwork(what.to_string()).into()),
        _ => bail!("more than one network matches ID prefix {what}"),
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unable to find network with name or ID {0}: network not found")]
pub struct NoSuchNetwork(pub String);

/// The containers (any state) attached to `net`.
pub fn users_of<'a>(recs: &'a [ContainerRecord], net: &str) -> Vec<&'a ContainerRecord> {
    recs.iter()
        .filter(|c| c.settings.networks.iter().any(|a| a.network == net))
        .collect()
}

/// Whether the container is on user-defined networks.
pub fn uses_networks(rec: &ContainerRecord) -> bool {
    matches!(rec.settings.network, NetworkMode::Bridge(_)) && !rec.settings.networks.is_empty()
}
