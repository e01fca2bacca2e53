//! `diff`: what a container changed, read from its overlay upper directory against the image's
//! layers (inside the user namespace: these files belong to mapped ids). A whiteout is `D`;
//! anything else is `C` when the path exists in the layers below and `A` otherwise. Lower
//! entries hidden by an opaque directory are not listed as deleted (the directory shows as `C`).
//! Runtime mount points and bind-mount destinations are left out, as podman does.

use crate::engine::Engine;
use anyhow::{Context, Result};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

const CONTAINER_MOUNTS: &[&str] = &[
    "/dev",
    "/dev/shm",
    "/proc",
    "/run",
    "/run/.containerenv",
    "/run/secrets",
    "/sys",
];

/// Whether `rel` exists in the stack of layer directories (topmost first).
pub(crate) fn in_lower(lower: &[PathBuf], rel: &Path) -> bool {
    let comps: Vec<_> = rel.components().collect();
    for layer in lower {
        // Walk down: a whiteout or an opaque directory on the way ends the search.
        let mut p = layer.clone();
        let mut hidden = false;
        for (i, c) in comps.iter().enumerate() {
            p.push(c);
            match std::fs::symlink_metadata(&p) {
                Ok(m) if m.file_type().is_char_device() && m.rdev() == 0 => {
                    hidden = true;
                    break;
                }
                Ok(m) => {
                    if i + 1 == comps.len() {
                        return true;
                    }
                    if !m.is_dir() {
                        hidden = true;
                        break;
                    }
                    if is_opaque(&p) {
                        // Below here nothing from lower layers shows through.
                        let rest: PathBuf = comps[i + 1..].iter().collect();
                        return p.join(rest).symlink_metadata().is_ok();
                    }
                }
                Err(_) => break,
            }
        }
        if hidden {
            return false;
        }
    }
    false
}

fn is_opaque(p: &Path) -> bool {
    crate::store::layer_tar::OPAQUE_XATTRS
        .iter()
        .chain(["trusted.overlay.opaque"].iter())
        .any(|x| xattr::get(p, x).ok().flatten().is_some_and(|v| v == b"y"))
}

fn walk(upper: &Path, rel: &Path, lower: &[PathBuf], out: &mut Vec<(String, char)>) -> Result<()> {
    let dir = upper.join(rel);
    let rd = std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?;
    for e in rd.flatten() {
        let r = rel.join(e.file_name());
        let m = std::fs::symlink_metadata(upper.join(&r))?;
        let shown = format!("/{}", r.display());
        if m.file_type().is_char_device() && m.rdev() == 0 {
            out.push((shown, 'D'));
            continue;
        }
        out.push((shown, if in_lower(lower, &r) { 'C' } else { 'A' }));
        if m.is_dir() {
            walk(upper, &r, lower, out)?;
        }
    }
    Ok(())
}

/// `diff CTR`: (kind, path) pairs sorted by path.
pub fn diff(engine: &Engine, what: &str) -> Result<Vec<(char, String)>> {
    let rec = super::lookup::lookup(engine, what)?;
    let upper = engine.store.container_dir(&rec.id).join("upper");
    let lower: Vec<PathBuf> = rec
        .layers
        .iter()
        .rev()
        .map(|c| engine.store.layer_dir(c))
        .collect();
    let mut v: Vec<(String, char)> = crate::runtime::in_userns(engine.idmap(), move || {
        let mut out = Vec::new();
        walk(&upper, Path::new(""), &lower, &mut out)?;
        Ok(out)
    })?;
    // Like podman (libpod/diff.go): the runtime's own mount points and the destinations of bind
    // mounts (/etc/hosts, /etc/hostname, /etc/resolv.conf, volumes) are not changes.
    let mut skip: Vec<String> = CONTAINER_MOUNTS.iter().map(|s| s.to_string()).collect();
    let spec_path = engine.store.container_dir(&rec.id).join("config.json");
    if let Ok(spec) = oci_spec::runtime::Spec::load(&spec_path) {
        for m in spec.mounts().iter().flatten() {
            if m.typ().as_deref() == Some("bind")
                || m.options()
                    .iter()
                    .flatten()
                    .any(|o| o == "bind" || o == "rbind")
            {
                skip.push(m.destination().display().to_string());
            }
        }
    }
    v.retain(|(p, _)| !skip.contains(p));
    v.sort();
    Ok(v.into_iter().map(|(p, k)| (k, p)).collect())
}
