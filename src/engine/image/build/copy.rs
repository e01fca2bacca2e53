//! Changing the working container's files from outside it: COPY/ADD put a tar of their
//! sources (names relative to the destination directory) into the mounted root filesystem,
//! with `--chown` names looked up in the container's own /etc/passwd and /etc/group; WORKDIR
//! creates its directory. `export` writes the sources of `COPY --from` out of another
//! stage's (or image's) root filesystem. Everything runs in a helper that mounts the overlay
//! (`runtime::rootfs::with_rootfs`), resolving paths inside the root.

use super::context::{basename, has_glob, Owner, Walker};
use super::sink::{HashSink, Sink};
use super::work::Work;
use crate::engine::Engine;
use crate::runtime::rootfs::{with_rootfs, Access};
use crate::store::fs_tar::open_in_root;
use crate::store::images::LayerRef;
use crate::store::layer_tar;
use anyhow::{anyhow, bail, Context, Result};
use rustix::fs::{FileType, Mode, OFlags};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// A COPY/ADD ready to be applied: its sources as a tar file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Put {
    pub tar: PathBuf,
    /// Exactly one regular file: the destination may name it.
    pub single_file: bool,
    /// The destination, absolute (a trailing `/` kept).
    pub dest: String,
    pub chown: Option<String>,
}

fn open_root(root: &Path) -> Result<OwnedFd> {
    rustix::fs::open(
        root,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", root.display()))
}

fn kind_in(root: BorrowedFd, p: &str) -> Option<FileType> {
    let fd = open_in_root(root, Path::new(p), true).ok()?;
    rustix::fs::fstat(&fd)
        .ok()
        .map(|s| FileType::from_raw_mode(s.st_mode))
}

fn read_in(root: BorrowedFd, p: &str) -> String {
    open_in_root(root, Path::new(p), true)
        .ok()
        .and_then(|fd| super::context::reopen(&fd).ok())
        .and_then(|mut f| {
            let mut s = String::new();
            f.read_to_string(&mut s).ok().map(|_| s)
        })
        .unwrap_or_default()
}

/// The id of a user or group name (or number) in a passwd/group file's text.
fn lookup_id(text: &str, name: &str) -> Option<(u64, Option<u64>)> {
    if let Ok(n) = name.parse::<u64>() {
        return Some((n, None));
    }
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() >= 3 && f[0] == name).then(|| {
            let id = f[2].parse().ok()?;
            Some((id, f.get(3).and_then(|g| g.parse().ok())))
        })?
    })
}

/// `--chown=USER[:GROUP]` as ids, names resolved in the container; a user alone gives its
/// number as the group too, as docker does.
pub fn chown_ids(root: BorrowedFd, spec: &str) -> Result<(u64, u64)> {
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let passwd = read_in(root, "/etc/passwd");
    let (uid, _) = lookup_id(&passwd, u).ok_or_else(|| {
        anyhow!("looking up UID for user {u:?}: no such user in the container's /etc/passwd")
    })?;
    let gid = match g {
        Some(g) => {
            let group = read_in(root, "/etc/group");
            lookup_id(&group, g)
                .ok_or_else(|| anyhow!("looking up GID for group {g:?}: no such group in the container's /etc/group"))?
                .0
        }
        None => uid,
    };
    Ok((uid, gid))
}

/// Copy `input` to `out`, renaming the only entry to `rename` and setting owners to `ids`.
fn rewrite<W: Write>(
    input: std::fs::File,
    out: W,
    rename: Option<&str>,
    ids: Option<(u64, u64)>,
) -> Result<()> {
    let mut ar = tar::Archive::new(std::io::BufReader::new(input));
    let mut b = tar::Builder::new(out);
    for e in ar.entries()? {
        let mut e = e?;
        let mut h = e.header().clone();
        let path: PathBuf = match rename {
            Some(r) => PathBuf::from(r),
            None => e.path()?.into_owned(),
        };
        if let Some((u, g)) = ids {
            h.set_uid(u);
            h.set_gid(g);
        }
        match h.entry_type() {
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let t = e.link_name()?.map(|t| t.into_owned()).unwrap_or_default();
                b.append_link(&mut h, &path, &t)?;
            }
            _ => b.append_data(&mut h, &path, &mut e)?,
        }
    }
    b.into_inner()?.flush()?;
    Ok(())
}

fn apply_in(root: &Path, put: &Put) -> Result<()> {
    let rootfd = open_root(root)?;
    let ids = put
        .chown
        .as_deref()
        .map(|c| chown_ids(rootfd.as_fd(), c))
        .transpose()?;
    let dest_kind = kind_in(rootfd.as_fd(), &put.dest);
    let (prefix, rename) =
        if put.single_file && !put.dest.ends_with('/') && dest_kind != Some(FileType::Directory) {
            let parent = Path::new(&put.dest)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "/".into());
            (parent, Some(basename(&put.dest)))
        } else {
            if dest_kind.is_some_and(|k| k != FileType::Directory) {
                bail!("cannot copy into {}: it is not a directory", put.dest);
            }
            (put.dest.clone(), None)
        };
    let comps = layer_tar::clean_path(Path::new(&prefix))?;
    let input =
        std::fs::File::open(&put.tar).with_context(|| format!("reading {}", put.tar.display()))?;
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    std::thread::scope(|s| {
        let producer = s.spawn(move || {
            rewrite(
                input,
                std::io::BufWriter::new(std::fs::File::from(w)),
                rename.as_deref(),
                ids,
            )
        });
        let res = layer_tar::extract_at(std::fs::File::from(r), root, comps, true);
        let prod = producer
            .join()
            .map_err(|_| anyhow!("the copy thread panicked"))?;
        res?;
        prod
    })
}

/// Put the sources into the working container.
pub fn apply(engine: &Engine, w: &Work, layers: &[LayerRef], put: &Put) -> Result<()> {
    let acc = Access::Stopped(w.overlay(engine, layers)?);
    let put = put.clone();
    with_rootfs(engine.idmap(), &acc, move |root| apply_in(root, &put))
}

/// Create `path` (absolute) in the working container unless it is a directory already;
/// whether it was created.
pub fn ensure_dir(engine: &Engine, w: &Work, layers: &[LayerRef], path: &str) -> Result<bool> {
    let acc = Access::Stopped(w.overlay(engine, layers)?);
    let path = path.to_string();
    with_rootfs(engine.idmap(), &acc, move |root| {
        let rootfd = open_root(root)?;
        match kind_in(rootfd.as_fd(), &path) {
            Some(FileType::Directory) => return Ok(false),
            Some(_) => bail!("{path}: not a directory"),
            None => {}
        }
        let rel: PathBuf = layer_tar::clean_path(Path::new(&path))?.iter().collect();
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Directory);
        h.set_mode(0o755);
        h.set_uid(0);
        h.set_gid(0);
        h.set_size(0);
        h.set_mtime(crate::store::now_nanos().max(0) as u64 / 1_000_000_000);
        b.append_data(&mut h, &rel, std::io::empty())?;
        let data = b.into_inner()?;
        layer_tar::extract_at(&data[..], root, Vec::new(), true)?;
        Ok(true)
    })
}

/// Feeds a digest and a tar at once.
struct Tee<'a, W: Write> {
    hash: &'a mut HashSink,
    tar: tar::Builder<W>,
}

struct Hashing<'a> {
    inner: &'a mut dyn Read,
    hash: &'a mut sha2::Sha256,
}

impl Read for Hashing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        sha2::Digest::update(self.hash, &buf[..n]);
        Ok(n)
    }
}

impl<W: Write> Sink for Tee<'_, W> {
    fn add(&mut self, h: &mut tar::Header, name: &Path, data: &mut dyn Read) -> Result<()> {
        self.hash.add(h, name, &mut std::io::empty())?;
        let mut r = Hashing {
            inner: data,
            hash: &mut self.hash.0,
        };
        Ok(self.tar.append_data(h, name, &mut r)?)
    }
    fn link(&mut self, h: &mut tar::Header, name: &Path, target: &Path) -> Result<()> {
        self.hash.link(h, name, target)?;
        Ok(self.tar.append_link(h, name, target)?)
    }
}

/// What `export` found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Exported {
    pub digest: String,
    pub single_file: bool,
    pub count: usize,
}

/// The paths a source names in a root: itself, or for a glob in its last element the
/// matching names of its directory.
fn expand_in(root: BorrowedFd, src: &str) -> Result<Vec<String>> {
    if !has_glob(src) {
        return match kind_in(root, src) {
            Some(_) => Ok(vec![src.to_string()]),
            None => bail!("{src:?}: no such file or directory"),
        };
    }
    let (dir, pat) = src.rsplit_once('/').unwrap_or(("", src));
    if has_glob(dir) {
        bail!("{src:?}: a wildcard is only supported in the last path element with --from");
    }
    let m = globset::GlobBuilder::new(pat)
        .literal_separator(true)
        .build()
        .map_err(|e| anyhow!("invalid pattern {src:?}: {e}"))?
        .compile_matcher();
    let dfd = open_in_root(
        root,
        Path::new(if dir.is_empty() { "/" } else { dir }),
        true,
    )?;
    let d = rustix::fs::openat(
        &dfd,
        ".",
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let mut names: Vec<String> = layer_tar::dir_names(&d)?
        .into_iter()
        .filter(|n| m.is_match(n))
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("{src:?}: no source files were specified");
    }
    Ok(names.into_iter().map(|n| format!("{dir}/{n}")).collect())
}

fn export_in(root: &Path, sources: &[String], chmod: Option<u32>, out: &Path) -> Result<Exported> {
    let rootfd = open_root(root)?;
    let mut paths = Vec::new();
    for s in sources {
        paths.extend(expand_in(rootfd.as_fd(), s)?);
    }
    let mut hash = HashSink::default();
    let f = std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?;
    let mut tee = Tee {
        hash: &mut hash,
        tar: tar::Builder::new(std::io::BufWriter::new(f)),
    };
    let w = Walker {
        ctx: None,
        own: Owner::default(),
        chmod,
        exclude: None,
    };
    let mut single_file = paths.len() == 1;
    for p in &paths {
        let fd =
            open_in_root(rootfd.as_fd(), Path::new(p), true).map_err(|e| anyhow!("{p}: {e}"))?;
        let kind = rustix::fs::fstat(&fd).map(|s| FileType::from_raw_mode(s.st_mode))?;
        if kind == FileType::Directory {
            single_file = false;
            w.children(fd.as_fd(), Path::new(""), p, &mut tee)?;
        } else {
            w.file(&fd, Path::new(&basename(p)), p, &mut tee)?;
        }
    }
    tee.tar.into_inner()?.flush()?;
    Ok(Exported {
        digest: hash.finish(),
        single_file,
        count: paths.len(),
    })
}

/// Write the sources (absolute paths in a stage's or image's root filesystem) as a tar at
/// `out`, keeping their owners; their digest.
pub fn export(
    engine: &Engine,
    staging: &Path,
    layers: &[LayerRef],
    sources: &[String],
    chmod: Option<u32>,
    out: &Path,
) -> Result<Exported> {
    let w = Work::new(staging)?;
    let acc = Access::Stopped(w.overlay(engine, layers)?);
    let sources = sources.to_vec();
    let out = out.to_path_buf();
    let r = with_rootfs(engine.idmap(), &acc, move |root| {
        export_in(root, &sources, chmod, &out)
    });
    let _ = crate::store::remove_tree(&w.dir, engine.idmap());
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_passwd_text() {
        let passwd = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1001::/home/app:/bin/sh\n";
        assert_eq!(lookup_id(passwd, "app"), Some((1000, Some(1001))));
        assert_eq!(lookup_id(passwd, "42"), Some((42, None)));
        assert_eq!(lookup_id(passwd, "nobody"), None);
    }
}
