//! `tag`: more names for an image (a name moves from any other image that had it).

use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::images::find;
use crate::store::reference::Reference;
use crate::store::LockKind;
use anyhow::Result;

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
