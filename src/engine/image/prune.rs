//! `image prune`: dangling images, or with `-a` every image no container uses; the build
//! cache goes too.

use super::build::prune_cache;
use super::list::list;
use super::rmi::{rmi, RmiOpts};
use crate::engine::container::lookup;
use crate::engine::Engine;
use anyhow::Result;
use std::collections::HashSet;

/// Remove dangling images (no name), with `all` every image no container uses; their IDs.
pub fn prune(engine: &Engine, all: bool) -> Result<Vec<String>> {
    // The build cache is made of dangling results too.
    prune_cache(engine)?;
    let used: HashSet<String> = lookup::list(engine)?
        .into_iter()
        .map(|c| c.image_id)
        .collect();
    let targets: Vec<String> = list(engine)?
        .into_iter()
        .filter(|i| (all || i.names.is_empty()) && !used.contains(&i.id))
        .map(|i| i.id)
        .collect();
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let report = rmi(
        engine,
        &RmiOpts {
            images: targets.clone(),
            force: true,
            all: false,
            ignore: false,
        },
    )?;
    Ok(report
        .lines
        .iter()
        .filter_map(|l| l.strip_prefix("Deleted: ").map(String::from))
        .collect())
}
