//! The attach socket: the monitor's listener, and the client side that `attach` runs (output
//! to our stdout/stderr, our stdin and terminal size to the container, detach keys).

use super::{MSG_EXIT, MSG_INPUT, MSG_RESIZE, STDERR};
use crate::runtime::tty;
use anyhow::{Context, Result};
use nix::sys::socket::{self, AddressFamily, MsgFlags, SockFlag, SockType, UnixAddr};
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
    use rustix::event::{poll, PollFd, PollFlags};
    // With a terminal: the container's terminal takes our size, now and on SIGWINCH.
    let send_size = || {
        if let Some((r, c)) = tty::caller_size() {
            let mut m = vec![MSG_RESIZE];
            m.extend_from_slice(&r.to_be_bytes());
            m.extend_from_slice(&c.to_be_bytes());
            let _ = socket::send(sock.as_raw_fd(), &m, MsgFlags::MSG_NOSIGNAL);
        }
    };
    let winch = if raw {
        let mut set = nix::sys::signal::SigSet::empty();
        set.add(nix::sys::signal::Signal::SIGWINCH);
        set.thread_block()?;
        send_size();
        Some(nix::sys::signalfd::SignalFd::with_flags(
            &set,
            nix::sys::signalfd::SfdFlags::SFD_CLOEXEC | nix::sys::signalfd::SfdFlags::SFD_NONBLOCK,
        )?)
    } else {
        None
    };
    let _raw = (raw && stdin && tty::is_tty(std::io::stdin().as_fd())).then(tty::RawGuard::stdin);
    let stdin_fd = std::io::stdin();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut stdin_open = stdin;
    let mut matched = 0usize;
    let mut buf = vec![0u8; 65536];
    loop {
        let mut fds = vec![PollFd::new(sock, PollFlags::IN)];
        if let Some(w) = &winch {
            fds.push(PollFd::new(w, PollFlags::IN));
        }
        if stdin_open {
            fds.push(PollFd::new(&stdin_fd, PollFlags::IN));
        }
        match poll(&mut fds, None) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        let mut rs: Vec<PollFlags> = fds.iter().map(|f| f.revents()).collect();
        drop(fds);
        if let Some(w) = &winch {
            if !rs.remove(1).is_empty() {
                while let Ok(Some(_)) = w.read_signal() {}
                send_size();
            }
        }
        if !rs[0].is_empty() {
            match socket::recv(sock.as_raw_fd(), &mut buf, MsgFlags::empty()) {
                Ok(0) | Err(_) => return Ok(AttachEnd::Closed),
                Ok(5) if buf[0] == MSG_EXIT => {
                    let code = i32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]);
                    return Ok(AttachEnd::Exited(code));
                }
                Ok(n) => {
                    let to = if buf[0] == STDERR {
                        stderr.as_fd()
                    } else {
                        stdout.as_fd()
                    };
                    tty::write_all(to, &buf[1..n]);
                }
            }
        }
        if stdin_open && rs.len() > 1 && !rs[1].is_empty() {
            match rustix::io::read(&stdin_fd, &mut buf) {
                Ok(0) | Err(_) => {
                    stdin_open = false;
                    let _ = socket::shutdown(sock.as_raw_fd(), socket::Shutdown::Write);
                }
                Ok(n) => {
                    let mut out = Vec::with_capacity(n + 1);
                    out.push(MSG_INPUT);
                    for &b in &buf[..n] {
                        if !detach.is_empty() && b == detach[matched] {
                            matched += 1;
                            if matched == detach.len() {
                                if out.len() > 1 {
                                    let _ = socket::send(
                                        sock.as_raw_fd(),
                                        &out,
                                        MsgFlags::MSG_NOSIGNAL,
                                    );
                                }
                                return Ok(AttachEnd::Detached);
                            }
                            continue;
                        }
                        // A broken sequence is passed on as typed.
                        out.extend_from_slice(&detach[..matched]);
                        matched = 0;
                        out.push(b);
                    }
                    if out.len() > 1
                        && socket::send(sock.as_raw_fd(), &out, MsgFlags::MSG_NOSIGNAL).is_err()
                    {
                        return Ok(AttachEnd::Closed);
                    }
                }
            }
        }
    }
}
