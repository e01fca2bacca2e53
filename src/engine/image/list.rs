//! `images`: the image index, newest first, one row per name (an image without names has one
//! row with none).

use crate::engine::Engine;
use crate::store::images::ImageRecord;
use crate::store::reference::{name_matches, Reference};
use crate::store::LockKind;
use anyhow::{bail, Result};

/// The index, newest first.
pub fn list(engine: &Engine) -> Result<Vec<ImageRecord>> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let mut v = store.images()?;
    v.sort_by_key(|r| std::cmp::Reverse(r.created));
    Ok(v)
}

/// One row of `images`: an image under one of its names.
pub struct ImageRow {
    pub image: ImageRecord,
    /// `<none>` without a name.
    pub repository: String,
    /// `<none>` without a name or tag.
    pub tag: String,
    pub name: Option<String>,
    /// How many containers use the image.
    pub containers: usize,
}

/// `images --sort KEY`: created (the default: newest first), else ascending by id,
/// repository, size or tag; ties keep their order.
fn sort(rows: &mut [ImageRow], key: &str) -> Result<()> {
    match key {
        "created" => {}
        "id" => rows.sort_by(|a, b| a.image.id.cmp(&b.image.id)),
        "repository" => rows.sort_by(|a, b| a.repository.cmp(&b.repository)),
        "size" => rows.sort_by_key(|r| r.image.size),
        "tag" => rows.sort_by(|a, b| a.tag.cmp(&b.tag)),
        other => bail!(
            "{other:?} is not a valid field for sorting. Choose from: created, id, repository, size, tag"
        ),
    }
    Ok(())
}

/// `images [REFERENCE] [--sort KEY]`: the rows, newest image first; with `reference`, only
/// the names it matches (so no unnamed images).
pub fn rows(
    engine: &Engine,
    reference: Option<&str>,
    sort_by: Option<&str>,
) -> Result<Vec<ImageRow>> {
    let images = list(engine)?;
    let records = engine.store.containers()?;
    let mut rows = Vec::new();
    for img in images {
        let names: Vec<Option<String>> = if img.names.is_empty() {
            vec![None]
        } else {
            img.names.iter().cloned().map(Some).collect()
        };
        let containers = records.iter().filter(|c| c.image_id == img.id).count();
        for name in names {
            if let Some(filter) = reference {
                if !name.as_deref().is_some_and(|n| name_matches(n, filter)) {
                    continue;
                }
            }
            let (repository, tag) = split_name(name.as_deref());
            rows.push(ImageRow {
                image: img.clone(),
                repository,
                tag,
                name,
                containers,
            });
        }
    }
    if let Some(k) = sort_by {
        sort(&mut rows, k)?;
    }
    Ok(rows)
}

/// The REPOSITORY and TAG columns of a name.
fn split_name(name: Option<&str>) -> (String, String) {
    let none = || "<none>".to_string();
    match name {
        Some(n) => match Reference::parse_local(n) {
            Ok(r) => (r.repository(), r.tag.unwrap_or_else(none)),
            Err(_) => (n.to_string(), none()),
        },
        None => (none(), none()),
    }
}
