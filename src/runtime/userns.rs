//! User namespace id mapping: subordinate id ranges and newuidmap/newgidmap.

use anyhow::{bail, Context, Result};
use std::process::Command;

/// One line of an id map: `container_id host_id count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IdRange {
    pub container: u32,
    pub host: u32,
    pub count: u32,
}

/// The uid and gid maps for the user namespace of the invoking user.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IdMap {
    pub uids: Vec<IdRange>,
    pub gids: Vec<IdRange>,
}

impl IdMap {
    /// Container root is the invoking user; ids 1.. map to the user's subordinate ranges.
    /// Without a range only the single id is mapped (`single` is then true).
    pub fn for_current_user() -> IdMap {
        let uid = rustix::process::getuid().as_raw();
        let gid = rustix::process::getgid().as_raw();
        let name = user_name(uid);
        let subuid = std::fs::read_to_string("/etc/subuid").unwrap_or_default();
        let subgid = std::fs::read_to_string("/etc/subgid").unwrap_or_default();
        IdMap {
            uids: build(uid, &sub_ranges(&subuid, name.as_deref(), uid)),
            gids: build(gid, &sub_ranges(&subgid, name.as_deref(), uid)),
        }
    }

    /// True when only the invoking user's own id is mapped.
    pub fn is_single(&self) -> bool {
        self.uids.len() == 1 || self.gids.len() == 1
    }

    /// Host uid for a container uid, if mapped.
    #[cfg(test)]
    pub fn host_uid(&self, id: u32) -> Option<u32> {
        lookup(&self.uids, id)
    }

    /// Host gid for a container gid, if mapped.
    pub fn host_gid(&self, id: u32) -> Option<u32> {
        lookup(&self.gids, id)
    }
}

fn lookup(ranges: &[IdRange], id: u32) -> Option<u32> {
    ranges
        .iter()
        .find(|r| id >= r.container && id - r.container < r.count)
        .map(|r| r.host + (id - r.container))
}

fn build(own: u32, subs: &[(u32, u32)]) -> Vec<IdRange> {
    let mut v = vec![IdRange {
        container: 0,
        host: own,
        count: 1,
    }];
    let mut next = 1u32;
    for &(start, count) in subs {
        if count == 0 {
            continue;
        }
        v.push(IdRange {
            container: next,
            host: start,
            count,
        });
        next = next.saturating_add(count);
        // podman maps 65536 ids by default; more ranges are appended after.
    }
    v
}

/// Parse /etc/subuid-style text: `name_or_id:start:count` lines for this user.
pub fn sub_ranges(text: &str, name: Option<&str>, id: u32) -> Vec<(u32, u32)> {
    let ids = id.to_string();
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            if l.is_empty() || l.starts_with('#') {
                return None;
            }
            let mut it = l.split(':');
            let who = it.next()?;
            let start = it.next()?.trim().parse::<u32>().ok()?;
            let count = it.next()?.trim().parse::<u32>().ok()?;
            (Some(who) == name || who == ids).then_some((start, count))
        })
        .collect()
}

fn user_name(uid: u32) -> Option<String> {
    if let Ok(u) = std::env::var("USER") {
        // Trust $USER only when it names this uid.
        if passwd_uid(&u) == Some(uid) {
            return Some(u);
        }
    }
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let _ = f.next();
        let u = f.next()?.parse::<u32>().ok()?;
        (u == uid).then(|| name.to_string())
    })
}

fn passwd_uid(name: &str) -> Option<u32> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        (f.next()? == name).then_some(())?;
        let _ = f.next();
        f.next()?.parse().ok()
    })
}

/// Write the maps for process `pid` (which has just entered a new user namespace).
/// Uses newuidmap/newgidmap for multi-range maps, /proc directly for a single id.
pub fn write_maps(pid: i32, map: &IdMap) -> Result<()> {
    if map.uids.len() == 1 && map.gids.len() == 1 {
        let u = map.uids[0];
        let g = map.gids[0];
        std::fs::write(format!("/proc/{pid}/uid_map"), format!("0 {} 1\n", u.host))
            .context("writing uid_map")?;
        std::fs::write(format!("/proc/{pid}/setgroups"), "deny").context("writing setgroups")?;
        std::fs::write(format!("/proc/{pid}/gid_map"), format!("0 {} 1\n", g.host))
            .context("writing gid_map")?;
        return Ok(());
    }
    // The two helpers are independent: run them side by side.
    let uid = spawn_mapper("newuidmap", pid, &map.uids);
    let gid = spawn_mapper("newgidmap", pid, &map.gids);
    let uid = uid.and_then(|c| finish_mapper("newuidmap", c));
    let gid = gid.and_then(|c| finish_mapper("newgidmap", c));
    uid.and(gid)
}

fn spawn_mapper(tool: &str, pid: i32, ranges: &[IdRange]) -> Result<std::process::Child> {
    let mut cmd = Command::new(tool);
    cmd.arg(pid.to_string());
    for r in ranges {
        cmd.arg(r.container.to_string())
            .arg(r.host.to_string())
            .arg(r.count.to_string());
    }
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    match cmd.spawn() {
        Ok(c) => Ok(c),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("{tool} not found: install the uidmap package to use subordinate id ranges")
        }
        Err(e) => Err(e).with_context(|| format!("running {tool}")),
    }
}

fn finish_mapper(tool: &str, child: std::process::Child) -> Result<()> {
    let out = child
        .wait_with_output()
        .with_context(|| format!("running {tool}"))?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        bail!("{tool} failed: {}", msg.trim());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_subuid_by_name_and_id() {
        let text = "alice:100000:65536\n# c\nbob:165536:65536\n1001:300000:10\n";
        assert_eq!(sub_ranges(text, Some("alice"), 1000), vec![(100000, 65536)]);
        assert_eq!(sub_ranges(text, Some("carol"), 1001), vec![(300000, 10)]);
        assert!(sub_ranges(text, Some("dave"), 5).is_empty());
    }

    #[test]
    fn builds_map_and_looks_up() {
        let m = IdMap {
            uids: build(1000, &[(100000, 65536)]),
            gids: build(1000, &[(100000, 65536)]),
        };
        assert_eq!(m.host_uid(0), Some(1000));
        assert_eq!(m.host_uid(1), Some(100000));
        assert_eq!(m.host_uid(1000), Some(100999));
        assert_eq!(m.host_uid(65536), Some(165535));
        assert_eq!(m.host_uid(65537), None);
        assert!(!m.is_single());
        let single = IdMap {
            uids: build(1000, &[]),
            gids: build(1000, &[]),
        };
        assert!(single.is_single());
    }
}

/// A container's own id maps inside the user's namespace (`--userns=keep-id|auto|nomap`,
/// `--uidmap`): `IdRange::host` is an id of that namespace (0 the user, 1.. the subordinate
/// range). The container process starts in the user's namespace, assembles its root there,
/// then enters a child namespace with these maps (`nested_userns`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NestedMap {
    pub uids: Vec<IdRange>,
    pub gids: Vec<IdRange>,
}

impl NestedMap {
    /// fuse-overlayfs's `uidmapping`/`gidmapping`: the layers store the image's ids (the
    /// container ids of the default mapping); shown as the ids the nested namespace maps to
    /// them, the container sees the image's owners.
    pub fn fuse_mapping(&self) -> (String, String) {
        let join = |v: &[IdRange]| {
            v.iter()
                .map(|r| format!("{}:{}:{}", r.container, r.host, r.count))
                .collect::<Vec<_>>()
                .join(":")
        };
        (join(&self.uids), join(&self.gids))
    }
}

/// Make a user namespace that is a child of the caller's, with `map`: a forked helper
/// unshares it, the caller (root of its namespace) writes its maps directly (no newuidmap)
/// and keeps a descriptor of it; the helper then exits.
pub fn nested_userns(map: &NestedMap) -> Result<std::os::fd::OwnedFd> {
    use std::io::Write;
    let (r1, w1) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let (r2, w2) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    // SAFETY: the process is single-threaded here (the container's side of the start); the
    // child only makes syscalls and leaves with _exit.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(std::io::Error::last_os_error()).context("forking the user namespace helper");
    }
    if pid == 0 {
        drop(r1);
        drop(w2);
        // Its pid as /proc (the host's pid namespace, not the container's) names it.
        let me: i32 = std::fs::read_link("/proc/self")
            .ok()
            .and_then(|p| p.to_str().and_then(|s| s.parse().ok()))
            .unwrap_or(0);
        let ok = me > 0 && nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER).is_ok();
        let mut msg = [0u8; 5];
        msg[0] = ok as u8;
        msg[1..].copy_from_slice(&me.to_le_bytes());
        let _ = rustix::io::write(&w1, &msg);
        let mut b = [0u8; 1];
        let _ = rustix::io::read(&r2, &mut b);
        // SAFETY: leaving the forked helper without running the parent's destructors.
        unsafe { libc::_exit(0) };
    }
    drop(w1);
    drop(r2);
    let res = (|| -> Result<std::os::fd::OwnedFd> {
        let mut b = [0u8; 5];
        if rustix::io::read(&r1, &mut b)? != 5 || b[0] != 1 {
            bail!("creating the container's user namespace failed");
        }
        let proc_pid = i32::from_le_bytes([b[1], b[2], b[3], b[4]]);
        let lines = |v: &[IdRange]| {
            v.iter()
                .map(|r| format!("{} {} {}\n", r.container, r.host, r.count))
                .collect::<String>()
        };
        for (file, text) in [("uid_map", lines(&map.uids)), ("gid_map", lines(&map.gids))] {
            std::fs::OpenOptions::new()
                .write(true)
                .open(format!("/proc/{proc_pid}/{file}"))
                .and_then(|mut f| f.write_all(text.as_bytes()))
                .with_context(|| format!("writing the container's {file}"))?;
        }
        let fd = rustix::fs::open(
            format!("/proc/{proc_pid}/ns/user"),
            rustix::fs::OFlags::RDONLY | rustix::fs::OFlags::CLOEXEC,
            rustix::fs::Mode::empty(),
        )
        .context("opening the container's user namespace")?;
        Ok(fd)
    })();
    drop(w2);
    let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
    res
}

/// Enter the user namespace `ns` (made by `nested_userns`) with mount (and, when the
/// container has its own, UTS and IPC) namespaces of its own: the mounts made so far are then
/// locked, so a read-only mount cannot be made writable from inside.
pub fn enter_nested(ns: &std::os::fd::OwnedFd, uts_ipc: bool) -> Result<()> {
    nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWUSER)
        .context("entering the container's user namespace")?;
    let mut f = nix::sched::CloneFlags::CLONE_NEWNS;
    if uts_ipc {
        f |= nix::sched::CloneFlags::CLONE_NEWUTS | nix::sched::CloneFlags::CLONE_NEWIPC;
    }
    nix::sched::unshare(f).context("creating the container's mount namespace")
}
