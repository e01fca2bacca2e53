//! `rmi`: untag names, delete images and the layers and blobs no other image uses.

use crate::engine::container::rm::remove_locked;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::images::{find, ImageRecord};
use crate::store::{remove_tree, LockKind};
use anyhow::Result;

pub struct RmiOpts {
    pub images: Vec<String>,
    pub force: bool,
    pub all: bool,
    /// `--ignore`: a missing image is not an error (`--force` implies it, as podman).
    pub ignore: bool,
}

/// What `rmi` did, line by line ("Untagged: X", "Deleted: ID"), and the exit code podman
/// would give (0, 1 image not known, 2 image in use).
pub struct RmiReport {
    pub lines: Vec<String>,
    pub errors: Vec<String>,
    pub code: i32,
}

impl RmiReport {
    fn error(&mut self, text: String, code: i32) {
        self.errors.push(text);
        self.code = self.code.max(code);
    }
}

/// `rmi`: untag names, delete images and the layers and blobs no other image uses.
pub fn rmi(engine: &Engine, opts: &RmiOpts) -> Result<RmiReport> {
    let store = &engine.store;
    let mut report = RmiReport {
        lines: Vec::new(),
        errors: Vec::new(),
        code: 0,
    };
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    let targets: Vec<String> = if opts.all {
        images.iter().map(|i| i.id.clone()).collect()
    } else {
        opts.images.clone()
    };
    let mut deleted: Vec<ImageRecord> = Vec::new();
    for what in &targets {
        let rec = match find(&images, what) {
            Ok(r) => r.clone(),
            Err(e) => {
                if !(opts.ignore || opts.force) {
                    report.error(format!("{e:#}"), 1);
                }
                continue;
            }
        };
        let by_name = rec.names.iter().any(|n| n == what)
            || (!what.bytes().all(|b| b.is_ascii_hexdigit()) && !what.starts_with("sha256:"));
        if by_name && rec.names.len() > 1 && !opts.all {
            untag(engine, &mut images, &rec, what, &mut report);
            continue;
        }
        if rec.names.len() > 1 && !opts.force && !opts.all {
            report.error(format!(
                "unable to delete image {:.12} (must force) - image is referenced in multiple repositories",
                rec.id
            ), 125);
            continue;
        }
        let _clock = store.lock(LockKind::Containers, true)?;
        if !remove_users(engine, &rec, opts.force, &mut report)? {
            continue;
        }
        for n in &rec.names {
            report.lines.push(format!("Untagged: {n}"));
            events::image(engine, "untag", &rec.id, n);
        }
        report.lines.push(format!("Deleted: {}", rec.id));
        events::image(
            engine,
            "remove",
            &rec.id,
            rec.names.first().map_or("", |n| n.as_str()),
        );
        images.retain(|i| i.id != rec.id);
        deleted.push(rec);
    }
    let (layers, blobs) = garbage(&deleted, &images);
    store.write_images(images)?;
    remove_garbage(engine, layers, blobs)?;
    Ok(report)
}

/// `rmi NAME` of an image with more names: only that name goes.
fn untag(
    engine: &Engine,
    images: &mut [ImageRecord],
    rec: &ImageRecord,
    what: &str,
    report: &mut RmiReport,
) {
    let name = rec
        .names
        .iter()
        .find(|n| crate::store::reference::name_matches(n, what))
        .cloned()
        .unwrap_or_else(|| what.to_string());
    if let Some(img) = images.iter_mut().find(|i| i.id == rec.id) {
        img.names.retain(|n| n != &name);
    }
    report.lines.push(format!("Untagged: {name}"));
    events::image(engine, "untag", &rec.id, &name);
}

/// The containers using the image (callers hold the containers lock): an error without
/// `force` (false: the image stays), else they are removed.
fn remove_users(
    engine: &Engine,
    rec: &ImageRecord,
    force: bool,
    report: &mut RmiReport,
) -> Result<bool> {
    let users: Vec<_> = engine
        .store
        .containers()?
        .into_iter()
        .filter(|c| c.image_id == rec.id)
        .collect();
    if users.is_empty() {
        return Ok(true);
    }
    if !force {
        report.error(format!(
            "image used by {}: image is in use by a container: consider listing external containers and force-removing image",
            users[0].id
        ), 2);
        return Ok(false);
    }
    for c in users {
        remove_locked(engine, &c, true)?;
    }
    Ok(true)
}

/// The layers (chain IDs) and blobs of the deleted images that no remaining image uses.
fn garbage(deleted: &[ImageRecord], remaining: &[ImageRecord]) -> (Vec<String>, Vec<String>) {
    let mut layers = Vec::new();
    let mut blobs = Vec::new();
    let used = |f: &dyn Fn(&ImageRecord) -> bool| remaining.iter().any(f);
    for rec in deleted {
        for l in &rec.layers {
            if !used(&|i| i.layers.iter().any(|x| x.chain_id == l.chain_id)) {
                layers.push(l.chain_id.clone());
            }
            if !used(&|i| i.layers.iter().any(|x| x.digest == l.digest)) {
                blobs.push(l.digest.clone());
            }
        }
        if !used(&|i| i.digest == rec.digest) {
            blobs.push(rec.digest.clone());
        }
        blobs.push(rec.config_digest());
    }
    (layers, blobs)
}

fn remove_garbage(engine: &Engine, layers: Vec<String>, blobs: Vec<String>) -> Result<()> {
    let store = &engine.store;
    for l in layers {
        let dir = store.root.join("layers").join(&l);
        // Move aside first so a half-removed layer is never visible under its name.
        let trash = store
            .root
            .join("tmp")
            .join(crate::store::unique_name("rm-layer"));
        if std::fs::rename(&dir, &trash).is_ok() {
            remove_tree(&trash, engine.idmap())?;
        }
    }
    for b in blobs {
        let _ = std::fs::remove_file(store.blob_path(&b));
    }
    Ok(())
}
