//! `pull`: fetch an image into the store: resolve the name through registries.conf (mirrors
//! first), fetch and verify the manifest and config, download the missing layers on a few
//! threads, extract them in the user namespace and commit like `load`.

use super::ingest::{commit_image, Staging};
use super::transfer::{short_id, strip_transport, ClientOpts, Event, Progress};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::registry::conf::Endpoint;
use crate::registry::conf::{self, Registries};
use crate::registry::manifest::{self, Kind};
use crate::registry::Client;
use crate::store::images::LayerRef;
use crate::store::layers::{chain_id, StagedLayer};
use crate::store::reference::Reference;
use crate::store::{sha256_digest, LockKind};
use anyhow::{anyhow, bail, Context, Result};
use oci_spec::image::ImageConfiguration;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Parallel layer downloads.
const WORKERS: usize = 3;

/// Where a pull's blobs come from: the source that served the manifest, then the sources
/// after it (the next mirrors, the primary location), each connected only when a blob is
/// missing or unreadable on the ones before.
struct BlobSources<'a> {
    first: (Endpoint, Client),
    rest: Vec<(Endpoint, OnceLock<Option<Client>>)>,
    opts: &'a ClientOpts,
}

impl BlobSources<'_> {
    /// Try `f` on each source in turn; the first source's error when none succeeds.
    fn each<T>(&self, f: impl Fn(&Client, &str, &str) -> Result<T>) -> Result<T> {
        let scope = |ep: &Endpoint| format!("repository:{}:pull", ep.path);
        let (ep, c) = &self.first;
        let first_err = match f(c, &ep.path, &scope(ep)) {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        for (ep, cell) in &self.rest {
            let c = cell
                .get_or_init(|| Client::connect(&ep.host, &ep.path, ep.insecure, self.opts).ok());
            if let Some(c) = c {
                if let Ok(v) = f(c, &ep.path, &scope(ep)) {
                    return Ok(v);
                }
            }
        }
        Err(first_err)
    }
}

/// One layer of a pull: a fetched blob to extract, or a layer the store already has.
struct PlannedLayer {
    fetched: Option<PathBuf>,
    digest: String,
    diff_id: String,
    parent: Option<String>,
    have: Option<LayerRef>,
}

/// Digests from a registry become URLs and file names: only `sha256:` + 64 lowercase hex.
fn check_digest(d: &str) -> Result<()> {
    let ok = d.strip_prefix("sha256:").is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    });
    if !ok {
        bail!("unsupported digest {d:?} in the manifest");
    }
    Ok(())
}

pub struct PullOpts {
    pub reference: String,
    pub platform: Option<String>,
    pub client: ClientOpts,
}

/// `pull`: fetch an image into the store and return its ID, reporting to `progress`.
pub fn pull(engine: &Engine, opts: &PullOpts, progress: &dyn Progress) -> Result<String> {
    let name = strip_transport(&opts.reference)?;
    let regs = Registries::load()?;
    let candidates = if conf::is_qualified(name) {
        vec![name.to_string()]
    } else {
        regs.candidates(name)
    };
    let want = match &opts.platform {
        Some(p) => manifest::parse_platform(p)?,
        None => manifest::host_platform(),
    };
    let mut errors = Vec::new();
    for cand in &candidates {
        let r = Reference::parse_remote(cand)?;
        progress.report(Event::Step(&format!("Trying to pull {r}...")));
        match pull_one(engine, &regs, &r, &want, opts, progress) {
            Ok(id) => return Ok(id),
            Err(e) => errors.push(e.context(format!("initializing source docker://{r}"))),
        }
    }
    match errors.len() {
        1 => Err(errors.remove(0)),
        _ => {
            let all: Vec<String> = errors.iter().map(|e| format!("{e:#}")).collect();
            bail!("{} (tried {})", all.join("; "), candidates.join(", "))
        }
    }
}

/// The manifest of one image as the chosen source served it (an index narrowed to the
/// wanted platform), the RepoDigests it gives the image, and where its blobs come from.
struct Found<'a> {
    manifest: manifest::ImageManifest,
    bytes: Vec<u8>,
    media_type: String,
    repo_digests: Vec<String>,
    blobs: BlobSources<'a>,
}

fn pull_one(
    engine: &Engine,
    regs: &Registries,
    r: &Reference,
    want: &manifest::Platform,
    opts: &PullOpts,
    progress: &dyn Progress,
) -> Result<String> {
    let found = find_manifest(regs, r, want, &opts.client)?;
    let m = &found.manifest;
    check_digest(&m.config.digest)?;
    for l in &m.layers {
        check_digest(&l.digest)?;
    }
    progress.report(Event::Step("Getting image source signatures"));
    let config = found
        .blobs
        .each(|c, path, scope| c.get_blob_bytes(path, &m.config.digest, scope))
        .context("reading the image config")?;
    let diff_ids = diff_ids(&config, m.layers.len())?;
    let chains = chain_ids(&diff_ids);
    let existing = present_layers(engine, m, &chains)?;
    let staging = Staging::new(engine)?;
    download(&found.blobs, m, &existing, &staging.dir, progress)?;
    report_config(progress, &m.config.digest, config.len() as u64);
    // Extract the fetched layers inside the user namespace; reuse the others.
    let plan: Vec<PlannedLayer> = m
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| PlannedLayer {
            fetched: existing[i]
                .is_none()
                .then(|| blob_path(&staging.dir, &l.digest)),
            digest: l.digest.clone(),
            diff_id: diff_ids[i].clone(),
            parent: (i > 0).then(|| chains[i - 1].clone()),
            have: existing[i].clone(),
        })
        .collect();
    let staged = extract(engine, &staging.dir, plan)?;
    progress.report(Event::Step("Writing manifest to image destination"));
    let names = pulled_names(r);
    let rec = commit_image(
        engine,
        &staged,
        &config,
        &found.bytes,
        &found.media_type,
        &names,
    )?;
    add_repo_digests(engine, &rec.id, &found.repo_digests)?;
    events::image(
        engine,
        "pull",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}

/// Mirrors first, then the primary location: the first one serving the manifest is used for
/// the whole image; the image keeps the name that was asked for. Blobs the chosen source
/// lacks are fetched from the sources after it.
fn find_manifest<'a>(
    regs: &Registries,
    r: &Reference,
    want: &manifest::Platform,
    client: &'a ClientOpts,
) -> Result<Found<'a>> {
    let tag_or_digest = r
        .digest
        .clone()
        .or_else(|| r.tag.clone())
        .unwrap_or_else(|| "latest".into());
    let sources = regs.pull_sources(&r.domain, &r.path, r.digest.is_some())?;
    let mut tried = Vec::new();
    let mut found = None;
    let mut sources = sources.into_iter();
    for ep in sources.by_ref() {
        let scope = format!("repository:{}:pull", ep.path);
        let got = Client::connect(&ep.host, &ep.path, ep.insecure, client).and_then(|c| {
            let m = c.get_manifest(&ep.path, &tag_or_digest, &scope)?;
            Ok((c, m))
        });
        match got {
            Ok((c, m)) => {
                found = Some((ep, c, scope, m));
                break;
            }
            Err(e) => tried.push(format!(
                "reading manifest {tag_or_digest} in {}/{}: {e:#}",
                ep.host, ep.path
            )),
        }
    }
    let Some((ep, c, scope, (bytes, media_type))) = found else {
        bail!("{}", tried.join("; "));
    };
    let top = sha256_digest(&bytes);
    if let Some(d) = &r.digest {
        if *d != top {
            bail!("manifest digest mismatch: asked for {d}, the registry sent {top}");
        }
    }
    let mut repo_digests = vec![format!("{}@{top}", r.repository())];
    let what = format!("{r}");
    let (manifest, bytes, media_type) = match manifest::parse(&media_type, &bytes, &what)? {
        Kind::Image(m) => (m, bytes, media_type),
        Kind::Index(idx) => {
            let (m, b, t, digest) = from_index(&c, &ep, &scope, &idx, r, want)?;
            repo_digests.push(format!("{}@{digest}", r.repository()));
            (m, b, t)
        }
    };
    Ok(Found {
        manifest,
        bytes,
        media_type,
        repo_digests,
        blobs: BlobSources {
            first: (ep, c),
            rest: sources.map(|e| (e, OnceLock::new())).collect(),
            opts: client,
        },
    })
}

/// The image of an index for the wanted platform: its manifest, bytes, media type and digest.
fn from_index(
    client: &Client,
    ep: &Endpoint,
    scope: &str,
    idx: &manifest::Index,
    r: &Reference,
    want: &manifest::Platform,
) -> Result<(manifest::ImageManifest, Vec<u8>, String, String)> {
    let d = manifest::select(idx, want).ok_or_else(|| {
        anyhow!(
            "choosing an image from manifest list docker://{r}: no image found in manifest list for architecture {:?}, variant {:?}, OS {:?}",
            want.architecture,
            want.variant.clone().unwrap_or_default(),
            want.os
        )
    })?;
    let digest = d.digest.clone();
    check_digest(&digest)?;
    let (bytes, media_type) = client
        .get_manifest(&ep.path, &digest, scope)
        .with_context(|| format!("reading manifest {digest} in {}/{}", ep.host, ep.path))?;
    let got = sha256_digest(&bytes);
    if got != digest {
        bail!("manifest digest mismatch: the index lists {digest}, the registry sent {got}");
    }
    let what = format!("{r}");
    match manifest::parse(&media_type, &bytes, &what)? {
        Kind::Image(m) => Ok((m, bytes, media_type, digest)),
        Kind::Index(_) => bail!("{what}: an index inside an index is not supported"),
    }
}

/// The config's diff IDs, one per layer of the manifest.
fn diff_ids(config: &[u8], layers: usize) -> Result<Vec<String>> {
    let cfg: ImageConfiguration =
        serde_json::from_slice(config).context("the image config is not valid")?;
    let diff_ids = cfg.rootfs().diff_ids().clone();
    if diff_ids.len() != layers {
        bail!(
            "the image config lists {} layers but the manifest has {layers}",
            diff_ids.len()
        );
    }
    Ok(diff_ids)
}

/// The chain ID of each layer.
fn chain_ids(diff_ids: &[String]) -> Vec<String> {
    let mut chains: Vec<String> = Vec::new();
    for d in diff_ids {
        let parent = chains.last().cloned();
        chains.push(chain_id(parent.as_deref(), d));
    }
    chains
}

/// Per layer, the store's own copy when it has the extracted directory and the blob: those
/// are not fetched again.
fn present_layers(
    engine: &Engine,
    m: &manifest::ImageManifest,
    chains: &[String],
) -> Result<Vec<Option<LayerRef>>> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    Ok(m.layers
        .iter()
        .zip(chains)
        .map(|(l, c)| {
            if !store.layer_exists(c) || !store.blob_path(&l.digest).exists() {
                return None;
            }
            images
                .iter()
                .flat_map(|i| i.layers.iter())
                .find(|x| x.chain_id == *c && x.digest == l.digest)
                .cloned()
        })
        .collect())
}

/// Where a fetched blob is staged.
fn blob_path(staging: &Path, digest: &str) -> PathBuf {
    staging.join(format!("blob-{}", digest.trim_start_matches("sha256:")))
}

/// Download the layers the store lacks into the staging directory, on `WORKERS` threads;
/// the first failure stops the others.
fn download(
    blobs: &BlobSources,
    m: &manifest::ImageManifest,
    existing: &[Option<LayerRef>],
    staging: &Path,
    progress: &dyn Progress,
) -> Result<()> {
    let jobs: VecDeque<(String, u64)> = m
        .layers
        .iter()
        .zip(existing)
        .filter(|(_, have)| have.is_none())
        .map(|(l, _)| (l.digest.clone(), l.size))
        .collect();
    for (l, have) in m.layers.iter().zip(existing) {
        let id = short_id(&l.digest);
        if have.is_some() {
            progress.report(Event::Skipped { kind: "blob", id });
        } else {
            progress.report(Event::Start {
                kind: "blob",
                id,
                total: l.size,
            });
        }
    }
    let queue = Mutex::new(jobs);
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    // Every worker is joined (not only finished) before the scope ends: the layers are then
    // extracted by forked helpers, which must not be forked while a thread is still exiting.
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..WORKERS)
            .map(|_| {
                s.spawn(|| loop {
                    if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                        return;
                    }
                    let job = match queue.lock() {
                        Ok(mut q) => q.pop_front(),
                        Err(_) => None,
                    };
                    let Some((digest, size)) = job else {
                        return;
                    };
                    let dest = blob_path(staging, &digest);
                    let id = short_id(&digest);
                    let bytes = |done: u64| progress.report(Event::Bytes { id, done });
                    let got = blobs.each(|c, path, scope| {
                        c.fetch_blob(path, &digest, Some(size), scope, &dest, &bytes)
                    });
                    if let Err(e) = got {
                        if let Ok(mut f) = failure.lock() {
                            f.get_or_insert(e.context(format!("copying blob {digest}")));
                        }
                        return;
                    }
                    progress.report(Event::Done { kind: "blob", id });
                })
            })
            .collect();
        for w in workers {
            if w.join().is_err() {
                if let Ok(mut f) = failure.lock() {
                    f.get_or_insert(anyhow!("a download thread panicked"));
                }
            }
        }
    });
    match failure
        .into_inner()
        .map_err(|_| anyhow!("a download thread panicked"))?
    {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The config was fetched first (it names the layers); it is reported after them, as podman.
fn report_config(progress: &dyn Progress, digest: &str, total: u64) {
    let id = short_id(digest);
    progress.report(Event::Start {
        kind: "config",
        id,
        total,
    });
    progress.report(Event::Bytes { id, done: total });
    progress.report(Event::Done { kind: "config", id });
}

/// Extract the fetched layers inside the user namespace; the others are reused as they are.
fn extract(engine: &Engine, staging: &Path, plan: Vec<PlannedLayer>) -> Result<Vec<StagedLayer>> {
    let store = engine.store.clone();
    let sdir = staging.to_path_buf();
    crate::runtime::in_userns(engine.idmap(), move || {
        let mut out = Vec::new();
        for PlannedLayer {
            fetched,
            digest,
            diff_id,
            parent,
            have,
        } in &plan
        {
            match (fetched, have) {
                (Some(p), _) => out.push(store.stage_layer(
                    &sdir,
                    p,
                    parent.as_deref(),
                    Some(digest),
                    Some(diff_id),
                )?),
                (None, Some(l)) => out.push(StagedLayer {
                    layer: l.clone(),
                    blob: store.blob_path(digest),
                    dir: None,
                }),
                (None, None) => bail!("layer {digest} is neither fetched nor present"),
            }
        }
        Ok(out)
    })
}

/// By tag: `repo:tag`; by digest: `repo@digest` (listed with tag <none>, as podman does).
fn pulled_names(r: &Reference) -> Vec<String> {
    let repo = r.repository();
    match (&r.tag, &r.digest) {
        (_, Some(d)) => vec![format!("{repo}@{d}")],
        (Some(t), None) => vec![format!("{repo}:{t}")],
        (None, None) => Vec::new(),
    }
}

/// Record the digests the image was pulled by.
fn add_repo_digests(engine: &Engine, id: &str, digests: &[String]) -> Result<()> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    if let Some(img) = images.iter_mut().find(|i| i.id == id) {
        for d in digests {
            if !img.repo_digests.contains(d) {
                img.repo_digests.push(d.clone());
            }
        }
    }
    store.write_images(images)
}
