//! `rename`: a new name for a container, unique among all of them.

use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::containers::find;
use crate::store::LockKind;
use anyhow::{bail, Result};

/// Whether `n` is a valid container name.
pub fn valid_name(n: &str) -> bool {
    !n.is_empty()
        && n.as_bytes()[0].is_ascii_alphanumeric()
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

/// `rename OLD NEW`: returns the container ID.
pub fn rename(engine: &Engine, what: &str, new: &str) -> Result<String> {
    let new = new.strip_prefix('/').unwrap_or(new);
    if !valid_name(new) {
        bail!("container name {new:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    let store = &engine.store;
    let _lock = store.lock(LockKind::Containers, true)?;
    let all = super::lookup::list(engine)?;
    let mut c = find(&all, what)?.clone();
    if let Some(other) = all.iter().find(|o| o.name == new && o.id != c.id) {
        bail!(
            "renaming container {}: the container name \"{new}\" is already in use by {}. You have to remove that container to be able to reuse that name: that name is already in use",
            c.id,
            other.id
        );
    }
    let old = std::mem::replace(&mut c.name, new.to_string());
    if old != c.name {
        // Re-read under the lock so a concurrent state change is not lost.
        let mut fresh = store.load_container(&c.id)?;
        fresh.name = c.name.clone();
        store.save_container(&fresh)?;
        events::container(engine, "rename", &fresh, &[("oldName", old)]);
    }
    Ok(c.id)
}
