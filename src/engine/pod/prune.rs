//! `pod prune`: remove every pod none of whose members runs.

use super::lookup::members;
use super::rm::{rm, PodRmOpts};
use crate::engine::Engine;
use anyhow::Result;

/// The IDs of the pods removed.
pub fn prune(engine: &Engine) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for pod in engine.store.pods()? {
        if members(engine, &pod.id)?
            .iter()
            .any(|m| m.state.status.has_process())
        {
            continue;
        }
        let o = PodRmOpts {
            force: false,
            time: None,
            ignore: true,
        };
        if let Some(id) = rm(engine, &pod.id, &o)? {
            out.push(id);
        }
    }
    Ok(out)
}
