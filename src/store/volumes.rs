//! Volumes on disk: `volumes/<name>/_data` (what containers mount) and
//! `volumes/<name>/volume.json` (the record). A directory without a record (made by an older
//! skiff for `-v NAME:DST`) is a local volume created when its directory was.
//! `volumes/<name>/copied-up` marks a volume whose first mount happened (copy-up is then over).

use super::{mkdir_p, write_atomic, Store};
use anyhow::{anyhow, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A volume's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeRecord {
    pub name: String,
    #[serde(default = "local")]
    pub driver: String,
    /// Unix nanoseconds.
    #[serde(default)]
    pub created: i64,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// `--opt K=V` (type, device, o).
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    /// Made for one container (`-v /path`, an image's VOLUME): removed with it by `rm -v`.
    #[serde(default)]
    pub anonymous: bool,
    /// `o=uid=N`/`o=gid=N` of a local volume: the owner of `_data` inside containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid: Option<u32>,
}

fn local() -> String {
    "local".into()
}

/// No such volume (`volume inspect`, `exists`, `rm`): podman's text.
#[derive(Debug, thiserror::Error)]
#[error("no such volume {0}")]
pub struct NoSuchVolume(pub String);

impl VolumeRecord {
    /// The mount options of a tmpfs volume (`--opt type=tmpfs,o=size=64m`), None for a
    /// directory.
    pub fn tmpfs_options(&self) -> Option<String> {
        (self.options.get("type").map(String::as_str) == Some("tmpfs"))
            .then(|| self.options.get("o").cloned().unwrap_or_default())
    }
}

impl Store {
    pub fn volumes_dir(&self) -> PathBuf {
        self.root.join("volumes")
    }

    pub fn volume_dir(&self, name: &str) -> PathBuf {
        self.volumes_dir().join(name)
    }

    /// What containers mount: `volumes/<name>/_data`.
    pub fn volume_data(&self, name: &str) -> PathBuf {
        self.volume_dir(name).join("_data")
    }

    /// Whether the volume's first mount is over (no copy-up any more).
    pub fn volume_copied_up(&self, name: &str) -> bool {
        self.volume_dir(name).join("copied-up").exists()
    }

    /// The volume's record; a directory without one reads as a local volume.
    pub fn volume(&self, name: &str) -> Result<VolumeRecord> {
        let dir = self.volume_dir(name);
        if name.is_empty() || name.contains('/') || name.starts_with('.') {
            return Err(NoSuchVolume(name.to_string()).into());
        }
        match std::fs::read(dir.join("volume.json")) {
            Ok(b) => serde_json::from_slice(&b)
                .with_context(|| format!("volume {name}: its record is corrupt")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let meta = std::fs::metadata(dir.join("_data"))
                    .map_err(|_| anyhow!(NoSuchVolume(name.to_string())))?;
                let created = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos() as i64)
                    .unwrap_or(0);
                Ok(VolumeRecord {
                    name: name.to_string(),
                    driver: local(),
                    created,
                    labels: BTreeMap::new(),
                    options: BTreeMap::new(),
                    anonymous: false,
                    uid: None,
                    gid: None,
                })
            }
            Err(e) => Err(e).with_context(|| format!("reading volume {name}")),
        }
    }

    /// Every volume, by name.
    pub fn volumes(&self) -> Result<Vec<VolumeRecord>> {
        let mut out = Vec::new();
        let rd = match std::fs::read_dir(self.volumes_dir()) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e).context("reading the volumes directory"),
        };
        for e in rd.flatten() {
            let Some(name) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if let Ok(v) = self.volume(&name) {
                out.push(v);
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Write a new volume: its `_data` directory, then its record (the volumes lock held).
    pub fn save_volume(&self, v: &VolumeRecord) -> Result<()> {
        let dir = self.volume_dir(&v.name);
        mkdir_p(&dir)?;
        crate::fsutil::mkdir_p_public(&dir.join("_data"))?;
        write_atomic(&dir.join("volume.json"), &serde_json::to_vec_pretty(v)?)
    }
}
