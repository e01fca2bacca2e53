//! The network helper of a container (pasta, slirp4netns): the published ports checked and the
//! helper attached at start, and a helper left behind by a dead monitor terminated.

use super::namespace::leave;
use crate::engine::Engine;
use crate::network::{helper, ports};
use crate::store::containers::ContainerRecord;
use anyhow::Result;

/// Before the process is created: every published host port must be free.
pub fn check_ports(rec: &ContainerRecord) -> Result<()> {
    ports::check_available(&rec.settings.ports)
}

/// Connect a just-created container process (not yet running) to the host.
pub fn attach(engine: &Engine, rec: &ContainerRecord, pid: i32) -> Result<Option<helper::Helper>> {
    let dir = engine.store.container_dir(&rec.id).join("userdata");
    helper::attach(&rec.settings.network, pid, &rec.settings.ports, &dir)
}

/// Terminate the recorded helper of a container whose monitor is gone; it leaves its networks.
pub fn stop_stale_helper(engine: &Engine, rec: &ContainerRecord) {
    helper::kill_stale(rec.state.helper);
    leave(engine, rec);
    crate::engine::pod::namespace::leave(engine, rec);
}
