//! `pod restart`: stop the running members, then start them all.

use crate::engine::Engine;
use anyhow::Result;

pub fn restart(engine: &Engine, what: &str, timeout: Option<u64>) -> Result<String> {
    super::stop::stop(engine, what, timeout)?;
    super::start::start(engine, what)
}
