//! `run`: create, then start in the foreground.

use super::create::create;
use super::start::start_foreground;
use crate::engine::Engine;
use crate::model::ContainerConfig;
use anyhow::Result;

/// `run` in the foreground: create, start, wait. Returns the exit status.
pub fn run(engine: &Engine, config: &ContainerConfig) -> Result<i32> {
    let rec = create(engine, config)?;
    start_foreground(engine, rec)
}
