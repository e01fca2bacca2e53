//! `network prune`: remove the networks no container uses.

use super::lookup::{all, dir, users_of};
use crate::engine::Engine;
use crate::network::config;
use crate::store::LockKind;
use anyhow::Result;

/// `network prune`: remove the networks no container uses.
pub fn prune(engine: &Engine) -> Result<Vec<String>> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let recs = engine.store.containers()?;
    let _nlock = engine.store.lock(LockKind::Networks, true)?;
    let mut out = Vec::new();
    for n in all(engine)? {
        if n.name == config::DEFAULT_NETWORK || !users_of(&recs, &n.name).is_empty() {
            continue;
        }
        std::fs::remove_file(dir(engine).join(format!("{}.json", n.name)))?;
        out.push(n.name);
    }
    Ok(out)
}
