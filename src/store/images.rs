//! The image index (`images.json`) and lookups by name, ID prefix and digest.

use super::reference::{name_matches, Reference};
use super::{write_atomic, Store};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LayerRef {
    /// "sha256:..." of the uncompressed tar.
    pub diff_id: String,
    /// Chain ID (hex) naming the extracted directory under layers/.
    pub chain_id: String,
    /// "sha256:..." of the blob as stored.
    pub digest: String,
    pub media_type: String,
    /// Blob size in bytes.
    pub size: u64,
    /// Extracted size in bytes.
    #[serde(default)]
    pub unpacked_size: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ImageRecord {
    /// Hex of the config digest (podman's image ID).
    pub id: String,
    /// Full references, e.g. `localhost/busybox:latest`.
    pub names: Vec<String>,
    /// Manifest digest ("sha256:...").
    pub digest: String,
    pub manifest_media_type: String,
    /// Digests of the image in registries (`repo@sha256:...`).
    #[serde(default)]
    pub repo_digests: Vec<String>,
    /// Layers, bottom first.
    pub layers: Vec<LayerRef>,
    /// Creation time from the config, Unix seconds.
    pub created: i64,
    /// Sum of unpacked layer sizes.
    pub size: u64,
}

impl ImageRecord {
    pub fn config_digest(&self) -> String {
        format!("sha256:{}", self.id)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    images: Vec<ImageRecord>,
}

impl Store {
    fn images_path(&self) -> std::path::PathBuf {
        self.root.join("images.json")
    }

    /// Read the image index (callers hold the images lock).
    pub fn images(&self) -> Result<Vec<ImageRecord>> {
        match std::fs::read(self.images_path()) {
            Ok(b) => {
                let idx: Index =
                    serde_json::from_slice(&b).context("the image index is corrupt")?;
                Ok(idx.images)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e).context("reading the image index"),
        }
    }

    /// Replace the image index (callers hold the images lock exclusively).
    pub fn write_images(&self, images: Vec<ImageRecord>) -> Result<()> {
        let b = serde_json::to_vec(&Index { images })?;
        write_atomic(&self.images_path(), &b)
    }
}

/// Find an image by full or short name, ID or ID prefix, or digest.
pub fn find<'a>(images: &'a [ImageRecord], what: &str) -> Result<&'a ImageRecord> {
    let w = what.strip_prefix("sha256:").unwrap_or(what);
    // Exact full ID or unique ID prefix.
    if w.len() >= 3 && w.bytes().all(|b| b.is_ascii_hexdigit()) {
        let hits: Vec<&ImageRecord> = images.iter().filter(|i| i.id.starts_with(w)).collect();
        match hits.len() {
            1 => return Ok(hits[0]),
            n if n > 1 && w.len() < 64 => bail!("image ID prefix {what} is ambiguous ({n} images)"),
            _ => {}
        }
    }
    if let Some(i) = images.iter().find(|i| i.names.iter().any(|n| n == what)) {
        return Ok(i);
    }
    if let Some((_, d)) = what.split_once('@') {
        if let Some(i) = images.iter().find(|i| i.digest == d) {
            return Ok(i);
        }
        if let Some(i) = images
            .iter()
            .find(|i| i.repo_digests.iter().any(|r| r == what))
        {
            return Ok(i);
        }
    }
    if what.bytes().any(|b| b.is_ascii_uppercase()) {
        // Give the reference error ("must be lowercase").
        Reference::parse_local(what)?;
    }
    let hits: Vec<&ImageRecord> = images
        .iter()
        .filter(|i| i.names.iter().any(|n| name_matches(n, what)))
        .collect();
    match hits.first() {
        Some(i) => Ok(i),
        None => Err(anyhow::Error::new(NoSuchImage(what.to_string()))),
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0}: image not known")]
pub struct NoSuchImage(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: id.into(),
            names: names.iter().map(|s| s.to_string()).collect(),
            digest: String::new(),
            manifest_media_type: String::new(),
            repo_digests: vec![],
            layers: vec![],
            created: 0,
            size: 0,
        }
    }

    #[test]
    fn finds_by_name_prefix_and_short_name() {
        let a = "a".repeat(64);
        let b = format!("ab{}", "c".repeat(62));
        let imgs = vec![
            rec(&a, &["localhost/busybox:latest"]),
            rec(&b, &["docker.io/library/alpine:3"]),
        ];
        assert_eq!(find(&imgs, "busybox").unwrap().id, a);
        assert_eq!(find(&imgs, "alpine:3").unwrap().id, b);
        assert_eq!(find(&imgs, "abc").unwrap().id, b);
        assert!(find(&imgs, "aa").is_err());
        assert!(find(&imgs, "ab").is_err());
        assert!(find(&imgs, "nothere")
            .unwrap_err()
            .to_string()
            .contains("image not known"));
        assert!(find(&imgs, "BusyBox")
            .unwrap_err()
            .to_string()
            .contains("must be lowercase"));
    }
}
