//! The attach socket: the monitor's listener, and the client side that `attach` runs (output
//! to our stdout/stderr, our stdin and terminal size to the container, detach keys).

use super::{MSG_CLOSE_INPUT, MSG_EXIT, MSG_INPUT, MSG_RESIZE, STDERR};
use crate::runtime::tty;
use anyhow::{Context, Result};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::socket::{self, AddressFamily, MsgFlags, SockFlag, SockType, UnixAddr};
use rustix::event::{poll, PollFd, PollFlags};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;

/// Listen on `dir/attach` (bound through /proc/self/fd so long paths work).
pub fn listen(dir: &Path) -> Result<OwnedFd> {
    let dfd = rustix::fs::open(
        dir,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .with_context(|| format!("opening {}", dir.display()))?;
    let _ = std::fs::remove_file(dir.join("attach"));
    let sock = socket::socket(
        AddressFamily::Unix,
        SockType::SeqPacket,
        SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
        None,
    )?;
    let addr = UnixAddr::new(format!("/proc/self/fd/{}/attach", dfd.as_raw_fd()).as_str())?;
    socket::bind(sock.as_raw_fd(), &addr).context("binding the attach socket")?;
    socket::listen(&sock, socket::Backlog::new(8)?)?;
    Ok(sock)
}

/// Connect to a monitor's attach socket in `dir`.
pub fn connect(dir: &Path) -> Result<OwnedFd> {
    let dfd = rustix::fs::open(
        dir,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )
    .with_context(|| format!("opening {}", dir.display()))?;
    let sock = socket::socket(
        AddressFamily::Unix,
        SockType::SeqPacket,
        SockFlag::SOCK_CLOEXEC,
        None,
    )?;
    let addr = UnixAddr::new(format!("/proc/self/fd/{}/attach", dfd.as_raw_fd()).as_str())?;
    socket::connect(sock.as_raw_fd(), &addr).context("connecting to the container's monitor")?;
    Ok(sock)
}

/// How an attach session ended.
#[derive(Debug, PartialEq)]
pub enum AttachEnd {
    /// The monitor closed the connection without telling the exit status.
    Closed,
    /// The container exited with this status.
    Exited(i32),
    /// The user typed the detach keys.
    Detached,
}

/// The client side of attach: copy messages to our stdout/stderr, our stdin to the socket
/// (unless `stdin` is false), watching for the `detach` key sequence.
pub fn attach_client(sock: &OwnedFd, stdin: bool, detach: &[u8], raw: bool) -> Result<AttachEnd> {
    // With a terminal: the container's terminal takes our size, now and on SIGWINCH.
    let winch = if raw { Some(watch_size(sock)?) } else { None };
    let _raw = (raw && stdin && tty::is_tty(std::io::stdin().as_fd())).then(tty::RawGuard::stdin);
    let stdin_fd = std::io::stdin();
    let mut stdin_open = stdin;
    let mut keys = DetachKeys {
        keys: detach,
        matched: 0,
    };
    let mut buf = vec![0u8; 65536];
    loop {
        let ready = poll_attach(sock, winch.as_ref(), stdin_open.then_some(&stdin_fd))?;
        if ready.winch {
            if let Some(w) = &winch {
                while let Ok(Some(_)) = w.read_signal() {}
                send_size(sock);
            }
        }
        if ready.sock {
            if let Some(end) = show_output(sock, &mut buf) {
                return Ok(end);
            }
        }
        if stdin_open && ready.stdin {
            match rustix::io::read(&stdin_fd, &mut buf) {
                Ok(0) | Err(_) => {
                    stdin_open = false;
                    let _ = socket::shutdown(sock.as_raw_fd(), socket::Shutdown::Write);
                }
                Ok(n) => {
                    if let Some(end) = send_input(sock, &buf[..n], &mut keys) {
                        return Ok(end);
                    }
                }
            }
        }
    }
}

/// Tell the monitor our terminal size, then watch for SIGWINCH (blocked, through a signalfd).
fn watch_size(sock: &OwnedFd) -> Result<SignalFd> {
    let mut set = SigSet::empty();
    set.add(Signal::SIGWINCH);
    set.thread_block()?;
    send_size(sock);
    Ok(SignalFd::with_flags(
        &set,
        SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK,
    )?)
}

/// Send our terminal's size (when we have one) as a resize message.
fn send_size(sock: &OwnedFd) {
    if let Some((r, c)) = tty::caller_size() {
        let mut m = vec![MSG_RESIZE];
        m.extend_from_slice(&r.to_be_bytes());
        m.extend_from_slice(&c.to_be_bytes());
        let _ = socket::send(sock.as_raw_fd(), &m, MsgFlags::MSG_NOSIGNAL);
    }
}

/// Which of the attach client's descriptors are ready.
struct AttachReady {
    sock: bool,
    winch: bool,
    stdin: bool,
}

fn poll_attach(
    sock: &OwnedFd,
    winch: Option<&SignalFd>,
    stdin: Option<&std::io::Stdin>,
) -> Result<AttachReady> {
    let mut fds = vec![PollFd::new(sock, PollFlags::IN)];
    if let Some(w) = winch {
        fds.push(PollFd::new(w, PollFlags::IN));
    }
    if let Some(i) = stdin {
        fds.push(PollFd::new(i, PollFlags::IN));
    }
    match poll(&mut fds, None) {
        Ok(_) | Err(rustix::io::Errno::INTR) => {}
        Err(e) => return Err(e.into()),
    }
    let mut rs = fds.iter().map(|f| !f.revents().is_empty());
    let sock = rs.next().unwrap_or(false);
    let winch = winch.is_some() && rs.next().unwrap_or(false);
    let stdin = stdin.is_some() && rs.next().unwrap_or(false);
    Ok(AttachReady { sock, winch, stdin })
}

/// Show one message from the monitor on our stdout or stderr; how the session ended when the
/// monitor closed it or reported the exit.
fn show_output(sock: &OwnedFd, buf: &mut [u8]) -> Option<AttachEnd> {
    match socket::recv(sock.as_raw_fd(), buf, MsgFlags::empty()) {
        Ok(0) | Err(_) => Some(AttachEnd::Closed),
        Ok(5) if buf[0] == MSG_EXIT => {
            let code = i32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]);
            Some(AttachEnd::Exited(code))
        }
        Ok(n) => {
            if buf[0] == STDERR {
                tty::write_all(std::io::stderr().as_fd(), &buf[1..n]);
            } else {
                tty::write_all(std::io::stdout().as_fd(), &buf[1..n]);
            }
            None
        }
    }
}

/// Send what we read on stdin to the container; Detached once the detach keys were typed,
/// Closed when the monitor is gone.
fn send_input(sock: &OwnedFd, input: &[u8], keys: &mut DetachKeys) -> Option<AttachEnd> {
    let mut out = Vec::with_capacity(input.len() + 1);
    out.push(MSG_INPUT);
    let detached = keys.feed(input, &mut out);
    let sent =
        out.len() == 1 || socket::send(sock.as_raw_fd(), &out, MsgFlags::MSG_NOSIGNAL).is_ok();
    if detached {
        Some(AttachEnd::Detached)
    } else {
        (!sent).then_some(AttachEnd::Closed)
    }
}

/// Watches typed input for the detach key sequence.
struct DetachKeys<'a> {
    keys: &'a [u8],
    /// How many of `keys` the latest input ended with.
    matched: usize,
}

impl DetachKeys<'_> {
    /// Append `input` to `out` as typed, holding back what may start the detach keys; true once
    /// they are complete (the rest of `input` is dropped). A broken sequence is passed on.
    fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) -> bool {
        for &b in input {
            if !self.keys.is_empty() && b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    return true;
                }
                continue;
            }
            out.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            out.push(b);
        }
        false
    }
}

/// Send bytes for the container's stdin (or terminal) to its monitor; false when it is gone.
pub fn send_stdin(sock: &OwnedFd, data: &[u8]) -> bool {
    data.chunks(32 << 10).all(|chunk| {
        let mut m = Vec::with_capacity(chunk.len() + 1);
        m.push(MSG_INPUT);
        m.extend_from_slice(chunk);
        socket::send(sock.as_raw_fd(), &m, MsgFlags::MSG_NOSIGNAL).is_ok()
    })
}

/// Tell the monitor the container's stdin ends.
pub fn close_input(sock: &OwnedFd) {
    let _ = socket::send(sock.as_raw_fd(), &[MSG_CLOSE_INPUT], MsgFlags::MSG_NOSIGNAL);
}

/// Set the container's terminal size through its monitor.
pub fn send_resize(sock: &OwnedFd, rows: u16, cols: u16) {
    let mut m = vec![MSG_RESIZE];
    m.extend_from_slice(&rows.to_be_bytes());
    m.extend_from_slice(&cols.to_be_bytes());
    let _ = socket::send(sock.as_raw_fd(), &m, MsgFlags::MSG_NOSIGNAL);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_held_back_and_passed_on() {
        let mut k = DetachKeys {
            keys: &[16, 17],
            matched: 0,
        };
        let mut out = Vec::new();
        assert!(!k.feed(b"ab\x10", &mut out));
        assert_eq!(out, b"ab");
        assert!(!k.feed(b"c", &mut out));
        assert_eq!(out, b"ab\x10c");
        assert!(k.feed(b"\x10\x11rest", &mut out));
        assert_eq!(out, b"ab\x10c");

        let mut none = DetachKeys {
            keys: &[],
            matched: 0,
        };
        let mut out = Vec::new();
        assert!(!none.feed(b"\x10\x11", &mut out));
        assert_eq!(out, b"\x10\x11");
    }
}
