//! File-system helpers shared by the store, the network layer and the registry client:
//! directories, unique temporary names, atomic (and durable) replacement of a file, digests.
//! A leaf: it uses nothing else of skiff.

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

pub fn mkdir_p(p: &Path) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(p)
        .with_context(|| format!("creating {}", p.display()))
}

/// `mkdir -p` with mode 0755 (subject to the umask): directories others may read, as a
/// volume's `_data` and the host directories `-v` makes.
pub fn mkdir_p_public(p: &Path) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o755)
        .create(p)
        .with_context(|| format!("creating {}", p.display()))
}

/// A name unlikely to collide between concurrent processes.
pub fn unique_name(prefix: &str) -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{prefix}-{}-{t:x}", std::process::id())
}

/// Write `data` to `path` so that a crash or power cut leaves either the old content or the new,
/// never an empty or partial file: write a temporary file in the same directory, fsync it,
/// rename it over `path`, then fsync the directory so the rename itself is durable.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<()> {
    write_via_temp(path, data, true)
}

/// `write_atomic` when `durable`; else the same without waiting for the disk (no fsync), for
/// files that do not outlive the command writing them (the record, spec and userdata of a
/// `--rm` container, removed when its command ends). Readers never see a partial file either way.
pub fn write_file(path: &Path, data: &[u8], durable: bool) -> Result<()> {
    write_via_temp(path, data, durable)
}

fn write_via_temp(path: &Path, data: &[u8], durable: bool) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("f"),
        unique_name("tmp")
    ));
    let res = (|| -> Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(data)?;
        if durable {
            f.sync_all()?;
        }
        drop(f);
        std::fs::rename(&tmp, path)?;
        if durable {
            sync_dir(dir)?;
        }
        Ok(())
    })();
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res.with_context(|| format!("writing {}", path.display()))
}

/// fsync a directory, making the renames and creations in it durable.
fn sync_dir(dir: &Path) -> Result<()> {
    let d = File::open(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    })?;
    d.sync_all()?;
    Ok(())
}

pub fn sha256_digest(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("record.json");
        write_atomic(&p, b"first, and longer").unwrap();
        write_atomic(&p, b"second").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"second");
        write_file(&p, b"third, not synced", false).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"third, not synced");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["record.json"]);
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&p).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn write_atomic_failure_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a non-empty directory: the rename fails after the temp file is written.
        let p = dir.path().join("busy");
        std::fs::create_dir(&p).unwrap();
        std::fs::write(p.join("x"), b"x").unwrap();
        assert!(write_atomic(&p, b"data").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["busy"]);
    }
}
