//! A build step's process in the foreground: its stdout and stderr are the caller's or a file
//! (`with_output`), and an interrupt of the build (SIGINT, SIGTERM, SIGHUP, SIGQUIT) kills the
//! step's process instead of being forwarded to it (a process that is PID 1 of its namespace
//! would ignore it), so Ctrl-C ends a build at once.

use super::{process, CodedError, Started};
use anyhow::{Context, Result};
use nix::sys::signal::{SigmaskHow, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use rustix::event::{PollFd, PollFlags};
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd, RawFd};

/// Run `f` (which starts the step's process) with fds 1 and 2 pointing at `out`, so the process
/// inherits it; afterwards they are what they were.
pub fn with_output<R>(out: BorrowedFd, f: impl FnOnce() -> R) -> Result<R> {
    let mut saved: Vec<(RawFd, OwnedFd)> = Vec::new();
    let mut res = Ok(());
    for n in [1, 2] {
        // SAFETY: fds 1 and 2 stay open for the whole process; borrowed only to duplicate.
        let cur = unsafe { BorrowedFd::borrow_raw(n) };
        match rustix::io::fcntl_dupfd_cloexec(cur, 3) {
            Ok(copy) => saved.push((n, copy)),
            Err(e) => {
                res = Err(anyhow::Error::from(e));
                break;
            }
        }
        if let Err(e) = nix::unistd::dup2(out.as_raw_fd(), n) {
            res = Err(e.into());
            break;
        }
    }
    let r = res.map(|_| f());
    for (n, copy) in saved {
        let _ = nix::unistd::dup2(copy.as_raw_fd(), n);
    }
    r
}

fn decode(ws: WaitStatus) -> Option<i32> {
    match ws {
        WaitStatus::Exited(_, c) => Some(c),
        WaitStatus::Signaled(_, s, _) => Some(128 + s as i32),
        _ => None,
    }
}

/// Wait for the step's process: its exit status (128+N when killed by signal N), or a
/// `CodedError` (128+signal) when the build was interrupted and the process killed.
pub fn wait(started: Started) -> Result<i32> {
    let pid = Pid::from_raw(started.pid);
    let sfd = SignalFd::with_flags(
        &process::forwarded_signals(),
        SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK,
    )
    .context("signalfd")?;
    let res = loop {
        match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(ws) => {
                if let Some(code) = decode(ws) {
                    break Ok(code);
                }
            }
            Err(nix::errno::Errno::EINTR) => {}
            Err(e) => break Err(e.into()),
        }
        let mut fds = [PollFd::new(&sfd, PollFlags::IN)];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => break Err(e.into()),
        }
        if let Some(sig) = interrupt(&sfd, pid) {
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
            let _ = waitpid(pid, None);
            break Err(CodedError {
                code: 128 + sig as i32,
                msg: format!("interrupted by {}", sig.as_str()),
            }
            .into());
        }
    };
    let _ =
        nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&started.old_mask), None);
    res
}

/// Read the pending signals: an interrupt of the build, or None (others are passed on).
fn interrupt(sfd: &SignalFd, pid: Pid) -> Option<Signal> {
    let mut hit = None;
    while let Ok(Some(info)) = sfd.read_signal() {
        let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
            continue;
        };
        match sig {
            Signal::SIGCHLD | Signal::SIGWINCH => {}
            Signal::SIGINT | Signal::SIGTERM | Signal::SIGHUP | Signal::SIGQUIT => hit = Some(sig),
            s => {
                let _ = nix::sys::signal::kill(pid, s);
            }
        }
    }
    hit
}
