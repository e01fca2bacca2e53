//! Privileges of the container process: capabilities, ids, no_new_privs, signal state, fds.

use super::user::Ident;
use anyhow::{Context, Result};
use caps::{CapSet, CapsHashSet};
use nix::sys::signal::SigSet;

/// podman's default capability set.
pub const DEFAULT_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_NET_BIND_SERVICE",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_CHROOT",
];

/// Every capability the running kernel knows.
pub fn all_caps() -> Vec<String> {
    caps::runtime::procfs_all_supported(None)
        .unwrap_or_else(|_| caps::all())
        .into_iter()
        .map(|c| c.to_string())
        .collect()
}

/// Normalise a capability name: `net_admin` → `CAP_NET_ADMIN`; unknown names are an error.
pub fn normalize_cap(name: &str) -> Result<String> {
    let up = name.trim().to_ascii_uppercase();
    let full = if up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    };
    full.parse::<caps::Capability>()
        .map(|c| c.to_string())
        .map_err(|_| anyhow::anyhow!("unknown capability {name:?}"))
}

/// The OCI capability name without its `CAP_` prefix.
pub fn cap_name(c: oci_spec::runtime::Capability) -> String {
    // oci-spec serialises capabilities as "CAP_XXX".
    let s = serde_json::to_string(&c).unwrap_or_default();
    s.trim_matches('"').trim_start_matches("CAP_").to_string()
}

/// Drop every capability not in `keep` from the bounding set.
pub fn drop_bounding(keep: &CapsHashSet) -> Result<()> {
    for c in caps::all() {
        if !keep.contains(&c) && caps::has_cap(None, CapSet::Bounding, c).unwrap_or(false) {
            caps::drop(None, CapSet::Bounding, c)
                .with_context(|| format!("dropping {c} from the bounding set"))?;
        }
    }
    Ok(())
}

/// Switch to the container user's ids (supplementary groups first).
pub fn set_ids(id: &Ident) -> Result<()> {
    let groups: Vec<nix::unistd::Gid> = id.groups.iter().map(|&g| g.into()).collect();
    match nix::unistd::setgroups(&groups) {
        Ok(()) => {}
        // With a single-id map setgroups is denied; an empty list then changes nothing.
        Err(nix::errno::Errno::EPERM) if groups.is_empty() => {}
        Err(e) => return Err(e).context("setting supplementary groups"),
    }
    // Root of the namespace is who we are already, unless we entered a nested one since.
    let (cur_u, cur_g) = (
        nix::unistd::geteuid().as_raw(),
        nix::unistd::getegid().as_raw(),
    );
    if id.gid != 0 || cur_g != 0 {
        nix::unistd::setresgid(id.gid.into(), id.gid.into(), id.gid.into())
            .map_err(|e| anyhow::anyhow!("cannot switch to group {}: {e}", id.gid))?;
    }
    if id.uid != 0 || cur_u != 0 {
        nix::unistd::setresuid(id.uid.into(), id.uid.into(), id.uid.into()).map_err(|e| {
            anyhow::anyhow!("cannot switch to user {}: {e} (is the id mapped?)", id.uid)
        })?;
    }
    Ok(())
}

/// Set the capability sets: root keeps `keep` effective; other users get none (as podman).
pub fn set_caps(keep: &CapsHashSet, root: bool) -> Result<()> {
    let set = if root {
        keep.clone()
    } else {
        CapsHashSet::new()
    };
    caps::set(None, CapSet::Inheritable, &CapsHashSet::new())
        .context("setting inheritable capabilities")?;
    caps::set(None, CapSet::Effective, &set).context("setting effective capabilities")?;
    caps::set(None, CapSet::Permitted, &set).context("setting permitted capabilities")?;
    let _ = caps::clear(None, CapSet::Ambient);
    Ok(())
}

pub fn set_no_new_privs() -> Result<()> {
    rustix::thread::set_no_new_privs(true).context("setting no_new_privs")
}

/// Restore the signal mask and default dispositions the command should start with.
pub fn reset_signals(mask: &SigSet) {
    use nix::sys::signal::{signal, SigHandler, Signal};
    // Rust ignores SIGPIPE at start-up; a container command must not inherit that.
    // SAFETY: installing SIG_DFL has no handler code to run.
    unsafe {
        let _ = signal(Signal::SIGPIPE, SigHandler::SigDfl);
    }
    let _ = nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(mask),
        None,
    );
}

/// Mark every descriptor above stderr close-on-exec.
pub fn close_extra_fds() {
    close_fds_from(3);
}

/// Mark every descriptor from `first` on close-on-exec (`--preserve-fds` keeps 3..first).
pub fn close_fds_from(first: u32) {
    // SAFETY: close_range only changes descriptor flags.
    unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        );
    }
}

/// Apply `--ulimit`s (while still privileged in the user namespace; raising a hard limit above
/// the caller's still needs CAP_SYS_RESOURCE in the initial namespace and fails clearly).
pub fn set_rlimits(limits: &[super::Rlimit]) -> Result<()> {
    use rustix::process::{setrlimit, Resource, Rlimit};
    for l in limits {
        let res = match l.name.as_str() {
            "RLIMIT_CORE" => Resource::Core,
            "RLIMIT_CPU" => Resource::Cpu,
            "RLIMIT_DATA" => Resource::Data,
            "RLIMIT_FSIZE" => Resource::Fsize,
            "RLIMIT_LOCKS" => Resource::Locks,
            "RLIMIT_MEMLOCK" => Resource::Memlock,
            "RLIMIT_MSGQUEUE" => Resource::Msgqueue,
            "RLIMIT_NICE" => Resource::Nice,
            "RLIMIT_NOFILE" => Resource::Nofile,
            "RLIMIT_NPROC" => Resource::Nproc,
            "RLIMIT_RSS" => Resource::Rss,
            "RLIMIT_RTPRIO" => Resource::Rtprio,
            "RLIMIT_RTTIME" => Resource::Rttime,
            "RLIMIT_SIGPENDING" => Resource::Sigpending,
            "RLIMIT_STACK" => Resource::Stack,
            "RLIMIT_AS" => Resource::As,
            other => anyhow::bail!("unknown rlimit {other}"),
        };
        let v = |x: u64| if x == u64::MAX { None } else { Some(x) };
        setrlimit(
            res,
            Rlimit {
                current: v(l.soft),
                maximum: v(l.hard),
            },
        )
        .map_err(|e| {
            anyhow::anyhow!(
                "setting --ulimit {}={}:{}: {e}",
                l.name.trim_start_matches("RLIMIT_").to_lowercase(),
                l.soft,
                l.hard
            )
        })?;
    }
    Ok(())
}
