//! `commit`: a container's upper directory becomes a new layer on top of its image's layers.
//!
//! The upper dir is written as an OCI layer tar with `layer_tar::dir_to_tar` inside the user
//! namespace (overlay whiteouts become `.wh.` entries, opaque directories `.wh..wh..opq`), then
//! ingested like any layer (`stage_layer`, with the image's top chain ID as parent). The new
//! config is the image's, with the container's command, environment and working directory,
//! the new diff ID and a history entry, and the `-c` changes applied last.

use crate::engine::image::changes::apply_changes;
use crate::engine::image::ingest::{commit_new_image, Staging};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use crate::store::images::{find, ImageRecord};
use crate::store::layers::StagedLayer;
use crate::store::reference::Reference;
use crate::store::{now_nanos, LockKind};
use anyhow::{anyhow, Context, Result};
use oci_spec::runtime::Spec;
use serde_json::{json, Value};
use std::path::Path;

pub struct CommitOpts {
    pub container: String,
    pub image: Option<String>,
    pub changes: Vec<String>,
    pub message: Option<String>,
    pub author: Option<String>,
    pub pause: bool,
}

/// Resumes a paused container when dropped.
struct Paused(Option<i32>);

impl Drop for Paused {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGCONT,
            );
        }
    }
}

/// `commit`: returns the new image ID.
pub fn commit(engine: &Engine, opts: &CommitOpts) -> Result<String> {
    let names = match &opts.image {
        Some(r) => vec![Reference::parse_local(r)?.to_string()],
        None => Vec::new(),
    };
    let ctr = super::lookup::lookup(engine, &opts.container)?;
    let (base, base_config) = base_image(engine, &ctr)?;
    let staging = Staging::new(engine)?;
    let blob = staging.dir.join("layer.tar");
    write_upper(engine, &ctr, &blob, opts.pause)?;
    let parent = base.layers.last().map(|l| l.chain_id.clone());
    let new_layer: StagedLayer = {
        let store = engine.store.clone();
        let dir = staging.dir.clone();
        crate::runtime::in_userns(engine.idmap(), move || {
            store.stage_layer(&dir, &blob, parent.as_deref(), None, None)
        })?
    };
    let config = new_config(engine, &ctr, &base_config, &new_layer.layer.diff_id, opts)?;
    let mut staged: Vec<StagedLayer> = base
        .layers
        .iter()
        .map(|l| StagedLayer {
            layer: l.clone(),
            blob: std::path::PathBuf::new(),
            dir: None,
        })
        .collect();
    staged.push(new_layer);
    let rec = commit_new_image(engine, &staged, &config, &names)?;
    events::container(engine, "commit", &ctr, &[]);
    events::image(
        engine,
        "commit",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}

/// The container's image and its config bytes.
fn base_image(engine: &Engine, ctr: &ContainerRecord) -> Result<(ImageRecord, Vec<u8>)> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    let base = find(&images, &ctr.image_id)
        .with_context(|| format!("the image of container {}", ctr.name))?
        .clone();
    let cfg = store.read_blob(&base.config_digest())?;
    Ok((base, cfg))
}

/// The upper directory as a layer tar at `blob` (in the user namespace), the container
/// stopped meanwhile with `pause`.
fn write_upper(engine: &Engine, ctr: &ContainerRecord, blob: &Path, pause: bool) -> Result<()> {
    let upper = engine.store.container_dir(&ctr.id).join("upper");
    let paused = Paused(if pause && ctr.state.is_running() {
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(ctr.state.process.pid),
            nix::sys::signal::Signal::SIGSTOP,
        )?;
        events::container(engine, "pause", ctr, &[]);
        Some(ctr.state.process.pid)
    } else {
        None
    });
    let blob = blob.to_path_buf();
    crate::runtime::in_userns(engine.idmap(), move || {
        let f =
            std::fs::File::create(&blob).with_context(|| format!("creating {}", blob.display()))?;
        let mut w = std::io::BufWriter::new(f);
        crate::store::layer_tar::dir_to_tar(&upper, &mut w)?;
        std::io::Write::flush(&mut w)?;
        Ok(())
    })?;
    if paused.0.is_some() {
        drop(paused);
        events::container(engine, "unpause", ctr, &[]);
    }
    Ok(())
}

/// The new image's config: the base image's, with the container's command, environment and
/// working directory, the new layer's diff ID, a history entry, then the `-c` changes.
fn new_config(
    engine: &Engine,
    ctr: &ContainerRecord,
    base_config: &[u8],
    diff_id: &str,
    opts: &CommitOpts,
) -> Result<Value> {
    let mut config: Value =
        serde_json::from_slice(base_config).context("the image config is not valid JSON")?;
    let now = crate::model::time::rfc3339(now_nanos());
    config["created"] = json!(now);
    if let Some(a) = &opts.author {
        config["author"] = json!(a);
    }
    let c = config
        .as_object_mut()
        .ok_or_else(|| anyhow!("the image config is not an object"))?
        .entry("config")
        .or_insert_with(|| json!({}));
    if !c.is_object() {
        *c = json!({});
    }
    container_settings(c, ctr, &super::spec::load(engine, &ctr.id)?);
    let diff_ids = config["rootfs"]["diff_ids"].as_array().cloned();
    let mut diff_ids = diff_ids.unwrap_or_default();
    diff_ids.push(json!(diff_id));
    config["rootfs"] = json!({"type": "layers", "diff_ids": diff_ids});
    let mut history = config["history"].as_array().cloned().unwrap_or_default();
    let mut h = json!({"created": now, "created_by": "skiff commit"});
    if let Some(m) = &opts.message {
        h["comment"] = json!(m);
    }
    if let Some(a) = &opts.author {
        h["author"] = json!(a);
    }
    history.push(h);
    config["history"] = json!(history);
    apply_changes(&mut config, &opts.changes)?;
    Ok(config)
}

/// The container's command (after the image's entrypoint), environment (without what skiff
/// itself set) and working directory into the image config's `config` object.
fn container_settings(c: &mut Value, ctr: &ContainerRecord, spec: &Spec) {
    let entry: Vec<String> = c["Entrypoint"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let cmd: Vec<String> = if ctr.command.starts_with(&entry) {
        ctr.command[entry.len()..].to_vec()
    } else {
        ctr.command.clone()
    };
    if !cmd.is_empty() {
        c["Cmd"] = json!(cmd);
    }
    if let Some(p) = spec.process() {
        let env: Vec<String> = p
            .env()
            .clone()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| !e.starts_with("HOSTNAME=") && !e.starts_with("container="))
            .collect();
        c["Env"] = json!(env);
        let cwd = p.cwd().display().to_string();
        if cwd != "/" || c["WorkingDir"].is_string() {
            c["WorkingDir"] = json!(cwd);
        }
    }
}
