//! Engine: one function per user action, composing store, runtime and network.
//! The CLI builds an options struct, calls one function here, and prints what it returns.

pub mod cgroups;
pub mod commit;
pub mod containers;
pub mod cp;
pub mod diff;
pub mod events;
pub mod health;
pub mod images;
pub mod inspect;
pub mod logs;
pub mod manage;
pub mod monitor;
pub mod network;
pub mod networks;
pub mod prune;
pub mod psfilter;
pub mod registry;
pub mod resources;
pub mod run;
pub mod spec;
pub mod top;

use crate::runtime::userns::IdMap;
use crate::store::Store;
use anyhow::Result;
use std::cell::OnceCell;
use std::path::PathBuf;

/// Global options (the flags before the subcommand).
#[derive(Debug, Clone, Default)]
pub struct GlobalOpts {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    /// `--cgroup-manager`: systemd or cgroupfs (default: detected).
    pub cgroup_manager: Option<String>,
}

/// The per-invocation context: where the store is, and the user's id mapping (read lazily).
pub struct Engine {
    pub store: Store,
    idmap: OnceCell<IdMap>,
    pub cgroup_manager: Option<String>,
}

impl Engine {
    pub fn new(g: &GlobalOpts) -> Result<Engine> {
        let root = match &g.root {
            Some(r) => r.clone(),
            None => default_root(),
        };
        let runroot = match &g.runroot {
            Some(r) => r.clone(),
            None => default_runroot(),
        };
        let store = Store::open(&root, &runroot)?;
        Ok(Engine {
            store,
            idmap: OnceCell::new(),
            cgroup_manager: g.cgroup_manager.clone(),
        })
    }

    pub fn idmap(&self) -> &IdMap {
        self.idmap.get_or_init(|| {
            let m = IdMap::for_current_user();
            if m.is_single() && rustix::process::getuid().as_raw() != 0 {
                warn_once_single();
            }
            m
        })
    }
}

fn warn_once_single() {
    eprintln!(
        "WARN[0000] no subordinate id range for this user in /etc/subuid and /etc/subgid: \
         only your own id is mapped into containers (add a range with usermod --add-subuids)"
    );
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

pub fn default_root() -> PathBuf {
    match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d).join("skiff"),
        _ => home().join(".local/share/skiff"),
    }
}

pub fn default_runroot() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        let p = PathBuf::from(d);
        if p.is_dir() {
            return p.join("skiff");
        }
    }
    let uid = rustix::process::getuid().as_raw();
    PathBuf::from(format!("/tmp/skiff-run-{uid}"))
}

/// Unix seconds → RFC 3339 with nanoseconds in UTC, as podman prints times in inspect.
pub fn rfc3339(nanos: i64) -> String {
    let secs = nanos.div_euclid(1_000_000_000);
    let ns = nanos.rem_euclid(1_000_000_000);
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ns:09}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parse an RFC 3339 time ("2024-01-02T03:04:05.123Z" or with an offset) to Unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = &s[19..];
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(|c| c.is_ascii_digit()).count();
        rest = &r[n..];
    }
    let offset = match rest.as_bytes().first() {
        Some(b'+') | Some(b'-') if rest.len() >= 6 => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (rest[1..3].parse::<i64>().ok()? * 3600 + rest[4..6].parse::<i64>().ok()? * 60)
        }
        _ => 0,
    };
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days * 86400 + h * 3600 + mi * 60 + se - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_round_trip() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000000000Z");
        assert_eq!(
            rfc3339(1_700_000_000_123_456_789),
            "2023-11-14T22:13:20.123456789Z"
        );
        assert_eq!(parse_rfc3339("2023-11-14T22:13:20.5Z"), Some(1_700_000_000));
        assert_eq!(
            parse_rfc3339("2023-11-14T23:13:20+01:00"),
            Some(1_700_000_000)
        );
        assert_eq!(parse_rfc3339("bogus"), None);
    }
}
