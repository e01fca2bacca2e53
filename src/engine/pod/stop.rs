//! `pod stop`: stop every running member (the last one to exit releases the namespaces).

use super::lookup::{find, members};
use crate::engine::container::stop::stop as stop_container;
use crate::engine::Engine;
use anyhow::Result;

/// Stop the pod's members (`timeout` seconds before SIGKILL); returns the pod's ID.
pub fn stop(engine: &Engine, what: &str, timeout: Option<u64>) -> Result<String> {
    let pod = find(engine, what)?;
    for m in members(engine, &pod.id)? {
        if m.state.status.has_process() {
            stop_container(engine, &m.id, timeout)?;
        }
    }
    Ok(pod.id)
}
