//! The rootless network namespace of user-defined networks: a starting container joins it
//! (veths plugged into its bridges, counted as a user, the port forwarder started), a stopped
//! one leaves it (when nobody is left, the namespace goes); and the entry points of the
//! namespace's holder process and of the port forwarder.

use super::lookup::find;
use super::peers::refresh_hosts;
use crate::engine::Engine;
use crate::model::NetworkMode;
use crate::network::infra::Infra;
use crate::network::{forward, helper::Helper};
use crate::store::containers::ContainerRecord;
use anyhow::{anyhow, Result};
use std::net::Ipv4Addr;
use std::path::PathBuf;

pub fn infra_dir(engine: &Engine) -> PathBuf {
    engine.store.runroot.join("netns")
}

/// Lock the rootless network namespace and make sure it runs: the container process will be
/// created in its user namespace.
pub fn acquire(engine: &Engine) -> Result<Infra> {
    let mut infra = Infra::lock(&infra_dir(engine))?;
    infra.ensure(engine.idmap())?;
    Ok(infra)
}

pub fn host_if(id: &str, index: usize) -> String {
    format!("veth{}{index}", &id[..9])
}

/// Wire the just-created container process `pid` into its networks, count it as a user of
/// the namespace, update everyone's /etc/hosts, and start the port forwarder when ports are
/// published. Called with the namespace locked, before the process runs.
pub fn join(
    engine: &Engine,
    rec: &ContainerRecord,
    infra: &mut Infra,
    pid: i32,
) -> Result<Option<Helper>> {
    let mut routed = false;
    for (i, a) in rec.settings.networks.iter().enumerate() {
        let net = find(engine, &a.network)?;
        let default_route = !routed && !net.internal;
        routed |= default_route;
        infra.plug(&net, pid, a, &host_if(&rec.id, i), default_route)?;
    }
    infra.add_user(&rec.id, pid)?;
    refresh_hosts(engine, Some(rec), None)?;
    if rec.settings.ports.is_empty() {
        return Ok(None);
    }
    let target: Ipv4Addr = rec.settings.networks[0]
        .ip
        .parse()
        .map_err(|_| anyhow!("bad address in the container record"))?;
    forward::start(infra.holder(), target, &rec.settings.ports).map(Some)
}

/// The container left its networks (its process ended, or it never started): peers forget
/// its name, and the namespace goes when nobody uses it any more.
pub fn leave(engine: &Engine, rec: &ContainerRecord) {
    if !matches!(rec.settings.network, NetworkMode::Bridge(_)) {
        return;
    }
    let Ok(mut infra) = Infra::lock(&infra_dir(engine)) else {
        return;
    };
    let _ = refresh_hosts(engine, None, Some(&rec.id));
    infra.remove_user(&rec.id);
}

/// The holder process's main (`skiff rootless-netns-holder`).
pub fn holder_main() -> ! {
    crate::runtime::netns::holder_main(&crate::network::infra::holder_setup)
}

/// The argument that makes the binary the namespace's holder process.
pub const HOLDER_ARG: &str = crate::runtime::netns::HOLDER_ARG;

/// The argument that makes the binary a port forwarder.
pub const FORWARD_ARG: &str = forward::FORWARD_ARG;

/// The port forwarder's main (`skiff rootless-port-forwarder ...`).
pub fn forwarder_main(args: &[String]) -> ! {
    forward::main(args)
}
