//! `run`: create (pulling the image as `--pull` says), then start in the foreground (or, detached, under a monitor).

use super::create::CreateOpts;
use super::pull::create_pulling;
use super::start::{start_detached, start_foreground};
use crate::engine::image::transfer::Progress;
use crate::engine::Engine;
use crate::model::ContainerConfig;
use anyhow::Result;

/// `run` in the foreground: create (with `--replace`/`--cidfile`), start, wait. Returns the
/// exit status.
pub fn run(
    engine: &Engine,
    config: &ContainerConfig,
    opts: &CreateOpts,
    progress: &dyn Progress,
) -> Result<i32> {
    let rec = create_pulling(engine, config, opts, progress)?;
    start_foreground(engine, rec)
}

/// `run --detach`: create, then start under a monitor. Returns the container's ID.
pub fn run_detached(
    engine: &Engine,
    config: &ContainerConfig,
    opts: &CreateOpts,
    progress: &dyn Progress,
) -> Result<String> {
    if config.extras.preserve_fds > 0 {
        anyhow::bail!("--preserve-fds cannot be used with --detach: a detached container's monitor has no descriptors of the caller to pass on");
    }
    let rec = create_pulling(engine, config, opts, progress)?;
    let id = rec.id.clone();
    start_detached(engine, rec)?;
    Ok(id)
}
