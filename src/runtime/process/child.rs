//! The container side of `start`: once the parent has released it, become root in the user
//! namespace, set the names, assemble the root filesystem, set up stdio, resolve the user and
//! the executable, drop privileges and exec. Any error is sent back to the parent.

use super::{exec_error, find_executable, has_ns, open_pty_sized, send_fd, Launch, Never};
use crate::runtime::mounts::{self, Root};
use crate::runtime::user::Ident;
use crate::runtime::{netlink, seccomp, security, user};
use anyhow::{anyhow, bail, Context, Result};
use nix::mount::MsFlags;
use nix::sys::signal::SigSet;
use oci_spec::runtime::{LinuxNamespaceType, Mount, Process};
use rustix::event::{PollFd, PollFlags};
use std::ffi::CString;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// The container side. Returns only on failure. `err` is the error pipe's write end (the
/// parent holds its only read end until the exec).
pub(super) fn child(
    l: &Launch,
    sync: OwnedFd,
    sock: Option<&OwnedFd>,
    err: &OwnedFd,
    mask: &SigSet,
) -> Result<Never> {
    wait_for_release(sync)?;
    become_root(l)?;
    // The cgroup namespace only now: the parent has placed us in our cgroup, which becomes
    // the namespace's root.
    if has_ns(l.spec, LinuxNamespaceType::Cgroup) {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWCGROUP)
            .context("creating the cgroup namespace")?;
    }
    set_names_and_loopback(l)?;
    assemble_rootfs(l)?;
    let process = l
        .spec
        .process()
        .clone()
        .ok_or_else(|| anyhow!("the spec has no process"))?;
    set_stdio(l, sock, &process)?;
    let cmd = Command::resolve(l, &process)?;
    drop_privileges(l, &process, &cmd, mask)?;
    if l.die_with_parent {
        die_with_parent(err)?;
    }
    cmd.exec()
}

/// `Launch::die_with_parent`: SIGKILL when the caller dies. Set last, after every id change
/// (each clears it); the caller must then still be there, or no signal will come. A process in
/// a new PID namespace cannot tell by `getppid` (it says 0): the caller's end of the error
/// pipe tells instead, closed only by its death before the exec.
fn die_with_parent(err: &OwnedFd) -> Result<()> {
    crate::runtime::unshare::kill_on_parent_death();
    let mut fds = [PollFd::new(err, PollFlags::OUT)];
    let now = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    rustix::event::poll(&mut fds, Some(&now)).context("polling the error pipe")?;
    if fds[0].revents().contains(PollFlags::ERR) {
        bail!("the caller went away before the container started");
    }
    Ok(())
}

/// Wait for the parent to write our id maps (and place our cgroup).
fn wait_for_release(sync: OwnedFd) -> Result<()> {
    let mut b = [0u8; 1];
    let n = rustix::io::read(&sync, &mut b)?;
    if n != 1 {
        bail!("the parent went away before the container started");
    }
    Ok(())
}

fn become_root(l: &Launch) -> Result<()> {
    nix::unistd::setresgid(0.into(), 0.into(), 0.into())
        .context("becoming root in the user namespace")?;
    nix::unistd::setresuid(0.into(), 0.into(), 0.into())
        .context("becoming root in the user namespace")?;
    if !l.idmap.is_single() {
        nix::unistd::setgroups(&[]).context("clearing supplementary groups")?;
    }
    Ok(())
}

/// Host and domain name in a UTS namespace of our own; lo up in a new network namespace.
fn set_names_and_loopback(l: &Launch) -> Result<()> {
    let spec = l.spec;
    let hostname = spec.hostname().clone().unwrap_or_default();
    let pod_shares = |f: libc::c_int| l.join_pod.is_some_and(|(_, s)| s & f != 0);
    // A pod's shared UTS namespace keeps the pod's names.
    if has_ns(spec, LinuxNamespaceType::Uts)
        && !hostname.is_empty()
        && !pod_shares(libc::CLONE_NEWUTS)
    {
        nix::unistd::sethostname(&hostname).context("setting the hostname")?;
        if let Some(d) = spec.domainname() {
            set_domainname(d)?;
        }
    }
    if has_ns(spec, LinuxNamespaceType::Network)
        && l.join_netns_of.is_none()
        && l.join_netns_path.is_none()
        && !pod_shares(libc::CLONE_NEWNET)
    {
        netlink::loopback_up().context("bringing up lo")?;
    }
    Ok(())
}

/// The overlay and the spec's mounts, `pivot_root` into it, then read-only and masked paths
/// and a read-only root.
fn assemble_rootfs(l: &Launch) -> Result<()> {
    let spec = l.spec;
    // The nested namespace first: its helper is a fork, cheaper before the mounts.
    let nested = l
        .nested
        .map(crate::runtime::userns::nested_userns)
        .transpose()?;
    if nested.is_some() && has_ns(spec, LinuxNamespaceType::Network) && l.join_netns_of.is_none() {
        // The network namespace stays the user namespace's: let the container's root bind
        // the low ports it could bind in a namespace of its own.
        let _ = std::fs::write("/proc/sys/net/ipv4/ip_unprivileged_port_start", "0");
    }
    mounts::make_private()?;
    mounts::mount_rootfs(l.overlay)?;
    let root = Root::open(&l.overlay.target)?;
    let host_net = !has_ns(spec, LinuxNamespaceType::Network);
    for m in spec.mounts().as_deref().unwrap_or_default() {
        mount_one(&root, m, host_net, l.user)?;
    }
    let root_path = root.path().to_path_buf();
    drop(root);
    mounts::pivot(&root_path)?;
    // Before the root may become read-only.
    user::add_passwd_entries(l.passwd_entries)?;
    let linux = spec.linux().clone().unwrap_or_default();
    mounts::readonly_paths(linux.readonly_paths().as_deref().unwrap_or_default())?;
    mounts::mask_paths(linux.masked_paths().as_deref().unwrap_or_default())?;
    let readonly_root = spec
        .root()
        .as_ref()
        .and_then(|r| r.readonly())
        .unwrap_or(false);
    if readonly_root {
        mounts::remount_bind("/", MsFlags::MS_RDONLY).context("making / read-only")?;
    }
    if let Some(ns) = &nested {
        let own = has_ns(spec, LinuxNamespaceType::Uts) && has_ns(spec, LinuxNamespaceType::Ipc);
        crate::runtime::userns::enter_nested(ns, own)?;
    }
    Ok(())
}

/// One mount of the spec, below `root`: a bind, or a filesystem.
fn mount_one(root: &Root, m: &Mount, host_net: bool, user: &str) -> Result<()> {
    let dest = m.destination();
    let typ = m.typ().as_deref().unwrap_or("bind");
    let opts = m.options().clone().unwrap_or_default();
    let (flags, data) = parse_options(&opts);
    let is_bind = typ == "bind" || opts.iter().any(|o| o == "bind" || o == "rbind");
    if is_bind {
        let src = m.source().as_deref().unwrap_or(Path::new(""));
        let rec = opts.iter().any(|o| o == "rbind");
        if opts.iter().any(|o| o == "copy") {
            crate::runtime::copyup::copy_up(root, src, dest)?;
        }
        if opts.iter().any(|o| o == "U") {
            crate::runtime::copyup::chown_to_user(root, user, src)?;
        }
        mounts::bind(root, src, dest, rec, flags)?;
        if let Some(p) = opts.iter().find(|o| PROPAGATIONS.contains(&o.as_str())) {
            if p != "rprivate" && p != "private" {
                mounts::set_propagation(root, dest, p)?;
            }
        }
        return Ok(());
    }
    match typ {
        "sysfs" if host_net => {
            // A sysfs mount needs a network namespace of our own: bind the host's.
            mounts::bind(root, Path::new("/sys"), dest, true, MsFlags::empty())?;
            if flags.contains(MsFlags::MS_RDONLY) {
                let fd = root.open_or_create(dest, mounts::Kind::Dir)?;
                mounts::remount_bind(&mounts::fd_path(&fd), MsFlags::MS_RDONLY)?;
            }
        }
        "cgroup" | "cgroup2" => {
            // Optional: a cgroup mount may be refused on hybrid hosts; skip silently.
            let _ = mounts::mount_fs(root, dest, typ, typ, flags, data.as_deref());
        }
        _ => {
            let src = m
                .source()
                .as_ref()
                .map(|s| s.display().to_string())
                .unwrap_or_else(|| typ.to_string());
            mounts::mount_fs(root, dest, typ, &src, flags, data.as_deref())?;
            if dest == Path::new("/dev") && typ == "tmpfs" {
                mounts::populate_dev(root)?;
            }
        }
    }
    Ok(())
}

/// With a terminal: a pty from the container's own devpts on fds 0-2 as the controlling
/// terminal, its master sent to the parent. Otherwise stdin is /dev/null unless kept.
fn set_stdio(l: &Launch, sock: Option<&OwnedFd>, process: &Process) -> Result<()> {
    if let Some(sock) = sock {
        let (master, slave) = open_pty(process.console_size().as_ref())?;
        send_fd(sock.as_raw_fd(), master.as_raw_fd())?;
        drop(master);
        nix::unistd::setsid()?;
        // SAFETY: TIOCSCTTY on a pty slave we own; no memory is passed.
        if unsafe { libc::ioctl(slave.as_raw_fd(), libc::TIOCSCTTY, 0) } < 0 {
            return Err(std::io::Error::last_os_error())
                .context("setting the controlling terminal");
        }
        for fd in 0..3 {
            nix::unistd::dup2(slave.as_raw_fd(), fd)?;
        }
    } else if !l.keep_stdin {
        let null = std::fs::File::open("/dev/null").context("opening /dev/null")?;
        nix::unistd::dup2(null.as_raw_fd(), 0)?;
    }
    Ok(())
}

/// What is exec'd, as whom, where: resolved while errors can still be reported.
struct Command {
    ident: Ident,
    args: Vec<String>,
    env: Vec<String>,
    exe: PathBuf,
    cwd: PathBuf,
}

impl Command {
    /// Resolve the user in the container's passwd (HOME from it unless set), create the
    /// working directory if asked to, and find the executable.
    fn resolve(l: &Launch, process: &Process) -> Result<Command> {
        let mut env: Vec<String> = process.env().clone().unwrap_or_default();
        let mut ident = user::resolve(l.user, &env)?;
        for g in user::resolve_groups(l.group_add)? {
            if g != ident.gid && !ident.groups.contains(&g) {
                ident.groups.push(g);
            }
        }
        if !env.iter().any(|e| e.starts_with("HOME=")) {
            env.push(format!("HOME={}", ident.home));
        }
        let cwd = process.cwd().clone();
        if l.create_cwd && !cwd.exists() {
            std::fs::create_dir_all(&cwd).ok();
            let _ = std::os::unix::fs::chown(&cwd, Some(ident.uid), Some(ident.gid));
        }

        // Resolve the executable before privileges go, while errors can still be reported.
        let args = process.args().clone().unwrap_or_default();
        if args.is_empty() {
            bail!("no command specified");
        }
        let path_var = env
            .iter()
            .find_map(|e| e.strip_prefix("PATH="))
            .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
            .to_string();
        let exe = find_executable(&args[0], &path_var)?;
        Ok(Command {
            ident,
            args,
            env,
            exe,
            cwd,
        })
    }

    /// execve; returns only its error (126/127 with the message the caller shows).
    fn exec(&self) -> Result<Never> {
        let cargs: Vec<CString> = self
            .args
            .iter()
            .map(|a| CString::new(a.as_bytes()))
            .collect::<std::result::Result<_, _>>()
            .context("argument contains a NUL byte")?;
        let cenv: Vec<CString> = self
            .env
            .iter()
            .filter_map(|e| CString::new(e.as_bytes()).ok())
            .collect();
        let cexe =
            CString::new(self.exe.as_os_str().as_encoded_bytes()).context("bad executable path")?;
        let err = match nix::unistd::execve(&cexe, &cargs, &cenv) {
            Err(e) => e,
            Ok(never) => match never {},
        };
        Err(exec_error(&self.args[0], err).into())
    }
}

/// Privileges, in this order: rlimits, bounding set, ids, working directory, capability sets,
/// no_new_privs and seccomp (before the capabilities go when no_new_privs is off: loading it
/// then needs CAP_SYS_ADMIN), then a clean signal state and no stray descriptors.
fn drop_privileges(l: &Launch, process: &Process, cmd: &Command, mask: &SigSet) -> Result<()> {
    let caps = process.capabilities().clone().unwrap_or_default();
    let keep: caps::CapsHashSet = caps
        .bounding()
        .as_ref()
        .map(|s| s.iter().filter_map(|c| to_caps(*c)).collect())
        .unwrap_or_default();
    security::set_rlimits(l.rlimits)?;
    security::drop_bounding(&keep)?;
    security::set_ids(&cmd.ident)?;
    std::env::set_current_dir(&cmd.cwd).map_err(|e| {
        anyhow!(
            "cannot enter the working directory {}: {e}",
            cmd.cwd.display()
        )
    })?;
    let nnp = process.no_new_privileges().unwrap_or(false);
    if !nnp {
        // Without no_new_privs, loading seccomp needs CAP_SYS_ADMIN: load it while we have it.
        if let Some(sc) = l.seccomp {
            seccomp::apply(sc)?;
        }
    }
    security::set_caps(&keep, cmd.ident.uid == 0)?;
    if nnp {
        security::set_no_new_privs()?;
        if let Some(sc) = l.seccomp {
            seccomp::apply(sc)?;
        }
    }
    security::reset_signals(mask);
    security::close_fds_from(3 + l.preserve_fds);
    Ok(())
}

fn to_caps(c: oci_spec::runtime::Capability) -> Option<caps::Capability> {
    let name = format!("CAP_{}", security::cap_name(c));
    name.parse().ok()
}

const PROPAGATIONS: &[&str] = &[
    "private",
    "rprivate",
    "shared",
    "rshared",
    "slave",
    "rslave",
    "unbindable",
    "runbindable",
];

fn parse_options(opts: &[String]) -> (MsFlags, Option<String>) {
    let mut f = MsFlags::empty();
    let mut data = Vec::new();
    for o in opts {
        match o.as_str() {
            "ro" => f |= MsFlags::MS_RDONLY,
            "rw" => {}
            "nosuid" => f |= MsFlags::MS_NOSUID,
            "nodev" => f |= MsFlags::MS_NODEV,
            "noexec" => f |= MsFlags::MS_NOEXEC,
            "strictatime" => f |= MsFlags::MS_STRICTATIME,
            "relatime" => f |= MsFlags::MS_RELATIME,
            "noatime" => f |= MsFlags::MS_NOATIME,
            "bind" | "rbind" | "z" | "Z" | "copy" | "U" => {}
            p if PROPAGATIONS.contains(&p) => {}
            other => data.push(other.to_string()),
        }
    }
    let data = (!data.is_empty()).then(|| data.join(","));
    (f, data)
}

fn set_domainname(d: &str) -> Result<()> {
    // SAFETY: setdomainname reads exactly len bytes from a live buffer.
    let r = unsafe { libc::setdomainname(d.as_ptr().cast(), d.len()) };
    if r < 0 {
        return Err(std::io::Error::last_os_error()).context("setting the domain name");
    }
    Ok(())
}

fn open_pty(size: Option<&oci_spec::runtime::Box>) -> Result<(OwnedFd, OwnedFd)> {
    open_pty_sized(size.map(|b| (b.height() as u16, b.width() as u16)))
}
