//! Image archives: docker-archive (`docker save`) and oci-archive (OCI image layout in a tar),
//! read for `load` and written for `save`.

use anyhow::Result;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One image found in an unpacked archive.
#[derive(Debug, Clone)]
pub struct StagedImage {
    /// Names given in the archive (docker RepoTags, or OCI `org.opencontainers.image.ref.name`,
    /// normalised to full references like `docker.io/library/busybox:latest`).
    pub names: Vec<String>,
    /// The image config JSON, exactly as in the archive.
    pub config: Vec<u8>,
    /// The manifest bytes when the archive has one (OCI); None for docker-archive.
    pub manifest: Option<Vec<u8>>,
    /// Layers, bottom first.
    pub layers: Vec<StagedLayer>,
}

#[derive(Debug, Clone)]
pub struct StagedLayer {
    /// Path of the layer blob inside the staging directory.
    pub path: PathBuf,
    /// Declared digest of the blob when the archive states one (OCI); verified by the caller.
    pub digest: Option<String>,
    /// Declared media type when known.
    pub media_type: Option<String>,
}

/// Unpack an archive stream (plain, gzip or zstd compressed) into `staging` (an empty directory),
/// refusing anything but regular files and directories with safe relative names.
pub fn unpack<R: Read>(r: R, staging: &Path) -> Result<()> {
    let _ = (r, staging);
    todo!("archive::unpack")
}

/// Find the images in an unpacked docker-archive or oci-archive.
pub fn parse(staging: &Path) -> Result<Vec<StagedImage>> {
    let _ = staging;
    todo!("archive::parse")
}

/// What `save` needs to know about one image.
#[derive(Debug, Clone)]
pub struct SaveImage {
    pub names: Vec<String>,
    /// "sha256:<hex>" of the config.
    pub config_digest: String,
    pub config: Vec<u8>,
    /// Manifest bytes (OCI or Docker schema 2) describing exactly `layers`.
    pub manifest: Vec<u8>,
    pub manifest_digest: String,
    pub manifest_media_type: String,
    pub layers: Vec<SaveLayer>,
}

#[derive(Debug, Clone)]
pub struct SaveLayer {
    /// Blob file in the store (possibly compressed).
    pub blob: PathBuf,
    /// "sha256:<hex>" of the blob as stored.
    pub digest: String,
    /// "sha256:<hex>" of the uncompressed tar.
    pub diff_id: String,
    pub media_type: String,
    pub size: u64,
}

/// Write a docker-archive (manifest.json, `<hex>.json` config, uncompressed `<hex>.tar` layers).
pub fn write_docker_archive<W: Write>(images: &[SaveImage], out: W) -> Result<()> {
    let _ = (images, out);
    todo!("archive::write_docker_archive")
}

/// Write an oci-archive (oci-layout, index.json with ref.name annotations, blobs/sha256/...).
pub fn write_oci_archive<W: Write>(images: &[SaveImage], out: W) -> Result<()> {
    let _ = (images, out);
    todo!("archive::write_oci_archive")
}
