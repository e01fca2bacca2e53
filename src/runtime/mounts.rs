//! Mounts inside the container's mount namespace: the overlay root filesystem, the special
//! filesystems, bind mounts, masked and read-only paths, and pivot_root.
//!
//! Every path inside the root filesystem is resolved with `openat2(RESOLVE_IN_ROOT)`, so a
//! symlink in an image can never send a mount outside the container's root.

use super::userns::IdMap;
use anyhow::{anyhow, bail, Context, Result};
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use rustix::fs::{Mode, OFlags, ResolveFlags};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Component, Path, PathBuf};

/// How the root filesystem is assembled.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Overlay {
    /// Layer directories, topmost first.
    pub lower: Vec<PathBuf>,
    pub upper: PathBuf,
    pub work: PathBuf,
    /// Mount point (an existing empty directory).
    pub target: PathBuf,
    /// Use this FUSE program (fuse-overlayfs) instead of the kernel's overlay.
    pub mount_program: Option<PathBuf>,
    /// fuse-overlayfs's `uidmapping`/`gidmapping` (`STORED:SHOWN:COUNT` triples joined by
    /// `:`): the ids the layers are stored with shown as other ids of the same user namespace,
    /// so a container in a nested namespace (`--userns=keep-id`...) sees the image's owners.
    /// The kernel's overlay cannot do this (it refuses idmapped mounts of itself, and the
    /// layers' filesystem belongs to the host's namespace), so it means fuse-overlayfs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_mapping: Option<(String, String)>,
}

/// Mount the overlay root filesystem at `ov.target`. Tries the kernel's overlayfs first (in a
/// user namespace it needs `userxattr`), then fuse-overlayfs.
pub fn mount_rootfs(ov: &Overlay) -> Result<()> {
    if let Some(prog) = &ov.mount_program {
        return mount_fuse(prog, ov);
    }
    if ov.id_mapping.is_some() {
        return mount_fuse(Path::new("/usr/bin/fuse-overlayfs"), ov);
    }
    match mount_kernel_overlay(ov) {
        Ok(()) => Ok(()),
        Err(kerr) => {
            let prog = Path::new("/usr/bin/fuse-overlayfs");
            if prog.exists() {
                mount_fuse(prog, ov).map_err(|ferr| {
                    anyhow!(
                        "cannot mount the root filesystem: overlay: {kerr}; fuse-overlayfs: {ferr}"
                    )
                })
            } else {
                bail!("cannot mount the root filesystem with overlay ({kerr}) and fuse-overlayfs is not installed")
            }
        }
    }
}

/// Whether the kernel's overlay mounts in a user namespace on this host (it needs
/// `userxattr`), tried in a forked helper with its own user and mount namespaces on empty
/// directories made under `dir`: on the store's filesystem, where the containers' upper
/// directories are. Where it does not, containers get fuse-overlayfs.
pub fn kernel_overlay_works(map: &IdMap, dir: &Path) -> Result<bool> {
    let dir = dir.to_path_buf();
    super::unshare::in_userns_ns(map, true, move || {
        Ok(mount_kernel_overlay(&probe_overlay(&dir)?).is_ok())
    })
}

/// Whether the kernel lets an overlay mounted in the user's namespace be idmapped for a
/// container's own namespace (`--userns=keep-id`...), the one way to show a container the
/// image's owners without FUSE: the layers' own filesystem belongs to the host's namespace,
/// where an unprivileged user cannot idmap it. Tried like `kernel_overlay_works`.
pub fn idmapped_overlay_works(map: &IdMap, dir: &Path) -> Result<bool> {
    let dir = dir.to_path_buf();
    super::unshare::in_userns_ns(map, true, move || {
        let ov = probe_overlay(&dir)?;
        if mount_kernel_overlay(&ov).is_err() {
            return Ok(false);
        }
        let one = super::userns::IdRange {
            container: 0,
            host: 0,
            count: 1,
        };
        let ns = super::userns::nested_userns(&super::userns::NestedMap {
            uids: vec![one],
            gids: vec![one],
        })?;
        let tree = rustix::mount::open_tree(
            rustix::fs::CWD,
            &ov.target,
            rustix::mount::OpenTreeFlags::OPEN_TREE_CLONE
                | rustix::mount::OpenTreeFlags::OPEN_TREE_CLOEXEC,
        )?;
        Ok(set_idmap(&tree, &ns).is_ok())
    })
}

/// The probes' overlay: empty directories under `dir`, in a private mount namespace.
fn probe_overlay(dir: &Path) -> Result<Overlay> {
    make_private()?;
    let ov = Overlay {
        lower: vec![dir.join("lower")],
        upper: dir.join("upper"),
        work: dir.join("work"),
        target: dir.join("merged"),
        mount_program: None,
        id_mapping: None,
    };
    for d in [&ov.lower[0], &ov.upper, &ov.work, &ov.target] {
        std::fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
    }
    Ok(ov)
}

/// `mount_setattr(MOUNT_ATTR_IDMAP)` of a detached mount.
fn set_idmap(tree: &OwnedFd, ns: &OwnedFd) -> std::io::Result<()> {
    #[repr(C)]
    struct MountAttr {
        attr_set: u64,
        attr_clr: u64,
        propagation: u64,
        userns_fd: u64,
    }
    const MOUNT_ATTR_IDMAP: u64 = 0x0010_0000;
    let attr = MountAttr {
        attr_set: MOUNT_ATTR_IDMAP,
        attr_clr: 0,
        propagation: 0,
        userns_fd: ns.as_raw_fd() as u64,
    };
    // SAFETY: mount_setattr reads `size` bytes of `attr`, alive for the call; the path is a
    // NUL-terminated empty string.
    let r = unsafe {
        libc::syscall(
            libc::SYS_mount_setattr,
            tree.as_raw_fd(),
            c"".as_ptr(),
            libc::AT_EMPTY_PATH,
            &attr as *const MountAttr,
            std::mem::size_of::<MountAttr>(),
        )
    };
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn lowerdir_arg(ov: &Overlay) -> Result<String> {
    // Relative paths keep the option string short: chdir to the common parent of the layers.
    let parent = ov
        .lower
        .first()
        .and_then(|p| p.parent())
        .and_then(|p| p.parent())
        .map(Path::to_path_buf);
    let mut parts = Vec::with_capacity(ov.lower.len());
    if let Some(parent) = parent.filter(|p| ov.lower.iter().all(|l| l.starts_with(p))) {
        std::env::set_current_dir(&parent)
            .with_context(|| format!("entering {}", parent.display()))?;
        for l in &ov.lower {
            let rel = l.strip_prefix(&parent).unwrap_or(l);
            parts.push(rel.display().to_string());
        }
    } else {
        for l in &ov.lower {
            parts.push(l.display().to_string());
        }
    }
    Ok(parts.join(":"))
}

pub fn mount_kernel_overlay(ov: &Overlay) -> Result<()> {
    let lower = lowerdir_arg(ov)?;
    let data = format!(
        "lowerdir={lower},upperdir={},workdir={},userxattr",
        ov.upper.display(),
        ov.work.display()
    );
    if data.len() >= 4000 {
        bail!("too many layers for one overlay mount");
    }
    mount(
        Some("overlay"),
        &ov.target,
        Some("overlay"),
        MsFlags::empty(),
        Some(data.as_str()),
    )
    .map_err(|e| anyhow!("{e}"))
}

fn mount_fuse(prog: &Path, ov: &Overlay) -> Result<()> {
    finish_fuse(spawn_fuse(prog, ov)?)
}

/// Start fuse-overlayfs for a root that shows other ids (`Overlay::id_mapping`) without
/// waiting for it: the container's side starts it as soon as its id maps are written, so it
/// mounts while the caller still places the cgroup and connects the network. `finish_fuse`
/// waits for the mount.
pub fn spawn_rootfs_fuse(ov: &Overlay) -> Result<FuseMount> {
    let prog = ov
        .mount_program
        .clone()
        .unwrap_or_else(|| PathBuf::from("/usr/bin/fuse-overlayfs"));
    spawn_fuse(&prog, ov)
}

/// A fuse-overlayfs being started (its foreground process exits once the mount is there).
pub struct FuseMount {
    child: std::process::Child,
    prog: PathBuf,
}

fn spawn_fuse(prog: &Path, ov: &Overlay) -> Result<FuseMount> {
    let lower = lowerdir_arg(ov)?;
    let mut opts = format!(
        "lowerdir={lower},upperdir={},workdir={}",
        ov.upper.display(),
        ov.work.display()
    );
    if let Some((u, g)) = &ov.id_mapping {
        opts.push_str(&format!(",uidmapping={u},gidmapping={g}"));
    }
    let child = std::process::Command::new(prog)
        .arg("-o")
        .arg(&opts)
        .arg(&ov.target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("running {}", prog.display()))?;
    Ok(FuseMount {
        child,
        prog: prog.to_path_buf(),
    })
}

/// Wait for fuse-overlayfs's mount, then leave it behind in this mount namespace.
pub fn finish_fuse(f: FuseMount) -> Result<()> {
    let prog = f.prog;
    let out = f
        .child
        .wait_with_output()
        .with_context(|| format!("running {}", prog.display()))?;
    if !out.status.success() {
        bail!(
            "{} failed: {}",
            prog.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    // pivot_root moves the root of every process of the mount namespace whose root is the old
    // one: the FUSE daemon would then look up its own paths through its own mount and deadlock.
    // Leave it behind in this namespace and build the container in a nested one.
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("creating the container's mount namespace")?;
    make_private()
}

/// Make the whole mount tree private so nothing propagates back to the host.
pub fn make_private() -> Result<()> {
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making / private")
}

/// An open root directory that paths are resolved in.
pub struct Root {
    fd: OwnedFd,
    path: PathBuf,
}

/// What to create at a mount destination that does not exist yet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Dir,
    File,
}

fn rel_components(p: &Path) -> Vec<&std::ffi::OsStr> {
    p.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s),
            _ => None,
        })
        .collect()
}

impl Root {
    pub fn open(path: &Path) -> Result<Root> {
        let fd = rustix::fs::open(
            path,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", path.display()))?;
        Ok(Root {
            fd,
            path: path.to_path_buf(),
        })
    }

    fn resolve(&self, rel: &Path, flags: OFlags) -> rustix::io::Result<OwnedFd> {
        let rel = if rel.as_os_str().is_empty() {
            Path::new(".")
        } else {
            rel
        };
        crate::runtime::openat2_retry(
            self.fd.as_fd(),
            rel,
            flags | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
        )
    }

    /// Open `dest` (a path inside the root), creating it (and missing parents) as `kind`.
    pub fn open_or_create(&self, dest: &Path, kind: Kind) -> Result<OwnedFd> {
        let comps = rel_components(dest);
        let mut cur = PathBuf::new();
        for (i, c) in comps.iter().enumerate() {
            let parent = cur.clone();
            cur.push(c);
            let last = i + 1 == comps.len();
            // Resolve through symlinks in the image, inside the root (no NOFOLLOW on the
            // intermediate lookup: O_PATH with IN_ROOT follows symlinks inside the root).
            let res = crate::runtime::openat2_retry(
                self.fd.as_fd(),
                &cur,
                OFlags::PATH | OFlags::CLOEXEC,
                Mode::empty(),
                ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
            );
            match res {
                Ok(fd) => {
                    if last {
                        return Ok(fd);
                    }
                }
                Err(rustix::io::Errno::NOENT) => {
                    let pfd = self
                        .resolve(&parent, OFlags::PATH | OFlags::DIRECTORY)
                        .with_context(|| format!("resolving {}", parent.display()))?;
                    if last && kind == Kind::File {
                        let f = rustix::fs::openat(
                            pfd.as_fd(),
                            *c,
                            OFlags::CREATE | OFlags::WRONLY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
                            Mode::from_raw_mode(0o644),
                        )
                        .with_context(|| format!("creating {}", cur.display()))?;
                        drop(f);
                    } else {
                        match rustix::fs::mkdirat(pfd.as_fd(), *c, Mode::from_raw_mode(0o755)) {
                            Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                            Err(e) => {
                                return Err(e)
                                    .with_context(|| format!("creating {}", cur.display()))
                            }
                        }
                    }
                    let fd = crate::runtime::openat2_retry(
                        self.fd.as_fd(),
                        &cur,
                        OFlags::PATH | OFlags::CLOEXEC,
                        Mode::empty(),
                        ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
                    )
                    .with_context(|| format!("opening {}", cur.display()))?;
                    if last {
                        return Ok(fd);
                    }
                }
                Err(e) => return Err(e).with_context(|| format!("resolving {}", cur.display())),
            }
        }
        Ok(rustix::io::dup(&self.fd)?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Open an existing `dest` inside the root (symlinks followed inside it) as O_PATH.
    pub fn open_existing(&self, dest: &Path) -> Result<OwnedFd> {
        let rel = dest.strip_prefix("/").unwrap_or(dest);
        let rel = if rel.as_os_str().is_empty() {
            Path::new(".")
        } else {
            rel
        };
        crate::runtime::openat2_retry(
            self.fd.as_fd(),
            rel,
            OFlags::PATH | OFlags::CLOEXEC,
            Mode::empty(),
            ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
        )
        .with_context(|| format!("opening {}", dest.display()))
    }
}

/// The path through which a mount can target an O_PATH fd.
pub fn fd_path(fd: &OwnedFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

/// Mount a filesystem of `fstype` at `dest` inside the root.
pub fn mount_fs(
    root: &Root,
    dest: &Path,
    fstype: &str,
    source: &str,
    flags: MsFlags,
    data: Option<&str>,
) -> Result<()> {
    let fd = root.open_or_create(dest, Kind::Dir)?;
    mount(
        Some(source),
        fd_path(&fd).as_str(),
        Some(fstype),
        flags,
        data,
    )
    .with_context(|| format!("mounting {fstype} on {}", dest.display()))
}

/// Bind-mount host `src` at `dest` inside the root; read-only when asked.
pub fn bind(root: &Root, src: &Path, dest: &Path, recursive: bool, flags: MsFlags) -> Result<()> {
    let meta = std::fs::metadata(src).with_context(|| format!("bind source {}", src.display()))?;
    let kind = if meta.is_dir() { Kind::Dir } else { Kind::File };
    let fd = root.open_or_create(dest, kind)?;
    let target = fd_path(&fd);
    let mut f = MsFlags::MS_BIND;
    if recursive {
        f |= MsFlags::MS_REC;
    }
    mount(Some(src), target.as_str(), None::<&str>, f, None::<&str>)
        .with_context(|| format!("bind mounting {} on {}", src.display(), dest.display()))?;
    let extra =
        flags & (MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC);
    if !extra.is_empty() {
        // Re-open: the fd still points at the covered directory.
        let fd = root.open_or_create(dest, kind)?;
        remount_bind(&fd_path(&fd), extra)
            .with_context(|| format!("remounting {} read-only", dest.display()))?;
    }
    Ok(())
}

/// Set the propagation of the mount at `dest` (`rshared`, `slave`...; the rest of the tree is
/// private already).
pub fn set_propagation(root: &Root, dest: &Path, prop: &str) -> Result<()> {
    let mut f = match prop.trim_start_matches('r') {
        "shared" => MsFlags::MS_SHARED,
        "slave" => MsFlags::MS_SLAVE,
        "private" => MsFlags::MS_PRIVATE,
        "unbindable" => MsFlags::MS_UNBINDABLE,
        _ => bail!("unknown propagation {prop}"),
    };
    if prop.starts_with('r') {
        f |= MsFlags::MS_REC;
    }
    let fd = root.open_existing(dest)?;
    mount(
        None::<&str>,
        fd_path(&fd).as_str(),
        None::<&str>,
        f,
        None::<&str>,
    )
    .with_context(|| format!("making {} {prop}", dest.display()))
}

/// Remount an existing mount point with extra flags, keeping the flags the kernel locked.
pub fn remount_bind(target: &str, extra: MsFlags) -> Result<()> {
    let cur = locked_flags(target);
    mount(
        None::<&str>,
        target,
        None::<&str>,
        MsFlags::MS_BIND | MsFlags::MS_REMOUNT | extra | cur,
        None::<&str>,
    )?;
    Ok(())
}

fn locked_flags(target: &str) -> MsFlags {
    let mut f = MsFlags::empty();
    if let Ok(st) = nix::sys::statvfs::statvfs(target) {
        use nix::sys::statvfs::FsFlags;
        let fl = st.flags();
        if fl.contains(FsFlags::ST_NOSUID) {
            f |= MsFlags::MS_NOSUID;
        }
        if fl.contains(FsFlags::ST_NODEV) {
            f |= MsFlags::MS_NODEV;
        }
        if fl.contains(FsFlags::ST_NOEXEC) {
            f |= MsFlags::MS_NOEXEC;
        }
        if fl.contains(FsFlags::ST_RDONLY) {
            f |= MsFlags::MS_RDONLY;
        }
        if fl.contains(FsFlags::ST_NOATIME) {
            f |= MsFlags::MS_NOATIME;
        }
        if fl.contains(FsFlags::ST_NODIRATIME) {
            f |= MsFlags::MS_NODIRATIME;
        }
        if fl.contains(FsFlags::ST_RELATIME) {
            f |= MsFlags::MS_RELATIME;
        }
    }
    f
}

/// Populate /dev (already a tmpfs) with the standard nodes, bind-mounted from the host since a
/// user namespace cannot create device nodes.
pub fn populate_dev(root: &Root) -> Result<()> {
    for node in ["null", "zero", "full", "random", "urandom", "tty"] {
        let dest = PathBuf::from("/dev").join(node);
        bind(
            root,
            &Path::new("/dev").join(node),
            &dest,
            false,
            MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
        )?;
    }
    let devfd = root.open_or_create(Path::new("/dev"), Kind::Dir)?;
    let dir = rustix::fs::openat(
        &devfd,
        ".",
        OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    for (name, target) in [
        ("ptmx", "pts/ptmx"),
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("core", "/proc/kcore"),
    ] {
        match rustix::fs::symlinkat(target, &dir, name) {
            Ok(()) | Err(rustix::io::Errno::EXIST) => {}
            Err(e) => return Err(e).with_context(|| format!("creating /dev/{name}")),
        }
    }
    Ok(())
}

/// Enter the new root: pivot_root into it and detach the old root.
pub fn pivot(root: &Path) -> Result<()> {
    std::env::set_current_dir(root).context("entering the root filesystem")?;
    nix::unistd::pivot_root(".", ".").context("pivot_root")?;
    umount2(".", MntFlags::MNT_DETACH).context("detaching the old root")?;
    std::env::set_current_dir("/").context("chdir /")?;
    Ok(())
}

/// Hide `paths` (after pivot): directories get an empty read-only tmpfs, files /dev/null.
pub fn mask_paths(paths: &[String]) -> Result<()> {
    for p in paths {
        let path = Path::new(p);
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            continue;
        };
        let res = if meta.is_dir() {
            mount(
                Some("tmpfs"),
                path,
                Some("tmpfs"),
                MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                Some("size=0k"),
            )
        } else {
            mount(
                Some("/dev/null"),
                path,
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            )
        };
        res.with_context(|| format!("masking {p}"))?;
    }
    Ok(())
}

/// Make `paths` read-only (after pivot).
pub fn readonly_paths(paths: &[String]) -> Result<()> {
    for p in paths {
        let path = Path::new(p);
        if std::fs::symlink_metadata(path).is_err() {
            continue;
        }
        mount(
            Some(path),
            path,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .with_context(|| format!("binding {p}"))?;
        remount_bind(p, MsFlags::MS_RDONLY).with_context(|| format!("making {p} read-only"))?;
    }
    Ok(())
}
