//! Where quadlet files are found, as podman looks for them: for the user
//! `$XDG_CONFIG_HOME/containers/systemd`, `/etc/containers/systemd/users/UID`,
//! `/etc/containers/systemd/users`; for the system `/run/containers/systemd`,
//! `/etc/containers/systemd` (without `users/`), `/usr/share/containers/systemd`.
//! `QUADLET_UNIT_DIRS` (colon-separated) replaces the list. Directories are searched
//! recursively; a file name found in an earlier directory hides later ones. Drop-ins:
//! `NAME.d/*.conf` in every search directory (for `web@x.container` also `web@.container.d/`),
//! an earlier directory's file hiding a later one of the same name, applied in name order.

use super::unitfile::UnitFile;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const EXTENSIONS: &[&str] = &[
    "container",
    "volume",
    "network",
    "image",
    "pod",
    "kube",
    "build",
];

/// The user's own directory (where `quadlet install` puts files).
pub fn user_dir() -> PathBuf {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".config")
        });
    config.join("containers/systemd")
}

/// The directories searched, highest priority first.
pub fn search_dirs(user: bool) -> Vec<PathBuf> {
    if let Some(v) = std::env::var_os("QUADLET_UNIT_DIRS") {
        return std::env::split_paths(&v)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
    }
    if user {
        let uid = rustix::process::getuid().as_raw();
        vec![
            user_dir(),
            PathBuf::from(format!("/etc/containers/systemd/users/{uid}")),
            PathBuf::from("/etc/containers/systemd/users"),
        ]
    } else {
        vec![
            PathBuf::from("/run/containers/systemd"),
            PathBuf::from("/etc/containers/systemd"),
            PathBuf::from("/usr/share/containers/systemd"),
        ]
    }
}

fn is_quadlet(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(b, e)| !b.is_empty() && EXTENSIONS.contains(&e))
}

/// Quadlet files below `dir` (recursively; not into drop-in directories, nor, for the
/// system, into `/etc/containers/systemd/users`).
fn walk(dir: &Path, user: bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            let users = !user && p == Path::new("/etc/containers/systemd/users");
            if !name.ends_with(".d") && !users {
                walk(&p, user, out);
            }
        } else if is_quadlet(name) {
            out.push(p);
        }
    }
}

/// The directories that hold drop-ins for `name`.
fn dropin_dirs(name: &str, dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut names = vec![format!("{name}.d")];
    if let Some((prefix, rest)) = name.split_once('@') {
        if let Some((inst, ext)) = rest.rsplit_once('.') {
            if !inst.is_empty() {
                names.push(format!("{prefix}@.{ext}.d"));
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        for n in &names {
            out.push(d.join(n));
        }
    }
    out
}

/// Drop-in files for `name`: an earlier directory hides a later one's file of the same name;
/// returned in file-name order.
fn dropins(name: &str, dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut by_name: BTreeMap<String, PathBuf> = BTreeMap::new();
    for d in dropin_dirs(name, dirs) {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.ends_with(".conf") {
                by_name.entry(n).or_insert_with(|| e.path());
            }
        }
    }
    by_name.into_values().collect()
}

/// A quadlet file, parsed, drop-ins merged.
pub struct Source {
    /// The file name (`web.container`).
    pub name: String,
    pub unit: UnitFile,
}

/// Quadlet files by name, an earlier directory hiding a later one's file of the same name.
fn find(dirs: &[PathBuf], user: bool) -> BTreeMap<String, PathBuf> {
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for d in dirs {
        let mut found = Vec::new();
        walk(d, user, &mut found);
        for p in found {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            seen.entry(name).or_insert(p);
        }
    }
    seen
}

/// Every quadlet file of the search directories, and the files that could not be read.
pub fn collect(dirs: &[PathBuf], user: bool) -> (Vec<Source>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (name, path) in find(dirs, user) {
        let parsed = UnitFile::load(&path).and_then(|mut u| {
            for d in dropins(&name, dirs) {
                let text = std::fs::read_to_string(&d)
                    .map_err(|e| format!("{}: cannot read: {e}", d.display()))?;
                u.merge(&d, &text)?;
            }
            Ok(u)
        });
        match parsed {
            Ok(unit) => out.push(Source { name, unit }),
            Err(p) => problems.push(p),
        }
    }
    (out, problems)
}

/// Every quadlet file of the user's (or the system's) directories: name and path.
pub fn list(user: bool) -> Vec<(String, PathBuf)> {
    find(&search_dirs(user), user).into_iter().collect()
}
