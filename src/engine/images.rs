//! Image actions: import, load, save, list, tag, rmi, exists.

use super::Engine;
use crate::store::archive::{self, SaveImage, SaveLayer};
use crate::store::images::{find, ImageRecord, LayerRef};
use crate::store::layers::StagedLayer;
use crate::store::reference::Reference;
use crate::store::{now_nanos, remove_tree, LockKind};
use anyhow::{anyhow, bail, Context, Result};
use oci_spec::image::{
    Descriptor, DescriptorBuilder, ImageConfiguration, ImageManifestBuilder, MediaType,
};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Removes a staging directory (possibly holding subordinate-id files) when dropped. Making
/// one first removes those that processes killed mid-way (a pull, a load) left behind.
pub(crate) struct Staging<'a> {
    pub dir: PathBuf,
    _lock: crate::store::StagingDir,
    engine: &'a Engine,
}

impl<'a> Staging<'a> {
    pub fn new(engine: &'a Engine) -> Result<Self> {
        for stale in engine.store.stale_staging_dirs() {
            let _ = remove_tree(&stale.path, engine.idmap());
        }
        let lock = engine.store.staging_dir()?;
        Ok(Staging {
            dir: lock.path.clone(),
            _lock: lock,
            engine,
        })
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        let _ = remove_tree(&self.dir, self.engine.idmap());
    }
}

pub struct ImportOpts {
    /// A file path or "-" for stdin.
    pub source: String,
    pub reference: Option<String>,
    pub changes: Vec<String>,
    pub message: Option<String>,
}

fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "arm" => "arm",
        "powerpc64" => "ppc64le",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        other => other,
    }
}

/// Stage the given blobs as layers (inside the user namespace), bottom first.
fn stage_layers(
    engine: &Engine,
    staging: &Path,
    blobs: Vec<(PathBuf, Option<String>, Option<String>)>,
) -> Result<Vec<StagedLayer>> {
    let store = engine.store.clone();
    let staging = staging.to_path_buf();
    crate::runtime::in_userns(engine.idmap(), move || {
        let mut out: Vec<StagedLayer> = Vec::new();
        for (blob, digest, diff_id) in &blobs {
            let parent = out.last().map(|l| l.layer.chain_id.clone());
            let s = store.stage_layer(
                &staging,
                blob,
                parent.as_deref(),
                digest.as_deref(),
                diff_id.as_deref(),
            )?;
            out.push(s);
        }
        Ok(out)
    })
}

/// Put a finished image into the index: layers and blobs moved into place, names taken from
/// any other image that had them.
pub(crate) fn commit_image(
    engine: &Engine,
    staged: &[StagedLayer],
    config: &[u8],
    manifest: &[u8],
    manifest_media_type: &str,
    names: &[String],
) -> Result<ImageRecord> {
    let store = &engine.store;
    let cfg: ImageConfiguration =
        serde_json::from_slice(config).context("the image config is not valid JSON")?;
    let diff_ids = cfg.rootfs().diff_ids();
    if diff_ids.len() != staged.len() {
        bail!(
            "the image config lists {} layers but the image has {}",
            diff_ids.len(),
            staged.len()
        );
    }
    for (d, s) in diff_ids.iter().zip(staged) {
        if *d != s.layer.diff_id {
            bail!(
                "layer digest mismatch: the config expects {d}, the layer has {}",
                s.layer.diff_id
            );
        }
    }
    let created = cfg
        .created()
        .as_deref()
        .and_then(crate::model::time::parse_rfc3339)
        .unwrap_or_else(|| now_nanos() / 1_000_000_000);
    let _lock = store.lock(LockKind::Images, true)?;
    store.commit_layers(staged)?;
    let config_digest = store.put_blob(config)?;
    let manifest_digest = store.put_blob(manifest)?;
    let id = config_digest.trim_start_matches("sha256:").to_string();
    let mut images = store.images()?;
    for img in images.iter_mut() {
        if img.id != id {
            img.names.retain(|n| !names.contains(n));
        }
    }
    let layers: Vec<LayerRef> = staged.iter().map(|s| s.layer.clone()).collect();
    let size = layers.iter().map(|l| l.unpacked_size).sum();
    let rec = match images.iter_mut().find(|i| i.id == id) {
        Some(existing) => {
            for n in names {
                if !existing.names.contains(n) {
                    existing.names.push(n.clone());
                }
            }
            existing.clone()
        }
        None => {
            let rec = ImageRecord {
                id: id.clone(),
                names: names.to_vec(),
                digest: manifest_digest,
                manifest_media_type: manifest_media_type.to_string(),
                repo_digests: Vec::new(),
                layers,
                created,
                size,
            };
            images.push(rec.clone());
            rec
        }
    };
    store.write_images(images)?;
    Ok(rec)
}

/// Store an image made here (import, commit): an OCI manifest is written for `config` and the
/// staged layers, then the image is committed like a loaded one.
pub(crate) fn commit_new_image(
    engine: &Engine,
    staged: &[StagedLayer],
    config: &serde_json::Value,
    names: &[String],
) -> Result<ImageRecord> {
    let config_bytes = serde_json::to_vec(config)?;
    let manifest = oci_manifest(&config_bytes, staged)?;
    commit_image(
        engine,
        staged,
        &config_bytes,
        &manifest,
        "application/vnd.oci.image.manifest.v1+json",
        names,
    )
}

pub(crate) fn oci_manifest(config: &[u8], staged: &[StagedLayer]) -> Result<Vec<u8>> {
    let cfg_desc = DescriptorBuilder::default()
        .media_type(MediaType::ImageConfig)
        .digest(
            crate::store::sha256_digest(config)
                .parse::<oci_spec::image::Digest>()
                .map_err(|e| anyhow!("{e}"))?,
        )
        .size(config.len() as u64)
        .build()?;
    let layers: Vec<Descriptor> = staged
        .iter()
        .map(|s| {
            let mt = match s.layer.media_type.as_str() {
                "application/vnd.oci.image.layer.v1.tar+gzip" => MediaType::ImageLayerGzip,
                "application/vnd.oci.image.layer.v1.tar+zstd" => MediaType::ImageLayerZstd,
                _ => MediaType::ImageLayer,
            };
            Ok(DescriptorBuilder::default()
                .media_type(mt)
                .digest(
                    s.layer
                        .digest
                        .parse::<oci_spec::image::Digest>()
                        .map_err(|e| anyhow!("{e}"))?,
                )
                .size(s.layer.size)
                .build()?)
        })
        .collect::<Result<_>>()?;
    let m = ImageManifestBuilder::default()
        .schema_version(2u32)
        .media_type(MediaType::ImageManifest)
        .config(cfg_desc)
        .layers(layers)
        .build()?;
    Ok(serde_json::to_vec(&m)?)
}

/// Copy `source` ("-" = stdin) into a file under `dir`.
fn spool(source: &str, dir: &Path, name: &str) -> Result<PathBuf> {
    let dest = dir.join(name);
    if source == "-" {
        let mut f = std::fs::File::create(&dest)?;
        std::io::copy(&mut std::io::stdin().lock(), &mut f).context("reading standard input")?;
    } else {
        std::fs::copy(source, &dest).with_context(|| format!("reading {source}"))?;
    }
    Ok(dest)
}

/// `import`: a root filesystem tarball becomes a one-layer image. Returns the image ID.
pub fn import(engine: &Engine, opts: &ImportOpts) -> Result<String> {
    let names = match &opts.reference {
        Some(r) => vec![Reference::parse_local(r)?.to_string()],
        None => Vec::new(),
    };
    let staging = Staging::new(engine)?;
    let blob = spool(&opts.source, &staging.dir, "rootfs.tar")?;
    check_is_tar(&blob)?;
    let staged = stage_layers(engine, &staging.dir, vec![(blob, None, None)])?;
    let now = crate::model::time::rfc3339(now_nanos());
    let mut config = serde_json::json!({
        "created": now,
        "architecture": host_arch(),
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": staged.iter().map(|s| s.layer.diff_id.clone()).collect::<Vec<_>>()},
        "history": [{
            "created": now,
            "created_by": format!("/bin/sh -c #(nop) ADD file:{} in / ", staged[0].layer.diff_id.trim_start_matches("sha256:")),
            "comment": opts.message.clone().unwrap_or_default(),
        }],
    });
    apply_changes(&mut config, &opts.changes)?;
    let rec = commit_new_image(engine, &staged, &config, &names)?;
    super::events::image(
        engine,
        "import",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}

/// A quick check that a file is a (possibly compressed) tar, for a clear error.
fn check_is_tar(path: &Path) -> Result<()> {
    let f = std::fs::File::open(path)?;
    let mut r = crate::store::layer_tar::decompressed(f)?;
    let mut head = vec![0u8; 512];
    let mut got = 0;
    while got < 512 {
        match r.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => bail!("not a valid tar archive: {e}"),
        }
    }
    if got == 0 {
        bail!("not a valid tar archive: the input is empty");
    }
    if got < 512 || (&head[257..262] != b"ustar" && head.iter().any(|&b| b != 0)) {
        // Old v7 tars have no magic; accept them when the header checksum is right.
        if got < 512 || !tar_checksum_ok(&head) {
            bail!("not a valid tar archive");
        }
    }
    Ok(())
}

fn tar_checksum_ok(h: &[u8]) -> bool {
    let field = String::from_utf8_lossy(&h[148..156]);
    let want = u32::from_str_radix(field.trim_matches(|c: char| c == '\0' || c == ' '), 8);
    let sum: u32 = h
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                b as u32
            }
        })
        .sum();
    want.ok() == Some(sum)
}

/// Apply Dockerfile-style `--change` instructions to an image config.
pub fn apply_changes(config: &mut serde_json::Value, changes: &[String]) -> Result<()> {
    use serde_json::{json, Value};
    let c = config
        .as_object_mut()
        .ok_or_else(|| anyhow!("bad config"))?
        .entry("config")
        .or_insert_with(|| json!({}));
    for ch in changes {
        let (ins, arg) = ch.trim().split_once([' ', '=']).unwrap_or((ch.trim(), ""));
        let arg = arg.trim();
        let list = |a: &str| -> Vec<String> {
            if a.starts_with('[') {
                serde_json::from_str(a).unwrap_or_else(|_| vec![a.to_string()])
            } else {
                vec!["/bin/sh".into(), "-c".into(), a.to_string()]
            }
        };
        match ins.to_ascii_uppercase().as_str() {
            "CMD" => c["Cmd"] = json!(list(arg)),
            "ENTRYPOINT" => c["Entrypoint"] = json!(list(arg)),
            "WORKDIR" => c["WorkingDir"] = json!(arg),
            "USER" => c["User"] = json!(arg),
            "STOPSIGNAL" => c["StopSignal"] = json!(arg),
            "ENV" => {
                let (k, v) = arg.split_once(['=', ' ']).unwrap_or((arg, ""));
                let env = c["Env"].as_array().cloned().unwrap_or_default();
                let mut env: Vec<Value> = env
                    .into_iter()
                    .filter(|e| !e.as_str().is_some_and(|s| s.starts_with(&format!("{k}="))))
                    .collect();
                env.push(json!(format!("{k}={}", v.trim())));
                c["Env"] = json!(env);
            }
            "LABEL" => {
                let (k, v) = arg.split_once(['=', ' ']).unwrap_or((arg, ""));
                if !c["Labels"].is_object() {
                    c["Labels"] = json!({});
                }
                c["Labels"][k] = json!(v.trim().trim_matches('"'));
            }
            "EXPOSE" => {
                if !c["ExposedPorts"].is_object() {
                    c["ExposedPorts"] = json!({});
                }
                for p in arg.split_whitespace() {
                    let p = if p.contains('/') {
                        p.to_string()
                    } else {
                        format!("{p}/tcp")
                    };
                    c["ExposedPorts"][p] = json!({});
                }
            }
            "VOLUME" => {
                if !c["Volumes"].is_object() {
                    c["Volumes"] = json!({});
                }
                let vols: Vec<String> = if arg.starts_with('[') {
                    serde_json::from_str(arg).unwrap_or_default()
                } else {
                    arg.split_whitespace().map(String::from).collect()
                };
                for v in vols {
                    c["Volumes"][v] = json!({});
                }
            }
            other => bail!("invalid change {ch:?}: {other} is not a supported instruction"),
        }
    }
    Ok(())
}

pub struct LoadOpts {
    /// A file path; None reads stdin.
    pub input: Option<String>,
}

/// `load`: read a docker-archive or oci-archive; returns the names loaded (or IDs for
/// unnamed images).
pub fn load(engine: &Engine, opts: &LoadOpts) -> Result<Vec<String>> {
    let staging = Staging::new(engine)?;
    let unpack_dir = staging.dir.join("archive");
    std::fs::create_dir(&unpack_dir)?;
    match &opts.input {
        Some(p) if p != "-" => {
            let f = std::fs::File::open(p).with_context(|| format!("opening {p}"))?;
            archive::unpack(std::io::BufReader::new(f), &unpack_dir)?;
        }
        _ => {
            let stdin = std::io::stdin();
            if crate::runtime::tty::is_tty(std::os::fd::AsFd::as_fd(&stdin)) {
                bail!("cannot read an image archive from a terminal: use --input or redirect standard input");
            }
            archive::unpack(stdin.lock(), &unpack_dir)?;
        }
    }
    let found = archive::parse(&unpack_dir)?;
    if found.is_empty() {
        bail!("the archive contains no image");
    }
    // Stage every image before committing any, so a bad one leaves the store untouched.
    let mut ready = Vec::new();
    for img in &found {
        let cfg: ImageConfiguration = serde_json::from_slice(&img.config)
            .context("the archive's image config is not valid")?;
        let diff_ids = cfg.rootfs().diff_ids().clone();
        if diff_ids.len() != img.layers.len() {
            bail!(
                "the archive's image config lists {} layers but its manifest has {}",
                diff_ids.len(),
                img.layers.len()
            );
        }
        let blobs = img
            .layers
            .iter()
            .zip(diff_ids.iter())
            .map(|(l, d)| (l.path.clone(), l.digest.clone(), Some(d.clone())))
            .collect();
        let staged = stage_layers(engine, &staging.dir, blobs)?;
        let (manifest, mt) = match &img.manifest {
            Some(m) => {
                let mt = serde_json::from_slice::<serde_json::Value>(m)
                    .ok()
                    .and_then(|v| v["mediaType"].as_str().map(String::from))
                    .unwrap_or_else(|| "application/vnd.oci.image.manifest.v1+json".into());
                (m.clone(), mt)
            }
            None => (
                oci_manifest(&img.config, &staged)?,
                "application/vnd.oci.image.manifest.v1+json".to_string(),
            ),
        };
        ready.push((img, staged, manifest, mt));
    }
    let mut loaded = Vec::new();
    for (img, staged, manifest, mt) in ready {
        let rec = commit_image(engine, &staged, &img.config, &manifest, &mt, &img.names)?;
        super::events::image(
            engine,
            "load",
            &rec.id,
            img.names.first().map_or("", |n| n.as_str()),
        );
        if img.names.is_empty() {
            loaded.push(format!("sha256:{}", rec.id));
        } else {
            loaded.extend(img.names.iter().cloned());
        }
    }
    Ok(loaded)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
}

pub struct SaveOpts {
    pub output: Option<PathBuf>,
    pub format: SaveFormat,
    pub images: Vec<String>,
}

/// `save`: write images to an archive file or stdout.
pub fn save(engine: &Engine, opts: &SaveOpts) -> Result<()> {
    let store = &engine.store;
    let items = {
        let _lock = store.lock(LockKind::Images, false)?;
        let images = store.images()?;
        let mut items = Vec::new();
        for what in &opts.images {
            let rec = find(&images, what)?;
            // Name the image by what the user typed when it is one of its names.
            let names: Vec<String> = if rec.names.iter().any(|n| n == what)
                || !what.bytes().all(|b| b.is_ascii_hexdigit())
            {
                rec.names
                    .iter()
                    .filter(|n| crate::store::reference::name_matches(n, what))
                    .cloned()
                    .collect()
            } else {
                rec.names.clone()
            };
            let config = store.read_blob(&rec.config_digest())?;
            let manifest = store.read_blob(&rec.digest)?;
            items.push(SaveImage {
                names,
                config_digest: rec.config_digest(),
                config,
                manifest,
                manifest_digest: rec.digest.clone(),
                manifest_media_type: rec.manifest_media_type.clone(),
                layers: rec
                    .layers
                    .iter()
                    .map(|l| SaveLayer {
                        blob: store.blob_path(&l.digest),
                        digest: l.digest.clone(),
                        diff_id: l.diff_id.clone(),
                        media_type: l.media_type.clone(),
                        size: l.size,
                    })
                    .collect(),
            });
        }
        items
    };
    let write = |w: &mut dyn Write| -> Result<()> {
        match opts.format {
            SaveFormat::DockerArchive => archive::write_docker_archive(&items, w),
            SaveFormat::OciArchive => archive::write_oci_archive(&items, w),
        }?;
        for it in &items {
            let id = it.config_digest.trim_start_matches("sha256:");
            super::events::image(
                engine,
                "save",
                id,
                it.names.first().map_or("", |n| n.as_str()),
            );
        }
        Ok(())
    };
    match &opts.output {
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = dir.join(format!(".{}.skiff-tmp", crate::store::unique_name("save")));
            let res = (|| -> Result<()> {
                let mut f = std::io::BufWriter::new(
                    std::fs::File::create(&tmp)
                        .with_context(|| format!("creating {}", path.display()))?,
                );
                write(&mut f)?;
                f.flush()?;
                std::fs::rename(&tmp, path)
                    .with_context(|| format!("writing {}", path.display()))?;
                Ok(())
            })();
            if res.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            res
        }
        None => {
            let stdout = std::io::stdout();
            if crate::runtime::tty::is_tty(std::os::fd::AsFd::as_fd(&stdout)) {
                bail!("refusing to save to terminal. Use -o flag or redirect");
            }
            let mut w = std::io::BufWriter::new(stdout.lock());
            write(&mut w)?;
            w.flush()?;
            Ok(())
        }
    }
}

/// `images`: the index, newest first.
pub fn list(engine: &Engine) -> Result<Vec<ImageRecord>> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let mut v = store.images()?;
    v.sort_by_key(|r| std::cmp::Reverse(r.created));
    Ok(v)
}

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
        super::events::image(engine, "tag", &id, n);
    }
    Ok(())
}

/// `image exists`
pub fn exists(engine: &Engine, image: &str) -> Result<bool> {
    let store = &engine.store;
    let _lock = store.lock(LockKind::Images, false)?;
    let images = store.images()?;
    Ok(find(&images, image).is_ok())
}

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
            super::events::image(engine, "untag", &rec.id, &name);
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
                super::container::rm::remove_locked(engine, &c, true)?;
            }
        }
        for n in &rec.names {
            report.lines.push(format!("Untagged: {n}"));
            super::events::image(engine, "untag", &rec.id, n);
        }
        report.lines.push(format!("Deleted: {}", rec.id));
        super::events::image(
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
