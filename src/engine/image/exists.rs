//! `image exists`.

use crate::engine::Engine;
use crate::store::images::find;
use crate::store::LockKind;
use anyhow::Result;

/// `image exists`
pub fn exists(engine: &Engine, image: &str) -> Result<bool> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    Ok(find(&images, image).is_ok())
}
