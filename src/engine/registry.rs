//! Registry actions: pull, push, login, logout. Blobs move between a `registry::Client` and
//! the store through the same staging and commit path as `load`.

use super::images::{commit_image, Staging};
use super::Engine;
use crate::registry::client::Body;
use crate::registry::conf::Endpoint;
use crate::registry::conf::{self, Registries};
use crate::registry::manifest::{self, Kind};
pub use crate::registry::ClientOpts;
use crate::registry::{auth, Client};
use crate::store::images::{find, LayerRef};
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

/// What pull and push report while they work; the CLI renders it (bars, lines or nothing).
/// Events for blobs come from the download threads.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// A step: "Getting image source signatures", "Writing manifest to image destination".
    Step(&'a str),
    /// A blob starts moving. `kind` is "blob" or "config", `id` the digest's first 12 hex
    /// digits, `total` its size.
    Start {
        kind: &'a str,
        id: &'a str,
        total: u64,
    },
    /// Bytes of blob `id` moved so far (lower again when a download is retried).
    Bytes { id: &'a str, done: u64 },
    /// Blob `id` moved.
    Done { kind: &'a str, id: &'a str },
    /// Not moved: the destination has it already.
    Skipped { kind: &'a str, id: &'a str },
}

/// Receives `Event`s; called from several threads.
pub trait Progress: Sync {
    fn report(&self, ev: Event<'_>);
}

impl<F: Fn(Event<'_>) + Sync> Progress for F {
    fn report(&self, ev: Event<'_>) {
        self(ev)
    }
}

/// The first 12 hex digits of a digest, as progress shows it.
fn short_id(digest: &str) -> &str {
    let h = digest.trim_start_matches("sha256:");
    &h[..h.len().min(12)]
}

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

/// Strip a `docker://` transport prefix; other transports are not supported here.
fn strip_transport(s: &str) -> Result<&str> {
    if let Some(r) = s.strip_prefix("docker://") {
        return Ok(r);
    }
    if let Some((t, _)) = s.split_once(':') {
        if matches!(
            t,
            "oci"
                | "oci-archive"
                | "docker-archive"
                | "dir"
                | "containers-storage"
                | "docker-daemon"
        ) {
            bail!("unsupported transport {t:?} in {s:?}: only docker:// is supported");
        }
    }
    Ok(s)
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
    super::events::image(
        engine,
        "pull",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}

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
    let scope = format!("repository:{}:pull,push", ep.path);
    progress.report(Event::Step("Getting image source signatures"));
    let m = match manifest::parse(&rec.manifest_media_type, &manifest_bytes, &dest)? {
        Kind::Image(m) => m,
        Kind::Index(_) => bail!("{dest}: pushing a manifest list is not supported"),
    };
    // Another repository on the same registry that holds this image's blobs (the image was
    // pulled from or pushed to it: its repo digests): blobs are mounted from there.
    let mount_from = rec.repo_digests.iter().find_map(|rd| {
        let (repo, _) = rd.split_once('@')?;
        let (domain, path) = repo.split_once('/')?;
        let other = regs.endpoint(domain, path).ok()?;
        (other.host == ep.host && other.path != ep.path).then_some(other.path)
    });
    for l in &m.layers {
        let id = short_id(&l.digest);
        if client.blob_exists(&ep.path, &l.digest, &scope)? {
            progress.report(Event::Skipped { kind: "blob", id });
            continue;
        }
        let path = store.blob_path(&l.digest);
        let len = std::fs::metadata(&path)
            .with_context(|| format!("the blob {} of {dest} is missing from the store", l.digest))?
            .len();
        progress.report(Event::Start {
            kind: "blob",
            id,
            total: len,
        });
        let bytes = |done: u64| progress.report(Event::Bytes { id, done });
        let mounted = client
            .mount_or_upload_blob(
                &ep.path,
                &l.digest,
                mount_from.as_deref(),
                &Body::File {
                    path: &path,
                    offset: 0,
                    len,
                    progress: Some(&bytes),
                },
                &scope,
            )
            .with_context(|| format!("writing blob {}", l.digest))?;
        progress.report(match mounted {
            true => Event::Skipped { kind: "blob", id },
            false => Event::Done { kind: "blob", id },
        });
    }
    let config = store.read_blob(&m.config.digest)?;
    let cid = short_id(&m.config.digest);
    if client.blob_exists(&ep.path, &m.config.digest, &scope)? {
        progress.report(Event::Skipped {
            kind: "config",
            id: cid,
        });
    } else {
        progress.report(Event::Start {
            kind: "config",
            id: cid,
            total: config.len() as u64,
        });
        let mounted = client
            .mount_or_upload_blob(
                &ep.path,
                &m.config.digest,
                mount_from.as_deref(),
                &Body::Bytes(&config, "application/octet-stream"),
                &scope,
            )
            .context("writing the image config")?;
        progress.report(match mounted {
            true => Event::Skipped {
                kind: "config",
                id: cid,
            },
            false => Event::Done {
                kind: "config",
                id: cid,
            },
        });
    }
    progress.report(Event::Step("Writing manifest to image destination"));
    let reference = r
        .tag
        .clone()
        .or(r.digest.clone())
        .unwrap_or_else(|| "latest".into());
    client
        .put_manifest(
            &ep.path,
            &reference,
            &manifest_bytes,
            &rec.manifest_media_type,
            &scope,
        )
        .with_context(|| format!("writing manifest to {dest}"))?;
    let digest = sha256_digest(&manifest_bytes);
    let _lock = store.lock(LockKind::Images, true)?;
    let mut images = store.images()?;
    if let Some(img) = images.iter_mut().find(|i| i.id == rec.id) {
        let rd = format!("{}@{digest}", r.repository());
        if !img.repo_digests.contains(&rd) {
            img.repo_digests.push(rd);
        }
    }
    store.write_images(images)?;
    super::events::image(engine, "push", &rec.id, &opts.image);
    Ok(digest)
}

pub struct LoginOpts {
    pub registry: String,
    pub username: String,
    pub password: String,
    pub client: ClientOpts,
}

/// `host[:port][/repo]` from what the user typed (a scheme or path is dropped).
fn login_key(s: &str) -> Result<String> {
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .or_else(|| s.strip_prefix("docker://"))
        .unwrap_or(s)
        .trim_end_matches('/');
    if s.is_empty() {
        bail!("no registry given");
    }
    Ok(crate::registry::auth_key(s))
}

/// `login`: check the credentials against the registry, then store them (auth file or the
/// credential helper it names).
pub fn login(opts: &LoginOpts) -> Result<()> {
    let key = login_key(&opts.registry)?;
    let host = key.split('/').next().unwrap_or(&key).to_string();
    if opts.username.is_empty() {
        bail!("logging into {host:?}: a username is required");
    }
    let regs = Registries::load()?;
    let mut copts = opts.client.clone();
    copts.creds = Some((opts.username.clone(), opts.password.clone()));
    let client = Client::connect(&host, "", regs.insecure_host(&host), &copts)
        .with_context(|| format!("logging into {host:?}"))?;
    if let Err(e) = client.check_login() {
        let msg = format!("{e:#}");
        if msg.contains("unauthorized") || msg.contains("denied") {
            bail!("logging into {host:?}: invalid username/password: {msg}");
        }
        return Err(e.context(format!("logging into {host:?}")));
    }
    auth::save(
        opts.client.authfile.as_deref(),
        &key,
        &opts.username,
        &opts.password,
    )?;
    Ok(())
}

/// `login HOST` without credentials: check the stored ones. Returns the key when they are
/// valid, None when there are none.
pub fn login_existing(registry: &str, client: &ClientOpts) -> Result<Option<String>> {
    let key = login_key(registry)?;
    let host = key.split('/').next().unwrap_or(&key).to_string();
    let repo = key.split_once('/').map(|(_, r)| r).unwrap_or("");
    let Some(creds) = auth::lookup(client.authfile.as_deref(), &host, repo)? else {
        return Ok(None);
    };
    let regs = Registries::load()?;
    let mut copts = client.clone();
    copts.creds = Some(creds);
    let c = Client::connect(&host, repo, regs.insecure_host(&host), &copts)
        .with_context(|| format!("logging into {host:?}"))?;
    c.check_login().map_err(|e| {
        anyhow!("logging into {host:?}: the stored credentials are not valid: {e:#}")
    })?;
    Ok(Some(key))
}

/// `logout HOST` or `logout -a`.
pub fn logout(
    registry: Option<&str>,
    all: bool,
    authfile: Option<&std::path::Path>,
) -> Result<String> {
    if all {
        auth::remove_all(authfile)?;
        return Ok("Removed login credentials for all registries".into());
    }
    let Some(r) = registry else {
        bail!("registry must be given");
    };
    let key = login_key(r)?;
    if !auth::remove(authfile, &key)? {
        bail!("not logged into {key}");
    }
    Ok(format!("Removed login credentials for {key}"))
}
