//! Runtime: the only layer with raw syscalls and `unsafe`. Turns a spec into a running process.
//!
//! One small file per kernel concern: `userns` (id maps), `process` (clone, child set-up,
//! exec), `mounts` (rootfs, special filesystems, pivot_root), `security` (capabilities,
//! no_new_privs), `seccomp`, `user` (passwd lookups), `tty`, `netlink` (loopback), `cgroups`,
//! `spawn` (helper programs with a clean signal mask).

pub mod cgroups;
pub mod exec;
pub mod mounts;
mod netlink;
pub mod process;
#[allow(dead_code)]
pub mod seccomp;
pub mod security;
pub mod spawn;
pub mod tty;
mod unshare;
mod user;
pub mod userns;

use anyhow::{Context, Result};
use nix::sys::signal::Signal;
use nix::sys::signalfd::SignalFd;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use std::os::fd::AsFd;

pub use process::{start, Launch, Started};

/// One resource limit set with setrlimit before exec (`--ulimit`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rlimit {
    /// OCI name, e.g. RLIMIT_NOFILE.
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}
pub use unshare::{exec_in_userns, in_userns};

/// An error with the exit code skiff must return (126 cannot execute, 127 not found...).
#[derive(Debug, thiserror::Error)]
#[error("{msg}")]
pub struct CodedError {
    pub code: i32,
    pub msg: String,
}

/// How a container process ended.
#[derive(Debug, Clone, Copy)]
pub struct Exit {
    /// The status as a shell reports it (128+N when killed by signal N).
    pub code: i32,
    /// The kernel OOM killer struck in the container's cgroup.
    pub oom_killed: bool,
}

/// Wait for a started foreground container: forward signals, proxy the terminal, and return
/// the exit status as a shell reports it (128+N when killed by signal N).
pub fn wait(started: Started, forward_stdin: bool) -> Result<i32> {
    wait_exit(started, forward_stdin).map(|e| e.code)
}

/// `wait`, also reporting whether the OOM killer struck.
pub fn wait_exit(mut started: Started, forward_stdin: bool) -> Result<Exit> {
    let pid = Pid::from_raw(started.pid);
    let mut oom = started.oom.take();
    let sfd = SignalFd::with_flags(
        &process::forwarded_signals(),
        nix::sys::signalfd::SfdFlags::SFD_CLOEXEC | nix::sys::signalfd::SfdFlags::SFD_NONBLOCK,
    )
    .context("signalfd")?;
    let _raw = match &started.pty {
        Some(_) if forward_stdin && tty::is_tty(std::io::stdin().as_fd()) => {
            Some(tty::RawGuard::stdin())
        }
        _ => None,
    };
    let stdout = std::io::stdout();
    let stdin = std::io::stdin();
    let mut stdin_open = forward_stdin && started.pty.is_some();
    let status = loop {
        // Reap first: the child may have exited before we got here.
        if let Some(code) = try_reap(pid)? {
            break code;
        }
        let mut fds = vec![rustix::event::PollFd::new(
            &sfd,
            rustix::event::PollFlags::IN,
        )];
        if let Some(w) = &oom {
            fds.push(rustix::event::PollFd::from_borrowed_fd(
                w.fd(),
                rustix::event::PollFlags::IN,
            ));
        }
        let base = fds.len();
        if let Some(m) = &started.pty {
            fds.push(rustix::event::PollFd::new(m, rustix::event::PollFlags::IN));
            if stdin_open {
                fds.push(rustix::event::PollFd::new(
                    &stdin,
                    rustix::event::PollFlags::IN,
                ));
            }
        }
        match rustix::event::poll(&mut fds, None) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        let ready: Vec<rustix::event::PollFlags> = fds.iter().map(|f| f.revents()).collect();
        drop(fds);
        if let Some(w) = oom.as_mut() {
            if !ready[1].is_empty() {
                w.check();
            }
        }
        if let Some(m) = &started.pty {
            if !ready[base].is_empty() && !tty::pump(m.as_fd(), stdout.as_fd()) {
                // EIO: the last slave is closed; the process is exiting.
                let code = wait_blocking(pid)?;
                break code;
            }
            if stdin_open
                && ready.len() > base + 1
                && !ready[base + 1].is_empty()
                && !tty::pump(stdin.as_fd(), m.as_fd())
            {
                stdin_open = false;
            }
        }
        while let Ok(Some(info)) = sfd.read_signal() {
            let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
                continue;
            };
            match sig {
                Signal::SIGCHLD => {}
                Signal::SIGWINCH => {
                    if let (Some(m), Some((r, c))) = (&started.pty, tty::caller_size()) {
                        tty::set_size(m, r, c);
                    }
                }
                s => {
                    let _ = nix::sys::signal::kill(pid, s);
                }
            }
        }
    };
    if let Some(m) = &started.pty {
        tty::drain(m, stdout.as_fd());
    }
    let _ = nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(&started.old_mask),
        None,
    );
    if let Some(w) = oom.as_mut() {
        w.finish(status);
    }
    Ok(Exit {
        code: status,
        oom_killed: oom.is_some_and(|w| w.seen),
    })
}

fn decode(ws: WaitStatus) -> Option<i32> {
    match ws {
        WaitStatus::Exited(_, c) => Some(c),
        WaitStatus::Signaled(_, s, _) => Some(128 + s as i32),
        _ => None,
    }
}

fn try_reap(pid: Pid) -> Result<Option<i32>> {
    match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
        Ok(ws) => Ok(decode(ws)),
        Err(nix::errno::Errno::EINTR) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn wait_blocking(pid: Pid) -> Result<i32> {
    loop {
        match waitpid(pid, None) {
            Ok(ws) => {
                if let Some(c) = decode(ws) {
                    return Ok(c);
                }
            }
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}
