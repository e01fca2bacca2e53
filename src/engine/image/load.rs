//! `load`: the images of a docker-archive or oci-archive, staged all before any is committed.

use super::ingest::{commit_image, oci_manifest, stage_layers, Staging};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::archive;
use anyhow::{bail, Context, Result};
use oci_spec::image::ImageConfiguration;

pub struct LoadOpts {
    /// A file path; None reads stdin.
    pub input: Option<String>,
}

/// `load`: read a docker-archive or oci-archive; returns the names loaded (or IDs for
/// unnamed images).
pub fn load(engine: &Engine, opts: &LoadOpts) -> Result<Vec<String>> {
    let staging = Staging::new(engine)?;
    let unpack_dir = staging.dir.join("archive");
    std::fs::create_dir(&unpack_dir)?;
    match &opts.input {
        Some(p) if p != "-" => {
            let f = std::fs::File::open(p).with_context(|| format!("opening {p}"))?;
            archive::unpack(std::io::BufReader::new(f), &unpack_dir)?;
        }
        _ => {
            let stdin = std::io::stdin();
            if crate::runtime::tty::is_tty(std::os::fd::AsFd::as_fd(&stdin)) {
                bail!("cannot read an image archive from a terminal: use --input or redirect standard input");
            }
            archive::unpack(stdin.lock(), &unpack_dir)?;
        }
    }
    let found = archive::parse(&unpack_dir)?;
    if found.is_empty() {
        bail!("the archive contains no image");
    }
    // Stage every image before committing any, so a bad one leaves the store untouched.
    let mut ready = Vec::new();
    for img in &found {
        let cfg: ImageConfiguration = serde_json::from_slice(&img.config)
            .context("the archive's image config is not valid")?;
        let diff_ids = cfg.rootfs().diff_ids().clone();
        if diff_ids.len() != img.layers.len() {
            bail!(
                "the archive's image config lists {} layers but its manifest has {}",
                diff_ids.len(),
                img.layers.len()
            );
        }
        let blobs = img
            .layers
            .iter()
            .zip(diff_ids.iter())
            .map(|(l, d)| (l.path.clone(), l.digest.clone(), Some(d.clone())))
            .collect();
        let staged = stage_layers(engine, &staging.dir, blobs)?;
        let (manifest, mt) = match &img.manifest {
            Some(m) => {
                let mt = serde_json::from_slice::<serde_json::Value>(m)
                    .ok()
                    .and_then(|v| v["mediaType"].as_str().map(String::from))
                    .unwrap_or_else(|| "application/vnd.oci.image.manifest.v1+json".into());
                (m.clone(), mt)
            }
            None => (
                oci_manifest(&img.config, &staged)?,
                "application/vnd.oci.image.manifest.v1+json".to_string(),
            ),
        };
        ready.push((img, staged, manifest, mt));
    }
    let mut loaded = Vec::new();
    for (img, staged, manifest, mt) in ready {
        let rec = commit_image(engine, &staged, &img.config, &manifest, &mt, &img.names)?;
        events::image(
            engine,
            "load",
            &rec.id,
            img.names.first().map_or("", |n| n.as_str()),
        );
        if img.names.is_empty() {
            loaded.push(format!("sha256:{}", rec.id));
        } else {
            loaded.extend(img.names.iter().cloned());
        }
    }
    Ok(loaded)
}
