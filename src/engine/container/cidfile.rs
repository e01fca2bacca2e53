//! Container ID files (`--cidfile`), how systemd services name the container they run:
//! `run`/`create` write one, `stop`/`rm` act on the IDs they hold and `rm` removes them.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Before `create` without `--replace`: an existing file is refused (podman's rule).
pub fn check_free(file: &Path) -> Result<()> {
    if file.exists() {
        bail!(
            "container id file exists. Ensure another container is not using it or delete {}",
            file.display()
        );
    }
    Ok(())
}

/// After `create`: the new container's ID into the file.
pub fn write(file: &Path, id: &str) -> Result<()> {
    crate::fsutil::write_atomic(file, id.as_bytes())
        .with_context(|| format!("writing the container id file {}", file.display()))
}

/// The IDs in the files; with `ignore`, a missing or empty file names none.
pub fn read(files: &[PathBuf], ignore: bool) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for f in files {
        match std::fs::read_to_string(f) {
            Ok(t) if !t.trim().is_empty() => out.push(t.trim().to_string()),
            Ok(_) if ignore => {}
            Err(e) if ignore && e.kind() == std::io::ErrorKind::NotFound => {}
            Ok(_) => bail!("the container id file {} is empty", f.display()),
            Err(e) => bail!("reading the container id file {}: {e}", f.display()),
        }
    }
    Ok(out)
}

/// Once their containers are removed: the files go too.
pub fn remove(files: &[PathBuf]) {
    for f in files {
        let _ = std::fs::remove_file(f);
    }
}
