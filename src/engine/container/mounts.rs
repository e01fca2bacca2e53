//! A new container's mounts: `-v`, `--mount`, `--tmpfs`, `--volumes-from` and the image's
//! VOLUMEs resolved against the host and the store (host paths made absolute and created for
//! `-v`, volumes made when missing, images found), as the record keeps them
//! (`ContainerMount`) and as the runtime spec mounts them.
//!
//! Options the runtime understands beyond the kernel's: `copy` (a volume's first mount
//! populates it from the image when it is empty, then marks it in `volumes/NAME/copied-up`),
//! `U` (chown the source to the container user's ids before binding it).

use crate::engine::volume::create::ensure;
use crate::engine::Engine;
use crate::model::{ContainerConfig, ContainerMount, MountRequest, MountType, Propagation};
use crate::store::containers::{find, ContainerRecord};
use crate::store::images::ImageRecord;
use anyhow::{anyhow, bail, Result};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The mounts of a new container.
#[derive(Debug, Default)]
pub struct Resolved {
    /// In mount order (parents before what is mounted below them).
    pub mounts: Vec<ContainerMount>,
    /// The runtime spec's entries, in the same order.
    pub spec: Vec<Value>,
    /// Anonymous volumes made for it (removed by `rm -v`, `--rm`).
    pub anonymous: Vec<String>,
}

/// Options of a bind or volume as the runtime spec takes them.
fn bind_options(m: &ContainerMount) -> Vec<String> {
    let mut o = vec![if m.recursive { "rbind" } else { "bind" }.to_string()];
    o.push(
        m.propagation
            .unwrap_or(Propagation::Rprivate)
            .as_str()
            .to_string(),
    );
    if m.readonly {
        o.push("ro".into());
    }
    o.extend(m.options.iter().cloned());
    o
}

/// `-v`'s missing host directories are made; `--mount type=bind`'s are an error (podman's
/// words). Relative paths are taken from the current directory.
fn host_path(m: &MountRequest) -> Result<PathBuf> {
    let given = m.source.as_deref().unwrap_or("");
    let p = Path::new(given);
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    if std::fs::symlink_metadata(&abs).is_err() {
        if !m.create_source {
            bail!("statfs {given}: no such file or directory");
        }
        crate::fsutil::mkdir_p_public(&abs)
            .map_err(|e| anyhow!("creating host directory {given}: {e:#}"))?;
    }
    std::fs::canonicalize(&abs).map_err(|e| {
        let why = e
            .raw_os_error()
            .map(|n| nix::errno::Errno::from_raw(n).desc().to_lowercase())
            .unwrap_or_else(|| e.to_string());
        anyhow!("statfs {given}: {why}")
    })
}

fn base(kind: MountType, m: &MountRequest) -> ContainerMount {
    ContainerMount {
        kind,
        name: None,
        source: PathBuf::new(),
        destination: m.destination.clone(),
        readonly: m.readonly,
        anonymous: false,
        propagation: m.propagation,
        relabel: m.relabel.clone(),
        chown: m.chown,
        copy_up: m.copy_up,
        recursive: m.recursive,
        options: m.options.clone(),
    }
}

/// A tmpfs's options: podman's defaults for `--tmpfs` (rw, noexec, nosuid, nodev), size and
/// mode, the rest as given.
pub fn tmpfs_entry(m: &MountRequest) -> Value {
    let mut o: Vec<String> = vec![if m.readonly { "ro" } else { "rw" }.into()];
    for d in ["noexec", "nosuid", "nodev"] {
        let opposite = &d[2..];
        if !m.options.iter().any(|x| x == opposite) {
            o.push(d.into());
        }
    }
    for x in &m.options {
        if !["exec", "suid", "dev"].contains(&x.as_str()) && !o.contains(x) {
            o.push(x.clone());
        }
    }
    if let Some(s) = m.tmpfs_size {
        o.push(format!("size={s}"));
    }
    if let Some(md) = m.tmpfs_mode {
        o.push(format!("mode={md:o}"));
    }
    json!({"destination": m.destination, "type": "tmpfs", "source": "tmpfs", "options": o})
}

/// What another container mounts, for `--volumes-from` (binds and volumes).
fn mounts_of(engine: &Engine, c: &ContainerRecord) -> Vec<ContainerMount> {
    if !c.settings.mounts.is_empty() {
        return c
            .settings
            .mounts
            .iter()
            .filter(|m| matches!(m.kind, MountType::Bind | MountType::Volume))
            .cloned()
            .collect();
    }
    // A record older than typed mounts: its `-v` words.
    c.settings
        .volumes
        .iter()
        .filter_map(|v| crate::model::mount::parse_volume(v).ok())
        .filter_map(|r| {
            let mut m = base(r.kind, &r);
            match (r.kind, r.source.as_deref()) {
                (MountType::Bind, Some(s)) => m.source = PathBuf::from(s),
                (MountType::Volume, Some(n)) => {
                    m.name = Some(n.to_string());
                    m.source = engine.store.volume_data(n);
                }
                _ => return None,
            }
            Some(m)
        })
        .collect()
}

/// Resolve the container's mounts. `images` finds `--mount type=image` sources.
pub fn resolve(
    engine: &Engine,
    c: &ContainerConfig,
    image_volumes: &[String],
    images: &[ImageRecord],
) -> Result<Resolved> {
    let mut r = Resolved::default();
    let mut entries: Vec<(ContainerMount, Value)> = Vec::new();
    let taken = |entries: &[(ContainerMount, Value)], d: &str| {
        entries
            .iter()
            .any(|(m, _)| m.destination.trim_end_matches('/') == d.trim_end_matches('/'))
    };
    for req in &c.mounts {
        let (m, entry) = resolve_one(engine, req, images, &mut r.anonymous)?;
        entries.push((m, entry));
    }
    if !c.volumes_from.is_empty() {
        let all = engine.store.containers()?;
        for vf in &c.volumes_from {
            let other = find(&all, &vf.container)?;
            for mut m in mounts_of(engine, other) {
                if taken(&entries, &m.destination) {
                    continue;
                }
                if let Some(ro) = vf.readonly {
                    m.readonly = ro;
                }
                // Another container's anonymous volume is not this one's to remove.
                m.anonymous = false;
                m.chown = false;
                let mut o = bind_options(&m);
                if m.kind == MountType::Volume {
                    if let Some(n) = &m.name {
                        volume_extras(engine, n, &m, &mut o)?;
                    }
                }
                let e = json!({"destination": m.destination, "type": "bind", "source": m.source, "options": o});
                entries.push((m, e));
            }
        }
    }
    for dest in image_volumes {
        if taken(&entries, dest) {
            continue;
        }
        let req = crate::model::mount::parse_volume(dest)?;
        let (m, entry) = resolve_one(engine, &req, images, &mut r.anonymous)?;
        entries.push((m, entry));
    }
    // Parents first: podman sorts by the depth of the destination.
    entries.sort_by_key(|(m, _)| Path::new(&m.destination).components().count());
    for (m, e) in entries {
        r.mounts.push(m);
        r.spec.push(e);
    }
    Ok(r)
}

/// The options of a volume's bind: `copy` while its first mount has not happened (unless
/// `nocopy`); a tmpfs volume is no bind at all (the caller's entry is replaced).
fn volume_extras(
    engine: &Engine,
    name: &str,
    m: &ContainerMount,
    o: &mut Vec<String>,
) -> Result<()> {
    if m.copy_up && !engine.store.volume_copied_up(name) {
        o.push("copy".into());
    }
    if m.chown {
        o.push("U".into());
    }
    Ok(())
}

fn resolve_one(
    engine: &Engine,
    req: &MountRequest,
    images: &[ImageRecord],
    anonymous: &mut Vec<String>,
) -> Result<(ContainerMount, Value)> {
    Ok(match req.kind {
        MountType::Bind => {
            let mut m = base(MountType::Bind, req);
            m.source = host_path(req).map_err(|e| anyhow!("{}: {e:#}", flag_of(req)))?;
            let mut o = bind_options(&m);
            if m.chown {
                o.push("U".into());
            }
            let e = json!({"destination": m.destination, "type": "bind", "source": m.source, "options": o});
            (m, e)
        }
        MountType::Volume => {
            let v = ensure(engine, req.source.as_deref())?;
            if v.anonymous && req.source.is_none() {
                anonymous.push(v.name.clone());
            }
            let mut m = base(MountType::Volume, req);
            m.name = Some(v.name.clone());
            m.anonymous = req.source.is_none();
            m.source = engine.store.volume_data(&v.name);
            let e = match v.tmpfs_options() {
                Some(opts) => {
                    let mut o: Vec<String> = vec![
                        if m.readonly { "ro" } else { "rw" }.into(),
                        "nosuid".into(),
                        "nodev".into(),
                    ];
                    o.extend(
                        opts.split(',')
                            .filter(|x| !x.is_empty())
                            .map(str::to_string),
                    );
                    json!({"destination": m.destination, "type": "tmpfs", "source": "tmpfs", "options": o})
                }
                None => {
                    let mut o = bind_options(&m);
                    volume_extras(engine, &v.name, &m, &mut o)?;
                    json!({"destination": m.destination, "type": "bind", "source": m.source, "options": o})
                }
            };
            (m, e)
        }
        MountType::Tmpfs => (base(MountType::Tmpfs, req), tmpfs_entry(req)),
        MountType::Devpts => {
            let m = base(MountType::Devpts, req);
            let mut o: Vec<String> = vec!["nosuid".into(), "noexec".into(), "newinstance".into()];
            if !req.options.iter().any(|x| x.starts_with("ptmxmode=")) {
                o.push("ptmxmode=0666".into());
            }
            o.extend(req.options.iter().cloned());
            let e = json!({"destination": m.destination, "type": "devpts", "source": "devpts", "options": o});
            (m, e)
        }
        MountType::Image => {
            let what = req.source.as_deref().unwrap_or("");
            let img = crate::store::images::find(images, what)
                .map_err(|e| anyhow!("{}: {e:#}", flag_of(req)))?;
            let layers: Vec<PathBuf> = img
                .layers
                .iter()
                .rev()
                .map(|l| engine.store.layer_dir(&l.chain_id))
                .collect();
            let mut m = base(MountType::Image, req);
            m.name = Some(img.id.clone());
            m.source = layers.first().cloned().unwrap_or_default();
            let e = image_entry(&m, &layers)?;
            (m, e)
        }
    })
}

/// An image's filesystem: its one layer bound read-only, or its layers as a read-only
/// overlay (`rw=true`: writes go to a tmpfs-less upper that the overlay discards... here a
/// read-write bind of one layer is refused so the image never changes).
fn image_entry(m: &ContainerMount, layers: &[PathBuf]) -> Result<Value> {
    if !m.readonly {
        bail!(
            "--mount type=image,src={},dst={},rw=true: writable image mounts are not supported",
            m.name.as_deref().unwrap_or(""),
            m.destination
        );
    }
    Ok(match layers {
        [] => bail!("--mount type=image: the image has no layers"),
        [one] => json!({"destination": m.destination, "type": "bind", "source": one,
            "options": ["rbind", "rprivate", "ro"]}),
        many => {
            let lower: Vec<String> = many.iter().map(|p| p.display().to_string()).collect();
            json!({"destination": m.destination, "type": "overlay", "source": "overlay",
                "options": ["ro", format!("lowerdir={}", lower.join(":")), "userxattr".to_string()]})
        }
    })
}

/// The flag a request came from, for errors.
fn flag_of(m: &MountRequest) -> String {
    match (m.kind, m.create_source) {
        (_, true) => format!("-v {}:{}", m.source.as_deref().unwrap_or(""), m.destination),
        (k, _) => format!(
            "--mount type={},src={},dst={}",
            k.as_str(),
            m.source.as_deref().unwrap_or(""),
            m.destination
        ),
    }
}

/// `inspect`'s `Mounts`: podman's fields for binds, volumes and images (tmpfs mounts are in
/// `HostConfig.Tmpfs`).
pub fn inspect_mounts(c: &ContainerRecord) -> Vec<Value> {
    c.settings
        .mounts
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MountType::Bind | MountType::Volume | MountType::Image
            )
        })
        .map(|m| {
            let mut options: Vec<String> = Vec::new();
            if m.kind == MountType::Volume {
                options.extend(["nosuid".to_string(), "nodev".to_string()]);
            }
            options.extend(m.options.iter().cloned());
            options.push(if m.recursive { "rbind" } else { "bind" }.into());
            json!({
                "Type": m.kind.as_str(),
                "Name": m.name.clone().unwrap_or_default(),
                "Source": m.source,
                "Destination": m.destination,
                "Driver": if m.kind == MountType::Volume { "local" } else { "" },
                "Mode": m.relabel.clone().unwrap_or_default(),
                "Options": options,
                "RW": !m.readonly,
                "Propagation": m.propagation.unwrap_or(Propagation::Rprivate).as_str(),
            })
        })
        .collect()
}
