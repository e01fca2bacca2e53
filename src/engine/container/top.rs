//! `top`: the processes of a running container, read from the container's own procfs
//! (`/proc/PID/root/proc`, by a helper inside the container's user namespace, so PIDs and ids
//! are the container's). Descriptors: user, group, pid, ppid, pcpu, etime, tty, time, args,
//! comm, state (podman's default: user pid ppid pcpu etime tty time args).

use crate::engine::Engine;
use crate::runtime::rootfs::{with_rootfs, Access};
use crate::store::fs_tar::open_in_root;
use anyhow::{anyhow, bail, Context, Result};
use rustix::fs::{Mode, OFlags};
use std::os::fd::{AsFd, BorrowedFd};
use std::path::Path;

pub const DEFAULT: &[&str] = &[
    "user", "pid", "ppid", "pcpu", "etime", "tty", "time", "args",
];

/// Header of a descriptor, or None when unsupported.
pub fn header(d: &str) -> Option<&'static str> {
    Some(match d {
        "user" => "USER",
        "group" => "GROUP",
        "pid" => "PID",
        "ppid" => "PPID",
        "pcpu" => "%CPU",
        "etime" => "ELAPSED",
        "tty" => "TTY",
        "time" => "TIME",
        "args" => "COMMAND",
        "comm" => "COMMAND",
        "state" => "STATE",
        _ => return None,
    })
}

/// A Go `time.Duration` string ("1m2.5s", "350ms", "0s").
pub fn go_duration(nanos: u64) -> String {
    if nanos == 0 {
        return "0s".into();
    }
    if nanos < 1_000_000_000 {
        let (v, unit) = if nanos < 1_000 {
            (nanos as f64, "ns")
        } else if nanos < 1_000_000 {
            (nanos as f64 / 1e3, "µs")
        } else {
            (nanos as f64 / 1e6, "ms")
        };
        return format!("{}{unit}", trim(format!("{v:.6}")));
    }
    let h = nanos / 3_600_000_000_000;
    let m = (nanos / 60_000_000_000) % 60;
    let s = (nanos % 60_000_000_000) as f64 / 1e9;
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&format!("{}s", trim(format!("{s:.9}"))));
    out
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn read_at(dir: BorrowedFd, path: &str) -> Option<String> {
    let fd = rustix::fs::openat(
        dir,
        path,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .ok()?;
    let mut s = Vec::new();
    std::io::Read::read_to_end(&mut std::fs::File::from(fd), &mut s).ok()?;
    Some(String::from_utf8_lossy(&s).into_owned())
}

/// A file of the container, resolved inside its root.
fn read_in_root(root: BorrowedFd, path: &str) -> Option<String> {
    let fd = crate::runtime::openat2_retry(
        root,
        path,
        OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
        rustix::fs::ResolveFlags::IN_ROOT | rustix::fs::ResolveFlags::NO_MAGICLINKS,
    )
    .ok()?;
    let mut s = Vec::new();
    std::io::Read::read_to_end(&mut std::fs::File::from(fd), &mut s).ok()?;
    Some(String::from_utf8_lossy(&s).into_owned())
}

fn names(file: Option<String>) -> Vec<(u32, String)> {
    file.unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            Some((f.get(2)?.parse().ok()?, f.first()?.to_string()))
        })
        .collect()
}

fn tty_name(nr: u64) -> String {
    let major = (nr >> 8) & 0xfff;
    let minor = (nr & 0xff) | ((nr >> 12) & 0xfff00);
    if (136..=143).contains(&major) {
        format!("pts/{}", (major - 136) * 256 + minor)
    } else {
        "?".into()
    }
}

/// Rows for the container's processes, one cell per descriptor.
fn rows(root: &Path, descs: &[String]) -> Result<Vec<Vec<String>>> {
    let rootfd = rustix::fs::open(
        root,
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {}", root.display()))?;
    let procp = open_in_root(rootfd.as_fd(), Path::new("/proc"), false)
        .map_err(|e| anyhow!("the container's /proc: {e}"))?;
    let proc = rustix::fs::openat(
        &procp,
        ".",
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    let sfs = rustix::fs::fstatfs(&proc)?;
    if sfs.f_type as i64 != 0x9fa0 {
        bail!("the container's /proc is not a proc filesystem");
    }
    let passwd = names(read_in_root(rootfd.as_fd(), "etc/passwd"));
    let group = names(read_in_root(rootfd.as_fd(), "etc/group"));
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0);
    const HZ: f64 = 100.0;
    let mut pids: Vec<u32> = Vec::new();
    for ent in rustix::fs::Dir::read_from(&proc)? {
        let ent = ent?;
        if let Ok(p) = ent.file_name().to_string_lossy().parse::<u32>() {
            pids.push(p);
        }
    }
    pids.sort();
    let mut out = Vec::new();
    for pid in pids {
        let Some(stat) = read_at(proc.as_fd(), &format!("{pid}/stat")) else {
            continue; // gone meanwhile
        };
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let comm = stat[open + 1..close].to_string();
        let f: Vec<&str> = stat[close + 1..].split_whitespace().collect();
        let num = |i: usize| -> u64 { f.get(i).and_then(|s| s.parse().ok()).unwrap_or(0) };
        // f[0] is field 3 (state).
        let ppid = num(1);
        let tty = num(4);
        let cpu_ticks = num(11) + num(12);
        let start = num(19) as f64 / HZ;
        let elapsed = (uptime - start).max(0.0);
        let status = read_at(proc.as_fd(), &format!("{pid}/status")).unwrap_or_default();
        let id_of = |key: &str| -> Option<u32> {
            status
                .lines()
                .find(|l| l.starts_with(key))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        };
        let args = read_at(proc.as_fd(), &format!("{pid}/cmdline"))
            .map(|s| {
                s.trim_end_matches('\0')
                    .split('\0')
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("[{comm}]"));
        let lookup = |tab: &[(u32, String)], id: Option<u32>| -> String {
            match id {
                Some(id) => tab
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_else(|| id.to_string()),
                None => "?".into(),
            }
        };
        let row = descs
            .iter()
            .map(|d| match d.as_str() {
                "user" => lookup(&passwd, id_of("Uid:")),
                "group" => lookup(&group, id_of("Gid:")),
                "pid" => pid.to_string(),
                "ppid" => ppid.to_string(),
                "pcpu" => {
                    let pc = if elapsed > 0.0 {
                        cpu_ticks as f64 / HZ / elapsed * 100.0
                    } else {
                        0.0
                    };
                    format!("{pc:.3}")
                }
                "etime" => go_duration((elapsed * 1e9) as u64),
                "tty" => tty_name(tty),
                "time" => go_duration(cpu_ticks * 10_000_000),
                "args" => args.clone(),
                "comm" => comm.clone(),
                "state" => f.first().unwrap_or(&"?").to_string(),
                _ => String::new(),
            })
            .collect();
        out.push(row);
    }
    Ok(out)
}

/// `top CTR [DESCRIPTORS]`: header and rows.
pub fn top(
    engine: &Engine,
    what: &str,
    descs: &[String],
) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let mut list: Vec<String> = Vec::new();
    for d in descs {
        // "pid,user" and "pid user" both work; a leading "-eo"/"-o" from ps(1) habits is ignored.
        for p in d.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if matches!(p, "-eo" | "-o" | "-e" | "aux") {
                continue;
            }
            list.push(p.to_string());
        }
    }
    if list.is_empty() {
        list = DEFAULT.iter().map(|s| s.to_string()).collect();
    }
    let mut headers = Vec::new();
    for d in &list {
        match header(d) {
            Some(h) => headers.push(h.to_string()),
            None => bail!(
                "unsupported ps descriptor {d:?}: supported are user, group, pid, ppid, pcpu, etime, tty, time, args, comm, state"
            ),
        }
    }
    let c = super::lookup::lookup(engine, what)?;
    if !c.state.is_running() {
        bail!(
            "top can only be used on running containers: {} is {}: container state improper",
            c.name,
            c.state.status
        );
    }
    let acc = Access::Running {
        pid: c.state.process.pid,
    };
    let rows = with_rootfs(engine.idmap(), &acc, move |root| rows(root, &list))?;
    Ok((headers, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(10_000_000), "10ms");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(62_000_000_000), "1m2s");
        assert_eq!(go_duration(3_723_000_000_000), "1h2m3s");
        assert_eq!(tty_name(136 << 8), "pts/0");
        assert_eq!(tty_name(0), "?");
    }
}
