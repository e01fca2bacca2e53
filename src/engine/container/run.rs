//! `run`: create, then start in the foreground (or, detached, under a monitor).

use super::create::{create_with, CreateOpts};
use super::start::{start_detached, start_foreground};
use crate::engine::Engine;
use crate::model::ContainerConfig;
use anyhow::Result;

/// `run` in the foreground: create (with `--replace`/`--cidfile`), start, wait. Returns the
/// exit status.
pub fn run(engine: &Engine, config: &ContainerConfig, opts: &CreateOpts) -> Result<i32> {
    let rec = create_with(engine, config, opts)?;
    start_foreground(engine, rec)
}

/// `run --detach`: create, then start under a monitor. Returns the container's ID.
pub fn run_detached(
    engine: &Engine,
    config: &ContainerConfig,
    opts: &CreateOpts,
) -> Result<String> {
    let rec = create_with(engine, config, opts)?;
    let id = rec.id.clone();
    start_detached(engine, rec)?;
    Ok(id)
}
