//! The image of a new container, pulled as `--pull` says (missing, the default; always; never;
//! newer) before `create` looks it up: `run`/`create` as podman's, progress and all.

use super::create::{create_with, CreateOpts};
use crate::engine::image::pull::{pull, PullOpts};
use crate::engine::image::transfer::{ClientOpts, Progress};
use crate::engine::Engine;
use crate::model::{ContainerConfig, PullPolicy};
use crate::store::containers::ContainerRecord;
use crate::store::images::{find, NoSuchImage};
use crate::store::LockKind;
use anyhow::{Context, Result};
use oci_spec::image::ImageConfiguration;

/// `create` (with `--replace`/`--cidfile`) after pulling what the policy asks for.
pub fn create_pulling(
    engine: &Engine,
    config: &ContainerConfig,
    opts: &CreateOpts,
    progress: &dyn Progress,
) -> Result<ContainerRecord> {
    // The common case first, without reading the image index twice: the image is there.
    // Not with `--replace`: the old container goes only once the image is there.
    let plain = config.platform.is_none()
        && !opts.replace
        && matches!(config.pull, PullPolicy::Missing | PullPolicy::Never);
    if plain {
        match create_with(engine, config, opts) {
            Err(e) if config.pull == PullPolicy::Missing && e.is::<NoSuchImage>() => {}
            done => return done,
        }
    }
    ensure_image(engine, config, progress)?;
    create_with(engine, config, opts)
}

/// What the store has for the container's image.
enum Local {
    /// Not there (or of another platform than `--platform`).
    Missing,
    Present,
}

fn local(engine: &Engine, c: &ContainerConfig) -> Result<Local> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    let image = match find(&images, &c.image) {
        Ok(i) => i,
        Err(e) if e.downcast_ref::<NoSuchImage>().is_some() => return Ok(Local::Missing),
        Err(e) => return Err(e),
    };
    let Some(platform) = &c.platform else {
        return Ok(Local::Present);
    };
    let cfg: ImageConfiguration = serde_json::from_slice(&store.read_blob(&image.config_digest())?)
        .context("the image config is corrupt")?;
    let mut parts = platform.split('/');
    let same = parts.next() == Some(cfg.os().to_string().as_str())
        && parts.next() == Some(cfg.architecture().to_string().as_str())
        && parts
            .next()
            .is_none_or(|v| cfg.variant().as_deref() == Some(v));
    Ok(if same { Local::Present } else { Local::Missing })
}

/// Pull the image when the policy and the store say so. `never` leaves a missing image to
/// `create`'s "image not known"; `newer` uses the stored image when the registry cannot be
/// reached.
pub fn ensure_image(engine: &Engine, c: &ContainerConfig, progress: &dyn Progress) -> Result<()> {
    let have = local(engine, c)?;
    let opts = || PullOpts {
        reference: c.image.clone(),
        platform: c.platform.clone(),
        client: ClientOpts {
            tls_verify: c.tls_verify,
            cert_dir: None,
            authfile: c.authfile.clone(),
            creds: None,
        },
    };
    match (c.pull, have) {
        (PullPolicy::Never, _) | (PullPolicy::Missing, Local::Present) => Ok(()),
        (PullPolicy::Newer, Local::Present) => {
            if let Err(e) = pull(engine, &opts(), progress) {
                eprintln!(
                    "WARN[0000] {}: checking for a newer image failed, using the stored one: {e:#}",
                    c.image
                );
            }
            Ok(())
        }
        _ => pull(engine, &opts(), progress).map(|_| ()),
    }
}
