//! `rmi`: untag names, delete images and the layers and blobs no other image uses.

use crate::engine::container::rm::remove_locked;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::images::find;
use crate::store::{remove_tree, LockKind};
use anyhow::Result;

pub struct RmiOpts {
    pub images: Vec<String>,
    pub force: bool,
    pub all: bool,
}

/// What `rmi` did, line by line ("Untagged: X", "Deleted: ID"), and the exit code podman
/// would give (0, 1 image not known, 2 image in use).
pub struct RmiReport {
    pub lines: Vec<String>,
    pub errors: Vec<String>,
    pub code: i32,
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
    let mut delete_ids: Vec<String> = Vec::new();
    for what in &targets {
        let rec = match find(&images, what) {
            Ok(r) => r.clone(),
            Err(e) => {
                report.errors.push(format!("{e:#}"));
                report.code = report.code.max(1);
                continue;
            }
        };
        let by_name = rec.names.iter().any(|n| n == what)
            || (!what.bytes().all(|b| b.is_ascii_hexdigit()) && !what.starts_with("sha256:"));
        if by_name && rec.names.len() > 1 && !opts.all {
            let name = rec
                .names
                .iter()
                .find(|n| crate::store::reference::name_matches(n, what))
                .cloned()
                .unwrap_or_else(|| what.clone());
            if let Some(img) = images.iter_mut().find(|i| i.id == rec.id) {
                img.names.retain(|n| n != &name);
            }
            report.lines.push(format!("Untagged: {name}"));
            events::image(engine, "untag", &rec.id, &name);
            continue;
        }
        if rec.names.len() > 1 && !opts.force && !opts.all {
            report.errors.push(format!(
                "unable to delete image {:.12} (must force) - image is referenced in multiple repositories",
                rec.id
            ));
            report.code = report.code.max(125);
            continue;
        }
        // Containers using the image.
        let _clock = store.lock(LockKind::Containers, true)?;
        let users: Vec<_> = store
            .containers()?
            .into_iter()
            .filter(|c| c.image_id == rec.id)
            .collect();
        if !users.is_empty() {
            if !opts.force {
                report.errors.push(format!(
                    "image used by {}: image is in use by a container: consider listing external containers and force-removing image",
                    users[0].id
                ));
                report.code = report.code.max(2);
                continue;
            }
            for c in users {
                remove_locked(engine, &c, true)?;
            }
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
        delete_ids.push(rec.id.clone());
        images.retain(|i| i.id != rec.id);
    }
    // Garbage: layers and blobs no remaining image references.
    let mut removed_layers = Vec::new();
    let mut removed_blobs = Vec::new();
    {
        let all_before = store.images()?;
        for id in &delete_ids {
            let Some(rec) = all_before.iter().find(|i| &i.id == id) else {
                continue;
            };
            for l in &rec.layers {
                if !images
                    .iter()
                    .any(|i| i.layers.iter().any(|x| x.chain_id == l.chain_id))
                {
                    removed_layers.push(l.chain_id.clone());
                }
                if !images
                    .iter()
                    .any(|i| i.layers.iter().any(|x| x.digest == l.digest))
                {
                    removed_blobs.push(l.digest.clone());
                }
            }
            if !images.iter().any(|i| i.digest == rec.digest) {
                removed_blobs.push(rec.digest.clone());
            }
            removed_blobs.push(rec.config_digest());
        }
    }
    store.write_images(images)?;
    for l in removed_layers {
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
    for b in removed_blobs {
        let _ = std::fs::remove_file(store.blob_path(&b));
    }
    Ok(report)
}
