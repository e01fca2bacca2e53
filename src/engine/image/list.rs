//! `images`: the image index, newest first.

use crate::engine::Engine;
use crate::store::images::ImageRecord;
use crate::store::LockKind;
use anyhow::Result;

/// `images`: the index, newest first.
pub fn list(engine: &Engine) -> Result<Vec<ImageRecord>> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let mut v = store.images()?;
    v.sort_by_key(|r| std::cmp::Reverse(r.created));
    Ok(v)
}
