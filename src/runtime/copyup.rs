//! What the container's side does to a volume or bind source before binding it: copy-up (a
//! volume's first mount fills an empty volume with the image's content at the destination,
//! owners and modes kept) and `U` (chown the source to the container user's ids). Both run as
//! root of the container's user namespace, so ids land on the mapped ones.

use super::mounts::{fd_path, Root};
use anyhow::{Context, Result};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;

/// The marker beside a volume's `_data` saying its first mount happened.
fn marker(src: &Path) -> Option<std::path::PathBuf> {
    (src.file_name()? == "_data").then(|| src.parent().map(|p| p.join("copied-up")))?
}

fn is_empty_dir(p: &Path) -> bool {
    std::fs::read_dir(p).is_ok_and(|mut rd| rd.next().is_none())
}

/// Copy-up: when the volume at `src` is empty and this is its first mount, copy what the
/// image has at `dest` into it (its directory's owner and mode too); then mark it.
pub fn copy_up(root: &Root, src: &Path, dest: &Path) -> Result<()> {
    let Some(marker) = marker(src) else {
        return Ok(());
    };
    if marker.exists() {
        return Ok(());
    }
    if is_empty_dir(src) {
        if let Ok(fd) = root.open_existing(dest) {
            let from = std::path::PathBuf::from(fd_path(&fd));
            let meta = std::fs::metadata(&from);
            if meta.as_ref().is_ok_and(|m| m.is_dir()) {
                copy_tree(&from, src)
                    .with_context(|| format!("copying {} up into its volume", dest.display()))?;
                let m = meta?;
                std::os::unix::fs::lchown(src, Some(m.uid()), Some(m.gid()))?;
                std::fs::set_permissions(src, std::fs::Permissions::from_mode(m.mode() & 0o7777))?;
            }
        }
    }
    std::fs::write(&marker, b"").with_context(|| format!("marking {}", marker.display()))
}

/// Copy the tree below `from` into `to` (an existing directory): directories, files and
/// symlinks with their owners and modes (and fifos); device nodes cannot be made here.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let src = e.path();
        let dst = to.join(e.file_name());
        let m = std::fs::symlink_metadata(&src)?;
        let ft = m.file_type();
        if ft.is_dir() {
            std::fs::create_dir(&dst)?;
            copy_tree(&src, &dst)?;
        } else if ft.is_file() {
            std::fs::copy(&src, &dst)?;
        } else if ft.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&src)?, &dst)?;
        } else if ft.is_fifo() {
            nix::unistd::mkfifo(&dst, nix::sys::stat::Mode::from_bits_truncate(0o600))?;
        } else {
            continue;
        }
        std::os::unix::fs::lchown(&dst, Some(m.uid()), Some(m.gid()))?;
        if !ft.is_symlink() {
            // After the chown, which clears set-id bits.
            std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(m.mode() & 0o7777))?;
        }
        let t = rustix::fs::Timestamps {
            last_access: rustix::fs::Timespec {
                tv_sec: m.atime(),
                tv_nsec: m.atime_nsec(),
            },
            last_modification: rustix::fs::Timespec {
                tv_sec: m.mtime(),
                tv_nsec: m.mtime_nsec(),
            },
        };
        let _ = rustix::fs::utimensat(
            rustix::fs::CWD,
            &dst,
            &t,
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
        );
    }
    Ok(())
}

/// `U`: chown `src` and everything below it to the ids `user` (as `-u` gives it) has in the
/// container's /etc/passwd and /etc/group.
pub fn chown_to_user(root: &Root, user: &str, src: &Path) -> Result<()> {
    let read = |p: &str| -> String {
        root.open_existing(Path::new(p))
            .ok()
            .and_then(|fd| std::fs::read_to_string(fd_path(&fd)).ok())
            .unwrap_or_default()
    };
    let ident = super::user::resolve_with(user, &read("/etc/passwd"), &read("/etc/group"))?;
    chown_tree(src, ident.uid, ident.gid)
        .with_context(|| format!("chown {} to {}:{}", src.display(), ident.uid, ident.gid))
}

fn chown_tree(p: &Path, uid: u32, gid: u32) -> Result<()> {
    let m = std::fs::symlink_metadata(p)?;
    std::os::unix::fs::lchown(p, Some(uid), Some(gid))?;
    if m.is_dir() {
        for e in std::fs::read_dir(p)? {
            chown_tree(&e?.path(), uid, gid)?;
        }
    } else if !m.file_type().is_symlink() {
        // chown clears set-id bits of files: give them back.
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m.mode() & 0o7777))?;
    }
    Ok(())
}
