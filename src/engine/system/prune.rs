//! `system prune`: stopped containers, then dangling (with `all`, unused) images, then the
//! leftovers of crashes `system check` finds (staging, removal trees, orphaned layers, blobs
//! and container directories).

use super::df::df;
use crate::engine::container::prune as containers;
use crate::engine::image::prune as images;
use crate::engine::Engine;
use anyhow::Result;

/// What `system prune` removed.
pub struct Pruned {
    pub containers: Vec<String>,
    pub images: Vec<String>,
    /// Bytes freed, as `system df` counts them.
    pub reclaimed: u64,
}

/// `system prune [-a]`.
pub fn prune(engine: &Engine, all_images: bool) -> Result<Pruned> {
    let used = |engine: &Engine| -> Result<u64> { Ok(df(engine)?.iter().map(|r| r.size).sum()) };
    let before = used(engine)?;
    let containers = containers::prune(engine)?;
    let images = images::prune(engine, all_images)?;
    // And what crashes left behind (see `system check`).
    super::check::leftovers(engine, true)?;
    let after = used(engine)?;
    Ok(Pruned {
        containers,
        images,
        reclaimed: before.saturating_sub(after),
    })
}
