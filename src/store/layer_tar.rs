//! Layer tarballs: safe extraction into a layer directory (overlay format), and the reverse,
//! turning a directory (an overlay upper dir or a whole rootfs) into an OCI layer tar.
//!
//! Extraction runs inside the user namespace, so `chown` lands on mapped ids. Every path is
//! resolved with `openat2(RESOLVE_IN_ROOT)` relative to the layer directory: a symlink in the
//! archive (`evil -> /etc`) is followed inside the layer, never out of it. Names that climb
//! above the root (`../x`) and hardlinks to outside are refused.
//!
//! Overlay format: a whiteout `.wh.NAME` becomes a character device 0/0 named NAME; an opaque
//! marker `.wh..wh..opq` becomes the xattr `user.overlay.opaque=y` on its directory (the kernel
//! reads `user.overlay.*` when mounted with `userxattr`, as it must be in a user namespace).
//! fuse-overlayfs reads the same device whiteouts; for opaque directories it checks
//! `user.fuseoverlayfs.opaque` as well as the overlay names, so both are set.

use anyhow::{anyhow, bail, Context, Result};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags, Timespec, Timestamps};
use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Component, Path, PathBuf};

pub const OPAQUE_XATTRS: &[&str] = &["user.overlay.opaque", "user.fuseoverlayfs.opaque"];
const WHITEOUT_PREFIX: &str = ".wh.";
const OPAQUE_MARKER: &str = ".wh..wh..opq";

/// What an extraction did.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct ExtractStats {
    /// Sum of regular file sizes written.
    pub size: u64,
    /// Device nodes that were skipped because they cannot be created in a user namespace.
    pub skipped_devices: u64,
}

mod stream;
#[cfg(test)]
use stream::decompressed_limited;
pub use stream::{decompressed, read_up_to, size_limit, tar_checksum_ok, Limited, SIZE_LIMIT_ENV};

/// Normalise an archive path to components below the root; `None` for the root itself.
/// Leading `/` and `./` are dropped; `..` that would climb above the root is an error.
pub fn clean_path(p: &Path) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
            Component::ParentDir => {
                if out.pop().is_none() {
                    bail!("refusing archive entry {:?}: it points outside the root", p);
                }
            }
            Component::Normal(s) => {
                let s = s
                    .to_str()
                    .ok_or_else(|| anyhow!("archive entry {:?} is not valid UTF-8", p))?;
                out.push(s.to_string());
            }
        }
    }
    Ok(out)
}

/// Resolve `target` against `base` lexically, with `..` stopping at the root (as the kernel
/// does for RESOLVE_IN_ROOT).
fn clamp_path(base: &[String], target: &Path) -> Vec<String> {
    let mut out: Vec<String> = base.to_vec();
    for c in target.components() {
        match c {
            Component::RootDir => out.clear(),
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(s) => out.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    out
}

struct Extractor {
    root: OwnedFd,
    stats: ExtractStats,
    /// Directories whose metadata is applied at the end (so their mtimes stick).
    dirs: Vec<(Vec<String>, tar::Header)>,
    /// Components prepended to every entry's path (`cp` into a directory).
    prefix: Vec<String>,
    /// Apply the archive's owners (false: files belong to whoever extracts).
    chown: bool,
    /// Turn `.wh.` entries into overlay whiteouts (layers only).
    whiteouts: bool,
    /// Bytes of file content (sparse files at their full size) so far, and the most allowed.
    content: u64,
    limit: u64,
}

/// Where an entry lands (`name` in the directory `parent`, `rel` below the root) and the
/// owner, mode and mtime its header gives.
struct Target<'a> {
    parent: OwnedFd,
    name: &'a str,
    rel: PathBuf,
    uid: u64,
    gid: u64,
    mode: u32,
    mtime: i64,
}

/// The entry names of an open directory, without `.` and `..`, in directory order.
pub(crate) fn dir_names(d: &OwnedFd) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for ent in rustix::fs::Dir::read_from(d)? {
        let n = ent?.file_name().to_string_lossy().into_owned();
        if n != "." && n != ".." {
            names.push(n);
        }
    }
    Ok(names)
}

fn join(c: &[String]) -> PathBuf {
    if c.is_empty() {
        PathBuf::from(".")
    } else {
        c.iter().collect()
    }
}

fn in_root(root: BorrowedFd, rel: &Path, flags: OFlags) -> rustix::io::Result<OwnedFd> {
    crate::runtime::openat2_retry(
        root,
        rel,
        flags | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
    )
}

impl Extractor {
    /// Open (creating as needed, mode 0755 owned by root) the directory `comps`. A dangling
    /// symlink on the way is followed inside the root and its target created there.
    fn dir(&self, comps: &[String]) -> Result<OwnedFd> {
        self.dir_depth(comps, 0)
    }

    fn dir_depth(&self, comps: &[String], depth: u32) -> Result<OwnedFd> {
        if depth > 40 {
            bail!(
                "too many levels of symbolic links below {}",
                join(comps).display()
            );
        }
        let mut cur: Vec<String> = Vec::new();
        let mut fd = rustix::io::dup(&self.root)?;
        for c in comps {
            let parent: Vec<String> = cur.clone();
            cur.push(c.clone());
            let p = join(&cur);
            match in_root(self.root.as_fd(), &p, OFlags::PATH | OFlags::DIRECTORY) {
                Ok(f) => fd = f,
                Err(rustix::io::Errno::NOENT) => {
                    match rustix::fs::mkdirat(&fd, c.as_str(), Mode::from_raw_mode(0o755)) {
                        Ok(()) => {}
                        Err(rustix::io::Errno::EXIST) => {
                            // A symlink whose target does not exist yet: create the target,
                            // resolved inside the root.
                            let target = rustix::fs::readlinkat(&fd, c.as_str(), Vec::new())
                                .map_err(|_| {
                                    anyhow!(
                                        "cannot extract below {}: it is not a directory",
                                        p.display()
                                    )
                                })?;
                            let target = PathBuf::from(target.to_string_lossy().into_owned());
                            let base = if target.is_absolute() {
                                Vec::new()
                            } else {
                                parent
                            };
                            let resolved = clamp_path(&base, &target);
                            self.dir_depth(&resolved, depth + 1)?;
                        }
                        Err(e) => {
                            return Err(e).with_context(|| format!("creating {}", p.display()))
                        }
                    }
                    fd = in_root(self.root.as_fd(), &p, OFlags::PATH | OFlags::DIRECTORY)
                        .with_context(|| format!("opening {}", p.display()))?;
                }
                Err(rustix::io::Errno::NOTDIR) => {
                    bail!(
                        "cannot extract below {}: it is not a directory",
                        p.display()
                    )
                }
                Err(e) => return Err(e).with_context(|| format!("opening {}", p.display())),
            }
        }
        Ok(fd)
    }

    /// Remove whatever is at `name` in `parent` (a tree, for directories).
    fn remove(&self, parent: BorrowedFd, name: &str) -> Result<()> {
        match rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
            Err(rustix::io::Errno::NOENT) => Ok(()),
            Err(e) => Err(e.into()),
            Ok(st) => {
                if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
                    let d = rustix::fs::openat(
                        parent,
                        name,
                        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                        Mode::empty(),
                    )?;
                    for n in dir_names(&d)? {
                        self.remove(d.as_fd(), &n)?;
                    }
                    rustix::fs::unlinkat(parent, name, AtFlags::REMOVEDIR)?;
                } else {
                    rustix::fs::unlinkat(parent, name, AtFlags::empty())?;
                }
                Ok(())
            }
        }
    }

    fn owner_error(&self, e: rustix::io::Errno, what: &Path, uid: u64, gid: u64) -> anyhow::Error {
        if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::PERM {
            anyhow!(
                "potentially insufficient UIDs or GIDs available in user namespace (requested {uid}:{gid} for {}): check /etc/subuid and /etc/subgid",
                what.display()
            )
        } else {
            anyhow!("changing the owner of {}: {e}", what.display())
        }
    }

    fn entry<R: Read>(&mut self, e: &mut tar::Entry<R>) -> Result<()> {
        let raw = e.path()?.into_owned();
        let mut comps = self.prefix.clone();
        comps.extend(clean_path(&raw)?);
        let hdr = e.header().clone();
        let kind = hdr.entry_type();
        if comps.is_empty() {
            if kind.is_dir() {
                self.dirs.push((comps, hdr));
            }
            return Ok(());
        }
        let (name, parent_comps) = comps.split_last().ok_or_else(|| anyhow!("empty name"))?;
        let rel = join(&comps);
        if self.whiteouts && name == OPAQUE_MARKER {
            return self.mark_opaque(parent_comps);
        }
        if let Some(target) = name
            .strip_prefix(WHITEOUT_PREFIX)
            .filter(|_| self.whiteouts)
        {
            if target.is_empty() || target == "." || target == ".." {
                bail!("refusing archive entry {:?}: bad whiteout", raw);
            }
            return self.whiteout(parent_comps, target);
        }
        let t = Target {
            parent: self.dir(parent_comps)?,
            name,
            rel,
            uid: hdr.uid()?,
            gid: hdr.gid()?,
            mode: hdr.mode()? & 0o7777,
            mtime: hdr.mtime().unwrap_or(0) as i64,
        };
        match kind {
            tar::EntryType::Directory => {
                self.make_dir(e, &t)?;
                self.dirs.push((comps.clone(), hdr));
            }
            tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => {
                // Checked before anything is written: a header may claim any size.
                self.content = self.content.saturating_add(e.size());
                if self.content > self.limit {
                    bail!(
                        "refusing {}: the layer's files add up to more than {} bytes, the limit (set {SIZE_LIMIT_ENV} to change it)",
                        t.rel.display(),
                        self.limit
                    );
                }
                self.write_file(e, &t, kind == tar::EntryType::GNUSparse)?
            }
            tar::EntryType::Symlink => self.make_symlink(e, &t)?,
            tar::EntryType::Link => self.make_hardlink(e, &t)?,
            tar::EntryType::Fifo => self.make_fifo(&t)?,
            tar::EntryType::Char | tar::EntryType::Block => self.device(&hdr, &t)?,
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader => {}
            other => bail!(
                "unsupported archive entry type {other:?} for {}",
                t.rel.display()
            ),
        }
        Ok(())
    }

    /// `.wh..wh..opq`: the directory `comps` becomes opaque.
    fn mark_opaque(&self, comps: &[String]) -> Result<()> {
        let d = self.dir(comps)?;
        let d = reopen_dir(&d)?;
        for x in OPAQUE_XATTRS {
            rustix::fs::fsetxattr(&d, *x, b"y", rustix::fs::XattrFlags::empty())
                .with_context(|| format!("marking {} opaque", join(comps).display()))?;
        }
        Ok(())
    }

    /// `.wh.NAME`: whatever is at `name` in the directory `comps` becomes a whiteout.
    fn whiteout(&self, comps: &[String], name: &str) -> Result<()> {
        let d = self.dir(comps)?;
        self.remove(d.as_fd(), name)?;
        rustix::fs::mknodat(&d, name, FileType::CharacterDevice, Mode::empty(), 0)
            .with_context(|| format!("creating whiteout {}", join(comps).join(name).display()))?;
        Ok(())
    }

    /// A directory: kept when one is there (its metadata is applied at the end), else made.
    fn make_dir<R: Read>(&self, e: &mut tar::Entry<R>, t: &Target) -> Result<()> {
        let (parent, name) = (&t.parent, t.name);
        match rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) if FileType::from_raw_mode(st.st_mode) == FileType::Directory => {}
            Ok(_) => {
                self.remove(parent.as_fd(), name)?;
                rustix::fs::mkdirat(parent, name, Mode::from_raw_mode(0o700))?;
            }
            Err(_) => {
                rustix::fs::mkdirat(parent, name, Mode::from_raw_mode(0o700))
                    .with_context(|| format!("creating {}", t.rel.display()))?;
            }
        }
        self.xattrs(e, parent, name)
    }

    /// A regular file: its content, owner, mode, xattrs and mtime. A sparse file's holes stay
    /// holes.
    fn write_file<R: Read>(
        &mut self,
        e: &mut tar::Entry<R>,
        t: &Target,
        sparse: bool,
    ) -> Result<()> {
        self.remove(t.parent.as_fd(), t.name)?;
        let f = rustix::fs::openat(
            &t.parent,
            t.name,
            OFlags::CREATE | OFlags::EXCL | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )
        .with_context(|| format!("creating {}", t.rel.display()))?;
        let mut file = std::fs::File::from(f);
        let n = if sparse {
            copy_sparse(e, &mut file)
        } else {
            std::io::copy(e, &mut file)
        }
        .with_context(|| format!("writing {}", t.rel.display()))?;
        self.stats.size += n;
        if self.chown {
            rustix::fs::fchown(&file, Some(uid_of(t.uid)), Some(gid_of(t.gid)))
                .map_err(|er| self.owner_error(er, &t.rel, t.uid, t.gid))?;
        }
        rustix::fs::fchmod(&file, Mode::from_raw_mode(t.mode))?;
        self.xattrs_fd(e, file.as_fd(), &t.rel)?;
        rustix::fs::futimens(&file, &times(t.mtime))?;
        Ok(())
    }

    /// A symlink, with its owner and (best effort) mtime.
    fn make_symlink<R: Read>(&self, e: &mut tar::Entry<R>, t: &Target) -> Result<()> {
        let target = e
            .link_name()?
            .ok_or_else(|| anyhow!("symlink {} has no target", t.rel.display()))?
            .into_owned();
        self.remove(t.parent.as_fd(), t.name)?;
        rustix::fs::symlinkat(&target, &t.parent, t.name)
            .with_context(|| format!("creating symlink {}", t.rel.display()))?;
        self.chown_at(t)?;
        let _ = rustix::fs::utimensat(
            &t.parent,
            t.name,
            &times(t.mtime),
            AtFlags::SYMLINK_NOFOLLOW,
        );
        Ok(())
    }

    /// A hardlink to an entry extracted before, resolved inside the root.
    fn make_hardlink<R: Read>(&self, e: &mut tar::Entry<R>, t: &Target) -> Result<()> {
        let rel = &t.rel;
        let target = e
            .link_name()?
            .ok_or_else(|| anyhow!("hardlink {} has no target", rel.display()))?
            .into_owned();
        let tcomps = clean_path(&target).map_err(|_| {
            anyhow!(
                "refusing hardlink {} to {:?}: it points outside the root",
                rel.display(),
                target
            )
        })?;
        let (tname, tparent) = tcomps
            .split_last()
            .ok_or_else(|| anyhow!("hardlink {} has an empty target", rel.display()))?;
        let missing = || {
            anyhow!(
                "hardlink {} points to {:?}, which does not exist",
                rel.display(),
                target
            )
        };
        let tdir = in_root(
            self.root.as_fd(),
            &join(tparent),
            OFlags::PATH | OFlags::DIRECTORY,
        )
        .map_err(|_| missing())?;
        if rustix::fs::statat(&tdir, tname.as_str(), AtFlags::SYMLINK_NOFOLLOW).is_err() {
            return Err(missing());
        }
        self.remove(t.parent.as_fd(), t.name)?;
        rustix::fs::linkat(&tdir, tname.as_str(), &t.parent, t.name, AtFlags::empty())
            .with_context(|| format!("creating hardlink {}", rel.display()))?;
        Ok(())
    }

    /// A named pipe, with its owner and mode.
    fn make_fifo(&self, t: &Target) -> Result<()> {
        self.remove(t.parent.as_fd(), t.name)?;
        rustix::fs::mknodat(
            &t.parent,
            t.name,
            FileType::Fifo,
            Mode::from_raw_mode(t.mode),
            0,
        )?;
        self.chown_at(t)?;
        let _ = rustix::fs::chmodat(
            &t.parent,
            t.name,
            Mode::from_raw_mode(t.mode),
            AtFlags::empty(),
        );
        Ok(())
    }

    /// A device node: a 0/0 character device is already an overlay whiteout and is made;
    /// others cannot be created in a user namespace and are counted as skipped.
    fn device(&mut self, hdr: &tar::Header, t: &Target) -> Result<()> {
        let major = hdr.device_major()?.unwrap_or(0);
        let minor = hdr.device_minor()?.unwrap_or(0);
        if hdr.entry_type() == tar::EntryType::Char && major == 0 && minor == 0 {
            self.remove(t.parent.as_fd(), t.name)?;
            rustix::fs::mknodat(
                &t.parent,
                t.name,
                FileType::CharacterDevice,
                Mode::empty(),
                0,
            )?;
        } else {
            self.stats.skipped_devices += 1;
        }
        Ok(())
    }

    /// Give `t` its owner from the archive (when extracting with owners), not following a
    /// symlink.
    fn chown_at(&self, t: &Target) -> Result<()> {
        if self.chown {
            rustix::fs::chownat(
                &t.parent,
                t.name,
                Some(uid_of(t.uid)),
                Some(gid_of(t.gid)),
                AtFlags::SYMLINK_NOFOLLOW,
            )
            .map_err(|er| self.owner_error(er, &t.rel, t.uid, t.gid))?;
        }
        Ok(())
    }

    fn xattrs<R: Read>(&self, e: &mut tar::Entry<R>, parent: &OwnedFd, name: &str) -> Result<()> {
        if !has_xattrs(e) {
            return Ok(());
        }
        let f = rustix::fs::openat(
            parent,
            name,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        self.xattrs_fd(e, f.as_fd(), Path::new(name))
    }

    fn xattrs_fd<R: Read>(&self, e: &mut tar::Entry<R>, fd: BorrowedFd, what: &Path) -> Result<()> {
        let Ok(Some(exts)) = e.pax_extensions() else {
            return Ok(());
        };
        for ext in exts.flatten() {
            let Ok(key) = ext.key() else { continue };
            let Some(attr) = key.strip_prefix("SCHILY.xattr.") else {
                continue;
            };
            // trusted.* and security.* other than file capabilities cannot be set here.
            if !(attr.starts_with("user.") || attr == "security.capability") {
                continue;
            }
            if let Err(err) =
                rustix::fs::fsetxattr(fd, attr, ext.value_bytes(), rustix::fs::XattrFlags::empty())
            {
                if attr.starts_with("user.") && err != rustix::io::Errno::OPNOTSUPP {
                    return Err(err)
                        .with_context(|| format!("setting {attr} on {}", what.display()));
                }
            }
        }
        Ok(())
    }

    fn finish_dirs(&mut self) -> Result<()> {
        for (comps, hdr) in self.dirs.iter().rev() {
            let p = join(comps);
            let fd = in_root(
                self.root.as_fd(),
                &p,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW,
            )
            .with_context(|| format!("opening {}", p.display()))?;
            let (uid, gid) = (hdr.uid()?, hdr.gid()?);
            if self.chown {
                rustix::fs::fchown(&fd, Some(uid_of(uid)), Some(gid_of(gid)))
                    .map_err(|er| self.owner_error(er, &p, uid, gid))?;
            }
            rustix::fs::fchmod(&fd, Mode::from_raw_mode(hdr.mode()? & 0o7777))?;
            rustix::fs::futimens(&fd, &times(hdr.mtime().unwrap_or(0) as i64))?;
        }
        Ok(())
    }
}

/// Copy `r` to the start of `f`, seeking over zero blocks instead of writing them; the
/// number of bytes copied.
fn copy_sparse<R: Read>(r: &mut R, f: &mut std::fs::File) -> std::io::Result<u64> {
    use std::io::{Seek, SeekFrom};
    const BLOCK: usize = 4096;
    let mut buf = vec![0u8; 64 * BLOCK];
    let mut total: u64 = 0;
    loop {
        let mut filled = 0;
        while filled < buf.len() {
            match r.read(&mut buf[filled..])? {
                0 => break,
                n => filled += n,
            }
        }
        if filled == 0 {
            break;
        }
        for chunk in buf[..filled].chunks(BLOCK) {
            if chunk.iter().all(|b| *b == 0) {
                f.seek(SeekFrom::Current(chunk.len() as i64))?;
            } else {
                f.write_all(chunk)?;
            }
        }
        total += filled as u64;
    }
    // A trailing hole: give the file its full length.
    f.set_len(total)?;
    Ok(total)
}

fn has_xattrs<R: Read>(e: &mut tar::Entry<R>) -> bool {
    match e.pax_extensions() {
        Ok(Some(x)) => x
            .flatten()
            .any(|k| k.key().is_ok_and(|k| k.starts_with("SCHILY.xattr."))),
        _ => false,
    }
}

fn reopen_dir(fd: &OwnedFd) -> Result<OwnedFd> {
    Ok(rustix::fs::openat(
        fd,
        ".",
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

fn uid_of(u: u64) -> rustix::fs::Uid {
    rustix::fs::Uid::from_raw(u as u32)
}

fn gid_of(g: u64) -> rustix::fs::Gid {
    rustix::fs::Gid::from_raw(g as u32)
}

fn times(mtime: i64) -> Timestamps {
    let t = Timespec {
        tv_sec: mtime,
        tv_nsec: 0,
    };
    Timestamps {
        last_access: t,
        last_modification: t,
    }
}

/// Extract an (uncompressed) layer tar into `dest` (an existing empty directory).
/// Whiteouts (`.wh.NAME`) become overlay whiteouts (char device 0/0), `.wh..wh..opq` becomes the
/// opaque xattr. Hostile entries are refused with an error.
pub fn extract_layer<R: Read>(tar: R, dest: &Path) -> Result<ExtractStats> {
    extract_with(tar, dest, Vec::new(), true, true, size_limit())
}

/// Extract a plain (non-layer) tar below `root` at the directory `prefix` (components below
/// `root`, resolved inside it): `.wh.` names are ordinary files; with `chown` false the files
/// keep the extracting process's ids. Used by `cp`.
pub fn extract_at<R: Read>(
    tar: R,
    root: &Path,
    prefix: Vec<String>,
    chown: bool,
) -> Result<ExtractStats> {
    extract_with(tar, root, prefix, chown, false, size_limit())
}

fn extract_with<R: Read>(
    tar: R,
    dest: &Path,
    prefix: Vec<String>,
    chown: bool,
    whiteouts: bool,
    limit: u64,
) -> Result<ExtractStats> {
    let root = rustix::fs::open(
        dest,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", dest.display()))?;
    let mut x = Extractor {
        root,
        stats: ExtractStats::default(),
        dirs: Vec::new(),
        prefix,
        chown,
        whiteouts,
        content: 0,
        limit,
    };
    let mut ar = tar::Archive::new(tar);
    let mut any = false;
    for entry in ar.entries().context("reading the layer archive")? {
        let mut e = entry.context("reading the layer archive")?;
        any = true;
        let path = e
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        x.entry(&mut e)
            .with_context(|| format!("extracting {path:?}"))?;
    }
    if !any {
        // An empty tar is valid (two zero blocks), but a non-tar gives no entries too: the
        // caller verifies digests; nothing more to check here.
    }
    x.finish_dirs()?;
    Ok(x.stats)
}

/// Write `dir` as an OCI layer tar: overlay whiteouts become `.wh.NAME`, opaque dirs get
/// `.wh..wh..opq`. Entries are sorted so the output is reproducible.
pub fn dir_to_tar<W: Write>(dir: &Path, out: W) -> Result<()> {
    let mut b = tar::Builder::new(out);
    b.follow_symlinks(false);
    let mut links: std::collections::HashMap<(u64, u64), PathBuf> =
        std::collections::HashMap::new();
    walk(dir, Path::new(""), &mut b, &mut links)?;
    b.into_inner()?.flush()?;
    Ok(())
}

fn header_for(meta: &std::fs::Metadata) -> tar::Header {
    use std::os::unix::fs::MetadataExt;
    let mut h = tar::Header::new_gnu();
    h.set_mode(meta.mode() & 0o7777);
    h.set_uid(meta.uid() as u64);
    h.set_gid(meta.gid() as u64);
    h.set_mtime(meta.mtime().max(0) as u64);
    h.set_size(0);
    h
}

fn walk<W: Write>(
    base: &Path,
    rel: &Path,
    b: &mut tar::Builder<W>,
    links: &mut std::collections::HashMap<(u64, u64), PathBuf>,
) -> Result<()> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let full = base.join(rel);
    let mut names: Vec<_> = std::fs::read_dir(&full)
        .with_context(|| format!("reading {}", full.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    names.sort();
    for n in names {
        let p = full.join(&n);
        let r = rel.join(&n);
        let meta = std::fs::symlink_metadata(&p)?;
        let ft = meta.file_type();
        let mut h = header_for(&meta);
        if ft.is_char_device() && meta.rdev() == 0 {
            let name = r.with_file_name(format!("{WHITEOUT_PREFIX}{}", n.to_string_lossy()));
            h.set_entry_type(tar::EntryType::Regular);
            h.set_mode(0o600);
            b.append_data(&mut h, &name, std::io::empty())?;
        } else if ft.is_dir() {
            h.set_entry_type(tar::EntryType::Directory);
            b.append_data(&mut h, &r, std::io::empty())?;
            let opaque = OPAQUE_XATTRS
                .iter()
                .chain(["trusted.overlay.opaque"].iter())
                .any(|x| xattr::get(&p, x).ok().flatten().is_some_and(|v| v == b"y"));
            if opaque {
                let mut oh = tar::Header::new_gnu();
                oh.set_entry_type(tar::EntryType::Regular);
                oh.set_mode(0o600);
                oh.set_size(0);
                b.append_data(&mut oh, r.join(OPAQUE_MARKER), std::io::empty())?;
            }
            walk(base, &r, b, links)?;
        } else if ft.is_symlink() {
            h.set_entry_type(tar::EntryType::Symlink);
            let target = std::fs::read_link(&p)?;
            b.append_link(&mut h, &r, &target)?;
        } else if ft.is_file() {
            let key = (meta.dev(), meta.ino());
            if meta.nlink() > 1 {
                if let Some(first) = links.get(&key) {
                    h.set_entry_type(tar::EntryType::Link);
                    b.append_link(&mut h, &r, first)?;
                    continue;
                }
                links.insert(key, r.clone());
            }
            h.set_entry_type(tar::EntryType::Regular);
            h.set_size(meta.len());
            let f = std::fs::File::open(&p).with_context(|| format!("reading {}", p.display()))?;
            b.append_data(&mut h, &r, f)?;
        } else if ft.is_fifo() {
            h.set_entry_type(tar::EntryType::Fifo);
            b.append_data(&mut h, &r, std::io::empty())?;
        } else if ft.is_char_device() || ft.is_block_device() {
            h.set_entry_type(if ft.is_char_device() {
                tar::EntryType::Char
            } else {
                tar::EntryType::Block
            });
            let dev = meta.rdev();
            h.set_device_major(rustix::fs::major(dev))?;
            h.set_device_minor(rustix::fs::minor(dev))?;
            b.append_data(&mut h, &r, std::io::empty())?;
        }
        // Sockets are skipped.
    }
    Ok(())
}

#[cfg(test)]
mod tests;
