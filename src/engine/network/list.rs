//! `network ls`: the networks, filtered by name (substring), id (prefix), driver or label.

use super::lookup::all;
use crate::engine::Engine;
use crate::network::config::NetworkConfig;
use anyhow::{bail, Result};

const KEYS: &[&str] = &["name", "id", "driver", "label"];

/// Whether `n` passes one `KEY=VALUE` filter.
fn matches(n: &NetworkConfig, filter: &str) -> bool {
    let (k, v) = filter.split_once('=').unwrap_or((filter, ""));
    match k {
        "name" => n.name.contains(v),
        "id" => n.id.starts_with(v),
        "driver" => n.driver == v,
        "label" => {
            let (lk, lv) = v.split_once('=').unwrap_or((v, ""));
            n.labels.get(lk).is_some_and(|x| lv.is_empty() || x == lv)
        }
        _ => false,
    }
}

/// `network ls --filter ...`: every network passing all the filters.
pub fn list(engine: &Engine, filters: &[String]) -> Result<Vec<NetworkConfig>> {
    let nets: Vec<NetworkConfig> = all(engine)?
        .into_iter()
        .filter(|n| filters.iter().all(|f| matches(n, f)))
        .collect();
    if let Some(bad) = filters
        .iter()
        .find(|f| !KEYS.contains(&f.split_once('=').unwrap_or((f, "")).0))
    {
        bail!("invalid filter {bad:?}: use name=, id=, driver= or label=");
    }
    Ok(nets)
}
