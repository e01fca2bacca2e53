//! Runtime: the only layer with raw syscalls and `unsafe`. Turns a spec into a running process.
//!
//! One small file per kernel concern: `userns` (id maps), `process` (clone, child set-up,
//! exec), `mounts` (rootfs, special filesystems, pivot_root), `security` (capabilities,
//! no_new_privs), `seccomp`, `user` (passwd lookups), `tty`, `netlink` (loopback), `cgroups`,
//! `spawn` (helper programs with a clean signal mask).

pub mod cgroups;
pub mod exec;
pub mod monitor;
pub mod mounts;
pub mod netlink;
pub mod netns;
pub mod process;
pub mod rootfs;
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
pub use unshare::{exec_in_userns, in_userns};

pub use crate::model::resources::Rlimit;

/// An error with the exit code skiff must return (126 cannot execute, 127 not found...).
#[derive(Debug, thiserror::Error)]
#[error("{msg}")]
pub struct CodedError {
    pub code: i32,
    pub msg: String,
}

/// Wait for a started foreground container: forward signals, proxy the terminal, and return
/// the exit status as a shell reports it (128+N when killed by signal N).
pub fn wait(started: Started, forward_stdin: bool) -> Result<i32> {
    wait_logged(started, forward_stdin, None)
}

/// Wait for an exec'd process without a terminal for at most `limit`: its status, or `None`
/// after killing it (SIGKILL) when the time ran out. Used for healthcheck timeouts.
pub fn wait_timeout(started: Started, limit: std::time::Duration) -> Result<Option<i32>> {
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    let pid = Pid::from_raw(started.pid);
    let deadline = std::time::Instant::now() + limit;
    let status = loop {
        match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, c)) => break Some(c),
            Ok(WaitStatus::Signaled(_, s, _)) => break Some(128 + s as i32),
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e.into()),
        }
        if std::time::Instant::now() >= deadline {
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
            let _ = waitpid(pid, None);
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let _ = nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(&started.old_mask),
        None,
    );
    Ok(status)
}

/// `wait`, also copying the container's output (its terminal, or the pipes of `tee.io`) to
/// the caller's stdout/stderr and to `tee.log`.
pub fn wait_logged(
    started: Started,
    forward_stdin: bool,
    mut tee: Option<monitor::Tee>,
) -> Result<i32> {
    let pid = Pid::from_raw(started.pid);
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
    let stderr = std::io::stderr();
    let outputs: Vec<(std::os::fd::BorrowedFd, u8)> =
        tee.as_ref().map(|t| t.io.outputs()).unwrap_or_default();
    let mut out_open = vec![true; outputs.len()];
    let status = loop {
        // Reap first: the child may have exited before we got here.
        if let Some(code) = try_reap(pid)? {
            break code;
        }
        let mut fds = vec![rustix::event::PollFd::new(
            &sfd,
            rustix::event::PollFlags::IN,
        )];
        for (i, (fd, _)) in outputs.iter().enumerate() {
            if out_open[i] {
                fds.push(rustix::event::PollFd::from_borrowed_fd(
                    *fd,
                    rustix::event::PollFlags::IN,
                ));
            }
        }
        let first = fds.len();
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
        let mut k = 1;
        for (i, (fd, stream)) in outputs.iter().enumerate() {
            if !out_open[i] {
                continue;
            }
            if !ready[k].is_empty() {
                let to = if *stream == monitor::STDERR {
                    stderr.as_fd()
                } else {
                    stdout.as_fd()
                };
                if let Some(t) = tee.as_mut() {
                    out_open[i] = t.pump(*fd, *stream, to);
                }
            }
            k += 1;
        }
        let ready = &ready[first - 1..];
        if let Some(m) = &started.pty {
            let pumped = match tee.as_mut() {
                Some(t) if !ready[1].is_empty() => {
                    t.pump(m.as_fd(), monitor::STDOUT, stdout.as_fd())
                }
                _ => ready[1].is_empty() || tty::pump(m.as_fd(), stdout.as_fd()),
            };
            if !pumped {
                // EIO: the last slave is closed; the process is exiting.
                let code = wait_blocking(pid)?;
                break code;
            }
            if stdin_open
                && ready.len() > 2
                && !ready[2].is_empty()
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
        match tee.as_mut() {
            Some(t) => t.drain(m.as_fd(), monitor::STDOUT, stdout.as_fd()),
            None => tty::drain(m, stdout.as_fd()),
        }
    }
    if let Some(t) = tee.as_mut() {
        for (i, (fd, stream)) in outputs.iter().enumerate() {
            if out_open[i] {
                let to = if *stream == monitor::STDERR {
                    stderr.as_fd()
                } else {
                    stdout.as_fd()
                };
                t.drain(*fd, *stream, to);
            }
        }
    }
    let _ = nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(&started.old_mask),
        None,
    );
    Ok(status)
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

/// `openat2`, retried while the kernel answers EAGAIN: with RESOLVE_IN_ROOT/BENEATH and `..`
/// in the path, any rename or mount elsewhere on the system during the lookup makes it fail
/// that way (a busy machine sees this), and the lookup is simply to be repeated.
pub fn openat2_retry<Fd: std::os::fd::AsFd, P: rustix::path::Arg + Copy>(
    dirfd: Fd,
    path: P,
    oflags: rustix::fs::OFlags,
    mode: rustix::fs::Mode,
    resolve: rustix::fs::ResolveFlags,
) -> rustix::io::Result<std::os::fd::OwnedFd> {
    let mut tries = 0;
    loop {
        match rustix::fs::openat2(dirfd.as_fd(), path, oflags, mode, resolve) {
            Err(rustix::io::Errno::AGAIN) if tries < 64 => tries += 1,
            other => return other,
        }
    }
}
