//! The container monitor's kernel side: spawning it in its own session, the container's stdio
//! pipes, the k8s-file log writer, the attach socket, and the single-threaded poll loop that
//! copies the container's output to the log and to attached clients until the container exits.
//!
//! Attach protocol (SOCK_SEQPACKET on `$runroot/<id>/attach`): every message from the monitor
//! is one stream byte (1 stdout, 2 stderr) followed by data, or 3 and the exit status (i32
//! big-endian) as the last message when the container exits; every message from a client is a
//! type byte followed by data: 0 input for the container's stdin (or terminal), 1 a terminal
//! size (rows and columns, u16 big-endian each), 2 alone: the input ended (the stdin pipe is
//! closed; a terminal is left as it is).
//!
//! Files: `memory.rs` (trimming the long-lived monitor), `log.rs` (the k8s-file log writer and
//! the foreground tee), `attach.rs` (the attach socket and its client side), `supervise.rs`
//! (the monitor's poll loop).

mod attach;
mod log;
mod memory;
mod supervise;
mod syslog;

use anyhow::{Context, Result};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

pub use attach::{attach_client, close_input, connect, listen, send_resize, send_stdin, AttachEnd};
pub use log::{LogWriter, Tee};
pub use memory::trim_memory;
pub use supervise::supervise;
pub use syslog::SyslogSender;

pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;
/// Monitor → client: the container exited; 4 bytes of exit status (i32 big-endian) follow.
const MSG_EXIT: u8 = 3;
const MSG_INPUT: u8 = 0;
const MSG_RESIZE: u8 = 1;
/// Client → monitor: the client's input ended; the container's stdin pipe is closed.
const MSG_CLOSE_INPUT: u8 = 2;

/// Spawn `/proc/self/exe ARGS` in a new session with stdio on /dev/null, keeping `keep` open
/// (its number is passed in ARGS by the caller). Returns the monitor's pid.
pub fn spawn(args: &[std::ffi::OsString], keep: &OwnedFd) -> Result<i32> {
    use std::os::unix::process::CommandExt;
    let fd = keep.as_raw_fd();
    let mut c = std::process::Command::new("/proc/self/exe");
    c.args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: only async-signal-safe calls (setsid, fcntl) between fork and exec.
    unsafe {
        c.pre_exec(move || {
            if libc::setsid() < 0 || libc::fcntl(fd, libc::F_SETFD, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = c.spawn().context("starting the container monitor")?;
    Ok(child.id() as i32)
}

/// Take ownership of a descriptor number inherited from the process that spawned us.
pub fn inherited_fd(fd: RawFd) -> Option<OwnedFd> {
    if fd < 3
        || rustix::io::fcntl_getfd(
            // SAFETY: only used to probe whether `fd` is open.
            unsafe { BorrowedFd::borrow_raw(fd) },
        )
        .is_err()
    {
        return None;
    }
    // SAFETY: the descriptor is open and nothing else in this process owns it.
    let owned = unsafe { OwnedFd::from_raw_fd(fd) };
    let _ = rustix::io::fcntl_setfd(&owned, rustix::io::FdFlags::CLOEXEC);
    Some(owned)
}

/// Make this process the subreaper of everything it starts, and name it `skiff-monitor`.
pub fn become_monitor() {
    let _ = nix::sys::prctl::set_child_subreaper(true);
    let _ = nix::sys::prctl::set_name(c"skiff-monitor");
}

/// The container's stdio for one run: output pipes (none with a terminal) and a stdin pipe
/// when the container keeps stdin open. `*_child` are the ends the container inherits.
pub struct ChildIo {
    out: Option<OwnedFd>,
    out_child: Option<OwnedFd>,
    err: Option<OwnedFd>,
    err_child: Option<OwnedFd>,
    stdin: Option<OwnedFd>,
    stdin_child: Option<OwnedFd>,
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    Ok((r, w))
}

impl ChildIo {
    pub fn new(tty: bool, stdin: bool) -> Result<ChildIo> {
        let mut io = ChildIo {
            out: None,
            out_child: None,
            err: None,
            err_child: None,
            stdin: None,
            stdin_child: None,
        };
        if !tty {
            let (r, w) = pipe()?;
            rustix::io::ioctl_fionbio(&r, true)?;
            (io.out, io.out_child) = (Some(r), Some(w));
            let (r, w) = pipe()?;
            rustix::io::ioctl_fionbio(&r, true)?;
            (io.err, io.err_child) = (Some(r), Some(w));
            if stdin {
                let (r, w) = pipe()?;
                (io.stdin, io.stdin_child) = (Some(w), Some(r));
            }
        }
        Ok(io)
    }

    /// Run `f` (which starts the container) with the pipes as this process's fds 0-2 (fd 0 only
    /// when there is a stdin pipe), so the container inherits them; afterwards 0-2 are what they
    /// were and only our ends of the pipes remain open here.
    pub fn with_stdio<R>(&mut self, f: impl FnOnce() -> R) -> Result<R> {
        let targets = [
            self.stdin_child.as_ref().map(|fd| fd.as_raw_fd()),
            self.out_child.as_ref().map(|fd| fd.as_raw_fd()),
            self.err_child.as_ref().map(|fd| fd.as_raw_fd()),
        ];
        let mut saved: Vec<(RawFd, OwnedFd)> = Vec::new();
        let mut res = Ok(());
        for (n, t) in targets.iter().enumerate() {
            let Some(src) = t else { continue };
            // SAFETY: fds 0-2 stay open for the whole process; borrowed only to duplicate.
            let cur = unsafe { BorrowedFd::borrow_raw(n as RawFd) };
            match rustix::io::fcntl_dupfd_cloexec(cur, 3) {
                Ok(copy) => saved.push((n as RawFd, copy)),
                Err(e) => {
                    res = Err(anyhow::Error::from(e));
                    break;
                }
            }
            if let Err(e) = nix::unistd::dup2(*src, n as RawFd) {
                res = Err(e.into());
                break;
            }
        }
        let r = res.map(|_| f());
        for (n, copy) in saved {
            let _ = nix::unistd::dup2(copy.as_raw_fd(), n);
        }
        // The container holds the other ends now.
        self.out_child = None;
        self.err_child = None;
        self.stdin_child = None;
        r
    }

    /// Our ends of the stdout and stderr pipes, with their stream numbers.
    pub fn outputs(&self) -> Vec<(BorrowedFd<'_>, u8)> {
        let mut v = Vec::new();
        if let Some(r) = &self.out {
            v.push((r.as_fd(), STDOUT));
        }
        if let Some(r) = &self.err {
            v.push((r.as_fd(), STDERR));
        }
        v
    }
}

/// Read what is available from `fd`: Some(bytes) (maybe empty when nothing is ready), None at
/// EOF or error (EIO on a pty whose slave is closed).
fn read_some(fd: BorrowedFd, buf: &mut [u8]) -> Option<usize> {
    match rustix::io::read(fd, buf) {
        Ok(0) => None,
        Ok(n) => Some(n),
        Err(rustix::io::Errno::AGAIN) | Err(rustix::io::Errno::INTR) => Some(0),
        Err(_) => None,
    }
}
