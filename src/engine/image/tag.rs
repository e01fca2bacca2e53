//! `tag`: more names for an image (a name moves from any other image that had it); `untag`:
//! fewer.

use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::images::find;
use crate::store::reference::{name_matches, Reference};
use crate::store::LockKind;
use anyhow::{bail, Result};

/// `tag IMG NEW...`
pub fn tag(engine: &Engine, image: &str, new: &[String]) -> Result<()> {
    let names: Vec<String> = new
        .iter()
        .map(|n| Reference::parse_local(n).map(|r| r.to_string()))
        .collect::<Result<_>>()?;
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    let id = find(&images, image)?.id.clone();
    for img in images.iter_mut() {
        if img.id == id {
            for n in &names {
                if !img.names.contains(n) {
                    img.names.push(n.clone());
                }
            }
        } else {
            img.names.retain(|n| !names.contains(n));
        }
    }
    store.write_images(images)?;
    for n in &names {
        events::image(engine, "tag", &id, n);
    }
    Ok(())
}

/// `untag IMG [NAME...]`: remove these names from the image (all of them without any); a name
/// the image does not have is an error, as podman's "tag not known".
pub fn untag(engine: &Engine, image: &str, names: &[String]) -> Result<()> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    let id = find(&images, image)?.id.clone();
    let Some(img) = images.iter_mut().find(|i| i.id == id) else {
        bail!("{image}: image not known");
    };
    let gone: Vec<String> = if names.is_empty() {
        std::mem::take(&mut img.names)
    } else {
        let mut gone = Vec::new();
        for n in names {
            let full = Reference::parse_local(n).map(|r| r.to_string()).ok();
            let Some(pos) = img
                .names
                .iter()
                .position(|have| Some(have) == full.as_ref() || have == n)
                .or_else(|| img.names.iter().position(|have| name_matches(have, n)))
            else {
                bail!("{n}: tag not known");
            };
            gone.push(img.names.remove(pos));
        }
        gone
    };
    store.write_images(images)?;
    for n in &gone {
        events::image(engine, "untag", &id, n);
    }
    Ok(())
}
