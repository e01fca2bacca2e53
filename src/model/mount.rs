//! Mounts as asked for: `-v`, `--mount`, `--tmpfs` and `--volumes-from`, parsed into typed
//! values with one-line errors naming the option; and the mounts a container has, resolved by
//! the engine (`ContainerMount`, kept in its record for `inspect` and volume users).

use super::units::ByteSize;
use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What a mount is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MountType {
    /// A host path.
    Bind,
    /// A named (or anonymous) volume of the store.
    Volume,
    Tmpfs,
    /// An image's filesystem, read-only unless `rw=true` (changes are then discarded).
    Image,
    /// A new devpts instance.
    Devpts,
}

impl MountType {
    pub fn as_str(self) -> &'static str {
        match self {
            MountType::Bind => "bind",
            MountType::Volume => "volume",
            MountType::Tmpfs => "tmpfs",
            MountType::Image => "image",
            MountType::Devpts => "devpts",
        }
    }
}

/// Mount propagation (`rshared`, `bind-propagation=slave`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Propagation {
    Private,
    Rprivate,
    Shared,
    Rshared,
    Slave,
    Rslave,
    Unbindable,
    Runbindable,
}

impl Propagation {
    pub fn parse(s: &str) -> Option<Propagation> {
        Some(match s {
            "private" => Propagation::Private,
            "rprivate" => Propagation::Rprivate,
            "shared" => Propagation::Shared,
            "rshared" => Propagation::Rshared,
            "slave" => Propagation::Slave,
            "rslave" => Propagation::Rslave,
            "unbindable" => Propagation::Unbindable,
            "runbindable" => Propagation::Runbindable,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Propagation::Private => "private",
            Propagation::Rprivate => "rprivate",
            Propagation::Shared => "shared",
            Propagation::Rshared => "rshared",
            Propagation::Slave => "slave",
            Propagation::Rslave => "rslave",
            Propagation::Unbindable => "unbindable",
            Propagation::Runbindable => "runbindable",
        }
    }
}

/// One mount as asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MountRequest {
    pub kind: MountType,
    /// Bind: the host path as written (relative to the current directory when it starts with
    /// `.`); volume: its name, None for an anonymous one; image: the image; else None.
    pub source: Option<String>,
    /// An absolute path in the container.
    pub destination: String,
    pub readonly: bool,
    /// `U`: chown the source to the container user's (mapped) ids.
    pub chown: bool,
    /// Volumes: populate a new, empty volume from the image's content there (not `nocopy`).
    pub copy_up: bool,
    /// `z`/`Z` (`relabel=shared|private`): no SELinux here, accepted as podman does then.
    pub relabel: Option<String>,
    pub propagation: Option<Propagation>,
    /// Bind the source's submounts too (`rbind`, the default; `bind` or
    /// `bind-nonrecursive=true` make it one level).
    pub recursive: bool,
    /// `-v`: a missing host path is created; `--mount type=bind`: it is an error.
    pub create_source: bool,
    /// tmpfs: `size=`/`tmpfs-size=` in bytes, `mode=`/`tmpfs-mode=`.
    pub tmpfs_size: Option<u64>,
    pub tmpfs_mode: Option<u32>,
    /// Other mount options passed on (nosuid, nodev, noexec, exec, uid=, gid=...).
    pub options: Vec<String>,
}

impl MountRequest {
    fn new(kind: MountType, destination: &str) -> MountRequest {
        MountRequest {
            kind,
            source: None,
            destination: destination.to_string(),
            readonly: false,
            chown: false,
            copy_up: true,
            relabel: None,
            propagation: None,
            recursive: true,
            create_source: false,
            tmpfs_size: None,
            tmpfs_mode: None,
            options: Vec::new(),
        }
    }
}

/// podman's volume names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn valid_volume_name(n: &str) -> bool {
    n.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

fn check_destination(flag: &str, given: &str, dest: &str) -> Result<()> {
    if dest.is_empty() {
        bail!("{flag} {given}: must set volume destination");
    }
    if !dest.starts_with('/') {
        bail!("{flag} {given}: invalid container path {dest:?}, must be an absolute path");
    }
    Ok(())
}

/// Options every mount type takes as plain words: passed on to the mount.
const PASSED_ON: &[&str] = &[
    "nosuid",
    "suid",
    "nodev",
    "dev",
    "noexec",
    "exec",
    "noatime",
    "relatime",
    "strictatime",
];

/// `-v SRC:DST[:OPTS]`, `-v NAME:DST[:OPTS]` or `-v DST` (an anonymous volume).
pub fn parse_volume(v: &str) -> Result<MountRequest> {
    let flag = "-v";
    let parts: Vec<&str> = v.split(':').collect();
    let (src, dest, opts) = match parts.as_slice() {
        [d] => (None, *d, ""),
        [s, d] => (Some(*s), *d, ""),
        [s, d, o] => (Some(*s), *d, *o),
        _ => bail!(
            "{flag} {v}: incorrect volume format {v:?}, should be [host-dir:]ctr-dir[:option]"
        ),
    };
    check_destination(flag, v, dest)?;
    let kind = match src {
        Some("") => bail!("{flag} {v}: host directory cannot be empty"),
        Some(s) if s.starts_with('/') || s.starts_with('.') => MountType::Bind,
        Some(s) => {
            if !valid_volume_name(s) {
                bail!("{flag} {v}: invalid volume name {s:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
            }
            MountType::Volume
        }
        None => MountType::Volume,
    };
    let mut m = MountRequest::new(kind, dest);
    m.source = src.map(str::to_string);
    m.create_source = true;
    let mut rw_given = false;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" | "rw" => {
                if rw_given {
                    bail!("{flag} {v}: cannot set ro or rw options more than once");
                }
                rw_given = true;
                m.readonly = o == "ro";
            }
            "z" | "Z" => m.relabel = Some(o.to_string()),
            "U" => m.chown = true,
            "nocopy" => m.copy_up = false,
            "copy" => m.copy_up = true,
            "bind" => m.recursive = false,
            "rbind" => m.recursive = true,
            o if PASSED_ON.contains(&o) => m.options.push(o.to_string()),
            o => match Propagation::parse(o) {
                Some(p) => m.propagation = Some(p),
                None if o == "O" || o.starts_with("idmap") => {
                    bail!("{flag} {v}: option {o:?} is not supported")
                }
                None => bail!("{flag} {v}: invalid option type {o:?}"),
            },
        }
    }
    if m.kind == MountType::Bind && !m.copy_up {
        // podman accepts nocopy on binds and ignores it.
        m.copy_up = true;
    }
    Ok(m)
}

fn parse_bool(flag: &str, given: &str, key: &str, v: Option<&str>) -> Result<bool> {
    match v {
        None | Some("true") | Some("1") => Ok(true),
        Some("false") | Some("0") => Ok(false),
        Some(x) => bail!("{flag} {given}: invalid value {x:?} for {key}: want true or false"),
    }
}

fn parse_mode(flag: &str, given: &str, key: &str, v: &str) -> Result<u32> {
    match u32::from_str_radix(v, 8) {
        Ok(m) if m <= 0o7777 => Ok(m),
        _ => bail!("{flag} {given}: invalid {key} {v:?}: want an octal mode such as 1777"),
    }
}

fn parse_size(flag: &str, given: &str, key: &str, v: &str) -> Result<u64> {
    v.parse::<ByteSize>()
        .map(|b| b.bytes())
        .map_err(|_| anyhow!("{flag} {given}: invalid {key} {v:?}: want a size such as 64m"))
}

/// `--mount type=bind|volume|tmpfs|image|devpts,src=..,dst=..,OPTS`.
pub fn parse_mount(s: &str) -> Result<MountRequest> {
    let flag = "--mount";
    let mut kind = None;
    let mut fields = Vec::new();
    for f in s.split(',') {
        let f = f.trim();
        if f.is_empty() {
            continue;
        }
        let (k, v) = match f.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (f, None),
        };
        if k == "type" {
            let v = v.unwrap_or("");
            kind = Some(match v {
                "bind" => MountType::Bind,
                "volume" => MountType::Volume,
                "tmpfs" => MountType::Tmpfs,
                "image" => MountType::Image,
                "devpts" => MountType::Devpts,
                _ => bail!("{flag} {s}: invalid filesystem type {v:?}: use bind, volume, tmpfs, image or devpts"),
            });
        } else {
            fields.push((k, v));
        }
    }
    let Some(kind) = kind else {
        bail!("{flag} {s}: type must be given: type=bind, volume, tmpfs, image or devpts");
    };
    let mut m = MountRequest::new(kind, "");
    if kind == MountType::Image {
        m.readonly = true;
    }
    let mut dest = None;
    for (k, v) in fields {
        let need = |v: Option<&str>| -> Result<String> {
            match v {
                Some(x) if !x.is_empty() => Ok(x.to_string()),
                _ => bail!("{flag} {s}: option {k:?} must have a value"),
            }
        };
        let only = |types: &[MountType]| -> Result<()> {
            if types.contains(&kind) {
                Ok(())
            } else {
                bail!(
                    "{flag} {s}: option {k:?} is not valid for type={}",
                    kind.as_str()
                )
            }
        };
        use MountType::*;
        match k {
            "src" | "source" => {
                only(&[Bind, Volume, Image])?;
                m.source = Some(need(v)?);
            }
            "dst" | "destination" | "target" => dest = Some(need(v)?),
            "ro" | "readonly" => m.readonly = parse_bool(flag, s, k, v)?,
            "rw" => m.readonly = !parse_bool(flag, s, k, v)?,
            "z" | "Z" => m.relabel = Some(k.to_string()),
            "relabel" => match v {
                Some("shared") => m.relabel = Some("z".into()),
                Some("private") => m.relabel = Some("Z".into()),
                _ => bail!(
                    "{flag} {s}: invalid relabel value {:?}: use shared or private",
                    v.unwrap_or("")
                ),
            },
            "U" | "chown" => {
                only(&[Bind, Volume])?;
                m.chown = parse_bool(flag, s, k, v)?;
            }
            "nocopy" | "volume-nocopy" => {
                only(&[Volume])?;
                m.copy_up = !parse_bool(flag, s, k, v)?;
            }
            "bind-propagation" => {
                only(&[Bind, Volume])?;
                let p = need(v)?;
                m.propagation = Some(Propagation::parse(&p).ok_or_else(|| {
                    anyhow!("{flag} {s}: invalid bind-propagation {p:?}: use private, rprivate, shared, rshared, slave or rslave")
                })?);
            }
            "bind-nonrecursive" => {
                only(&[Bind])?;
                m.recursive = !parse_bool(flag, s, k, v)?;
            }
            "tmpfs-size" => {
                only(&[Tmpfs])?;
                m.tmpfs_size = Some(parse_size(flag, s, k, &need(v)?)?);
            }
            "tmpfs-mode" => {
                only(&[Tmpfs])?;
                m.tmpfs_mode = Some(parse_mode(flag, s, k, &need(v)?)?);
            }
            "tmpcopyup" | "notmpcopyup" => only(&[Tmpfs])?,
            "consistency" => {}
            "uid" | "gid" | "mode" | "max" | "ptmxmode" => {
                only(&[Devpts])?;
                let x = need(v)?;
                if k == "mode" || k == "ptmxmode" {
                    parse_mode(flag, s, k, &x)?;
                } else if x.parse::<u32>().is_err() {
                    bail!("{flag} {s}: invalid {k} {x:?}: not a number");
                }
                m.options.push(format!("{k}={x}"));
            }
            w if v.is_none() && PASSED_ON.contains(&w) => m.options.push(w.to_string()),
            _ => bail!("{flag} {s}: unknown option {k:?}"),
        }
    }
    let dest = dest.unwrap_or_default();
    check_destination(flag, s, &dest)?;
    m.destination = dest;
    match kind {
        MountType::Bind if m.source.is_none() => bail!("{flag} {s}: type=bind needs src=PATH"),
        MountType::Image if m.source.is_none() => bail!("{flag} {s}: type=image needs src=IMAGE"),
        MountType::Volume => {
            if let Some(n) = &m.source {
                if !valid_volume_name(n) {
                    bail!("{flag} {s}: invalid volume name {n:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
                }
            }
        }
        _ => {}
    }
    Ok(m)
}

/// `--tmpfs DST[:OPTS]` (size=, mode=, ro, rw, noexec, exec, uid=, gid=, nr_inodes=...).
pub fn parse_tmpfs(t: &str) -> Result<MountRequest> {
    let flag = "--tmpfs";
    let (dest, opts) = t.split_once(':').unwrap_or((t, ""));
    check_destination(flag, t, dest)?;
    let mut m = MountRequest::new(MountType::Tmpfs, dest);
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        let (k, v) = o.split_once('=').unwrap_or((o, ""));
        match k {
            "size" => m.tmpfs_size = Some(parse_size(flag, t, "size", v)?),
            "mode" => m.tmpfs_mode = Some(parse_mode(flag, t, "mode", v)?),
            "ro" => m.readonly = true,
            "rw" => m.readonly = false,
            "tmpcopyup" | "notmpcopyup" | "z" | "Z" => {}
            "uid" | "gid" | "nr_inodes" | "nr_blocks" => {
                if v.parse::<u64>().is_err() {
                    bail!("{flag} {t}: invalid {k} {v:?}: not a number");
                }
                m.options.push(o.to_string());
            }
            w if PASSED_ON.contains(&w) && v.is_empty() => m.options.push(w.to_string()),
            _ => bail!("{flag} {t}: invalid option {o:?}"),
        }
    }
    Ok(m)
}

/// `--volumes-from CTR[:ro|rw]`: the mounts of another container.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumesFrom {
    pub container: String,
    /// Some(true): all read-only; Some(false): all read-write; None: as they are there.
    pub readonly: Option<bool>,
}

impl std::str::FromStr for VolumesFrom {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<VolumesFrom> {
        let (c, opts) = s.split_once(':').unwrap_or((s, ""));
        if c.is_empty() {
            bail!("--volumes-from {s}: no container given");
        }
        let mut readonly = None;
        for o in opts.split(',').filter(|o| !o.is_empty()) {
            match o {
                "ro" => readonly = Some(true),
                "rw" => readonly = Some(false),
                "z" | "Z" => {}
                _ => bail!("--volumes-from {s}: invalid option {o:?}: use ro, rw or z"),
            }
        }
        Ok(VolumesFrom {
            container: c.to_string(),
            readonly,
        })
    }
}

/// Every mount flag of `run`/`create`, parsed; a later mount at the same destination is an
/// error, as podman says it.
pub fn parse_all(
    volume: &[String],
    mount: &[String],
    tmpfs: &[String],
) -> Result<Vec<MountRequest>> {
    let mut out: Vec<MountRequest> = Vec::new();
    let parsed = volume
        .iter()
        .map(|v| parse_volume(v))
        .chain(mount.iter().map(|m| parse_mount(m)))
        .chain(tmpfs.iter().map(|t| parse_tmpfs(t)));
    for m in parsed {
        let m = m?;
        let dest = m.destination.trim_end_matches('/');
        if out
            .iter()
            .any(|o| o.destination.trim_end_matches('/') == dest)
        {
            bail!("{}: duplicate mount destination", m.destination);
        }
        out.push(m);
    }
    Ok(out)
}

/// A mount a container has, resolved by the engine: what `inspect` shows as `Mounts`, what
/// volume users and `ps --filter volume=` look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerMount {
    pub kind: MountType,
    /// Volumes: the name; images: the image ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The host path (a volume's `_data`, an image's top layer); empty for tmpfs and devpts.
    #[serde(default)]
    pub source: PathBuf,
    pub destination: String,
    #[serde(default)]
    pub readonly: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propagation: Option<Propagation>,
    /// `z`/`Z`, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relabel: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub chown: bool,
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub copy_up: bool,
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub recursive: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

fn yes() -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_flag() {
        let m = parse_volume("/tmp:/data:ro,U,z").unwrap();
        assert_eq!(m.kind, MountType::Bind);
        assert!(m.readonly && m.chown && m.create_source);
        assert_eq!(m.relabel.as_deref(), Some("z"));
        let m = parse_volume("vol1:/data:nocopy,rshared").unwrap();
        assert_eq!(m.kind, MountType::Volume);
        assert_eq!(m.source.as_deref(), Some("vol1"));
        assert!(!m.copy_up);
        assert_eq!(m.propagation, Some(Propagation::Rshared));
        let m = parse_volume("/anon").unwrap();
        assert!(m.kind == MountType::Volume && m.source.is_none());
        let m = parse_volume("./rel:/x").unwrap();
        assert_eq!(m.kind, MountType::Bind);
        for bad in [
            "/tmp:rel",
            "a:b:c:d",
            "/tmp:/x:bogus",
            "/tmp:/x:ro,rw",
            "b@d:/x",
            ":/x",
        ] {
            let e = parse_volume(bad).unwrap_err().to_string();
            assert!(e.starts_with(&format!("-v {bad}:")), "{e}");
        }
    }

    #[test]
    fn mount_flag() {
        let m = parse_mount("type=bind,src=/tmp,dst=/x,ro,bind-propagation=rslave").unwrap();
        assert!(m.readonly && m.kind == MountType::Bind && !m.create_source);
        assert_eq!(m.propagation, Some(Propagation::Rslave));
        let m = parse_mount("type=volume,source=v,target=/x,volume-nocopy").unwrap();
        assert!(!m.copy_up && m.source.as_deref() == Some("v"));
        let m = parse_mount("type=volume,dst=/x").unwrap();
        assert!(m.source.is_none());
        let m = parse_mount("type=tmpfs,dst=/t,tmpfs-size=64m,tmpfs-mode=1777").unwrap();
        assert_eq!(m.tmpfs_size, Some(64 << 20));
        assert_eq!(m.tmpfs_mode, Some(0o1777));
        let m = parse_mount("type=image,src=busybox,dst=/img").unwrap();
        assert!(m.readonly);
        let m = parse_mount("type=image,src=busybox,dst=/img,rw=true").unwrap();
        assert!(!m.readonly);
        let m = parse_mount("type=devpts,dst=/dev/pts2,mode=620").unwrap();
        assert_eq!(m.options, vec!["mode=620"]);
        for bad in [
            "type=foo,dst=/x",
            "dst=/x",
            "type=bind,dst=/x",
            "type=bind,src=/tmp",
            "type=bind,src=/tmp,dst=x",
            "type=volume,src=v,dst=/x,bogus=1",
            "type=tmpfs,dst=/x,tmpfs-size=abc",
            "type=tmpfs,dst=/x,tmpfs-mode=999",
            "type=bind,src=/tmp,dst=/x,bind-propagation=foo",
            "type=bind,src=/tmp,dst=/x,ro=maybe",
            "type=tmpfs,dst=/x,src=/y",
            "type=image,dst=/x",
            "type=devpts,dst=/x,uid=abc",
        ] {
            let e = parse_mount(bad).unwrap_err().to_string();
            assert!(e.starts_with(&format!("--mount {bad}:")), "{e}");
            assert!(!e.contains('\n'), "{e}");
        }
    }

    #[test]
    fn tmpfs_flag_and_duplicates() {
        let m = parse_tmpfs("/run:size=64m,mode=1777,noexec").unwrap();
        assert_eq!(m.tmpfs_size, Some(64 << 20));
        assert_eq!(m.options, vec!["noexec"]);
        assert!(parse_tmpfs("/x:size=abc").is_err());
        assert!(parse_tmpfs("x").is_err());
        let e = parse_all(&["/tmp:/x".into()], &[], &["/x".into()]).unwrap_err();
        assert!(e.to_string().contains("duplicate mount destination"));
    }

    #[test]
    fn volumes_from() {
        let v: VolumesFrom = "c1:ro".parse().unwrap();
        assert_eq!(v.readonly, Some(true));
        let v: VolumesFrom = "c1".parse().unwrap();
        assert_eq!(v.readonly, None);
        assert!("c1:bogus".parse::<VolumesFrom>().is_err());
    }
}
