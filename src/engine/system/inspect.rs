//! `inspect` of any object: a container first, then an image, as podman looks them up.

use crate::engine::container::inspect::container;
use crate::engine::image::inspect::image;
use crate::engine::Engine;
use anyhow::{anyhow, Result};
use serde_json::Value;

/// What `inspect --type` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Container,
    Image,
    /// A container by that name, else an image.
    Any,
}

/// The inspect document of `what`.
pub fn inspect(engine: &Engine, what: &str, kind: Kind) -> Result<Value> {
    match kind {
        Kind::Container => container(engine, what),
        Kind::Image => image(engine, what),
        Kind::Any => container(engine, what)
            .or_else(|_| image(engine, what))
            .map_err(|_| anyhow!("no such object: \"{what}\"")),
    }
}
