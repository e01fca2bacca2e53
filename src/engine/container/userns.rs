//! `--userns` and `--uidmap`/`--gidmap`: a container's id maps inside the user's namespace
//! (0 the user, 1.. the subordinate range), as podman computes them rootless:
//! `keep-id[:uid=,gid=]` (the user as itself, the range around it), `auto[:size=]` (a free
//! slice of the range, recorded, never shared with another container), `nomap` (the range
//! only), `host` (the default), `ns:PATH` (joined at start). The layers are never copied or
//! chowned: fuse-overlayfs shows their owners through the maps (see `runtime::mounts`).

use crate::engine::Engine;
use crate::model::policy::IdMapEntry;
use crate::model::{ContainerConfig, NetworkMode, UsernsMode};
use crate::runtime::userns::{IdRange, NestedMap};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};
use std::path::PathBuf;

/// podman's default size of an `auto` namespace.
const AUTO_SIZE: u32 = 1024;

/// The maps resolved at create.
#[derive(Debug, Default, Clone)]
pub struct Maps {
    pub uids: Vec<IdMapEntry>,
    pub gids: Vec<IdMapEntry>,
}

/// How many ids the user's namespace has (uids, gids).
fn sizes(engine: &Engine) -> (u32, u32) {
    let m = engine.idmap();
    let total = |v: &[IdRange]| v.iter().map(|r| r.count).sum::<u32>();
    (total(&m.uids), total(&m.gids))
}

fn e(container: u32, host: u32, count: u32) -> IdMapEntry {
    IdMapEntry {
        container,
        host,
        count,
    }
}

/// keep-id: `id` (the user, as itself or as asked) is the user; the range around it.
fn keep_id(id: u32, size: u32, what: &str) -> Result<Vec<IdMapEntry>> {
    if id >= size {
        bail!("--userns=keep-id: {what} {id} is outside the user namespace's {size} ids");
    }
    let mut v = Vec::new();
    if id > 0 {
        v.push(e(0, 1, id));
    }
    v.push(e(id, 0, 1));
    if id + 1 < size {
        v.push(e(id + 1, id + 1, size - id - 1));
    }
    Ok(v)
}

/// The user's own uid and gid.
fn own_ids() -> (u32, u32) {
    (
        rustix::process::getuid().as_raw(),
        rustix::process::getgid().as_raw(),
    )
}

/// Checks that need no store: a mode needs the subordinate range; the modes that nest a
/// namespace cannot share another container's.
pub fn check(engine: &Engine, c: &ContainerConfig) -> Result<()> {
    let nests = !matches!(c.userns, UsernsMode::Default | UsernsMode::Host) || !c.uidmap.is_empty();
    if !nests {
        return Ok(());
    }
    if matches!(c.network.mode, NetworkMode::Container(_)) {
        bail!("--userns and --uidmap cannot be used with --network container:, which shares the other container's user namespace");
    }
    if !matches!(c.userns, UsernsMode::Ns(_)) && engine.idmap().is_single() {
        bail!("--userns and --uidmap need a subordinate id range for the user in /etc/subuid and /etc/subgid");
    }
    if let UsernsMode::Ns(p) = &c.userns {
        if !std::path::Path::new(p).exists() {
            bail!("--userns=ns:{p}: no such file or directory");
        }
    }
    Ok(())
}

/// keep-id's process user (`UID:GID`) and its passwd line, when `-u` is not given.
pub fn keep_id_user(c: &ContainerConfig) -> Option<(String, String)> {
    let UsernsMode::KeepId { uid, gid } = &c.userns else {
        return None;
    };
    let (ou, og) = own_ids();
    let (u, g) = (uid.unwrap_or(ou), gid.unwrap_or(og));
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let host = passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() >= 7 && f[2] == ou.to_string())
            .then(|| (f[0].to_string(), f[4].to_string(), f[5].to_string()))
    });
    let (name, gecos, home) =
        host.unwrap_or_else(|| (format!("user{ou}"), String::new(), "/".to_string()));
    Some((
        format!("{u}:{g}"),
        format!("{name}:*:{u}:{g}:{gecos}:{home}:/bin/sh"),
    ))
}

/// The lowest free slice of `size` ids (1.. of the range) that no other `auto` container has.
fn auto_base(existing: &[ContainerRecord], size: u32, total: u32) -> Result<u32> {
    let mut taken: Vec<(u32, u32)> = existing
        .iter()
        .filter(|c| matches!(c.settings.userns, UsernsMode::Auto { .. }))
        .flat_map(|c| {
            c.settings
                .uid_map
                .iter()
                .map(|m| (m.host, m.host + m.count))
        })
        .collect();
    taken.sort();
    let mut base = 1u32;
    for (a, b) in taken {
        if base + size <= a {
            break;
        }
        base = base.max(b);
    }
    if base as u64 + size as u64 > total as u64 {
        bail!("--userns=auto: not enough unused ids in the user namespace for {size} more");
    }
    Ok(base)
}

/// The container's maps (the containers lock held: `auto` looks at the others').
pub fn maps(engine: &Engine, c: &ContainerConfig, existing: &[ContainerRecord]) -> Result<Maps> {
    let (us, gs) = sizes(engine);
    let check_range = |flag: &str, v: &[IdMapEntry], size: u32| -> Result<()> {
        for m in v {
            if m.host as u64 + m.count as u64 > size as u64 {
                bail!(
                    "{flag} {}:{}:{}: the user namespace has only {size} ids (0 is the user, 1-{} the subordinate range)",
                    m.container,
                    m.host,
                    m.count,
                    size - 1
                );
            }
        }
        Ok(())
    };
    if !c.uidmap.is_empty() {
        check_range("--uidmap", &c.uidmap, us)?;
        check_range("--gidmap", &c.gidmap, gs)?;
        return Ok(Maps {
            uids: c.uidmap.clone(),
            gids: c.gidmap.clone(),
        });
    }
    Ok(match &c.userns {
        UsernsMode::Default | UsernsMode::Host | UsernsMode::Ns(_) => Maps::default(),
        UsernsMode::KeepId { uid, gid } => {
            let (ou, og) = own_ids();
            Maps {
                uids: keep_id(uid.unwrap_or(ou), us, "uid")?,
                gids: keep_id(gid.unwrap_or(og), gs, "gid")?,
            }
        }
        UsernsMode::NoMap => Maps {
            uids: vec![e(0, 1, us - 1)],
            gids: vec![e(0, 1, gs - 1)],
        },
        UsernsMode::Auto { size } => {
            let size = size.unwrap_or(AUTO_SIZE);
            if size == 0 {
                bail!("--userns=auto:size=0: the size must be at least 1");
            }
            let base = auto_base(existing, size, us.min(gs))?;
            Maps {
                uids: vec![e(0, base, size)],
                gids: vec![e(0, base, size)],
            }
        }
    })
}

/// The nested namespace's maps of a container, if it has its own.
pub fn nested_map(rec: &ContainerRecord) -> Option<NestedMap> {
    let s = &rec.settings;
    if s.uid_map.is_empty() {
        return None;
    }
    let conv = |v: &[IdMapEntry]| {
        v.iter()
            .map(|m| IdRange {
                container: m.container,
                host: m.host,
                count: m.count,
            })
            .collect()
    };
    Some(NestedMap {
        uids: conv(&s.uid_map),
        gids: conv(if s.gid_map.is_empty() {
            &s.uid_map
        } else {
            &s.gid_map
        }),
    })
}

/// `--userns=ns:PATH`: the namespace file to join.
pub fn join_path(rec: &ContainerRecord) -> Option<PathBuf> {
    match &rec.settings.userns {
        UsernsMode::Ns(p) => Some(PathBuf::from(p)),
        _ => None,
    }
}

/// `HostConfig.UsernsMode` as podman words it.
pub fn mode_word(m: &UsernsMode) -> String {
    match m {
        UsernsMode::Default => String::new(),
        UsernsMode::KeepId { .. } => "keep-id".into(),
        UsernsMode::Auto { .. } => "auto".into(),
        UsernsMode::Host => "host".into(),
        UsernsMode::NoMap => "nomap".into(),
        UsernsMode::Ns(p) => format!("ns:{p}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_id_maps_the_user_around() {
        let m = keep_id(1000, 65537, "uid").unwrap();
        assert_eq!(m, vec![e(0, 1, 1000), e(1000, 0, 1), e(1001, 1001, 64536)]);
        assert_eq!(
            keep_id(0, 65537, "uid").unwrap(),
            vec![e(0, 0, 1), e(1, 1, 65536)]
        );
        assert!(keep_id(70000, 65537, "uid").is_err());
    }
}
