//! Store: the per-user on-disk state (blobs, layers, images, containers) and its locks.
//!
//! Layout under the root (`--root`, default `$XDG_DATA_HOME/skiff`):
//! ```text
//! blobs/sha256/<hex>           manifests, configs and layer blobs, named by digest
//! layers/<chain-hex>/diff/     an extracted layer (overlay format), owned by mapped ids
//! layers/<chain-hex>/layer.json
//! images.json                  the image index (names, ids, digests, layers)
//! containers/<id>/             container.json (record + state), config.json (OCI spec),
//!                              upper/ work/ merged/ userdata/ (hosts, hostname, resolv.conf)
//! volumes/<name>/_data
//! locks/images.lock, locks/containers.lock
//! tmp/                         staging; everything reaches its place by rename
//! ```
//! Locking order: images before containers. Every metadata file is written to a temporary
//! name and renamed into place.

pub mod archive;
pub mod containers;
pub mod fs_tar;
pub mod images;
pub mod layer_tar;
pub mod layers;
pub mod pods;
pub mod reference;
pub mod volumes;

use anyhow::{Context, Result};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Store {
    pub root: PathBuf,
    pub runroot: PathBuf,
}

/// A held file lock; released on drop.
pub struct Lock {
    _file: File,
}

#[derive(Clone, Copy)]
pub enum LockKind {
    Images,
    Containers,
    Networks,
    Volumes,
}

impl Store {
    /// Open (creating when missing) the store at `root` with runtime state in `runroot`.
    pub fn open(root: &Path, runroot: &Path) -> Result<Store> {
        let s = Store {
            root: root.to_path_buf(),
            runroot: runroot.to_path_buf(),
        };
        if !root.join("locks").is_dir() {
            for d in [
                "blobs/sha256",
                "layers",
                "containers",
                "volumes",
                "locks",
                "tmp",
            ] {
                mkdir_p(&root.join(d))?;
            }
        }
        Ok(s)
    }

    pub fn lock(&self, kind: LockKind, exclusive: bool) -> Result<Lock> {
        let name = match kind {
            LockKind::Images => "images.lock",
            LockKind::Containers => "containers.lock",
            LockKind::Networks => "networks.lock",
            LockKind::Volumes => "volumes.lock",
        };
        let path = self.root.join("locks").join(name);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("opening lock {}", path.display()))?;
        let op = if exclusive {
            rustix::fs::FlockOperation::LockExclusive
        } else {
            rustix::fs::FlockOperation::LockShared
        };
        loop {
            match rustix::fs::flock(&file, op) {
                Ok(()) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e).with_context(|| format!("locking {}", path.display())),
            }
        }
        Ok(Lock { _file: file })
    }

    pub fn blob_path(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        self.root.join("blobs/sha256").join(hex)
    }

    /// Read a blob and check it against its digest.
    pub fn read_blob(&self, digest: &str) -> Result<Vec<u8>> {
        let path = self.blob_path(digest);
        let data = std::fs::read(&path).with_context(|| format!("reading blob {digest}"))?;
        let got = sha256_digest(&data);
        if got != digest {
            anyhow::bail!("blob {digest} is corrupt: its content has digest {got}");
        }
        Ok(data)
    }

    /// Store bytes as a blob (idempotent).
    pub fn put_blob(&self, data: &[u8]) -> Result<String> {
        let digest = sha256_digest(data);
        let path = self.blob_path(&digest);
        if !path.exists() {
            write_atomic(&path, data)?;
        }
        Ok(digest)
    }

    /// A fresh private staging directory under `tmp/` (same filesystem as the store), locked
    /// while the returned value lives: `.lock` inside holds an exclusive flock, so a directory
    /// whose owner died (a killed pull) can be told from one in use.
    pub fn staging_dir(&self) -> Result<StagingDir> {
        let name = unique_name("stage");
        let tmp = self.root.join("tmp");
        // Built under another name and renamed, so every `stage-*` directory has its lock.
        let building = tmp.join(format!(".new-{name}"));
        std::fs::DirBuilder::new()
            .mode(0o700)
            .recursive(true)
            .create(&building)
            .with_context(|| format!("creating {}", building.display()))?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(building.join(".lock"))
            .with_context(|| format!("creating {}", building.display()))?;
        rustix::fs::flock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive)
            .with_context(|| format!("locking {}", building.display()))?;
        let path = tmp.join(name);
        std::fs::rename(&building, &path)
            .with_context(|| format!("creating {}", path.display()))?;
        Ok(StagingDir { path, _lock: lock })
    }

    /// Staging directories left by processes that died (their lock is free), locked for the
    /// caller, which removes them.
    pub fn stale_staging_dirs(&self) -> Vec<StagingDir> {
        let Ok(rd) = std::fs::read_dir(self.root.join("tmp")) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for ent in rd.flatten() {
            if !ent.file_name().to_string_lossy().starts_with("stage-") {
                continue;
            }
            let path = ent.path();
            // Without `.lock` (an interrupted clean-up removed it first) the directory is
            // stale once it stopped changing: a new lock file then takes it over.
            let lock = match OpenOptions::new().write(true).open(path.join(".lock")) {
                Ok(l) => l,
                Err(_) if !recently_changed(&path) => {
                    match OpenOptions::new()
                        .create(true)
                        .truncate(false)
                        .write(true)
                        .mode(0o600)
                        .open(path.join(".lock"))
                    {
                        Ok(l) => l,
                        Err(_) => continue,
                    }
                }
                Err(_) => continue,
            };
            if rustix::fs::flock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive)
                .is_ok()
            {
                out.push(StagingDir { path, _lock: lock });
            }
        }
        out
    }
}

/// Whether `dir` changed in the last 10 seconds (a directory without its `.lock` that still
/// changes may be one being built or removed right now).
pub fn recently_changed(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(10))
}

/// A staging directory and the lock that marks it in use.
pub struct StagingDir {
    pub path: PathBuf,
    _lock: std::fs::File,
}

pub use crate::fsutil::{mkdir_p, sha256_digest, unique_name, write_atomic, write_file};

/// Current time as Unix nanoseconds.
pub use crate::model::time::now_nanos;

/// Remove a directory tree whose files may belong to subordinate ids: try directly, and when
/// that is refused, again inside the user namespace.
pub fn remove_tree(path: &Path, map: &crate::runtime::userns::IdMap) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    make_writable(path);
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            let p = path.to_path_buf();
            crate::runtime::in_userns(map, move || {
                make_writable(&p);
                std::fs::remove_dir_all(&p).with_context(|| format!("removing {}", p.display()))
            })
        }
    }
}

/// Overlay leaves `work/work` with mode 0: give directories we own back their write bit.
fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let w = path.join("work").join("work");
    if let Ok(m) = std::fs::symlink_metadata(&w) {
        if m.is_dir() {
            let _ = std::fs::set_permissions(&w, std::fs::Permissions::from_mode(0o700));
        }
    }
}
