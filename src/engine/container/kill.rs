//! `kill`: a signal to a running container's main process.

use super::lookup::lookup;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::Signal;
use anyhow::{bail, Result};

/// `kill`: send a signal to a running container's main process.
pub fn kill(engine: &Engine, what: &str, sig: Signal) -> Result<String> {
    let c = lookup(engine, what)?;
    if !c.state.is_running() {
        bail!(
            "can only kill running containers. {} is in state {}: container state improper",
            c.id,
            c.state.status
        );
    }
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(c.state.process.pid), sig.0)?;
    events::container(engine, "kill", &c, &[("signal", sig.number().to_string())]);
    Ok(c.id)
}
