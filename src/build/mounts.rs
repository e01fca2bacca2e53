//! `RUN --mount=type=cache|bind|tmpfs|secret,...`: the mounts of one RUN step, as written
//! (comma-separated `key=value` options, as BuildKit takes them).

use crate::model::ByteSize;
use anyhow::{anyhow, bail, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountKind {
    /// A directory kept between builds (`id`, default the target), shared or locked.
    Cache {
        id: String,
        locked: bool,
    },
    /// A path of the context, or of a stage or image (`from`), read-only unless `rw` (then
    /// writes go to a copy and are discarded).
    Bind {
        source: String,
        from: Option<String>,
        rw: bool,
    },
    Tmpfs {
        size: Option<u64>,
    },
    /// A `--secret` given to the build.
    Secret {
        id: String,
        required: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunMount {
    pub kind: MountKind,
    /// Absolute, or relative to the working directory.
    pub target: String,
    pub mode: Option<u32>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
}

fn boolean(k: &str, v: Option<&str>) -> Result<bool> {
    match v {
        None | Some("true") | Some("1") => Ok(true),
        Some("false") | Some("0") => Ok(false),
        Some(v) => bail!("invalid value {v:?} for {k}: use true or false"),
    }
}

/// One `--mount` value.
pub fn parse(spec: &str) -> Result<RunMount> {
    let mut kind = "bind".to_string();
    let (mut target, mut source, mut from, mut id) = (None, None, None, None);
    let (mut rw, mut required, mut locked) = (false, false, false);
    let (mut mode, mut uid, mut gid, mut size) = (None, None, None, None);
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = match part.split_once('=') {
            Some((k, v)) => (k.to_ascii_lowercase(), Some(v)),
            None => (part.to_ascii_lowercase(), None),
        };
        let val = || {
            v.map(String::from)
                .ok_or_else(|| anyhow!("--mount option {k} needs a value"))
        };
        let num = |what: &str| -> Result<u32> {
            let s = val()?;
            let radix = if what == "mode" { 8 } else { 10 };
            u32::from_str_radix(&s, radix).map_err(|_| anyhow!("invalid --mount {what}={s}"))
        };
        match k.as_str() {
            "type" => kind = val()?,
            "target" | "dst" | "destination" => target = Some(val()?),
            "source" | "src" => source = Some(val()?),
            "from" => from = Some(val()?),
            "id" => id = Some(val()?),
            "rw" | "readwrite" => rw = boolean(&k, v)?,
            "ro" | "readonly" => rw = !boolean(&k, v)?,
            "required" => required = boolean(&k, v)?,
            "sharing" => {
                locked = match val()?.as_str() {
                    "shared" => false,
                    "locked" | "private" => true,
                    s => bail!("invalid --mount sharing={s}: use shared, private or locked"),
                }
            }
            "mode" => mode = Some(num("mode")?),
            "uid" => uid = Some(num("uid")?),
            "gid" => gid = Some(num("gid")?),
            "size" => size = Some(val()?.parse::<ByteSize>()?.bytes()),
            _ => bail!("unknown --mount option {k:?}"),
        }
    }
    let kind = match kind.as_str() {
        "cache" => MountKind::Cache {
            id: id.clone().or_else(|| target.clone()).unwrap_or_default(),
            locked,
        },
        "bind" => MountKind::Bind {
            source: source.clone().unwrap_or_else(|| "/".into()),
            from,
            rw,
        },
        "tmpfs" => MountKind::Tmpfs { size },
        "secret" => {
            let id = id
                .clone()
                .or_else(|| {
                    target
                        .as_deref()
                        .and_then(|t| t.rsplit('/').next())
                        .map(String::from)
                })
                .ok_or_else(|| anyhow!("a secret mount needs an id or a target"))?;
            if target.is_none() {
                target = Some(format!("/run/secrets/{id}"));
            }
            MountKind::Secret { id, required }
        }
        k => bail!("unsupported --mount type {k:?}: use cache, bind, tmpfs or secret"),
    };
    let target = target.ok_or_else(|| anyhow!("--mount {spec:?} needs a target"))?;
    Ok(RunMount {
        kind,
        target,
        mode,
        uid,
        gid,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mount_specs() {
        let m = parse("type=cache,target=/root/.cache,sharing=locked,mode=0700,uid=1000").unwrap();
        assert_eq!(
            m.kind,
            MountKind::Cache {
                id: "/root/.cache".into(),
                locked: true
            }
        );
        assert_eq!((m.mode, m.uid), (Some(0o700), Some(1000)));
        let m = parse("type=bind,source=src,target=/src,from=build,rw").unwrap();
        assert_eq!(
            m.kind,
            MountKind::Bind {
                source: "src".into(),
                from: Some("build".into()),
                rw: true
            }
        );
        let m = parse("type=secret,id=token").unwrap();
        assert_eq!(m.target, "/run/secrets/token");
        let m = parse("type=tmpfs,target=/t,size=1m").unwrap();
        assert_eq!(
            m.kind,
            MountKind::Tmpfs {
                size: Some(1 << 20)
            }
        );
        assert!(parse("type=volume,target=/x").is_err());
        assert!(parse("type=cache").is_err());
        assert!(parse("type=cache,target=/x,bogus=1").is_err());
    }
}
