//! `volume inspect`: podman's fields.

use super::lookup::users;
use crate::engine::Engine;
use crate::model::time::rfc3339;
use crate::store::volumes::VolumeRecord;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

/// A volume as `volume inspect` and `volume ls --format` show it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeInfo {
    pub name: String,
    pub driver: String,
    pub mountpoint: String,
    pub created_at: String,
    pub labels: BTreeMap<String, String>,
    pub scope: String,
    pub options: BTreeMap<String, String>,
    #[serde(rename = "UID", skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    #[serde(rename = "GID", skip_serializing_if = "Option::is_none")]
    pub gid: Option<u32>,
    /// Running containers that mount it.
    pub mount_count: u32,
    pub needs_copy_up: bool,
    pub needs_chown: bool,
    pub lock_number: u32,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// The containers (IDs) that use it, running or not; not one of podman's fields.
    #[serde(skip)]
    pub users: Vec<String>,
}

/// The volume as shown, with its users.
pub fn info(engine: &Engine, v: &VolumeRecord) -> Result<VolumeInfo> {
    let users = users(engine, &v.name)?;
    let copied = engine.store.volume_copied_up(&v.name);
    Ok(VolumeInfo {
        name: v.name.clone(),
        driver: v.driver.clone(),
        mountpoint: engine.store.volume_data(&v.name).display().to_string(),
        created_at: rfc3339(v.created),
        labels: v.labels.clone(),
        scope: "local".into(),
        options: v.options.clone(),
        uid: v.uid,
        gid: v.gid,
        mount_count: users.iter().filter(|c| c.state.is_running()).count() as u32,
        needs_copy_up: !copied,
        needs_chown: !copied,
        lock_number: 0,
        anonymous: v.anonymous,
        users: users.into_iter().map(|c| c.id).collect(),
    })
}

/// `volume inspect NAME...` (`all`: every volume).
pub fn inspect(engine: &Engine, names: &[String], all: bool) -> Result<Vec<VolumeInfo>> {
    let records = if all {
        engine.store.volumes()?
    } else {
        names
            .iter()
            .map(|n| engine.store.volume(n))
            .collect::<Result<Vec<_>>>()?
    };
    records.iter().map(|v| info(engine, v)).collect()
}
