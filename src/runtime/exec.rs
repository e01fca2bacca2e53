//! `exec`: start another process inside a running container, joining all its namespaces and
//! applying the same user, capabilities, no_new_privs and seccomp filter as its main process.
//!
//! The caller forks a helper that joins the namespaces (user first), then clones the final
//! process with CLONE_PARENT so that it becomes the caller's own child (it is the first
//! process that really is inside the container's PID namespace). The helper reports that
//! child's pid and exits; the caller waits for the child with `runtime::wait`.

use super::process::{forwarded_signals, Started};
use super::{seccomp, CodedError};
use anyhow::{bail, Context, Result};
use nix::sched::CloneFlags;
use nix::sys::signal::{SigSet, SigmaskHow};
use std::ffi::CString;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};

pub struct ExecSpec<'a> {
    /// Host pid of the container's main process.
    pub target: i32,
    pub args: &'a [String],
    pub env: &'a [String],
    pub cwd: &'a str,
    pub user: &'a str,
    pub caps: &'a [String],
    pub no_new_privs: bool,
    pub seccomp: Option<&'a seccomp::Compiled>,
    pub tty: bool,
    pub keep_stdin: bool,
    pub console: Option<(u16, u16)>,
    /// Where the process's stdio goes when it has no tty.
    pub stdio: ExecStdio,
}

/// Stdio of an exec'd process without a tty.
#[derive(Debug, Clone, Copy, Default)]
pub enum ExecStdio {
    /// The caller's stdout/stderr (stdin too with `keep_stdin`).
    #[default]
    Inherit,
    /// `/dev/null` on 0-2 in a new session: `exec -d` holds none of the caller's descriptors.
    Null,
    /// stdin `/dev/null`, stdout and stderr this descriptor (a healthcheck's output pipe).
    Capture(std::os::fd::RawFd),
}

fn join(target: i32) -> Result<()> {
    // The user namespace first: it grants the capabilities needed to join the others.
    let order = [
        ("user", CloneFlags::CLONE_NEWUSER),
        ("ipc", CloneFlags::CLONE_NEWIPC),
        ("uts", CloneFlags::CLONE_NEWUTS),
        ("net", CloneFlags::CLONE_NEWNET),
        ("pid", CloneFlags::CLONE_NEWPID),
        ("mnt", CloneFlags::CLONE_NEWNS),
    ];
    let mut fds = Vec::new();
    for (name, flag) in order {
        let path = format!("/proc/{target}/ns/{name}");
        let own = std::fs::read_link(format!("/proc/self/ns/{name}")).ok();
        let theirs = std::fs::read_link(&path).ok();
        if own.is_some() && own == theirs {
            continue; // e.g. --network host shares our network namespace
        }
        let f = std::fs::File::open(&path).with_context(|| format!("opening {path}"))?;
        fds.push((name, flag, f));
    }
    // A container in a nested user namespace (`--userns=keep-id`...) has namespaces owned by
    // its parent (the user's): enter that one first, join them all, its own user namespace
    // last.
    let nested = fds
        .iter()
        .find(|(n, _, _)| *n == "user")
        .and_then(|(_, _, f)| nested_parent(f));
    if let Some(parent) = &nested {
        nix::sched::setns(parent, CloneFlags::CLONE_NEWUSER)
            .context("joining the user namespace of the container's")?;
    }
    for (name, flag, f) in fds
        .iter()
        .filter(|(n, _, _)| nested.is_none() || *n != "user")
    {
        nix::sched::setns(f, *flag)
            .with_context(|| format!("joining the container's {name} namespace"))?;
    }
    if nested.is_some() {
        if let Some((_, flag, f)) = fds.iter().find(|(n, _, _)| *n == "user") {
            nix::sched::setns(f, *flag).context("joining the container's user namespace")?;
        }
    }
    Ok(())
}

/// The parent of user namespace `ns` when it is not ours (a nested container namespace).
fn nested_parent(ns: &std::fs::File) -> Option<OwnedFd> {
    use std::os::fd::FromRawFd;
    const NS_GET_PARENT: libc::c_ulong = 0xb702;
    // SAFETY: NS_GET_PARENT takes no argument and returns a new descriptor or -1.
    let fd = unsafe { libc::ioctl(ns.as_raw_fd(), NS_GET_PARENT as _) };
    if fd < 0 {
        return None;
    }
    // SAFETY: the kernel just returned this descriptor to us.
    let parent = unsafe { OwnedFd::from_raw_fd(fd) };
    let own = std::fs::metadata("/proc/self/ns/user").ok()?;
    let st = rustix::fs::fstat(&parent).ok()?;
    use std::os::unix::fs::MetadataExt;
    (st.st_ino != own.ino() || st.st_dev != own.dev()).then_some(parent)
}

/// Start the exec'd process; wait for it with `runtime::wait`.
pub fn start(x: &ExecSpec) -> Result<Started> {
    let (err_r, err_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let (pid_r, pid_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let sock = if x.tty {
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
        SigmaskHow::SIG_BLOCK,
        Some(&forwarded_signals()),
        Some(&mut old_mask),
    )?;
    let parent = std::process::id() as i32;
    // SAFETY: single-threaded; the helper only joins namespaces and clones once.
    let helper = unsafe { libc::fork() };
    if helper < 0 {
        bail!("fork: {}", std::io::Error::last_os_error());
    }
    if helper == 0 {
        super::unshare::helper_started(parent);
        // Not dumpable until the exec: the container's processes must not reach this skiff
        // through /proc/PID/exe (nor its memory or descriptors) while it enters their
        // namespaces. The process cloned below inherits this; execve resets it.
        // SAFETY: prctl on this process only.
        unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0) };
        drop(err_r);
        drop(pid_r);
        let res = (|| -> Result<i32> {
            join(x.target)?;
            // Joining the user namespace cleared the parent-death signal; the process cloned
            // next starts without one (it is the exec'd command, not a helper).
            super::unshare::die_with_parent();
            // SAFETY: fork-like clone; the new process becomes our parent's child.
            let r = unsafe {
                libc::syscall(
                    libc::SYS_clone,
                    (libc::CLONE_PARENT) as libc::c_ulong,
                    0usize,
                    0usize,
                    0usize,
                    0usize,
                )
            };
            if r < 0 {
                bail!("clone: {}", std::io::Error::last_os_error());
            }
            Ok(r as i32)
        })();
        match res {
            Ok(0) => {
                drop(pid_w);
                let child_sock = sock.as_ref().map(|(_, c)| c);
                let e = child(x, child_sock, &old_mask);
                let (code, msg) = match e.downcast_ref::<CodedError>() {
                    Some(c) => (c.code, c.msg.clone()),
                    None => (125, format!("{e:#}")),
                };
                let mut b = vec![code as u8];
                b.extend_from_slice(msg.as_bytes());
                let _ = rustix::io::write(&err_w, &b);
                super::process::exit_now(code);
            }
            Ok(pid) => {
                let _ = rustix::io::write(&pid_w, &pid.to_ne_bytes());
                super::process::exit_now(0);
            }
            Err(e) => {
                let mut b = vec![125u8];
                b.extend_from_slice(format!("{e:#}").as_bytes());
                let _ = rustix::io::write(&err_w, &b);
                super::process::exit_now(125);
            }
        }
    }
    drop(err_w);
    drop(pid_w);
    let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(helper), None);
    let mut pb = Vec::new();
    std::fs::File::from(pid_r).read_to_end(&mut pb)?;
    let restore = || {
        let _ = nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&old_mask), None);
    };
    if pb.len() != 4 {
        let mut eb = Vec::new();
        std::fs::File::from(err_r).read_to_end(&mut eb)?;
        restore();
        return Err(coded(&eb));
    }
    let pid = i32::from_ne_bytes([pb[0], pb[1], pb[2], pb[3]]);
    let mut pty = None;
    if let Some((p, _)) = &sock {
        match super::process::recv_fd(p.as_raw_fd()) {
            Ok(fd) => pty = Some(fd),
            Err(_) => {
                let mut eb = Vec::new();
                std::fs::File::from(err_r).read_to_end(&mut eb)?;
                let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
                restore();
                return Err(coded(&eb));
            }
        }
    }
    drop(sock);
    let mut eb = Vec::new();
    std::fs::File::from(err_r).read_to_end(&mut eb)?;
    if !eb.is_empty() {
        let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
        restore();
        return Err(coded(&eb));
    }
    Ok(Started {
        pid,
        pty,
        old_mask,
        cgroup: Default::default(),
        oom: None,
    })
}

fn coded(b: &[u8]) -> anyhow::Error {
    if b.is_empty() {
        return anyhow::anyhow!("the exec helper died");
    }
    CodedError {
        code: b[0] as i32,
        msg: String::from_utf8_lossy(&b[1..]).into_owned(),
    }
    .into()
}

fn child(x: &ExecSpec, sock: Option<&OwnedFd>, mask: &SigSet) -> anyhow::Error {
    match child_inner(x, sock, mask) {
        Ok(never) => match never {},
        Err(e) => e,
    }
}

enum Never {}

fn child_inner(x: &ExecSpec, sock: Option<&OwnedFd>, mask: &SigSet) -> Result<Never> {
    if let Some(sock) = sock {
        let (master, slave) = super::process::open_pty_sized(x.console)?;
        super::process::send_fd(sock.as_raw_fd(), master.as_raw_fd())?;
        drop(master);
        nix::unistd::setsid()?;
        // SAFETY: TIOCSCTTY on our own pty slave.
        if unsafe { libc::ioctl(slave.as_raw_fd(), libc::TIOCSCTTY, 0) } < 0 {
            return Err(std::io::Error::last_os_error())
                .context("setting the controlling terminal");
        }
        for fd in 0..3 {
            nix::unistd::dup2(slave.as_raw_fd(), fd)?;
        }
    } else {
        match x.stdio {
            ExecStdio::Inherit => {
                if !x.keep_stdin {
                    let null = std::fs::File::open("/dev/null")?;
                    nix::unistd::dup2(null.as_raw_fd(), 0)?;
                }
            }
            ExecStdio::Null => {
                let null = std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")?;
                for fd in 0..3 {
                    nix::unistd::dup2(null.as_raw_fd(), fd)?;
                }
                let _ = nix::unistd::setsid();
            }
            ExecStdio::Capture(out) => {
                let null = std::fs::File::open("/dev/null")?;
                nix::unistd::dup2(null.as_raw_fd(), 0)?;
                nix::unistd::dup2(out, 1)?;
                nix::unistd::dup2(out, 2)?;
            }
        }
    }
    let mut env = x.env.to_vec();
    let ident = super::user::resolve(x.user, &env)?;
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", ident.home));
    }
    let path_var = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
        .to_string();
    if x.args.is_empty() {
        bail!("no command specified");
    }
    let exe = super::process::find_executable(&x.args[0], &path_var)?;
    let keep: caps::CapsHashSet = x.caps.iter().filter_map(|c| c.parse().ok()).collect();
    super::security::drop_bounding(&keep)?;
    super::security::set_ids(&ident)?;
    std::env::set_current_dir(x.cwd)
        .map_err(|e| anyhow::anyhow!("cannot enter the working directory {}: {e}", x.cwd))?;
    if !x.no_new_privs {
        if let Some(sc) = x.seccomp {
            seccomp::apply(sc)?;
        }
    }
    super::security::set_caps(&keep, ident.uid == 0)?;
    if x.no_new_privs {
        super::security::set_no_new_privs()?;
        if let Some(sc) = x.seccomp {
            seccomp::apply(sc)?;
        }
    }
    super::security::reset_signals(mask);
    super::security::close_extra_fds();
    let cargs: Vec<CString> = x
        .args
        .iter()
        .map(|a| CString::new(a.as_bytes()))
        .collect::<std::result::Result<_, _>>()
        .context("argument contains a NUL byte")?;
    let cenv: Vec<CString> = env
        .iter()
        .filter_map(|e| CString::new(e.as_bytes()).ok())
        .collect();
    let cexe = CString::new(exe.as_os_str().as_encoded_bytes())?;
    let err = match nix::unistd::execve(&cexe, &cargs, &cenv) {
        Err(e) => e,
        Ok(never) => match never {},
    };
    Err(super::process::exec_error(&x.args[0], err).into())
}
