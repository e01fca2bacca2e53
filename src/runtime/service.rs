//! The kernel side of the API service: a forked child per connection (and per streamed
//! answer), and the socket systemd hands over.

use anyhow::{bail, Result};
use std::os::fd::{FromRawFd, OwnedFd, RawFd};

/// Fork; the child closes `close`, runs `f` and exits with its code without running the
/// parent's exit handlers. The parent gets the child's pid. The caller must be
/// single-threaded (the API's processes are: their tokio runtime starts no threads).
pub fn fork_run(close: &[RawFd], f: impl FnOnce() -> i32) -> Result<i32> {
    // SAFETY: the calling process is single-threaded (see above).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        bail!("fork: {}", std::io::Error::last_os_error());
    }
    if pid == 0 {
        for &fd in close {
            // SAFETY: the child's copies of descriptors it must not keep (the listener, the
            // connection); nothing in the child uses them.
            unsafe { libc::close(fd) };
        }
        let code = f();
        // SAFETY: ends this forked child at once.
        unsafe { libc::_exit(code) };
    }
    Ok(pid)
}

/// Descriptor 3, passed by systemd's socket activation (the caller checked `LISTEN_PID` and
/// `LISTEN_FDS`). Close-on-exec from now on.
pub fn activated_socket() -> OwnedFd {
    // SAFETY: by the socket activation protocol fd 3 is ours and nothing else owns it.
    let fd = unsafe { OwnedFd::from_raw_fd(3) };
    let _ = rustix::io::fcntl_setfd(&fd, rustix::io::FdFlags::CLOEXEC);
    fd
}

/// Reap `pid` if it has exited; true when it is gone.
pub fn reaped(pid: i32) -> bool {
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    !matches!(
        waitpid(nix::unistd::Pid::from_raw(pid), Some(WaitPidFlag::WNOHANG)),
        Ok(WaitStatus::StillAlive) | Ok(WaitStatus::Stopped(..)) | Ok(WaitStatus::Continued(..))
    )
}

/// Wait for `pid`; its exit status (128+N for signal N).
pub fn wait_pid(pid: i32) -> i32 {
    use nix::sys::wait::{waitpid, WaitStatus};
    loop {
        match waitpid(nix::unistd::Pid::from_raw(pid), None) {
            Ok(WaitStatus::Exited(_, c)) => return c,
            Ok(WaitStatus::Signaled(_, s, _)) => return 128 + s as i32,
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return -1,
        }
    }
}
