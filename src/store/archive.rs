//! Image archives: docker-archive (`docker save`) and oci-archive (OCI image layout in a tar),
//! read for `load` and written for `save`.

use super::layer_tar::{clean_path, decompressed};
use super::reference::Reference;
use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One image found in an unpacked archive.
#[derive(Debug, Clone)]
pub struct StagedImage {
    /// Names given in the archive, normalised to full references.
    pub names: Vec<String>,
    /// The image config JSON, exactly as in the archive.
    pub config: Vec<u8>,
    /// The manifest bytes when the archive has one (OCI); None for docker-archive.
    pub manifest: Option<Vec<u8>>,
    /// Layers, bottom first.
    pub layers: Vec<StagedLayer>,
}

#[derive(Debug, Clone)]
pub struct StagedLayer {
    /// Path of the layer blob inside the staging directory.
    pub path: PathBuf,
    /// Declared digest of the blob when the archive states one (OCI); verified by the caller.
    pub digest: Option<String>,
}

fn invalid(why: impl std::fmt::Display) -> anyhow::Error {
    anyhow!("not a valid image archive: {why}")
}

/// Most entries an image archive may have (a docker-archive has about four per layer).
const MAX_ENTRIES: usize = 100_000;
/// Largest manifest or index, as the registry client allows.
const MAX_MANIFEST: u64 = 8 << 20;
/// Largest image config, and docker-archive's manifest.json.
const MAX_CONFIG: u64 = 32 << 20;

/// Read a JSON document of the archive, refusing one over `max` bytes before reading it.
fn read_small(p: &Path, max: u64, what: &str) -> Result<Vec<u8>> {
    let len = std::fs::metadata(p)
        .with_context(|| format!("reading {what}"))?
        .len();
    if len > max {
        bail!(invalid(format!(
            "{what} has {len} bytes, more than the {} MiB allowed",
            max >> 20
        )));
    }
    std::fs::read(p).with_context(|| format!("reading {what}"))
}

/// Check a descriptor's `size` (when it has one) against the `actual` size of its blob.
fn check_size(desc: &Value, actual: u64, digest: &str) -> Result<()> {
    match desc.get("size") {
        None | Some(Value::Null) => Ok(()),
        Some(v) => match v.as_u64() {
            Some(s) if s == actual => Ok(()),
            Some(s) => bail!(
                "size mismatch for {digest}: its descriptor says {s} bytes, the archive's blob has {actual}"
            ),
            None => bail!(invalid(format!("bad size {v} for {digest}"))),
        },
    }
}

/// Unpack an archive stream (plain, gzip or zstd compressed) into `staging` (an empty directory),
/// refusing anything but regular files and directories with safe relative names.
pub fn unpack<R: Read>(r: R, staging: &Path) -> Result<()> {
    unpack_with(r, staging, MAX_ENTRIES)
}

fn unpack_with<R: Read>(r: R, staging: &Path, max_entries: usize) -> Result<()> {
    let mut ar = tar::Archive::new(decompressed(r)?);
    let mut count = 0usize;
    let mut seen = 0usize;
    for entry in ar.entries().map_err(invalid)? {
        seen += 1;
        if seen > max_entries {
            bail!(invalid(format!("it has more than {max_entries} entries")));
        }
        let mut e = entry.map_err(invalid)?;
        let raw = e.path().map_err(invalid)?.into_owned();
        let comps = clean_path(&raw).map_err(invalid)?;
        if comps.is_empty() {
            continue;
        }
        let dest: PathBuf = comps.iter().fold(staging.to_path_buf(), |p, c| p.join(c));
        match e.header().entry_type() {
            tar::EntryType::Directory => {
                std::fs::create_dir_all(&dest)?;
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                // Never write through something an earlier entry put there.
                if std::fs::symlink_metadata(&dest).is_ok() {
                    std::fs::remove_file(&dest)
                        .map_err(|_| invalid(format!("duplicate entry {}", raw.display())))?;
                }
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&dest)
                    .with_context(|| format!("writing {}", dest.display()))?;
                std::io::copy(&mut e, &mut f).map_err(invalid)?;
            }
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader => {}
            // docker save writes `<id>/layer.tar` symlinks for shared layers in newer versions.
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = e
                    .link_name()
                    .map_err(invalid)?
                    .ok_or_else(|| invalid("link without target"))?
                    .into_owned();
                let base = if e.header().entry_type() == tar::EntryType::Symlink {
                    raw.parent()
                        .map(Path::to_path_buf)
                        .unwrap_or_default()
                        .join(&target)
                } else {
                    target.clone()
                };
                let tcomps = clean_path(&base).map_err(invalid)?;
                let src: PathBuf = tcomps.iter().fold(staging.to_path_buf(), |p, c| p.join(c));
                if let Some(parent) = dest.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::hard_link(&src, &dest)
                    .or_else(|_| std::fs::copy(&src, &dest).map(|_| ()))
                    .map_err(|_| {
                        invalid(format!("link {} points to a missing file", raw.display()))
                    })?;
            }
            other => bail!(invalid(format!(
                "unexpected entry type {other:?} for {}",
                raw.display()
            ))),
        }
        count += 1;
    }
    if count == 0 {
        bail!(invalid("the archive is empty"));
    }
    Ok(())
}

fn inside(staging: &Path, rel: &str) -> Result<PathBuf> {
    let comps = clean_path(Path::new(rel)).map_err(invalid)?;
    if comps.is_empty() {
        bail!(invalid(format!("bad path {rel:?}")));
    }
    let p: PathBuf = comps.iter().fold(staging.to_path_buf(), |p, c| p.join(c));
    if !p.is_file() {
        bail!(invalid(format!("{rel} is missing from the archive")));
    }
    Ok(p)
}

fn blob_path(staging: &Path, digest: &str) -> Result<PathBuf> {
    let (alg, hex) = digest
        .split_once(':')
        .ok_or_else(|| invalid(format!("bad digest {digest:?}")))?;
    if alg != "sha256" || hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!(invalid(format!("unsupported digest {digest:?}")));
    }
    inside(staging, &format!("blobs/{alg}/{hex}"))
}

fn read_json(p: &Path, max: u64, what: &str) -> Result<Value> {
    let b = read_small(p, max, what)?;
    serde_json::from_slice(&b).map_err(|e| invalid(format!("{what}: {e}")))
}

/// Normalise a name found in an archive (docker names default to docker.io).
pub fn normalize_name(n: &str) -> Result<String> {
    Ok(Reference::parse_remote(n)?.to_string())
}

/// Find the images in an unpacked docker-archive or oci-archive.
pub fn parse(staging: &Path) -> Result<Vec<StagedImage>> {
    let manifest_json = staging.join("manifest.json");
    if manifest_json.is_file() {
        return parse_docker(staging, &manifest_json);
    }
    if staging.join("index.json").is_file() {
        return parse_oci(staging);
    }
    bail!(invalid(
        "it has neither manifest.json (docker-archive) nor index.json (oci-archive)"
    ))
}

fn parse_docker(staging: &Path, manifest_json: &Path) -> Result<Vec<StagedImage>> {
    let m = read_json(manifest_json, MAX_CONFIG, "manifest.json")?;
    let list = m
        .as_array()
        .ok_or_else(|| invalid("manifest.json is not a list"))?;
    let mut out = Vec::new();
    for item in list {
        let cfg = item["Config"]
            .as_str()
            .ok_or_else(|| invalid("manifest.json entry without Config"))?;
        let config = read_small(&inside(staging, cfg)?, MAX_CONFIG, cfg)?;
        // The config's name is its digest (`<hex>.json`, or `blobs/sha256/<hex>` since
        // docker 25): it must match, as the image ID is that digest.
        let named = Path::new(cfg)
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| n.trim_end_matches(".json"))
            .filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        if let Some(hex) = named {
            let got = format!("sha256:{}", hex::encode(Sha256::digest(&config)));
            if got != format!("sha256:{hex}") {
                bail!("digest mismatch for config {cfg}: the archive's blob has {got}");
            }
        }
        let mut names = Vec::new();
        for t in item["RepoTags"].as_array().into_iter().flatten() {
            if let Some(t) = t.as_str() {
                names.push(normalize_name(t)?);
            }
        }
        let layers = item["Layers"]
            .as_array()
            .ok_or_else(|| invalid("manifest.json entry without Layers"))?
            .iter()
            .map(|l| {
                let rel = l.as_str().ok_or_else(|| invalid("bad layer path"))?;
                // docker 25+ names layers blobs/sha256/<hex>: then the digest is known.
                let digest = rel
                    .strip_prefix("blobs/sha256/")
                    .filter(|h| h.len() == 64)
                    .map(|h| format!("sha256:{h}"));
                Ok(StagedLayer {
                    path: inside(staging, rel)?,
                    digest,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        out.push(StagedImage {
            names,
            config,
            manifest: None,
            layers,
        });
    }
    Ok(out)
}

fn host_platform() -> (&'static str, &'static str) {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    ("linux", arch)
}

fn parse_oci(staging: &Path) -> Result<Vec<StagedImage>> {
    let index = read_json(&staging.join("index.json"), MAX_MANIFEST, "index.json")?;
    let mut out = Vec::new();
    for desc in index["manifests"].as_array().into_iter().flatten() {
        let names = ref_names(desc)?;
        collect_oci(staging, desc, names, &mut out, 0)?;
    }
    if out.is_empty() {
        bail!(invalid("index.json lists no image for this platform"));
    }
    Ok(out)
}

fn ref_names(desc: &Value) -> Result<Vec<String>> {
    let ann = &desc["annotations"];
    let mut names = Vec::new();
    if let Some(full) = ann["io.containerd.image.name"].as_str() {
        names.push(normalize_name(full)?);
    } else if let Some(r) = ann["org.opencontainers.image.ref.name"].as_str() {
        // podman writes a full reference; docker only a tag.
        if r.contains('/') || r.contains(':') {
            names.push(normalize_name(r)?);
        }
    }
    Ok(names)
}

fn collect_oci(
    staging: &Path,
    desc: &Value,
    names: Vec<String>,
    out: &mut Vec<StagedImage>,
    depth: u32,
) -> Result<()> {
    let digest = desc["digest"]
        .as_str()
        .ok_or_else(|| invalid("descriptor without digest"))?;
    let path = blob_path(staging, digest)?;
    let bytes = read_small(&path, MAX_MANIFEST, digest)?;
    let got = format!("sha256:{}", hex::encode(Sha256::digest(&bytes)));
    if got != digest {
        bail!("digest mismatch for {digest}: the archive's blob has {got}");
    }
    check_size(desc, bytes.len() as u64, digest)?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|e| invalid(format!("{digest}: {e}")))?;
    let mt = v["mediaType"]
        .as_str()
        .or(desc["mediaType"].as_str())
        .unwrap_or("");
    if v["manifests"].is_array() || mt.contains("index") || mt.contains("manifest.list") {
        if depth > 2 {
            bail!(invalid("image indexes nest too deeply"));
        }
        let (os, arch) = host_platform();
        let subs = v["manifests"].as_array().cloned().unwrap_or_default();
        let pick = subs
            .iter()
            .find(|d| d["platform"]["os"] == os && d["platform"]["architecture"] == arch)
            .or_else(|| subs.iter().find(|d| d["platform"].is_null()));
        match pick {
            Some(d) => collect_oci(staging, d, names, out, depth + 1)?,
            None => bail!("the archive has no image for {os}/{arch}"),
        }
        return Ok(());
    }
    let cfg_digest = v["config"]["digest"]
        .as_str()
        .ok_or_else(|| invalid(format!("manifest {digest} has no config")))?;
    let config = read_small(&blob_path(staging, cfg_digest)?, MAX_CONFIG, cfg_digest)?;
    let cgot = format!("sha256:{}", hex::encode(Sha256::digest(&config)));
    if cgot != cfg_digest {
        bail!("digest mismatch for config {cfg_digest}: the archive's blob has {cgot}");
    }
    check_size(&v["config"], config.len() as u64, cfg_digest)?;
    let layers = v["layers"]
        .as_array()
        .ok_or_else(|| invalid(format!("manifest {digest} has no layers")))?
        .iter()
        .map(|l| {
            let d = l["digest"]
                .as_str()
                .ok_or_else(|| invalid("layer without digest"))?;
            let path = blob_path(staging, d)?;
            check_size(l, std::fs::metadata(&path)?.len(), d)?;
            Ok(StagedLayer {
                path,
                digest: Some(d.to_string()),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    out.push(StagedImage {
        names,
        config,
        manifest: Some(bytes),
        layers,
    });
    Ok(())
}

/// What `save` needs to know about one image.
#[derive(Debug, Clone)]
pub struct SaveImage {
    pub names: Vec<String>,
    /// "sha256:<hex>" of the config.
    pub config_digest: String,
    pub config: Vec<u8>,
    /// Manifest bytes (OCI or Docker schema 2) describing exactly `layers`.
    pub manifest: Vec<u8>,
    pub manifest_digest: String,
    pub manifest_media_type: String,
    pub layers: Vec<SaveLayer>,
}

#[derive(Debug, Clone)]
pub struct SaveLayer {
    /// Blob file in the store (possibly compressed).
    pub blob: PathBuf,
    /// "sha256:<hex>" of the blob as stored.
    pub digest: String,
    /// "sha256:<hex>" of the uncompressed tar.
    pub diff_id: String,
    /// Written decompressed, this many bytes (`save --uncompressed`); `digest` is then the
    /// diff ID.
    pub uncompressed_size: Option<u64>,
}

/// `save --uncompressed`: the image with compressed layers written as plain tars, its
/// manifest saying so (new digest).
pub fn uncompressed(mut img: SaveImage) -> Result<SaveImage> {
    if img.layers.iter().all(|l| l.digest == l.diff_id) {
        return Ok(img);
    }
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&img.manifest).context("the stored manifest is corrupt")?;
    let oci = !img.manifest_media_type.contains("docker");
    let media_type = if oci {
        "application/vnd.oci.image.layer.v1.tar"
    } else {
        "application/vnd.docker.image.rootfs.diff.tar"
    };
    for (i, l) in img.layers.iter_mut().enumerate() {
        if l.digest == l.diff_id {
            continue;
        }
        let f =
            std::fs::File::open(&l.blob).with_context(|| format!("opening layer {}", l.digest))?;
        let size = std::io::copy(&mut decompressed(f)?, &mut std::io::sink())?;
        l.digest = l.diff_id.clone();
        l.uncompressed_size = Some(size);
        let desc = &mut manifest["layers"][i];
        desc["digest"] = l.diff_id.clone().into();
        desc["size"] = size.into();
        desc["mediaType"] = media_type.into();
    }
    img.manifest = serde_json::to_vec(&manifest)?;
    img.manifest_digest = format!("sha256:{}", hex::encode(Sha256::digest(&img.manifest)));
    Ok(img)
}

fn file_header(size: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_uid(0);
    h.set_gid(0);
    h.set_size(size);
    h
}

fn add_bytes<W: Write>(b: &mut tar::Builder<W>, name: &str, data: &[u8]) -> Result<()> {
    let mut h = file_header(data.len() as u64);
    b.append_data(&mut h, name, data)?;
    Ok(())
}

fn add_dir<W: Write>(b: &mut tar::Builder<W>, name: &str) -> Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Directory);
    h.set_mode(0o755);
    h.set_mtime(0);
    h.set_size(0);
    b.append_data(&mut h, name, std::io::empty())?;
    Ok(())
}

/// A reader that checks the digest of what passed through it at EOF.
struct Verify<R> {
    inner: R,
    hasher: Sha256,
    want: String,
    what: String,
}

impl<R: Read> Read for Verify<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            let got = format!("sha256:{}", hex::encode(self.hasher.clone().finalize()));
            if got != self.want {
                return Err(std::io::Error::other(format!(
                    "{} is corrupt: expected {}, got {got}",
                    self.what, self.want
                )));
            }
        }
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

fn short_name(n: &str) -> String {
    // docker writes docker.io/library/x:t as x:t.
    n.strip_prefix("docker.io/library/")
        .or_else(|| n.strip_prefix("docker.io/"))
        .unwrap_or(n)
        .to_string()
}

/// Write a docker-archive (manifest.json, `<hex>.json` config, uncompressed `<hex>.tar` layers).
pub fn write_docker_archive<W: Write>(images: &[SaveImage], out: W) -> Result<()> {
    let mut b = tar::Builder::new(out);
    let mut written = std::collections::HashSet::new();
    let mut manifest = Vec::new();
    let mut repositories = serde_json::Map::new();
    for img in images {
        let cfg_hex = img.config_digest.trim_start_matches("sha256:");
        let cfg_name = format!("{cfg_hex}.json");
        if written.insert(cfg_name.clone()) {
            add_bytes(&mut b, &cfg_name, &img.config)?;
        }
        let mut layer_names = Vec::new();
        for l in &img.layers {
            let hex = l.diff_id.trim_start_matches("sha256:");
            let name = format!("{hex}.tar");
            if written.insert(name.clone()) {
                // Size of the uncompressed tar: stream once to count, then again to write.
                let f = std::fs::File::open(&l.blob)
                    .with_context(|| format!("opening layer {}", l.digest))?;
                let mut counter = Verify {
                    inner: decompressed(f)?,
                    hasher: Sha256::new(),
                    want: l.diff_id.clone(),
                    what: format!("layer {}", l.digest),
                };
                let size = std::io::copy(&mut counter, &mut std::io::sink())?;
                let f = std::fs::File::open(&l.blob)?;
                let mut h = file_header(size);
                b.append_data(&mut h, &name, decompressed(f)?)?;
            }
            layer_names.push(name);
        }
        let tags: Vec<String> = img.names.iter().map(|n| short_name(n)).collect();
        for t in &tags {
            if let Some((repo, tag)) = t.rsplit_once(':').filter(|(_, t)| !t.contains('/')) {
                let e = repositories
                    .entry(repo.to_string())
                    .or_insert_with(|| json!({}));
                if let (Some(obj), Some(top)) = (e.as_object_mut(), layer_names.last()) {
                    obj.insert(tag.to_string(), json!(top.trim_end_matches(".tar")));
                }
            }
        }
        manifest.push(json!({"Config": cfg_name, "RepoTags": tags, "Layers": layer_names}));
    }
    add_bytes(&mut b, "manifest.json", &serde_json::to_vec(&manifest)?)?;
    if !repositories.is_empty() {
        add_bytes(&mut b, "repositories", &serde_json::to_vec(&repositories)?)?;
    }
    b.into_inner()?.flush()?;
    Ok(())
}

/// Write an oci-archive (oci-layout, index.json with ref.name annotations, blobs/sha256/...).
pub fn write_oci_archive<W: Write>(images: &[SaveImage], out: W) -> Result<()> {
    let mut b = tar::Builder::new(out);
    add_bytes(&mut b, "oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#)?;
    add_dir(&mut b, "blobs/")?;
    add_dir(&mut b, "blobs/sha256/")?;
    let mut written = std::collections::HashSet::new();
    let mut manifests = Vec::new();
    for img in images {
        for l in &img.layers {
            if written.insert(l.digest.clone()) {
                let f = std::fs::File::open(&l.blob)
                    .with_context(|| format!("opening layer {}", l.digest))?;
                let (size, inner): (u64, Box<dyn Read>) = match l.uncompressed_size {
                    Some(n) => (n, decompressed(f)?),
                    None => (f.metadata()?.len(), Box::new(f)),
                };
                let mut h = file_header(size);
                let v = Verify {
                    inner,
                    hasher: Sha256::new(),
                    want: l.digest.clone(),
                    what: format!("layer {}", l.digest),
                };
                b.append_data(
                    &mut h,
                    format!("blobs/sha256/{}", l.digest.trim_start_matches("sha256:")),
                    v,
                )?;
            }
        }
        for (d, bytes) in [
            (&img.config_digest, &img.config),
            (&img.manifest_digest, &img.manifest),
        ] {
            if written.insert(d.clone()) {
                add_bytes(
                    &mut b,
                    &format!("blobs/sha256/{}", d.trim_start_matches("sha256:")),
                    bytes,
                )?;
            }
        }
        let desc = |name: Option<&String>| {
            let mut d = json!({
                "mediaType": img.manifest_media_type,
                "digest": img.manifest_digest,
                "size": img.manifest.len(),
            });
            if let Some(n) = name {
                d["annotations"] = json!({"org.opencontainers.image.ref.name": n});
            }
            d
        };
        if img.names.is_empty() {
            manifests.push(desc(None));
        } else {
            for n in &img.names {
                manifests.push(desc(Some(n)));
            }
        }
    }
    let index = json!({"schemaVersion": 2, "manifests": manifests});
    add_bytes(&mut b, "index.json", &serde_json::to_vec(&index)?)?;
    b.into_inner()?.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn digest(b: &[u8]) -> String {
        format!("sha256:{}", hex::encode(Sha256::digest(b)))
    }

    /// One image with one layer, as `save` would be given it.
    fn sample(dir: &Path) -> SaveImage {
        let layer = b"layer-bytes".to_vec();
        let blob = dir.join("layer.tar");
        std::fs::write(&blob, &layer).unwrap();
        let config =
            br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#
                .to_vec();
        let manifest = format!(
            r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{}","size":{}}},"layers":[{{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"{}","size":{}}}]}}"#,
            digest(&config),
            config.len(),
            digest(&layer),
            layer.len()
        )
        .into_bytes();
        SaveImage {
            names: vec!["localhost/app:1".into()],
            config_digest: digest(&config),
            config,
            manifest_digest: digest(&manifest),
            manifest,
            manifest_media_type: "application/vnd.oci.image.manifest.v1+json".into(),
            layers: vec![SaveLayer {
                blob,
                digest: digest(&layer),
                diff_id: digest(&layer),
                uncompressed_size: None,
            }],
        }
    }

    fn round_trip(oci: bool) -> (tempfile::TempDir, Vec<StagedImage>) {
        let dir = tempfile::tempdir().unwrap();
        let img = sample(dir.path());
        let mut out = Vec::new();
        if oci {
            write_oci_archive(&[img], &mut out).unwrap();
        } else {
            write_docker_archive(&[img], &mut out).unwrap();
        }
        let staging = dir.path().join("staging");
        std::fs::create_dir(&staging).unwrap();
        unpack(&out[..], &staging).unwrap();
        let imgs = parse(&staging).unwrap();
        (dir, imgs)
    }

    #[test]
    fn docker_and_oci_archives_round_trip() {
        for oci in [false, true] {
            let (_dir, imgs) = round_trip(oci);
            assert_eq!(imgs.len(), 1, "oci={oci}");
            let i = &imgs[0];
            assert_eq!(i.names, ["localhost/app:1"], "oci={oci}");
            assert_eq!(i.layers.len(), 1);
            let p = &i.layers[0].path;
            assert_eq!(
                std::fs::read(p).unwrap_or_default(),
                b"layer-bytes",
                "oci={oci} {p:?}"
            );
            assert!(i.config.starts_with(b"{\"architecture\""));
            assert_eq!(i.manifest.is_some(), oci);
        }
    }

    #[test]
    fn unpack_refuses_escapes_links_and_non_archives() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join("s");
        std::fs::create_dir(&staging).unwrap();
        // A name climbing out of the staging directory.
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.set_mode(0o644);
        h.as_old_mut().name[..9].copy_from_slice(b"../escape");
        h.set_cksum();
        let mut b = tar::Builder::new(Vec::new());
        b.append(&h, &b"x"[..]).unwrap();
        let bytes = b.into_inner().unwrap();
        let e = unpack(&bytes[..], &staging).unwrap_err();
        assert!(e.to_string().contains("not a valid image archive"), "{e}");
        assert!(!dir.path().join("escape").exists());
        // Not a tar at all.
        assert!(unpack(&b"this is not an archive at all, just text"[..], &staging).is_err());
        // Neither manifest.json nor index.json.
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let e = parse(&empty).unwrap_err();
        assert!(e.to_string().contains("neither manifest.json"), "{e}");
    }

    /// Unpack `bytes` into a fresh staging directory and parse it.
    fn load(bytes: &[u8]) -> Result<Vec<StagedImage>> {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join("s");
        std::fs::create_dir(&staging).unwrap();
        unpack(bytes, &staging)?;
        parse(&staging)
    }

    /// An archive of `files` (name, content).
    fn archive(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        for (name, data) in files {
            add_bytes(&mut b, name, data).unwrap();
        }
        b.into_inner().unwrap()
    }

    #[test]
    fn wrong_digests_sizes_and_huge_documents_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let img = sample(dir.path());
        let layer = std::fs::read(&img.layers[0].blob).unwrap();
        let blob = |d: &str| format!("blobs/sha256/{}", d.trim_start_matches("sha256:"));
        let oci = |manifest: &[u8], desc_size: usize| {
            let index = json!({"schemaVersion": 2, "manifests": [{
                "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "digest": digest(manifest), "size": desc_size}]});
            archive(&[
                ("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec()),
                (&blob(&img.config_digest), img.config.clone()),
                (&blob(&digest(&layer)), layer.clone()),
                (&blob(&digest(manifest)), manifest.to_vec()),
                ("index.json", serde_json::to_vec(&index).unwrap()),
            ])
        };
        assert_eq!(
            load(&oci(&img.manifest, img.manifest.len())).unwrap().len(),
            1
        );
        // The manifest's descriptor gives the wrong size.
        let e = load(&oci(&img.manifest, img.manifest.len() + 1)).unwrap_err();
        assert!(
            e.to_string().starts_with("size mismatch for sha256:"),
            "{e}"
        );
        // The config's and the layer's descriptors give wrong sizes.
        for (from, to) in [
            (
                format!("\"size\":{}}},\"layers\"", img.config.len()),
                "\"size\":1},\"layers\"".to_string(),
            ),
            (
                format!("\"size\":{}}}]", layer.len()),
                "\"size\":99999}]".to_string(),
            ),
        ] {
            let text = String::from_utf8(img.manifest.clone()).unwrap();
            assert!(text.contains(&from), "{from} in {text}");
            let m = text.replace(&from, &to).into_bytes();
            let e = load(&oci(&m, m.len())).unwrap_err();
            assert!(
                e.to_string().starts_with("size mismatch for sha256:"),
                "{e}"
            );
        }
        // A docker-archive config whose name is not its digest.
        let wrong = format!("{}.json", "ab".repeat(32));
        let manifest = json!([{"Config": wrong, "RepoTags": ["app:1"], "Layers": ["l.tar"]}]);
        let e = load(&archive(&[
            ("manifest.json", serde_json::to_vec(&manifest).unwrap()),
            (&wrong, img.config.clone()),
            ("l.tar", layer.clone()),
        ]))
        .unwrap_err();
        assert!(
            e.to_string().starts_with("digest mismatch for config"),
            "{e}"
        );
        // Documents over the size caps are refused before being read.
        let big = vec![b' '; (MAX_CONFIG + 1) as usize];
        let e = load(&archive(&[("manifest.json", big.clone())])).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("not a valid image archive: manifest.json has {} bytes, more than the 32 MiB allowed", MAX_CONFIG + 1)
        );
        let e = load(&archive(&[
            ("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec()),
            ("index.json", big[..(MAX_MANIFEST + 1) as usize].to_vec()),
        ]))
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("index.json has 8388609 bytes, more than the 8 MiB allowed"),
            "{e}"
        );
    }

    #[test]
    fn archives_with_too_many_entries_are_refused() {
        let mut b = tar::Builder::new(Vec::new());
        for i in 0..=10 {
            add_dir(&mut b, &format!("d{i}")).unwrap();
        }
        let bytes = b.into_inner().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let e = unpack_with(&bytes[..], dir.path(), 10).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not a valid image archive: it has more than 10 entries"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 10);
        unpack_with(&bytes[..], dir.path(), 11).unwrap();
    }
}
