//! `push`: upload an image's missing blobs (mounted from another repository of the same
//! registry when one holds them) and its manifest bytes exactly as stored.

use super::transfer::{short_id, strip_transport, ClientOpts, Event, Progress};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::registry::client::Body;
use crate::registry::conf::{self, Endpoint, Registries};
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
    progress.report(Event::Step("Getting image source signatures"));
    let m = match manifest::parse(&rec.manifest_media_type, &manifest_bytes, &dest)? {
        Kind::Image(m) => m,
        Kind::Index(_) => bail!("{dest}: pushing a manifest list is not supported"),
    };
    let upload = Upload {
        scope: format!("repository:{}:pull,push", ep.path),
        mount_from: mount_source(&regs, &rec.repo_digests, &ep),
        repo: ep.path,
        client,
        progress,
    };
    for l in &m.layers {
        upload.layer(engine, &l.digest, &dest)?;
    }
    upload.config(&m.config.digest, &store.read_blob(&m.config.digest)?)?;
    progress.report(Event::Step("Writing manifest to image destination"));
    let reference = r
        .tag
        .clone()
        .or(r.digest.clone())
        .unwrap_or_else(|| "latest".into());
    upload
        .client
        .put_manifest(
            &upload.repo,
            &reference,
            &manifest_bytes,
            &rec.manifest_media_type,
            &upload.scope,
        )
        .with_context(|| format!("writing manifest to {dest}"))?;
    let digest = sha256_digest(&manifest_bytes);
    add_repo_digest(engine, &rec.id, &format!("{}@{digest}", r.repository()))?;
    events::image(engine, "push", &rec.id, &opts.image);
    Ok(digest)
}

/// Another repository on the same registry that holds this image's blobs (the image was
/// pulled from or pushed to it: its repo digests): blobs are mounted from there.
fn mount_source(regs: &Registries, repo_digests: &[String], ep: &Endpoint) -> Option<String> {
    repo_digests.iter().find_map(|rd| {
        let (repo, _) = rd.split_once('@')?;
        let (domain, path) = repo.split_once('/')?;
        let other = regs.endpoint(domain, path).ok()?;
        (other.host == ep.host && other.path != ep.path).then_some(other.path)
    })
}

/// The blobs' way to the destination repository.
struct Upload<'a> {
    client: Client,
    repo: String,
    scope: String,
    mount_from: Option<String>,
    progress: &'a dyn Progress,
}

impl Upload<'_> {
    /// One layer blob from the store, unless the registry has it.
    fn layer(&self, engine: &Engine, digest: &str, dest: &str) -> Result<()> {
        let id = short_id(digest);
        if self.client.blob_exists(&self.repo, digest, &self.scope)? {
            self.progress.report(Event::Skipped { kind: "blob", id });
            return Ok(());
        }
        let path = engine.store.blob_path(digest);
        let len = std::fs::metadata(&path)
            .with_context(|| format!("the blob {digest} of {dest} is missing from the store"))?
            .len();
        self.progress.report(Event::Start {
            kind: "blob",
            id,
            total: len,
        });
        let bytes = |done: u64| self.progress.report(Event::Bytes { id, done });
        let body = Body::File {
            path: &path,
            offset: 0,
            len,
            progress: Some(&bytes),
        };
        let mounted = self
            .send(digest, &body)
            .with_context(|| format!("writing blob {digest}"))?;
        self.done("blob", id, mounted);
        Ok(())
    }

    /// The config blob, unless the registry has it.
    fn config(&self, digest: &str, config: &[u8]) -> Result<()> {
        let id = short_id(digest);
        if self.client.blob_exists(&self.repo, digest, &self.scope)? {
            self.progress.report(Event::Skipped { kind: "config", id });
            return Ok(());
        }
        self.progress.report(Event::Start {
            kind: "config",
            id,
            total: config.len() as u64,
        });
        let mounted = self
            .send(digest, &Body::Bytes(config, "application/octet-stream"))
            .context("writing the image config")?;
        self.done("config", id, mounted);
        Ok(())
    }

    /// Mount the blob from `mount_from` or upload it; true when it was mounted.
    fn send(&self, digest: &str, body: &Body) -> Result<bool> {
        self.client.mount_or_upload_blob(
            &self.repo,
            digest,
            self.mount_from.as_deref(),
            body,
            &self.scope,
        )
    }

    /// A mounted blob was not moved: it shows as skipped.
    fn done(&self, kind: &str, id: &str, mounted: bool) {
        self.progress.report(match mounted {
            true => Event::Skipped { kind, id },
            false => Event::Done { kind, id },
        });
    }
}

/// Record the digest the image was pushed as.
fn add_repo_digest(engine: &Engine, id: &str, repo_digest: &str) -> Result<()> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    if let Some(img) = images.iter_mut().find(|i| i.id == id) {
        if !img.repo_digests.iter().any(|d| d == repo_digest) {
            img.repo_digests.push(repo_digest.to_string());
        }
    }
    store.write_images(images)
}
