//! `container prune`: remove every container that is not running.

use super::lookup::list;
use super::rm::remove_locked;
use crate::engine::Engine;
use crate::store::LockKind;
use anyhow::Result;

/// Remove every container that is not running; their IDs.
pub fn prune(engine: &Engine) -> Result<Vec<String>> {
    let _lock = engine.store.lock(LockKind::Containers, true)?;
    let mut out = Vec::new();
    for c in list(engine)? {
        if c.state.is_running() {
            continue;
        }
        remove_locked(engine, &c, false)?;
        out.push(c.id);
    }
    Ok(out)
}
