//! `network connect NET CTR`: a container on networks joins one more; a running one gets the
//! interface at once.

use super::allocate::allocate;
use super::lookup::find;
use super::namespace::{acquire, host_if};
use super::peers::refresh_hosts;
use crate::engine::container::lookup::lookup;
use crate::engine::Engine;
use crate::model::network::valid_mac;
use crate::model::{NetworkMode, NetworkRequest};
use crate::store::LockKind;
use anyhow::{bail, Result};

/// `network connect NET CTR`: attach a container on networks to one more; a running container
/// gets the interface at once.
pub fn connect(engine: &Engine, net: &str, ctr: &str, r: &NetworkRequest) -> Result<()> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut rec = lookup(engine, ctr)?;
    let net = find(engine, net)?;
    if !matches!(rec.settings.network, NetworkMode::Bridge(_)) {
        bail!(
            "container {} uses network mode {}: only containers on networks can be connected to more",
            rec.name,
            rec.settings.network.kind()
        );
    }
    if rec.settings.networks.iter().any(|a| a.network == net.name) {
        bail!(
            "container {} is already connected to network {}",
            rec.id,
            net.name
        );
    }
    if let Some(m) = &r.mac {
        if !valid_mac(m) {
            bail!("invalid MAC address {m:?}");
        }
    }
    let index = (0..)
        .find(|i| {
            !rec.settings
                .networks
                .iter()
                .any(|a| a.interface == format!("eth{i}"))
        })
        .unwrap_or(0);
    let recs = engine.store.containers()?;
    let a = allocate(&net, r, index, &recs)?;
    let running = rec.state.is_running();
    rec.settings.networks.push(a.clone());
    if running {
        let mut infra = acquire(engine)?;
        let routed = rec.settings.networks.len() > 1;
        infra.plug(
            &net,
            rec.state.process.pid,
            &a,
            &host_if(&rec.id, index),
            !routed,
        )?;
        engine.store.save_container(&rec)?;
        refresh_hosts(engine, None, None)?;
    } else {
        engine.store.save_container(&rec)?;
    }
    Ok(())
}
