//! `history`: an image's history entries, newest first, each with the size of the layer it
//! made (entries marked `empty_layer` made none).

use crate::engine::Engine;
use crate::store::images::find;
use crate::store::LockKind;
use anyhow::{Context, Result};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The image's ID on the newest entry; None for the others (`<missing>`).
    pub id: Option<String>,
    /// Unix seconds (0 when unknown).
    pub created: i64,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
    /// The image's names, on the newest entry.
    pub tags: Vec<String>,
}

/// `history IMAGE`
pub fn history(engine: &Engine, what: &str) -> Result<Vec<Entry>> {
    let store = &engine.store;
    let (rec, cfg) = {
        let _l = store.lock(LockKind::Images, false)?;
        let images = store.images()?;
        let rec = find(&images, what)?.clone();
        let cfg: Value = serde_json::from_slice(&store.read_blob(&rec.config_digest())?)
            .context("the image config is corrupt")?;
        (rec, cfg)
    };
    let hist: Vec<Value> = cfg["history"].as_array().cloned().unwrap_or_default();
    let mut layers = rec.layers.iter();
    let mut out: Vec<Entry> = Vec::new();
    for h in &hist {
        let empty = h["empty_layer"].as_bool().unwrap_or(false);
        let size = if empty {
            0
        } else {
            layers.next().map(|l| l.unpacked_size).unwrap_or(0)
        };
        out.push(Entry {
            id: None,
            created: h["created"]
                .as_str()
                .and_then(crate::model::time::parse_rfc3339)
                .unwrap_or(0),
            created_by: h["created_by"].as_str().unwrap_or("").to_string(),
            size,
            comment: h["comment"].as_str().unwrap_or("").to_string(),
            tags: Vec::new(),
        });
    }
    // Layers the history does not describe (an image made elsewhere).
    for l in layers {
        out.push(Entry {
            id: None,
            created: rec.created,
            created_by: String::new(),
            size: l.unpacked_size,
            comment: String::new(),
            tags: Vec::new(),
        });
    }
    out.reverse();
    if let Some(top) = out.first_mut() {
        top.id = Some(rec.id.clone());
        top.tags = rec.names.clone();
    }
    Ok(out)
}
