//! `push`: upload an image's missing blobs (mounted from another repository of the same
//! registry when one holds them) and its manifest bytes exactly as stored.

use super::transfer::{short_id, strip_transport, ClientOpts, Event, Progress};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::registry::client::Body;
use crate::registry::conf::{self, Registries};
use crate::registry::manifest::{self, Kind};
use crate::registry::Client;
use crate::store::images::find;
use crate::store::reference::Reference;
use crate::store::{sha256_digest, LockKind};
use anyhow::{bail, Context, Result};

pub struct PushOpts {
    pub image: String,
    pub dest: Option<String>,
    pub client: ClientOpts,
}

/// `push`: upload the image's blobs (skipping those the registry has) and its manifest bytes
/// exactly as stored, so the digest is unchanged. Returns the manifest digest.
pub fn push(engine: &Engine, opts: &PushOpts, progress: &dyn Progress) -> Result<String> {
    let store = &engine.store;
    let (rec, manifest_bytes) = {
        let _lock = store.lock(LockKind::Images, false)?;
        let images = store.images()?;
        let rec = find(&images, &opts.image)?.clone();
        let bytes = store.read_blob(&rec.digest)?;
        (rec, bytes)
    };
    let dest = match &opts.dest {
        Some(d) => strip_transport(d)?.to_string(),
        None => opts.image.clone(),
    };
    if !conf::is_qualified(&dest) && opts.dest.is_none() && !rec.names.iter().any(|n| n == &dest) {
        // A short name or ID: push under the image's first full name.
        if let Some(n) = rec.names.first() {
            return push(
                engine,
                &PushOpts {
                    image: opts.image.clone(),
                    dest: Some(n.clone()),
                    client: opts.client.clone(),
                },
                progress,
            );
        }
    }
    let r = Reference::parse_remote(&dest)?;
    let regs = Registries::load()?;
    let ep = regs.endpoint(&r.domain, &r.path)?;
    let client = Client::connect(&ep.host, &ep.path, ep.insecure, &opts.client)?;
    let scope = format!("repository:{}:pull,push", ep.path);
    progress.report(Event::Step("Getting image source signatures"));
    let m = match manifest::parse(&rec.manifest_media_type, &manifest_bytes, &dest)? {
        Kind::Image(m) => m,
        Kind::Index(_) => bail!("{dest}: pushing a manifest list is not supported"),
    };
    // Another repository on the same registry that holds this image's blobs (the image was
    // pulled from or pushed to it: its repo digests): blobs are mounted from there.
    let mount_from = rec.repo_digests.iter().find_map(|rd| {
        let (repo, _) = rd.split_once('@')?;
        let (domain, path) = repo.split_once('/')?;
        let other = regs.endpoint(domain, path).ok()?;
        (other.host == ep.host && other.path != ep.path).then_some(other.path)
    });
    for l in &m.layers {
        let id = short_id(&l.digest);
        if client.blob_exists(&ep.path, &l.digest, &scope)? {
            progress.report(Event::Skipped { kind: "blob", id });
            continue;
        }
        let path = store.blob_path(&l.digest);
        let len = std::fs::metadata(&path)
            .with_context(|| format!("the blob {} of {dest} is missing from the store", l.digest))?
            .len();
        progress.report(Event::Start {
            kind: "blob",
            id,
            total: len,
        });
        let bytes = |done: u64| progress.report(Event::Bytes { id, done });
        let mounted = client
            .mount_or_upload_blob(
                &ep.path,
                &l.digest,
                mount_from.as_deref(),
                &Body::File {
                    path: &path,
                    offset: 0,
                    len,
                    progress: Some(&bytes),
                },
                &scope,
            )
            .with_context(|| format!("writing blob {}", l.digest))?;
        progress.report(match mounted {
            true => Event::Skipped { kind: "blob", id },
            false => Event::Done { kind: "blob", id },
        });
    }
    let config = store.read_blob(&m.config.digest)?;
    let cid = short_id(&m.config.digest);
    if client.blob_exists(&ep.path, &m.config.digest, &scope)? {
        progress.report(Event::Skipped {
            kind: "config",
            id: cid,
        });
    } else {
        progress.report(Event::Start {
            kind: "config",
            id: cid,
            total: config.len() as u64,
        });
        let mounted = client
            .mount_or_upload_blob(
                &ep.path,
                &m.config.digest,
                mount_from.as_deref(),
                &Body::Bytes(&config, "application/octet-stream"),
                &scope,
            )
            .context("writing the image config")?;
        progress.report(match mounted {
            true => Event::Skipped {
                kind: "config",
                id: cid,
            },
            false => Event::Done {
                kind: "config",
                id: cid,
            },
        });
    }
    progress.report(Event::Step("Writing manifest to image destination"));
    let reference = r
        .tag
        .clone()
        .or(r.digest.clone())
        .unwrap_or_else(|| "latest".into());
    client
        .put_manifest(
            &ep.path,
            &reference,
            &manifest_bytes,
            &rec.manifest_media_type,
            &scope,
        )
        .with_context(|| format!("writing manifest to {dest}"))?;
    let digest = sha256_digest(&manifest_bytes);
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    if let Some(img) = images.iter_mut().find(|i| i.id == rec.id) {
        let rd = format!("{}@{digest}", r.repository());
        if !img.repo_digests.contains(&rd) {
            img.repo_digests.push(rd);
        }
    }
    store.write_images(images)?;
    events::image(engine, "push", &rec.id, &opts.image);
    Ok(digest)
}
