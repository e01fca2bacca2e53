//! Creating the container process: clone into new namespaces, map ids from the parent, then in
//! the child (`process/child.rs`) assemble the root filesystem, drop privileges and exec the
//! command.
//!
//! Parent and child talk through three channels:
//! * a sync pipe: the parent writes one byte once the id maps (and cgroup) are in place;
//! * an error pipe (close-on-exec): the child writes an exit code byte and a message if any step
//!   fails before `execve`; EOF without data means the exec succeeded;
//! * a socketpair, with a terminal only: the child sends the pty master it opened inside the
//!   container's devpts.

mod child;

use super::mounts::Overlay;
use super::userns::IdMap;
use super::{seccomp, CodedError};
use anyhow::{bail, Context, Result};
use nix::sys::signal::{SigSet, Signal};
use oci_spec::runtime::{LinuxNamespaceType, Spec};
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};

/// Everything the runtime needs to start a container process.
pub struct Launch<'a> {
    /// The OCI runtime spec: process, hostname, mounts, namespaces, masked/read-only paths.
    pub spec: &'a Spec,
    pub overlay: &'a Overlay,
    pub idmap: &'a IdMap,
    /// `-u` as the user typed it (`name`, `uid`, `uid:gid`, `name:group`), resolved inside the
    /// container's /etc/passwd and /etc/group. Empty means root.
    pub user: &'a str,
    /// Compiled seccomp filters, or None for unconfined.
    pub seccomp: Option<&'a seccomp::Compiled>,
    /// Keep the caller's stdin (`-i` without a terminal); otherwise stdin is /dev/null.
    pub keep_stdin: bool,
    /// Create the working directory if it does not exist (podman does for `-w`).
    pub create_cwd: bool,
    /// Where the container's cgroup goes, and its limits; placed before the process execs.
    pub cgroup: Option<(&'a super::cgroups::Plan, &'a super::cgroups::Limits)>,
    /// `--ulimit`, applied in the container before exec.
    pub rlimits: &'a [super::Rlimit],
    /// Written to /proc/PID/oom_score_adj before the process runs.
    pub oom_score_adj: Option<i32>,
    /// Called with the child's pid once its id maps are written, before it is released:
    /// connects its network namespace (pasta, slirp4netns). An error aborts the start.
    pub net_hook: Option<&'a dyn Fn(i32) -> Result<()>>,
    /// `--network container:X`: the pid of a process whose user and network namespaces the
    /// container joins (its own mount, pid, uts, ipc namespaces are still new).
    pub join_netns_of: Option<i32>,
    /// `--network ns:PATH`: a network namespace file to join, with the user namespace that
    /// owns it.
    pub join_netns_path: Option<&'a Path>,
    /// `--group-add`: more supplementary groups (names of the container's /etc/group, ids).
    pub group_add: &'a [String],
    /// `--hostuser`: passwd lines appended to the container's /etc/passwd (once).
    pub passwd_entries: &'a [String],
    /// `--preserve-fds`: descriptors 3..3+N stay open across the exec.
    pub preserve_fds: u32,
    /// User-defined networks: the holder of the rootless network namespace, whose user
    /// namespace the container joins (its network namespace is still new, owned by that user
    /// namespace, so the veth can be wired from there).
    pub join_userns_of: Option<i32>,
    /// `--userns=ns:PATH`: a user namespace file the container joins (no maps written).
    pub join_userns_path: Option<&'a Path>,
    /// The container's own maps inside the user's namespace (`--userns=keep-id|auto|nomap`,
    /// `--uidmap`): the root is assembled in the user's namespace, then the process enters a
    /// child namespace with these maps.
    pub nested: Option<&'a super::userns::NestedMap>,
    /// SIGKILL the process when the caller dies (build steps: a killed build leaves no
    /// process behind; PID 1 dying takes the rest of its namespace with it).
    pub die_with_parent: bool,
    /// A pod member: the pod holder's pid and the `CLONE_NEW*` flags of the namespaces the
    /// pod shares (net, ipc, uts, pid); the member joins the holder's user namespace and
    /// those, and gets new ones of the rest.
    pub join_pod: Option<(i32, libc::c_int)>,
}

/// The namespaces a pod can share: clone flag and `/proc/PID/ns/` name.
pub const POD_NAMESPACES: [(libc::c_int, &str); 4] = [
    (libc::CLONE_NEWNET, "net"),
    (libc::CLONE_NEWIPC, "ipc"),
    (libc::CLONE_NEWUTS, "uts"),
    (libc::CLONE_NEWPID, "pid"),
];

/// A started container process.
pub struct Started {
    pub pid: i32,
    /// The pty master when the process has a terminal.
    pub pty: Option<OwnedFd>,
    /// Signals blocked in the parent for forwarding; restored by `wait`.
    pub(crate) old_mask: SigSet,
    /// The cgroup the process was placed in, and limits that could not be applied.
    pub cgroup: super::cgroups::Placed,
    /// Set up before the process runs, so an OOM kill right at start is not missed.
    pub oom: Option<super::cgroups::OomWatch>,
}

/// Signals the parent forwards to the container (and SIGCHLD/SIGWINCH it handles itself).
pub(crate) fn forwarded_signals() -> SigSet {
    let mut s = SigSet::empty();
    for sig in [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
        Signal::SIGUSR1,
        Signal::SIGUSR2,
        Signal::SIGCHLD,
        Signal::SIGWINCH,
        Signal::SIGCONT,
    ] {
        s.add(sig);
    }
    s
}

fn has_ns(spec: &Spec, t: LinuxNamespaceType) -> bool {
    spec.linux()
        .as_ref()
        .and_then(|l| l.namespaces().as_ref())
        .is_some_and(|ns| ns.iter().any(|n| n.typ() == t))
}

fn clone_flags(spec: &Spec) -> libc::c_ulong {
    let mut f = libc::CLONE_NEWUSER as libc::c_ulong;
    for (t, flag) in [
        (LinuxNamespaceType::Mount, libc::CLONE_NEWNS),
        (LinuxNamespaceType::Pid, libc::CLONE_NEWPID),
        (LinuxNamespaceType::Uts, libc::CLONE_NEWUTS),
        (LinuxNamespaceType::Ipc, libc::CLONE_NEWIPC),
        (LinuxNamespaceType::Network, libc::CLONE_NEWNET),
    ] {
        if has_ns(spec, t) {
            f |= flag as libc::c_ulong;
        }
    }
    f
}

/// fork() with namespace flags: returns 0 in the child, the child's pid in the parent.
fn clone_fork(flags: libc::c_ulong) -> Result<i32> {
    // SAFETY: a raw clone with no new stack behaves like fork(): the child continues on a
    // copy-on-write copy of the parent's stack. skiff is single-threaded on this path, so no
    // lock can be held by another thread in the child.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone,
            flags | libc::SIGCHLD as libc::c_ulong,
            0usize,
            0usize,
            0usize,
            0usize,
        )
    };
    if ret < 0 {
        let e = std::io::Error::last_os_error();
        bail!("cannot create the container's namespaces: {e}");
    }
    Ok(ret as i32)
}

/// The user and network namespaces of process `target`.
fn open_ns_of(target: i32) -> Result<(std::fs::File, std::fs::File)> {
    let user = std::fs::File::open(format!("/proc/{target}/ns/user"))
        .with_context(|| format!("opening the user namespace of process {target}"))?;
    let net = std::fs::File::open(format!("/proc/{target}/ns/net"))
        .with_context(|| format!("opening the network namespace of process {target}"))?;
    Ok((user, net))
}

/// A network namespace file and the user namespace owning it (NS_GET_USERNS).
fn open_ns_path(path: &Path) -> Result<(std::fs::File, std::fs::File)> {
    let net = std::fs::File::open(path)
        .with_context(|| format!("opening the network namespace {}", path.display()))?;
    const NS_GET_USERNS: libc::c_ulong = 0xb701;
    // SAFETY: NS_GET_USERNS takes no argument and returns a new descriptor or -1.
    let fd = unsafe { libc::ioctl(net.as_raw_fd(), NS_GET_USERNS as _) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error())
            .with_context(|| format!("{} is not a network namespace we can join", path.display()));
    }
    // SAFETY: the kernel just returned this descriptor to us.
    let user = unsafe { std::fs::File::from_raw_fd(fd) };
    Ok((user, net))
}

/// Create the container process inside the user namespace `user` and the namespaces `others`
/// (each with its `CLONE_NEW*` flag): an intermediate child joins them (setns needs a
/// single-threaded process with its own credentials) and clones the container with
/// CLONE_PARENT, so the container is our child; the intermediate passes its pid back and
/// exits. Returns 0 in the container.
fn spawn_joined(
    user: std::fs::File,
    others: Vec<(std::fs::File, libc::c_int)>,
    flags: libc::c_ulong,
) -> Result<i32> {
    let mut flags = flags & !(libc::CLONE_NEWUSER as libc::c_ulong);
    for (_, f) in &others {
        flags &= !(*f as libc::c_ulong);
    }
    let (r, w) = pipe_cloexec()?;
    let mid = clone_fork(0)?;
    if mid == 0 {
        drop(r);
        let res = (|| -> Result<i32> {
            nix::sched::setns(&user, nix::sched::CloneFlags::CLONE_NEWUSER)
                .context("joining the other container's user namespace")?;
            for (ns, f) in &others {
                let what = POD_NAMESPACES
                    .iter()
                    .find(|(x, _)| x == f)
                    .map_or("a", |(_, n)| n);
                nix::sched::setns(ns, nix::sched::CloneFlags::from_bits_truncate(*f))
                    .with_context(|| format!("joining the other container's {what} namespace"))?;
            }
            clone_fork(flags | libc::CLONE_PARENT as libc::c_ulong)
        })();
        match res {
            Ok(0) => return Ok(0),
            Ok(pid) => {
                let _ = rustix::io::write(&w, &pid.to_le_bytes());
                // SAFETY: _exit ends the intermediate without running destructors.
                unsafe { libc::_exit(0) };
            }
            Err(e) => {
                let _ = rustix::io::write(&w, format!("{e:#}").as_bytes());
                // SAFETY: as above.
                unsafe { libc::_exit(1) };
            }
        }
    }
    drop(w);
    let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(mid), None);
    let mut buf = Vec::new();
    std::fs::File::from(r).read_to_end(&mut buf)?;
    if buf.len() == 4 {
        let pid = i32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]);
        if pid > 0 {
            return Ok(pid);
        }
    }
    bail!("{}", String::from_utf8_lossy(&buf))
}

/// A pod holder's user namespace and those of `shared` (`CLONE_NEW*` flags), opened now.
fn open_pod_ns(
    holder: i32,
    shared: libc::c_int,
) -> Result<(std::fs::File, Vec<(std::fs::File, libc::c_int)>)> {
    let open = |name: &str| {
        std::fs::File::open(format!("/proc/{holder}/ns/{name}"))
            .with_context(|| format!("opening the pod's {name} namespace (process {holder})"))
    };
    let user = open("user")?;
    let mut others = Vec::new();
    for (f, name) in POD_NAMESPACES {
        if shared & f != 0 {
            // The holder's children's PID namespace, whose PID 1 the holder forked.
            let name = if f == libc::CLONE_NEWPID {
                "pid_for_children"
            } else {
                name
            };
            others.push((open(name)?, f));
        }
    }
    Ok((user, others))
}

/// Uninhabited: what `child` returns on success, since exec does not return.
enum Never {}

fn pipe_cloexec() -> Result<(OwnedFd, OwnedFd)> {
    Ok(rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?)
}

/// Start the container process. On success the command has been exec'd.
pub fn start(l: &Launch) -> Result<Started> {
    let flags = clone_flags(l.spec);
    let (sync_r, sync_w) = pipe_cloexec()?;
    let (err_r, err_w) = pipe_cloexec()?;
    let sock = if has_terminal(l.spec) {
        Some(nix::sys::socket::socketpair(
            nix::sys::socket::AddressFamily::Unix,
            nix::sys::socket::SockType::Stream,
            None,
            nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        )?)
    } else {
        None
    };
    let mut old_mask = SigSet::empty();
    nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_BLOCK,
        Some(&forwarded_signals()),
        Some(&mut old_mask),
    )?;
    let pid = match clone_container(l, flags) {
        Ok(p) => p,
        Err(e) => {
            restore_mask(&old_mask);
            return Err(e);
        }
    };
    if pid == 0 {
        drop(sync_w);
        drop(err_r);
        let child_sock = sock.map(|(_, c)| c);
        let res = child::child(l, sync_r, child_sock.as_ref(), &err_w, &old_mask);
        report_and_exit(res, &err_w);
    }

    drop(sync_r);
    drop(err_w);
    let parent_sock = sock.map(|(p, _)| p);
    let fail = |e: anyhow::Error| -> anyhow::Error {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), Signal::SIGKILL);
        let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
        restore_mask(&old_mask);
        e
    };
    let (placed, oom) = prepare(l, pid).map_err(fail)?;
    if let Err(e) = rustix::io::write(&sync_w, b"1") {
        return Err(fail(e.into()));
    }
    drop(sync_w);
    let pty = match &parent_sock {
        Some(s) => Some(receive_pty(s, &err_r, &fail)?),
        None => None,
    };
    start_status(err_r, &fail)?;
    Ok(Started {
        pid,
        pty,
        old_mask,
        cgroup: placed,
        oom,
    })
}

fn has_terminal(spec: &Spec) -> bool {
    spec.process()
        .as_ref()
        .and_then(|p| p.terminal())
        .unwrap_or(false)
}

fn restore_mask(old_mask: &SigSet) {
    let _ = nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(old_mask),
        None,
    );
}

/// Clone the container process: into new namespaces, or (`--network container:X`,
/// `--network ns:PATH`, user-defined networks) joining existing ones. 0 in the container.
fn clone_container(l: &Launch, flags: libc::c_ulong) -> Result<i32> {
    if let Some((holder, shared)) = l.join_pod {
        return open_pod_ns(holder, shared).and_then(|(u, o)| spawn_joined(u, o, flags));
    }
    let net = libc::CLONE_NEWNET;
    match (l.join_netns_of, l.join_netns_path, l.join_userns_of) {
        (Some(target), _, _) => {
            open_ns_of(target).and_then(|(u, n)| spawn_joined(u, vec![(n, net)], flags))
        }
        (None, Some(path), _) => {
            open_ns_path(path).and_then(|(u, n)| spawn_joined(u, vec![(n, net)], flags))
        }
        (None, None, Some(holder)) => std::fs::File::open(format!("/proc/{holder}/ns/user"))
            .context("opening the rootless network namespace's user namespace")
            .and_then(|u| spawn_joined(u, Vec::new(), flags)),
        (None, None, None) => match l.join_userns_path {
            Some(p) => std::fs::File::open(p)
                .with_context(|| format!("opening the user namespace {}", p.display()))
                .and_then(|u| spawn_joined(u, Vec::new(), flags)),
            None => clone_fork(flags),
        },
    }
}

/// In the container, after `child` failed: send the exit code byte and the message on the
/// error pipe, and leave.
fn report_and_exit(res: Result<Never>, err_w: &OwnedFd) -> ! {
    let (code, msg) = match res {
        Ok(never) => match never {},
        Err(e) => match e.downcast_ref::<CodedError>() {
            Some(c) => (c.code, c.msg.clone()),
            None => (125, format!("{e:#}")),
        },
    };
    let mut buf = vec![code as u8];
    buf.extend_from_slice(msg.as_bytes());
    let _ = rustix::io::write(err_w, &buf);
    // SAFETY: _exit never returns and skips destructors, as a forked child must.
    unsafe { libc::_exit(code) };
}

/// Everything the parent does before it releases the child: id maps (unless it joins another
/// user namespace), the cgroup and its OOM watch, oom_score_adj, the network hook.
fn prepare(
    l: &Launch,
    pid: i32,
) -> Result<(super::cgroups::Placed, Option<super::cgroups::OomWatch>)> {
    let joining = l.join_netns_of.is_some()
        || l.join_netns_path.is_some()
        || l.join_userns_of.is_some()
        || l.join_userns_path.is_some()
        || l.join_pod.is_some();
    if !joining {
        super::userns::write_maps(pid, l.idmap)?;
    }
    // The process joins its cgroup before it is released: nothing runs unlimited.
    let placed = match l.cgroup {
        Some((plan, limits)) => super::cgroups::place(plan, pid, limits)?,
        None => super::cgroups::Placed::default(),
    };
    let oom = placed
        .path
        .as_deref()
        .and_then(super::cgroups::OomWatch::new);
    if let Some(adj) = l.oom_score_adj {
        if let Err(e) = std::fs::write(format!("/proc/{pid}/oom_score_adj"), adj.to_string()) {
            bail!("setting oom_score_adj {adj}: {e} (lowering it needs privileges)");
        }
    }
    if let Some(hook) = l.net_hook {
        hook(pid)?;
    }
    Ok((placed, oom))
}

/// Ends a failed start: kills and reaps the child, restores the signal mask.
type Fail<'a> = &'a dyn Fn(anyhow::Error) -> anyhow::Error;

/// The pty master the child sends; when it sends none, the error it reported instead.
fn receive_pty(sock: &OwnedFd, err_r: &OwnedFd, fail: Fail) -> Result<OwnedFd> {
    match recv_fd(sock.as_raw_fd()) {
        Ok(fd) => Ok(fd),
        Err(e) => {
            // The child probably failed before sending; its error pipe tells why.
            let mut buf = Vec::new();
            let _ = std::fs::File::from(err_r.try_clone()?).read_to_end(&mut buf);
            if !buf.is_empty() {
                return Err(fail(child_error(&buf)));
            }
            Err(fail(e))
        }
    }
}

/// EOF on the error pipe without data: the exec succeeded; otherwise the child's error.
fn start_status(err_r: OwnedFd, fail: Fail) -> Result<()> {
    let mut buf = Vec::new();
    std::fs::File::from(err_r)
        .read_to_end(&mut buf)
        .context("reading the container's start status")?;
    if !buf.is_empty() {
        return Err(fail(child_error(&buf)));
    }
    Ok(())
}

fn child_error(buf: &[u8]) -> anyhow::Error {
    let code = buf[0] as i32;
    let msg = String::from_utf8_lossy(&buf[1..]).to_string();
    anyhow::Error::new(CodedError { code, msg })
}

pub(crate) fn recv_fd(sock: RawFd) -> Result<OwnedFd> {
    use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
    let mut data = [0u8; 1];
    let mut iov = [std::io::IoSliceMut::new(&mut data)];
    let mut space = nix::cmsg_space!([RawFd; 1]);
    let msg = recvmsg::<()>(sock, &mut iov, Some(&mut space), MsgFlags::MSG_CMSG_CLOEXEC)?;
    for c in msg.cmsgs()? {
        if let ControlMessageOwned::ScmRights(fds) = c {
            if let Some(&fd) = fds.first() {
                // SAFETY: the kernel just installed this descriptor for us.
                return Ok(unsafe { OwnedFd::from_raw_fd(fd) });
            }
        }
    }
    bail!("the container did not send its terminal")
}

pub(crate) fn send_fd(sock: RawFd, fd: RawFd) -> Result<()> {
    use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
    let data = [0u8; 1];
    let iov = [std::io::IoSlice::new(&data)];
    let fds = [fd];
    sendmsg::<()>(
        sock,
        &iov,
        &[ControlMessage::ScmRights(&fds)],
        MsgFlags::empty(),
        None,
    )?;
    Ok(())
}

pub(crate) fn exec_error(name: &str, err: nix::errno::Errno) -> CodedError {
    use nix::errno::Errno;
    match err {
        Errno::ENOENT => CodedError {
            code: 127,
            msg: format!("executable file `{name}` not found: No such file or directory"),
        },
        Errno::EACCES | Errno::ENOEXEC | Errno::EISDIR | Errno::EPERM => CodedError {
            code: 126,
            msg: format!("cannot execute `{name}`: {}", err.desc()),
        },
        e => CodedError {
            code: 126,
            msg: format!("cannot execute `{name}`: {}", e.desc()),
        },
    }
}

/// Find `name` the way a shell would: a path with a slash is used as is, otherwise $PATH.
pub(crate) fn find_executable(name: &str, path_var: &str) -> Result<PathBuf> {
    if name.contains('/') {
        let p = PathBuf::from(name);
        return match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => Err(CodedError {
                code: 126,
                msg: format!("cannot execute `{name}`: Is a directory"),
            }
            .into()),
            Ok(_) => Ok(p),
            Err(_) => Err(CodedError {
                code: 127,
                msg: format!("executable file `{name}` not found: No such file or directory"),
            }
            .into()),
        };
    }
    for dir in path_var.split(':').filter(|d| !d.is_empty()) {
        let p = Path::new(dir).join(name);
        if let Ok(m) = std::fs::metadata(&p) {
            use std::os::unix::fs::PermissionsExt;
            if m.is_file() && m.permissions().mode() & 0o111 != 0 {
                return Ok(p);
            }
        }
    }
    Err(CodedError {
        code: 127,
        msg: format!("executable file `{name}` not found in $PATH: No such file or directory"),
    }
    .into())
}

/// Open a pty in the current /dev/pts; the slave gets `size` (rows, cols) when given.
pub(crate) fn open_pty_sized(size: Option<(u16, u16)>) -> Result<(OwnedFd, OwnedFd)> {
    use rustix::pty::{openpt, ptsname, unlockpt, OpenptFlags};
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)
        .context("opening /dev/ptmx")?;
    unlockpt(&master).context("unlocking the pty")?;
    let name = ptsname(&master, Vec::new()).context("ptsname")?;
    let slave = rustix::fs::open(
        name.as_c_str(),
        rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY,
        rustix::fs::Mode::empty(),
    )
    .context("opening the pty")?;
    if let Some((rows, cols)) = size {
        super::tty::set_size(&slave, rows, cols);
    }
    Ok((master, slave))
}

/// Leave a forked process at once, without running destructors.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit ends the process; nothing is touched afterwards.
    unsafe { libc::_exit(code) }
}
