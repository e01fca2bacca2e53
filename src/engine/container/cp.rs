//! `cp` and `export`: files in and out of a container's root filesystem.
//!
//! Both run in a helper from `runtime::rootfs::with_rootfs`: for a running container it joins
//! the container's user namespace and works through `/proc/PID/root`; for a stopped one it
//! mounts the overlay (layers + upper dir) in a private user and mount namespace. Inside, every
//! container path is resolved with `openat2(RESOLVE_IN_ROOT)` (`store::fs_tar::open_in_root`)
//! and files are copied as a tar stream: `store::fs_tar` writes it without following symlinks,
//! `store::layer_tar::extract_at` writes it out resolving every path inside its root.
//! Files copied in from a host path become owned by the container's root; a tar stream on
//! stdin keeps its owners. Files copied out belong to the invoking user.

use super::rootfs::{access, hold};
use crate::engine::Engine;
use crate::runtime::rootfs::with_rootfs;
use crate::store::fs_tar::{self, TarOpts};
use crate::store::layer_tar;
use anyhow::{anyhow, bail, Context, Result};
use rustix::fs::{FileType, Mode, OFlags};
use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::Path;

/// One side of `cp`.
#[derive(Debug, Clone, PartialEq)]
pub enum Loc {
    Stream,
    Host(String),
    Container(String, String),
}

/// Parse `-`, `CTR:PATH` or a host path.
pub fn parse_loc(s: &str) -> Loc {
    if s == "-" {
        return Loc::Stream;
    }
    if !s.starts_with('/') && !s.starts_with('.') {
        if let Some((c, p)) = s.split_once(':') {
            if !c.is_empty() {
                return Loc::Container(c.to_string(), p.to_string());
            }
        }
    }
    Loc::Host(s.to_string())
}

fn open_dir(p: &Path) -> Result<OwnedFd> {
    rustix::fs::open(
        p,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", p.display()))
}

fn kind_of(fd: BorrowedFd) -> Option<FileType> {
    rustix::fs::fstat(fd)
        .ok()
        .map(|s| FileType::from_raw_mode(s.st_mode))
}

/// Split a path into (parent, last name); "/" has no name.
fn split(p: &str) -> (String, Option<String>) {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return ("/".into(), None);
    }
    match t.rsplit_once('/') {
        Some(("", n)) => ("/".into(), Some(n.to_string())),
        Some((d, n)) => (d.to_string(), Some(n.to_string())),
        None => (".".into(), Some(t.to_string())),
    }
}

/// What is being copied: the object `name` in `parent`, or with `contents` what is inside it.
struct Source {
    parent: OwnedFd,
    name: String,
    is_dir: bool,
    contents: bool,
    base: String,
}

/// Resolve a source path with `open` (inside a root or on the host).
fn source(path: &str, open: &dyn Fn(&Path, bool) -> Result<OwnedFd>) -> Result<Source> {
    let contents = path.ends_with("/.") || path == "." || path == "/";
    let trimmed = path.trim_end_matches("/.");
    let (dir, name) = split(trimmed);
    let follow_last = path.ends_with('/') || contents;
    match name {
        None => {
            // The root itself.
            let fd = open(Path::new("/"), true)?;
            Ok(Source {
                parent: fd,
                name: ".".into(),
                is_dir: true,
                contents: true,
                base: String::new(),
            })
        }
        Some(n) => {
            let parent = open(Path::new(&dir), true)?;
            let fd = if follow_last {
                open(Path::new(trimmed), true)?
            } else {
                rustix::fs::openat(
                    &parent,
                    n.as_str(),
                    OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .map_err(|e| anyhow!("{path}: {e}"))?
            };
            let is_dir = kind_of(fd.as_fd()) == Some(FileType::Directory);
            if path.ends_with('/') && !is_dir {
                bail!("{path}: not a directory");
            }
            if follow_last {
                // Copy what the path leads to, under its own name.
                return Ok(Source {
                    parent: fd,
                    name: ".".into(),
                    is_dir,
                    contents,
                    base: n,
                });
            }
            Ok(Source {
                parent,
                name: n.clone(),
                is_dir,
                contents: false,
                base: n,
            })
        }
    }
}

/// Where the copy lands: the directory and the top-level name (None: the contents go straight
/// into the directory). `dest_kind` is what exists at `dst` (None: nothing).
fn plan(src: &Source, dst: &str, dest_kind: Option<FileType>) -> Result<(String, Option<String>)> {
    let dst_is_dir = dest_kind == Some(FileType::Directory);
    if src.is_dir {
        return match dest_kind {
            Some(_) if dst_is_dir => Ok(if src.contents || src.base.is_empty() {
                (dst.to_string(), None)
            } else {
                (dst.to_string(), Some(src.base.clone()))
            }),
            Some(_) => bail!("cannot copy a directory to non-directory {dst}"),
            None => {
                let (d, n) = split(dst);
                Ok((d, n))
            }
        };
    }
    if dst_is_dir {
        return Ok((dst.to_string(), Some(src.base.clone())));
    }
    if dst.ends_with('/') {
        bail!("{dst}: no such directory");
    }
    let (d, n) = split(dst);
    match n {
        Some(n) => Ok((d, Some(n))),
        None => bail!("{dst}: not a directory"),
    }
}

/// Write `src` as a tar: named `top` (or its contents when `top` is None).
fn write_source<W: Write>(w: W, src: &Source, top: Option<&str>, opts: &TarOpts) -> Result<W> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    match top {
        Some(t) => fs_tar::append_entry(
            &mut b,
            src.parent.as_fd(),
            &src.name,
            Path::new(t),
            opts,
            None,
        )?,
        None => {
            let d = rustix::fs::openat(
                &src.parent,
                src.name.as_str(),
                OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
            fs_tar::append_children(&mut b, d.as_fd(), Path::new(""), opts, None)?
        }
    }
    Ok(b.into_inner()?)
}

/// Produce a tar in a thread and extract it at `prefix` below `root`.
fn transfer(
    src: &Source,
    top: Option<&str>,
    opts: TarOpts,
    root: &Path,
    prefix: Vec<String>,
    chown: bool,
) -> Result<()> {
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    std::thread::scope(|s| {
        let producer = s.spawn(move || -> Result<()> {
            let f = std::fs::File::from(w);
            let mut f = write_source(std::io::BufWriter::new(f), src, top, &opts)?;
            f.flush()?;
            Ok(())
        });
        let res = layer_tar::extract_at(std::fs::File::from(r), root, prefix, chown);
        let prod = producer
            .join()
            .map_err(|_| anyhow!("the copy thread panicked"))?;
        // An extraction error closes the pipe and fails the producer: report the cause.
        res?;
        prod
    })
}

fn comps(p: &str) -> Result<Vec<String>> {
    layer_tar::clean_path(Path::new(p))
}

/// `cp SRC DST` (at least one side a container).
pub fn cp(engine: &Engine, src: &str, dst: &str) -> Result<()> {
    // The helper may change directory (overlay mount): make host paths absolute first.
    let abs = |l: Loc| -> Result<Loc> {
        Ok(match l {
            Loc::Host(p) if !p.starts_with('/') => Loc::Host(format!(
                "{}/{p}",
                std::env::current_dir()
                    .context("reading the current directory")?
                    .display()
            )),
            other => other,
        })
    };
    match (abs(parse_loc(src))?, abs(parse_loc(dst))?) {
        (Loc::Container(..), Loc::Container(..)) => {
            bail!("copying between containers is not supported")
        }
        (Loc::Container(c, p), to) => {
            let rec = super::lookup::lookup(engine, &c)?;
            let acc = access(engine, &rec)?;
            let _lock = hold(engine, &acc)?;
            with_rootfs(engine.idmap(), &acc, move |root| copy_out(root, &p, &to))
        }
        (from, Loc::Container(c, p)) => {
            let rec = super::lookup::lookup(engine, &c)?;
            let acc = access(engine, &rec)?;
            let _lock = hold(engine, &acc)?;
            with_rootfs(engine.idmap(), &acc, move |root| copy_in(root, &from, &p))
        }
        _ => bail!("invalid arguments {src}, {dst}: you must specify either source or destination as a container (CONTAINER:PATH)"),
    }
}

fn copy_out(root: &Path, path: &str, to: &Loc) -> Result<()> {
    let rootfd = open_dir(root)?;
    let open = |p: &Path, follow: bool| -> Result<OwnedFd> {
        fs_tar::open_in_root(rootfd.as_fd(), p, follow).map_err(|e| anyhow!("{}: {e}", p.display()))
    };
    let src = source(path, &open).with_context(|| format!("copying {path} from the container"))?;
    match to {
        Loc::Stream => {
            let top = if src.contents {
                None
            } else {
                Some(src.base.as_str())
            };
            let stdout = std::io::stdout();
            let mut w = write_source(
                std::io::BufWriter::new(stdout.lock()),
                &src,
                top,
                &TarOpts::default(),
            )?;
            w.flush()?;
            Ok(())
        }
        Loc::Host(dst) => {
            let kind = std::fs::metadata(dst).ok().map(|m| {
                if m.is_dir() {
                    FileType::Directory
                } else {
                    FileType::RegularFile
                }
            });
            let (dir, top) = plan(&src, dst, kind)?;
            if !Path::new(&dir).is_dir() {
                bail!("{dir}: no such directory");
            }
            transfer(
                &src,
                top.as_deref(),
                TarOpts::default(),
                Path::new(&dir),
                Vec::new(),
                false,
            )
        }
        Loc::Container(..) => unreachable_loc(),
    }
}

fn unreachable_loc() -> Result<()> {
    bail!("copying between containers is not supported")
}

fn copy_in(root: &Path, from: &Loc, path: &str) -> Result<()> {
    let rootfd = open_dir(root)?;
    let dest_kind = fs_tar::open_in_root(rootfd.as_fd(), Path::new(path), true)
        .ok()
        .and_then(|fd| kind_of(fd.as_fd()));
    match from {
        Loc::Stream => {
            if dest_kind != Some(FileType::Directory) {
                bail!("destination {path} must be an existing directory when copying a tar stream from standard input");
            }
            let input = layer_tar::decompressed(std::io::stdin().lock())?;
            layer_tar::extract_at(input, root, comps(path)?, true)?;
            Ok(())
        }
        Loc::Host(h) => {
            let open = |p: &Path, follow: bool| -> Result<OwnedFd> {
                let mut flags = OFlags::PATH | OFlags::CLOEXEC;
                if !follow {
                    flags |= OFlags::NOFOLLOW;
                }
                rustix::fs::open(p, flags, Mode::empty())
                    .map_err(|e| anyhow!("{}: {e}", p.display()))
            };
            let src = source(h, &open)?;
            let (dir, top) = plan(&src, path, dest_kind)?;
            let dir_kind = fs_tar::open_in_root(rootfd.as_fd(), Path::new(&dir), true)
                .ok()
                .and_then(|fd| kind_of(fd.as_fd()));
            if dir_kind != Some(FileType::Directory) {
                bail!("{dir}: no such directory in the container");
            }
            let opts = TarOpts {
                owner: Some((0, 0)),
                one_mount: false,
            };
            transfer(&src, top.as_deref(), opts, root, comps(&dir)?, true)
        }
        Loc::Container(..) => unreachable_loc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations() {
        assert_eq!(parse_loc("-"), Loc::Stream);
        assert_eq!(parse_loc("/a:b"), Loc::Host("/a:b".into()));
        assert_eq!(
            parse_loc("c1:/etc/x"),
            Loc::Container("c1".into(), "/etc/x".into())
        );
        assert_eq!(split("/a/b/"), ("/a".into(), Some("b".into())));
        assert_eq!(split("/"), ("/".into(), None));
        assert_eq!(split("x"), (".".into(), Some("x".into())));
    }
}
