//! `pod exists`: whether a pod of that name or ID is stored.

use crate::engine::Engine;

pub fn exists(engine: &Engine, what: &str) -> bool {
    engine.store.find_pod(what).is_ok()
}
