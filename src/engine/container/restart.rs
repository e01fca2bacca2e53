//! `restart`: stop, then start detached.

use super::lookup::{list, lookup};
use super::start::start_detached;
use super::stop::stop;
use crate::engine::Engine;
use anyhow::Result;

/// `restart CTR`: stop it (SIGKILL after `timeout` seconds), then start it under a monitor.
pub fn restart(engine: &Engine, what: &str, timeout: Option<u64>) -> Result<()> {
    stop(engine, what, timeout)?;
    start_detached(engine, lookup(engine, what)?)
}

/// `restart --all [--running]`: the IDs of every container, or of the running ones.
pub fn targets(engine: &Engine, running_only: bool) -> Result<Vec<String>> {
    Ok(list(engine)?
        .into_iter()
        .filter(|c| !running_only || c.state.is_running())
        .map(|c| c.id)
        .collect())
}
