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
use std::path::PathBuf;
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
        if candidates.len() > 1 {
            progress.report(Event::Step(&format!("Trying to pull {r}...")));
        }
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

fn pull_one(
    engine: &Engine,
    regs: &Registries,
    r: &Reference,
    want: &manifest::Platform,
    opts: &PullOpts,
    progress: &dyn Progress,
) -> Result<String> {
    let tag_or_digest = r
        .digest
        .clone()
        .or_else(|| r.tag.clone())
        .unwrap_or_else(|| "latest".into());
    // Mirrors first, then the primary location: the first one serving the manifest is used
    // for the whole image; the image keeps the name that was asked for.
    // Blobs the chosen source lacks are fetched from the sources after it.
    let sources = regs.pull_sources(&r.domain, &r.path, r.digest.is_some())?;
    let mut tried = Vec::new();
    let mut found = None;
    let mut sources = sources.into_iter();
    for ep in sources.by_ref() {
        let scope = format!("repository:{}:pull", ep.path);
        let got = Client::connect(&ep.host, &ep.path, ep.insecure, &opts.client).and_then(|c| {
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
    let Some((ep, client, scope, (mut bytes, mut mt))) = found else {
        bail!("{}", tried.join("; "));
    };
    let rest: Vec<(Endpoint, OnceLock<Option<Client>>)> =
        sources.map(|e| (e, OnceLock::new())).collect();
    let top = sha256_digest(&bytes);
    if let Some(d) = &r.digest {
        if *d != top {
            bail!("manifest digest mismatch: asked for {d}, the registry sent {top}");
        }
    }
    let repo = r.repository();
    let mut repo_digests = vec![format!("{repo}@{top}")];
    let what = format!("{r}");
    let m = match manifest::parse(&mt, &bytes, &what)? {
        Kind::Image(m) => m,
        Kind::Index(idx) => {
            let d = manifest::select(&idx, want).ok_or_else(|| {
                anyhow!(
                    "choosing an image from manifest list docker://{r}: no image found in manifest list for architecture {:?}, variant {:?}, OS {:?}",
                    want.architecture,
                    want.variant.clone().unwrap_or_default(),
                    want.os
                )
            })?;
            let digest = d.digest.clone();
            check_digest(&digest)?;
            let (b, t) = client
                .get_manifest(&ep.path, &digest, &scope)
                .with_context(|| format!("reading manifest {digest} in {}/{}", ep.host, ep.path))?;
            let got = sha256_digest(&b);
            if got != digest {
                bail!(
                    "manifest digest mismatch: the index lists {digest}, the registry sent {got}"
                );
            }
            bytes = b;
            mt = t;
            repo_digests.push(format!("{repo}@{digest}"));
            match manifest::parse(&mt, &bytes, &what)? {
                Kind::Image(m) => m,
                Kind::Index(_) => bail!("{what}: an index inside an index is not supported"),
            }
        }
    };
    check_digest(&m.config.digest)?;
    for l in &m.layers {
        check_digest(&l.digest)?;
    }
    progress.report(Event::Step("Getting image source signatures"));
    let blobs = BlobSources {
        first: (ep, client),
        rest,
        opts: &opts.client,
    };
    let config = blobs
        .each(|c, path, scope| c.get_blob_bytes(path, &m.config.digest, scope))
        .context("reading the image config")?;
    let cfg: ImageConfiguration =
        serde_json::from_slice(&config).context("the image config is not valid")?;
    let diff_ids = cfg.rootfs().diff_ids().clone();
    if diff_ids.len() != m.layers.len() {
        bail!(
            "the image config lists {} layers but the manifest has {}",
            diff_ids.len(),
            m.layers.len()
        );
    }
    let mut chains = Vec::new();
    for d in &diff_ids {
        let parent = chains.last().cloned();
        chains.push(chain_id(parent.as_deref(), d));
    }
    // Layers already in the store (extracted directory and blob) are not fetched again.
    let existing: Vec<Option<LayerRef>> = {
        let store = &engine.store;
        let _lock = store.lock(LockKind::Images, false)?;
        let images = store.images()?;
        m.layers
            .iter()
            .zip(&chains)
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
            .collect()
    };
    let staging = Staging::new(engine)?;
    let jobs: VecDeque<(usize, String, u64)> = m
        .layers
        .iter()
        .enumerate()
        .filter(|(i, _)| existing[*i].is_none())
        .map(|(i, l)| (i, l.digest.clone(), l.size))
        .collect();
    for (i, l) in m.layers.iter().enumerate() {
        let id = short_id(&l.digest);
        if existing[i].is_some() {
            progress.report(Event::Skipped { kind: "blob", id });
        } else {
            progress.report(Event::Start {
                kind: "blob",
                id,
                total: l.size,
            });
        }
    }
    let blob_path = |d: &str| {
        staging
            .dir
            .join(format!("blob-{}", d.trim_start_matches("sha256:")))
    };
    let queue = Mutex::new(jobs);
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                if failure.lock().map(|f| f.is_some()).unwrap_or(true) {
                    return;
                }
                let job = match queue.lock() {
                    Ok(mut q) => q.pop_front(),
                    Err(_) => None,
                };
                let Some((_, digest, size)) = job else {
                    return;
                };
                let dest = blob_path(&digest);
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
            });
        }
    });
    if let Some(e) = failure
        .into_inner()
        .map_err(|_| anyhow!("a download thread panicked"))?
    {
        return Err(e);
    }
    let cid = short_id(&m.config.digest);
    progress.report(Event::Start {
        kind: "config",
        id: cid,
        total: config.len() as u64,
    });
    progress.report(Event::Bytes {
        id: cid,
        done: config.len() as u64,
    });
    progress.report(Event::Done {
        kind: "config",
        id: cid,
    });
    // Extract the fetched layers inside the user namespace; reuse the others.
    let plan: Vec<PlannedLayer> = m
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| PlannedLayer {
            fetched: existing[i].is_none().then(|| blob_path(&l.digest)),
            digest: l.digest.clone(),
            diff_id: diff_ids[i].clone(),
            parent: (i > 0).then(|| chains[i - 1].clone()),
            have: existing[i].clone(),
        })
        .collect();
    let store = engine.store.clone();
    let sdir = staging.dir.clone();
    let staged: Vec<StagedLayer> = crate::runtime::in_userns(engine.idmap(), move || {
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
    })?;
    progress.report(Event::Step("Writing manifest to image destination"));
    // By tag: `repo:tag`; by digest: `repo@digest` (listed with tag <none>, as podman does).
    let names: Vec<String> = match (&r.tag, &r.digest) {
        (_, Some(d)) => vec![format!("{repo}@{d}")],
        (Some(t), None) => vec![format!("{repo}:{t}")],
        (None, None) => Vec::new(),
    };
    let rec = commit_image(engine, &staged, &config, &bytes, &mt, &names)?;
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    if let Some(img) = images.iter_mut().find(|i| i.id == rec.id) {
        for d in repo_digests {
            if !img.repo_digests.contains(&d) {
                img.repo_digests.push(d);
            }
        }
    }
    store.write_images(images)?;
    drop(_lock);
    events::image(
        engine,
        "pull",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}
