//! The build context: a directory (or a tar on stdin, unpacked into the staging area), its
//! `.containerignore`/`.dockerignore` rules, and the COPY/ADD sources found in it. Sources are
//! walked twice when a step is not cached: once for their digest (names, types, modes, sizes,
//! contents, link targets; not owners or times), once into a tar whose names are relative to
//! the destination directory. Every path is resolved inside the context (`openat2`
//! RESOLVE_IN_ROOT for the source, `O_NOFOLLOW` below it): symlinks are copied as symlinks.

use super::archive;
use super::sink::Sink;
use crate::build::ignore::{clean, Ignore};
use crate::store::fs_tar::open_in_root;
use anyhow::{anyhow, bail, Context as _, Result};
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use std::io::Read;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

pub struct Context {
    pub root: PathBuf,
    rootfd: OwnedFd,
    ignore: Ignore,
}

/// How entries are recorded.
#[derive(Clone, Copy, Default)]
pub struct Owner {
    /// Record these ids instead of the files' own (COPY from the context: root).
    pub ids: Option<(u64, u64)>,
}

impl Context {
    /// A context directory and its ignore file.
    pub fn open(root: &Path) -> Result<Context> {
        let root = std::fs::canonicalize(root)
            .with_context(|| format!("the build context {}", root.display()))?;
        if !root.is_dir() {
            bail!("the build context {} is not a directory", root.display());
        }
        let rootfd = rustix::fs::open(
            &root,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", root.display()))?;
        let ignore = [".containerignore", ".dockerignore"]
            .iter()
            .map(|n| root.join(n))
            .find(|p| p.is_file())
            .map(|p| {
                let t = std::fs::read_to_string(&p)
                    .with_context(|| format!("reading {}", p.display()))?;
                Ignore::parse(&t).with_context(|| format!("{}", p.display()))
            })
            .transpose()?
            .unwrap_or_default();
        Ok(Context {
            root,
            rootfd,
            ignore,
        })
    }

    pub fn excluded(&self, rel: &str) -> bool {
        self.ignore.excluded(rel)
    }

    /// Every path in the context that is not excluded (relative, `/`-separated), for globs.
    fn all_paths(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut todo = vec![String::new()];
        while let Some(dir) = todo.pop() {
            let p = if dir.is_empty() {
                self.root.clone()
            } else {
                self.root.join(&dir)
            };
            let rd = std::fs::read_dir(&p).with_context(|| format!("reading {}", p.display()))?;
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let rel = if dir.is_empty() {
                    name
                } else {
                    format!("{dir}/{name}")
                };
                let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                let excluded = self.excluded(&rel);
                if !excluded {
                    out.push(rel.clone());
                }
                if is_dir && (!excluded || self.ignore.has_exceptions()) {
                    todo.push(rel);
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The context paths a source names (globs expanded); an error when there are none.
    pub fn resolve(&self, src: &str) -> Result<Vec<String>> {
        let rel = clean(src);
        if src.split('/').filter(|c| *c == "..").count() > 0 && escapes(src) {
            bail!("{src}: the path is outside the build context");
        }
        if has_glob(&rel) {
            let m = globset::GlobBuilder::new(&rel)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
                .map_err(|e| anyhow!("invalid pattern {src:?}: {e}"))?
                .compile_matcher();
            let hits: Vec<String> = self
                .all_paths()?
                .into_iter()
                .filter(|p| m.is_match(p))
                .collect();
            if hits.is_empty() {
                bail!(
                    "no source files were specified: {src:?} matches nothing in the build context"
                );
            }
            return Ok(hits);
        }
        let exists = open_in_root(self.rootfd.as_fd(), Path::new(&rel), false).is_ok();
        if !exists || (!rel.is_empty() && self.excluded(&rel)) {
            let why = if exists {
                " (it is excluded by the ignore file)"
            } else {
                ""
            };
            bail!(
                "checking on sources under {:?}: {:?}: no such file or directory{why}",
                self.root.display().to_string(),
                format!("/{rel}")
            );
        }
        Ok(vec![rel])
    }

    /// Walk one source into `sink`: a directory's contents, or a file as `name`.
    pub fn walk(&self, rel: &str, how: &How, sink: &mut dyn Sink) -> Result<()> {
        let path = if rel.is_empty() {
            Path::new(".")
        } else {
            Path::new(rel)
        };
        let fd =
            open_in_root(self.rootfd.as_fd(), path, true).map_err(|e| anyhow!("{rel}: {e}"))?;
        let w = Walker {
            ctx: Some(self),
            own: how.own,
            chmod: how.chmod,
            exclude: how.exclude,
        };
        let top = if how.parents {
            clean(rel)
        } else {
            String::new()
        };
        if kind_of(fd.as_fd()) == Some(FileType::Directory) {
            w.children(fd.as_fd(), Path::new(&top), rel, sink)
        } else if how.parents {
            w.file(&fd, Path::new(&top), rel, sink)
        } else {
            w.file(&fd, Path::new(&basename(rel)), rel, sink)
        }
    }

    /// Whether a source is a regular file that is a tar archive (any compression).
    pub fn is_archive(&self, rel: &str) -> bool {
        open_in_root(self.rootfd.as_fd(), Path::new(rel), true)
            .ok()
            .and_then(|fd| reopen(&fd).ok())
            .is_some_and(|f| archive::is_tar(f).unwrap_or(false))
    }

    /// Open a source file for reading.
    pub fn open_file(&self, rel: &str) -> Result<std::fs::File> {
        let fd = open_in_root(self.rootfd.as_fd(), Path::new(rel), true)
            .map_err(|e| anyhow!("{rel}: {e}"))?;
        reopen(&fd)
    }
}

/// Open an O_PATH descriptor's file for reading.
pub fn reopen(fd: &OwnedFd) -> Result<std::fs::File> {
    let p = format!("/proc/self/fd/{}", std::os::fd::AsRawFd::as_raw_fd(fd));
    let f = rustix::fs::open(p.as_str(), OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?;
    Ok(std::fs::File::from(f))
}

fn escapes(p: &str) -> bool {
    let mut depth: i64 = 0;
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}

pub fn has_glob(p: &str) -> bool {
    p.contains(['*', '?', '['])
}

pub fn basename(p: &str) -> String {
    p.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(p)
        .to_string()
}

fn kind_of(fd: BorrowedFd) -> Option<FileType> {
    rustix::fs::fstat(fd)
        .ok()
        .map(|s| FileType::from_raw_mode(s.st_mode))
}

/// How a COPY takes a source from the context.
#[derive(Clone, Copy, Default)]
pub struct How<'a> {
    pub own: Owner,
    pub chmod: Option<u32>,
    /// `--exclude` patterns, matched against the names below the destination.
    pub exclude: Option<&'a Ignore>,
    /// `--parents`: the source's own path is kept below the destination.
    pub parents: bool,
}

/// Walks a tree into a sink with the owner and mode rules of a COPY.
pub struct Walker<'a> {
    /// The context, whose ignore rules apply (None: another stage's or image's root).
    pub ctx: Option<&'a Context>,
    pub own: Owner,
    pub chmod: Option<u32>,
    pub exclude: Option<&'a Ignore>,
}

impl Walker<'_> {
    fn excluded(&self, rel: &str, tar_name: &Path) -> bool {
        self.ctx.is_some_and(|c| c.excluded(rel))
            || self
                .exclude
                .is_some_and(|x| x.excluded(&tar_name.to_string_lossy()))
    }

    fn descend_excluded(&self) -> bool {
        self.ctx.is_some_and(|c| c.ignore.has_exceptions())
    }

    /// Everything in the directory `dir`, named below `prefix`.
    pub fn children(
        &self,
        dir: BorrowedFd,
        prefix: &Path,
        rel: &str,
        sink: &mut dyn Sink,
    ) -> Result<()> {
        let d = rustix::fs::openat(
            dir,
            ".",
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        let mut names = crate::store::layer_tar::dir_names(&d)?;
        names.sort();
        for n in names {
            let r = if rel.is_empty() {
                n.clone()
            } else {
                format!("{rel}/{n}")
            };
            self.entry(d.as_fd(), &n, &prefix.join(&n), &r, sink)?;
        }
        Ok(())
    }

    /// A source that is not a directory, from its (O_PATH) descriptor, as `tar_name`.
    pub fn file(
        &self,
        fd: &OwnedFd,
        tar_name: &Path,
        rel: &str,
        sink: &mut dyn Sink,
    ) -> Result<()> {
        let st = rustix::fs::fstat(fd).with_context(|| format!("reading {rel}"))?;
        if self
            .exclude
            .is_some_and(|x| x.excluded(&tar_name.to_string_lossy()))
        {
            return Ok(());
        }
        if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
            bail!("{rel}: only regular files, directories and symlinks can be copied");
        }
        let mode = self.chmod.unwrap_or(st.st_mode & 0o7777);
        let ids = self.own.ids.unwrap_or((st.st_uid as u64, st.st_gid as u64));
        let mut h = file_header(st.st_size as u64, mode, ids);
        h.set_mtime(st.st_mtime.max(0) as u64);
        sink.add(&mut h, tar_name, &mut reopen(fd)?)
            .with_context(|| format!("reading {rel}"))
    }

    /// The object `name` in `parent` as `tar_name`, recursively.
    pub fn entry(
        &self,
        parent: BorrowedFd,
        name: &str,
        tar_name: &Path,
        rel: &str,
        sink: &mut dyn Sink,
    ) -> Result<()> {
        let excluded = self.excluded(rel, tar_name);
        let st = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW)
            .with_context(|| format!("reading {rel}"))?;
        let kind = FileType::from_raw_mode(st.st_mode);
        if excluded && !(kind == FileType::Directory && self.descend_excluded()) {
            return Ok(());
        }
        let mut h = tar::Header::new_gnu();
        let mode = match (self.chmod, kind) {
            (Some(m), FileType::RegularFile | FileType::Directory) => m,
            _ => st.st_mode & 0o7777,
        };
        h.set_mode(mode);
        let (uid, gid) = self.own.ids.unwrap_or((st.st_uid as u64, st.st_gid as u64));
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_mtime(st.st_mtime.max(0) as u64);
        h.set_size(0);
        match kind {
            FileType::Directory => {
                h.set_entry_type(tar::EntryType::Directory);
                sink.add(&mut h, tar_name, &mut std::io::empty())?;
                let d = rustix::fs::openat(
                    parent,
                    name,
                    OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .with_context(|| format!("opening {rel}"))?;
                self.children(d.as_fd(), tar_name, rel, sink)?;
            }
            FileType::RegularFile => {
                let f = rustix::fs::openat(
                    parent,
                    name,
                    OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
                .with_context(|| format!("opening {rel}"))?;
                h.set_entry_type(tar::EntryType::Regular);
                h.set_size(st.st_size as u64);
                sink.add(&mut h, tar_name, &mut std::fs::File::from(f))
                    .with_context(|| format!("reading {rel}"))?;
            }
            FileType::Symlink => {
                let target = rustix::fs::readlinkat(parent, name, Vec::new())?;
                h.set_entry_type(tar::EntryType::Symlink);
                sink.link(&mut h, tar_name, Path::new(&*target.to_string_lossy()))?;
            }
            FileType::Fifo => {
                h.set_entry_type(tar::EntryType::Fifo);
                sink.add(&mut h, tar_name, &mut std::io::empty())?;
            }
            _ => {} // devices and sockets are not copied
        }
        Ok(())
    }
}

/// A regular file entry (heredocs, extracted archives' data).
pub fn file_header(size: u64, mode: u32, own: (u64, u64)) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_mode(mode);
    h.set_uid(own.0);
    h.set_gid(own.1);
    h.set_size(size);
    h.set_mtime(crate::store::now_nanos().max(0) as u64 / 1_000_000_000);
    h
}

/// Unpack a tar from `input` (the context given as `-`) into `dir`; files belong to us.
pub fn unpack_stdin_tar<R: Read>(input: R, dir: &Path) -> Result<()> {
    crate::store::mkdir_p(dir)?;
    let r = crate::store::layer_tar::decompressed(input)?;
    crate::store::layer_tar::extract_at(r, dir, Vec::new(), false)
        .context("reading the build context from standard input")?;
    Ok(())
}
