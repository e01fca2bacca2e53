//! The process flags of `run`/`create` beyond the basics: extra groups, time zone, exposed
//! ports, an init, the host's environment and users, a run-time limit, inherited descriptors,
//! swappiness. Validated here with podman's texts; the engine resolves what depends on the
//! host (the init binary, the zone file, the host's users).

use anyhow::{bail, Result};
use std::path::PathBuf;

/// The extras as validated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunExtras {
    /// `--group-add`: group names (resolved in the container) or ids.
    pub group_add: Vec<String>,
    /// `--tz`: `local` or an `Area/City` of the host's zoneinfo.
    pub tz: Option<String>,
    /// `--expose`: `PORT/PROTO` each, ranges expanded.
    pub expose: Vec<String>,
    /// `--init`, and `--init-path`.
    pub init: bool,
    pub init_path: Option<PathBuf>,
    /// `--env-host`: the caller's environment under the image's.
    pub env_host: bool,
    /// `--hostuser`: host users (names or uids) added to the container's /etc/passwd.
    pub hostuser: Vec<String>,
    /// `--timeout`: seconds the container may run before it is killed.
    pub timeout: Option<u64>,
    /// `--preserve-fds`: descriptors 3..3+N passed on to the container.
    pub preserve_fds: u32,
    /// `--memory-swappiness` (0 to 100; -1: the system's).
    pub memory_swappiness: Option<i64>,
}

/// The flags as written.
pub struct ExtraFlags<'a> {
    pub group_add: &'a [String],
    pub tz: Option<&'a str>,
    pub expose: &'a [String],
    pub init: bool,
    pub init_path: Option<&'a PathBuf>,
    pub env_host: bool,
    pub hostuser: &'a [String],
    pub timeout: Option<u64>,
    pub preserve_fds: Option<u32>,
    pub memory_swappiness: Option<i64>,
}

impl RunExtras {
    pub fn parse(f: ExtraFlags) -> Result<RunExtras> {
        for g in f.group_add {
            if g == "keep-groups" {
                bail!("--group-add keep-groups is not supported: name the groups to add");
            }
            if g.is_empty() || g.contains(':') {
                bail!("invalid --group-add {g:?}: a group name or id");
            }
        }
        if let Some(tz) = f.tz {
            if tz.is_empty() || tz.starts_with('/') || tz.split('/').any(|p| p == "..") {
                bail!("finding timezone: unknown time zone {tz}");
            }
        }
        let mut expose = Vec::new();
        for e in f.expose {
            expose.extend(expose_ports(e)?);
        }
        if let Some(s) = f.memory_swappiness {
            if !(-1..=100).contains(&s) {
                bail!("invalid value: {s}, valid memory swappiness range is 0-100");
            }
        }
        if f.timeout == Some(0) {
            bail!("--timeout must be more than 0 seconds");
        }
        Ok(RunExtras {
            group_add: f.group_add.to_vec(),
            tz: f.tz.map(String::from),
            expose,
            init: f.init,
            init_path: f.init_path.cloned(),
            env_host: f.env_host,
            hostuser: f.hostuser.to_vec(),
            timeout: f.timeout,
            preserve_fds: f.preserve_fds.unwrap_or(0),
            memory_swappiness: f.memory_swappiness.filter(|s| *s != -1),
        })
    }
}

/// `--expose PORT[-END][/PROTO]` as `PORT/PROTO` entries.
fn expose_ports(e: &str) -> Result<Vec<String>> {
    let (ports, proto) = match e.split_once('/') {
        Some((p, proto)) => (p, proto),
        None => (e, "tcp"),
    };
    if !matches!(proto, "tcp" | "udp" | "sctp") {
        bail!("invalid protocol {proto:?} in --expose {e:?}: use tcp, udp or sctp");
    }
    let bad = || anyhow::anyhow!("invalid port format for --expose: {e}");
    let (lo, hi) = match ports.split_once('-') {
        Some((a, b)) => (a.parse::<u16>(), b.parse::<u16>()),
        None => (ports.parse::<u16>(), ports.parse::<u16>()),
    };
    let (lo, hi) = (lo.map_err(|_| bad())?, hi.map_err(|_| bad())?);
    if lo == 0 || hi < lo {
        return Err(bad());
    }
    Ok((lo..=hi).map(|p| format!("{p}/{proto}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expose_ranges_and_protocols() {
        assert_eq!(expose_ports("80").unwrap(), ["80/tcp"]);
        assert_eq!(expose_ports("53-54/udp").unwrap(), ["53/udp", "54/udp"]);
        assert!(expose_ports("0").is_err());
        assert!(expose_ports("9-8").is_err());
        assert!(expose_ports("80/icmp").is_err());
    }
}
