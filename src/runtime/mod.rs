//! Runtime: the only layer with raw syscalls and `unsafe`. Turns a spec into a running process.
//!
//! One small file per kernel concern: `userns` (id maps), `process` (clone, child set-up,
//! exec), `mounts` (rootfs, special filesystems, pivot_root), `security` (capabilities,
//! no_new_privs), `seccomp`, `user` (passwd lookups), `tty`, `netlink` (loopback), `cgroups`,
//! `spawn` (helper programs with a clean signal mask), `wait` (a foreground process: signals
//! forwarded, terminal proxied, output teed to the log), `monitor` (the detached container's
//! monitor: stdio, log writer, attach socket, poll loop).

pub mod cgroups;
mod copyup;
pub mod exec;
pub mod monitor;
pub mod mounts;
pub mod netlink;
pub mod netns;
pub mod podns;
pub mod process;
pub mod rootfs;
pub mod sdnotify;
pub mod seccomp;
pub mod security;
pub mod spawn;
pub mod step;
pub mod tty;
mod unshare;
mod user;
pub mod userns;
mod wait;

pub use process::{start, Launch, Started};
pub use unshare::{exec_in_userns, in_userns};
pub use wait::{wait, wait_ticking, wait_timeout, Tick};

pub use crate::model::resources::Rlimit;

/// An error with the exit code skiff must return (126 cannot execute, 127 not found...).
#[derive(Debug, thiserror::Error)]
#[error("{msg}")]
pub struct CodedError {
    pub code: i32,
    pub msg: String,
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
