//! Writing a tar of files below a root directory without ever following a symlink out of it:
//! the starting point is resolved with `openat2(RESOLVE_IN_ROOT)`, everything below it is
//! reached with `openat(O_NOFOLLOW)` relative to its parent's descriptor. Used by `cp` out of a
//! container and `export`.

use anyhow::{Context, Result};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags};
use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::Path;

/// How to write entries.
#[derive(Clone, Copy, Default)]
pub struct TarOpts {
    /// Record these ids instead of the files' own.
    pub owner: Option<(u64, u64)>,
    /// Do not descend into directories on another mount than the starting one (export of a
    /// running container: /proc, /dev, /sys and volumes are left out, their directories kept).
    pub one_mount: bool,
}

/// Open `path` (absolute or relative, interpreted inside `root`) as an O_PATH descriptor.
/// Symlinks on the way are followed inside the root; the last component too when `follow`.
pub fn open_in_root(root: BorrowedFd, path: &Path, follow: bool) -> rustix::io::Result<OwnedFd> {
    let mut flags = OFlags::PATH | OFlags::CLOEXEC;
    if !follow {
        flags |= OFlags::NOFOLLOW;
    }
    let rel = path.strip_prefix("/").unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        Path::new(".")
    } else {
        rel
    };
    crate::runtime::openat2_retry(
        root,
        rel,
        flags,
        Mode::empty(),
        ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
    )
}

fn mnt_id(fd: BorrowedFd) -> Option<u64> {
    rustix::fs::statx(
        fd,
        "",
        AtFlags::EMPTY_PATH | AtFlags::SYMLINK_NOFOLLOW,
        rustix::fs::StatxFlags::MNT_ID,
    )
    .ok()
    .map(|s| s.stx_mnt_id)
}

/// Open the object `name` in `parent` for reading without following a symlink: a directory
/// (`dir`) or a file.
pub fn open_child(parent: BorrowedFd, name: &str, dir: bool) -> rustix::io::Result<OwnedFd> {
    let mut flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    if dir {
        flags |= OFlags::DIRECTORY;
    }
    rustix::fs::openat(parent, name, flags, Mode::empty())
}

/// The directory `dir` opened for listing, and the names in it, sorted.
pub fn sorted_names(dir: BorrowedFd) -> Result<(OwnedFd, Vec<String>)> {
    let d = rustix::fs::openat(
        dir,
        ".",
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let mut names = super::layer_tar::dir_names(&d)?;
    names.sort();
    Ok((d, names))
}

/// A header for the object `st`: `mode`, the owner `ids` (or the object's own), its mtime,
/// size 0; the entry type is left to the caller.
pub fn stat_header(st: &rustix::fs::Stat, mode: u32, ids: Option<(u64, u64)>) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_mode(mode);
    let (uid, gid) = ids.unwrap_or((st.st_uid as u64, st.st_gid as u64));
    h.set_uid(uid);
    h.set_gid(gid);
    h.set_mtime(st.st_mtime.max(0) as u64);
    h.set_size(0);
    h
}

/// Append the object `name` in the directory `parent` as `tar_name` (recursively).
pub fn append_entry<W: Write>(
    b: &mut tar::Builder<W>,
    parent: BorrowedFd,
    name: &str,
    tar_name: &Path,
    opts: &TarOpts,
    mount: Option<u64>,
) -> Result<()> {
    let st = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW)
        .with_context(|| format!("reading {}", tar_name.display()))?;
    let mut h = stat_header(&st, st.st_mode & 0o7777, opts.owner);
    match FileType::from_raw_mode(st.st_mode) {
        FileType::Directory => {
            h.set_entry_type(tar::EntryType::Directory);
            b.append_data(&mut h, tar_name, std::io::empty())?;
            let d = open_child(parent, name, true)
                .with_context(|| format!("opening {}", tar_name.display()))?;
            if opts.one_mount && mount.is_some() && mnt_id(d.as_fd()) != mount {
                return Ok(());
            }
            append_children(b, d.as_fd(), tar_name, opts, mount)?;
        }
        FileType::RegularFile => {
            let f = open_child(parent, name, false)
                .with_context(|| format!("opening {}", tar_name.display()))?;
            h.set_entry_type(tar::EntryType::Regular);
            h.set_size(st.st_size as u64);
            b.append_data(&mut h, tar_name, std::fs::File::from(f))
                .with_context(|| format!("reading {}", tar_name.display()))?;
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(parent, name, Vec::new())?;
            h.set_entry_type(tar::EntryType::Symlink);
            b.append_link(&mut h, tar_name, Path::new(&*target.to_string_lossy()))?;
        }
        FileType::Fifo => {
            h.set_entry_type(tar::EntryType::Fifo);
            b.append_data(&mut h, tar_name, std::io::empty())?;
        }
        FileType::CharacterDevice | FileType::BlockDevice => {
            h.set_entry_type(
                if FileType::from_raw_mode(st.st_mode) == FileType::CharacterDevice {
                    tar::EntryType::Char
                } else {
                    tar::EntryType::Block
                },
            );
            h.set_device_major(rustix::fs::major(st.st_rdev))?;
            h.set_device_minor(rustix::fs::minor(st.st_rdev))?;
            b.append_data(&mut h, tar_name, std::io::empty())?;
        }
        _ => {} // sockets
    }
    Ok(())
}

/// Append everything inside the directory `dir`, named below `prefix`.
pub fn append_children<W: Write>(
    b: &mut tar::Builder<W>,
    dir: BorrowedFd,
    prefix: &Path,
    opts: &TarOpts,
    mount: Option<u64>,
) -> Result<()> {
    let (d, names) = sorted_names(dir)?;
    for n in names {
        append_entry(b, d.as_fd(), &n, &prefix.join(&n), opts, mount)?;
    }
    Ok(())
}

/// The mount of `fd`, for `TarOpts::one_mount`.
pub fn mount_of(fd: BorrowedFd) -> Option<u64> {
    mnt_id(fd)
}
