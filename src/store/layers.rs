//! Layers: ingesting a layer blob (digest check, decompression, extraction into a staged
//! directory) and moving staged layers and blobs into place.

use super::images::LayerRef;
use super::layer_tar;
use super::Store;
use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// A layer extracted under the staging directory, not yet in the store.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct StagedLayer {
    pub layer: LayerRef,
    /// Staged blob file (renamed to blobs/ on commit).
    pub blob: PathBuf,
    /// Staged layer directory containing `diff/` (renamed to layers/<chain> on commit).
    pub dir: Option<PathBuf>,
}

/// A reader that hashes what passes through it.
pub struct HashReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashReader<R> {
    pub fn new(inner: R) -> Self {
        HashReader {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }
    pub fn finish(self) -> (String, u64) {
        (
            format!("sha256:{}", hex::encode(self.hasher.finalize())),
            self.count,
        )
    }
}

impl<R: Read> Read for HashReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

pub fn chain_id(parent: Option<&str>, diff_id: &str) -> String {
    match parent {
        None => diff_id
            .strip_prefix("sha256:")
            .unwrap_or(diff_id)
            .to_string(),
        Some(p) => {
            let s = format!("sha256:{p} {diff_id}");
            hex::encode(Sha256::digest(s.as_bytes()))
        }
    }
}

fn media_type_for(head: &[u8]) -> &'static str {
    if head.starts_with(&[0x1f, 0x8b]) {
        "application/vnd.oci.image.layer.v1.tar+gzip"
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        "application/vnd.oci.image.layer.v1.tar+zstd"
    } else {
        "application/vnd.oci.image.layer.v1.tar"
    }
}

/// A layer found in the store was removed before the image using it was committed; the
/// operation can start over.
#[derive(Debug, thiserror::Error)]
#[error("layer {0} was removed while the image was being stored")]
pub struct LayerVanished(pub String);

impl Store {
    pub fn layer_dir(&self, chain_id: &str) -> PathBuf {
        self.root.join("layers").join(chain_id).join("diff")
    }

    /// Ingest the blob at `blob` (inside `staging`): hash it, decompress, extract under
    /// `staging`, and check the digests the caller expects. Must run inside the user
    /// namespace so file owners land on mapped ids.
    pub fn stage_layer(
        &self,
        staging: &Path,
        blob: &Path,
        parent_chain: Option<&str>,
        expect_digest: Option<&str>,
        expect_diff_id: Option<&str>,
    ) -> Result<StagedLayer> {
        let mut head = [0u8; 4];
        let n = {
            let mut f = std::fs::File::open(blob)
                .with_context(|| format!("opening layer {}", blob.display()))?;
            f.read(&mut head)?
        };
        let media_type = media_type_for(&head[..n]).to_string();
        let file = std::fs::File::open(blob)?;
        let mut outer = HashReader::new(std::io::BufReader::with_capacity(1 << 16, file));
        let dir = staging.join(super::unique_name("layer"));
        let diff = dir.join("diff");
        std::fs::create_dir_all(&diff)?;
        let (diff_id, unpacked) = {
            let dec = layer_tar::decompressed(&mut outer)?;
            let mut inner = HashReader::new(dec);
            let stats = layer_tar::extract_layer(&mut inner, &diff)?;
            // Read to the end so both hashes cover the whole stream (tar padding).
            std::io::copy(&mut inner, &mut std::io::sink())?;
            (inner.finish().0, stats.size)
        };
        std::io::copy(&mut outer, &mut std::io::sink())?;
        let (digest, size) = outer.finish();
        let label = blob
            .strip_prefix(staging)
            .map(|p| p.strip_prefix("archive").unwrap_or(p))
            .unwrap_or(blob)
            .display()
            .to_string();
        if let Some(want) = expect_digest {
            if want != digest {
                bail!("digest mismatch for layer {label}: expected {want}, got {digest}");
            }
        }
        if let Some(want) = expect_diff_id {
            if want != diff_id {
                bail!("digest mismatch for layer {label}: the image config expects {want}, the layer has {diff_id}");
            }
        }
        let chain = chain_id(parent_chain, &diff_id);
        Ok(StagedLayer {
            layer: LayerRef {
                diff_id,
                chain_id: chain,
                digest,
                media_type,
                size,
                unpacked_size: unpacked,
            },
            blob: blob.to_path_buf(),
            dir: Some(dir),
        })
    }

    /// Move staged layers and their blobs into place (callers hold the images lock).
    /// Layers already present are kept and the staged copy is left for the staging cleanup.
    pub fn commit_layers(&self, staged: &[StagedLayer]) -> Result<()> {
        // A layer taken from the store (not staged) may have been removed since (an `rmi`
        // between the caller's look and this lock): the image would be damaged.
        for s in staged.iter().filter(|s| s.dir.is_none()) {
            let blob = self.blob_path(&s.layer.digest).is_file() || s.blob.is_file();
            if !self.layer_exists(&s.layer.chain_id) || !blob {
                return Err(LayerVanished(s.layer.chain_id.clone()).into());
            }
        }
        for s in staged {
            let dest = self.root.join("layers").join(&s.layer.chain_id);
            if let Some(dir) = &s.dir {
                if !dest.exists() {
                    std::fs::rename(dir, &dest)
                        .with_context(|| format!("moving layer {} into place", s.layer.chain_id))?;
                }
            }
            let blob = self.blob_path(&s.layer.digest);
            if !blob.exists() {
                std::fs::rename(&s.blob, &blob)
                    .or_else(|_| std::fs::copy(&s.blob, &blob).map(|_| ()))
                    .with_context(|| format!("storing blob {}", s.layer.digest))?;
            }
        }
        Ok(())
    }

    /// Whether a layer is already extracted in the store (pull skips it).
    pub fn layer_exists(&self, chain_id: &str) -> bool {
        self.layer_dir(chain_id).is_dir()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_ids_follow_the_oci_rule() {
        let d1 = format!("sha256:{}", "1".repeat(64));
        let d2 = format!("sha256:{}", "2".repeat(64));
        let c1 = chain_id(None, &d1);
        assert_eq!(c1, "1".repeat(64));
        let c2 = chain_id(Some(&c1), &d2);
        let expect = hex::encode(Sha256::digest(format!("{d1} {d2}").as_bytes()));
        assert_eq!(c2, expect);
    }
}
