//! `volume export`: the volume's content as a tar, owners as containers see them.

use crate::engine::Engine;
use crate::store::fs_tar::{append_children, TarOpts};
use anyhow::{Context, Result};
use std::io::Write;
use std::os::fd::AsFd;
use std::path::PathBuf;

/// Write volume `name` as a tar to `output` (None: standard output). Runs inside the user
/// namespace, so files of subordinate ids are read and recorded with the container's ids.
pub fn export(engine: &Engine, name: &str, output: Option<PathBuf>) -> Result<()> {
    let v = engine.store.volume(name)?;
    let data = engine.store.volume_data(&v.name);
    crate::runtime::in_userns(engine.idmap(), move || {
        let dir = rustix::fs::open(
            &data,
            rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
            rustix::fs::Mode::empty(),
        )
        .with_context(|| format!("opening {}", data.display()))?;
        let out: Box<dyn Write> = match &output {
            Some(p) => Box::new(
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
            ),
            None => Box::new(std::io::stdout().lock()),
        };
        let mut b = tar::Builder::new(std::io::BufWriter::new(out));
        append_children(
            &mut b,
            dir.as_fd(),
            std::path::Path::new(""),
            &TarOpts::default(),
            None,
        )?;
        b.into_inner()?.flush()?;
        Ok(())
    })
}
