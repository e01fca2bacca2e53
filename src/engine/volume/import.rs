//! `volume import`: a tar's content into an existing volume, owners kept.

use crate::engine::Engine;
use crate::store::layer_tar::extract_at;
use anyhow::{Context, Result};
use std::io::Read;
use std::path::PathBuf;

/// Extract the tar at `source` (None: standard input) into volume `name`. Runs inside the user
/// namespace, so the archive's owners land on the user's mapped ids; paths cannot leave the
/// volume.
pub fn import(engine: &Engine, name: &str, source: Option<PathBuf>) -> Result<()> {
    let v = engine.store.volume(name)?;
    let data = engine.store.volume_data(&v.name);
    crate::runtime::in_userns(engine.idmap(), move || {
        let input: Box<dyn Read> = match &source {
            Some(p) => Box::new(
                std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?,
            ),
            None => Box::new(std::io::stdin().lock()),
        };
        extract_at(std::io::BufReader::new(input), &data, Vec::new(), true)?;
        Ok(())
    })
}
