//! Which containers use a volume: by their resolved mounts, or for records older than typed
//! mounts, by their `-v` words and anonymous volumes.

use crate::engine::container::lookup::list;
use crate::engine::Engine;
use crate::model::MountType;
use crate::store::containers::ContainerRecord;
use anyhow::Result;

/// The names of the volumes a container mounts.
pub fn volume_names(c: &ContainerRecord) -> Vec<String> {
    let s = &c.settings;
    let mut v: Vec<String> = s
        .mounts
        .iter()
        .filter(|m| m.kind == MountType::Volume)
        .filter_map(|m| m.name.clone())
        .collect();
    if s.mounts.is_empty() {
        v.extend(s.anon_volumes.iter().cloned());
        for spec in &s.volumes {
            let mut parts = spec.split(':');
            if let (Some(src), Some(_)) = (parts.next(), parts.next()) {
                if !src.starts_with('/') && !src.starts_with('.') {
                    v.push(src.to_string());
                }
            }
        }
    }
    v.sort();
    v.dedup();
    v
}

/// Every container using volume `name`.
pub fn users(engine: &Engine, name: &str) -> Result<Vec<ContainerRecord>> {
    Ok(list(engine)?
        .into_iter()
        .filter(|c| volume_names(c).iter().any(|n| n == name))
        .collect())
}
