//! `export`: a container's whole root filesystem as a tar (see `cp` for how it is reached).

use super::lookup::lookup;
use super::rootfs::{access, hold};
use crate::engine::Engine;
use crate::runtime::rootfs::with_rootfs;
use crate::store::fs_tar::{self, TarOpts};
use anyhow::{bail, Context, Result};
use rustix::fs::{Mode, OFlags};
use std::io::Write;
use std::os::fd::AsFd;
use std::path::Path;

/// `export`: the container's whole root filesystem as a tar, to `out` or stdout.
pub fn export(engine: &Engine, what: &str, out: Option<&Path>) -> Result<()> {
    let rec = lookup(engine, what)?;
    let acc = access(engine, &rec)?;
    let _lock = hold(engine, &acc)?;
    let out = match out {
        Some(p) if p.is_relative() => Some(
            std::env::current_dir()
                .context("reading the current directory")?
                .join(p),
        ),
        o => o.map(Path::to_path_buf),
    };
    if out.is_none() && crate::runtime::tty::is_tty(std::io::stdout().as_fd()) {
        bail!("refusing to export to terminal. Use -o flag or redirect");
    }
    with_rootfs(engine.idmap(), &acc, move |root| {
        let rootfd = rustix::fs::open(
            root,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", root.display()))?;
        let opts = TarOpts {
            owner: None,
            one_mount: true,
        };
        let mount = fs_tar::mount_of(rootfd.as_fd());
        let write = |w: &mut dyn Write| -> Result<()> {
            let mut b = tar::Builder::new(w);
            b.follow_symlinks(false);
            fs_tar::append_children(&mut b, rootfd.as_fd(), Path::new(""), &opts, mount)?;
            b.into_inner()?.flush()?;
            Ok(())
        };
        match &out {
            Some(p) => {
                let tmp = p.with_file_name(format!(
                    ".{}.skiff-tmp",
                    crate::store::unique_name("export")
                ));
                let res = (|| -> Result<()> {
                    let f = std::fs::File::create(&tmp)
                        .with_context(|| format!("creating {}", p.display()))?;
                    let mut w = std::io::BufWriter::new(f);
                    write(&mut w)?;
                    w.flush()?;
                    std::fs::rename(&tmp, p).with_context(|| format!("writing {}", p.display()))
                })();
                if res.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                res
            }
            None => {
                let stdout = std::io::stdout();
                let mut w = std::io::BufWriter::new(stdout.lock());
                write(&mut w)?;
                w.flush()?;
                Ok(())
            }
        }
    })
}
