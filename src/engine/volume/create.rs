//! `volume create`, and the volumes containers make implicitly (`-v NAME:DST` of a volume
//! that does not exist yet, anonymous volumes).

use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::mount::valid_volume_name;
use crate::model::ByteSize;
use crate::store::volumes::VolumeRecord;
use crate::store::{now_nanos, LockKind};
use anyhow::{anyhow, bail, Result};
use std::collections::BTreeMap;

/// `volume create` options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumeCreateOptions {
    /// None: a random 64-hex name.
    pub name: Option<String>,
    /// `local` (the default and only driver).
    pub driver: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// `--opt`: `type=tmpfs`, `device=tmpfs`, `o=size=64m,uid=1000` (a tmpfs volume), or
    /// `o=uid=N,gid=N` (a directory owned by those ids inside containers).
    pub options: BTreeMap<String, String>,
    /// `--ignore`: an existing volume of that name is returned as it is.
    pub ignore: bool,
    /// Made for one container (removed with it by `rm -v` and `--rm`).
    pub anonymous: bool,
}

/// A random volume name: 64 hex digits, as podman's.
pub fn random_name() -> Result<String> {
    crate::store::containers::new_id()
}

/// Check `--opt` as podman's local driver takes them rootless: a directory (`o=uid=,gid=`)
/// or a tmpfs (`type=tmpfs`, `o=` its mount options). Returns the `o=uid`/`gid` of a
/// directory.
fn check_options(o: &BTreeMap<String, String>) -> Result<(Option<u32>, Option<u32>)> {
    let mut uid = None;
    let mut gid = None;
    let tmpfs = match o.get("type").map(String::as_str) {
        None | Some("") => false,
        Some("tmpfs") => true,
        Some(t) => bail!(
            "invalid volume option type={t}: rootless volumes are directories or type=tmpfs: invalid argument"
        ),
    };
    for (k, v) in o {
        match k.as_str() {
            "type" => {}
            "device" if tmpfs => {}
            "device" => bail!("invalid volume option device={v}: a device needs type=tmpfs (rootless volumes cannot mount devices): invalid argument"),
            "o" => {
                for opt in v.split(',').filter(|x| !x.is_empty()) {
                    let (ok, ov) = opt.split_once('=').unwrap_or((opt, ""));
                    let num = || -> Result<u32> {
                        ov.parse()
                            .map_err(|_| anyhow!("invalid volume option o={v}: {ok} must be a number: invalid argument"))
                    };
                    match ok {
                        "uid" => uid = Some(num()?),
                        "gid" => gid = Some(num()?),
                        "size" if tmpfs => {
                            ov.parse::<ByteSize>().map_err(|_| {
                                anyhow!("invalid volume option o={v}: size {ov:?} is not a size: invalid argument")
                            })?;
                        }
                        "mode" if tmpfs => {
                            u32::from_str_radix(ov, 8).map_err(|_| {
                                anyhow!("invalid volume option o={v}: mode {ov:?} is not an octal mode: invalid argument")
                            })?;
                        }
                        "nr_inodes" | "nodev" | "noexec" | "nosuid" | "exec" | "dev" | "suid"
                            if tmpfs => {}
                        "nodev" | "noexec" | "nosuid" => {}
                        _ => bail!("invalid volume option o={v}: unknown mount option {ok:?}: invalid argument"),
                    }
                }
            }
            "copy" | "nocopy" => {}
            _ => bail!("invalid volume option {k}: the local driver takes type, device and o: invalid argument"),
        }
    }
    Ok((uid, gid))
}

/// `volume create`.
pub fn create(engine: &Engine, o: &VolumeCreateOptions) -> Result<VolumeRecord> {
    match o.driver.as_deref() {
        None | Some("") | Some("local") => {}
        Some(d) => bail!("volume driver {d} is not supported: only local exists: invalid argument"),
    }
    let (uid, gid) = check_options(&o.options)?;
    let name = match &o.name {
        Some(n) => {
            if !valid_volume_name(n) {
                bail!("volume name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument");
            }
            n.clone()
        }
        None => random_name()?,
    };
    let store = &engine.store;
    let _lock = store.lock(LockKind::Volumes, true)?;
    if let Ok(v) = store.volume(&name) {
        if o.ignore {
            return Ok(v);
        }
        bail!("volume with name {name} already exists: volume already exists");
    }
    let v = VolumeRecord {
        name,
        driver: "local".into(),
        created: now_nanos(),
        labels: o.labels.clone(),
        options: o.options.clone(),
        anonymous: o.anonymous,
        uid,
        gid,
    };
    store.save_volume(&v)?;
    if uid.is_some() || gid.is_some() {
        chown_data(engine, &v)?;
    }
    events::volume(engine, "create", &v.name);
    Ok(v)
}

/// `o=uid=N,gid=N`: `_data` owned by those ids of the container (mapped through the user's
/// namespace).
fn chown_data(engine: &Engine, v: &VolumeRecord) -> Result<()> {
    let data = engine.store.volume_data(&v.name);
    let (uid, gid) = (v.uid, v.gid);
    crate::runtime::in_userns(engine.idmap(), move || {
        std::os::unix::fs::chown(&data, uid, gid)
            .map_err(|e| anyhow!("chown {}: {e}", data.display()))
    })
}

/// The volume a container mounts by name: the existing one, else a new one (podman makes it
/// implicitly). `None`: a new anonymous volume.
pub fn ensure(engine: &Engine, name: Option<&str>) -> Result<VolumeRecord> {
    if let Some(n) = name {
        if let Ok(v) = engine.store.volume(n) {
            return Ok(v);
        }
    }
    create(
        engine,
        &VolumeCreateOptions {
            name: name.map(str::to_string),
            ignore: true,
            anonymous: name.is_none(),
            ..Default::default()
        },
    )
}
