//! `network inspect`: the stored network plus its running containers, as podman shows it.

use super::lookup::users_of;
use crate::engine::Engine;
use crate::network::config::NetworkConfig;
use anyhow::Result;

/// `network inspect`: the stored network plus its containers, as podman shows it.
pub fn inspect(engine: &Engine, net: &NetworkConfig) -> Result<serde_json::Value> {
    let mut v = serde_json::to_value(net)?;
    let recs = engine.store.containers()?;
    let mut ctrs = serde_json::Map::new();
    for c in users_of(&recs, &net.name) {
        if !c.state.is_running() {
            continue;
        }
        for a in c.settings.networks.iter().filter(|a| a.network == net.name) {
            ctrs.insert(
                c.id.clone(),
                serde_json::json!({
                    "name": c.name,
                    "interfaces": {
                        a.interface.clone(): {
                            "subnets": [{"ipnet": format!("{}/{}", a.ip, a.prefix), "gateway": a.gateway}],
                            "mac_address": a.mac,
                        }
                    }
                }),
            );
        }
    }
    v["containers"] = serde_json::Value::Object(ctrs);
    Ok(v)
}
