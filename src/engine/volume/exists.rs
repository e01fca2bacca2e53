//! `volume exists`.

use crate::engine::Engine;

/// Whether volume `name` exists.
pub fn exists(engine: &Engine, name: &str) -> bool {
    engine.store.volume(name).is_ok()
}
