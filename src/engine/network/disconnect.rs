//! `network disconnect NET CTR`: a running container loses the interface at once.

use super::lookup::find;
use super::namespace::infra_dir;
use super::peers::refresh_hosts;
use crate::engine::container::lookup::lookup;
use crate::engine::Engine;
use crate::network::infra::Infra;
use crate::store::LockKind;
use anyhow::{bail, Result};

/// `network disconnect NET CTR`.
pub fn disconnect(engine: &Engine, net: &str, ctr: &str) -> Result<()> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut rec = lookup(engine, ctr)?;
    let net = find(engine, net)?;
    let Some(pos) = rec
        .settings
        .networks
        .iter()
        .position(|a| a.network == net.name)
    else {
        bail!(
            "container {} is not connected to network {}",
            rec.id,
            net.name
        );
    };
    let a = rec.settings.networks.remove(pos);
    if rec.state.is_running() {
        let infra = Infra::lock(&infra_dir(engine))?;
        if infra.holder() > 0 {
            infra.unplug(rec.state.process.pid, &a.interface)?;
        }
        engine.store.save_container(&rec)?;
        refresh_hosts(engine, None, None)?;
    } else {
        engine.store.save_container(&rec)?;
    }
    Ok(())
}
