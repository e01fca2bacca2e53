//! `save`: images to a docker-archive or oci-archive, in a file or on stdout.

use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::archive::{self, SaveImage, SaveLayer};
use crate::store::images::find;
use crate::store::LockKind;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
}

pub struct SaveOpts {
    pub output: Option<PathBuf>,
    pub format: SaveFormat,
    pub images: Vec<String>,
    /// `--uncompressed`: oci-archive layers as plain tars (docker-archive's always are).
    pub uncompressed: bool,
}

/// `save`: write images to an archive file or stdout.
pub fn save(engine: &Engine, opts: &SaveOpts) -> Result<()> {
    let store = &engine.store;
    let items = {
        let _lock = store.lock(LockKind::Images, false)?;
        let images = store.images()?;
        let mut items = Vec::new();
        for what in &opts.images {
            let rec = find(&images, what)?;
            // Name the image by what the user typed when it is one of its names.
            let names: Vec<String> = if rec.names.iter().any(|n| n == what)
                || !what.bytes().all(|b| b.is_ascii_hexdigit())
            {
                rec.names
                    .iter()
                    .filter(|n| crate::store::reference::name_matches(n, what))
                    .cloned()
                    .collect()
            } else {
                rec.names.clone()
            };
            let config = store.read_blob(&rec.config_digest())?;
            let manifest = store.read_blob(&rec.digest)?;
            items.push(SaveImage {
                names,
                config_digest: rec.config_digest(),
                config,
                manifest,
                manifest_digest: rec.digest.clone(),
                manifest_media_type: rec.manifest_media_type.clone(),
                layers: rec
                    .layers
                    .iter()
                    .map(|l| SaveLayer {
                        blob: store.blob_path(&l.digest),
                        digest: l.digest.clone(),
                        diff_id: l.diff_id.clone(),
                        uncompressed_size: None,
                    })
                    .collect(),
            });
        }
        items
    };
    let write = |w: &mut dyn Write| -> Result<()> {
        match opts.format {
            SaveFormat::DockerArchive => archive::write_docker_archive(&items, w),
            SaveFormat::OciArchive if opts.uncompressed => {
                let plain = items
                    .iter()
                    .cloned()
                    .map(archive::uncompressed)
                    .collect::<Result<Vec<_>>>()?;
                archive::write_oci_archive(&plain, w)
            }
            SaveFormat::OciArchive => archive::write_oci_archive(&items, w),
        }?;
        for it in &items {
            let id = it.config_digest.trim_start_matches("sha256:");
            events::image(
                engine,
                "save",
                id,
                it.names.first().map_or("", |n| n.as_str()),
            );
        }
        Ok(())
    };
    match &opts.output {
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = dir.join(format!(".{}.skiff-tmp", crate::store::unique_name("save")));
            let res = (|| -> Result<()> {
                let mut f = std::io::BufWriter::new(
                    std::fs::File::create(&tmp)
                        .with_context(|| format!("creating {}", path.display()))?,
                );
                write(&mut f)?;
                f.flush()?;
                std::fs::rename(&tmp, path)
                    .with_context(|| format!("writing {}", path.display()))?;
                Ok(())
            })();
            if res.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            res
        }
        None => {
            let stdout = std::io::stdout();
            if crate::runtime::tty::is_tty(std::os::fd::AsFd::as_fd(&stdout)) {
                bail!("refusing to save to terminal. Use -o flag or redirect");
            }
            let mut w = std::io::BufWriter::new(stdout.lock());
            write(&mut w)?;
            w.flush()?;
            Ok(())
        }
    }
}
