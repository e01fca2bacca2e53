//! The monitor's single-threaded poll loop: the container's output to the log and to attached
//! clients, client input to the container, children reaped until the container exits.

use super::{read_some, ChildIo, LogWriter, MSG_EXIT, MSG_INPUT, MSG_RESIZE, STDOUT};
use crate::runtime::process::{self, Started};
use crate::runtime::tty;
use anyhow::{Context, Result};
use nix::sys::socket::{self, MsgFlags, SockFlag};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};

struct Client {
    fd: OwnedFd,
    reading: bool,
}

fn send_clients(clients: &mut Vec<Client>, stream: u8, data: &[u8]) {
    let mut msg = Vec::with_capacity(data.len() + 1);
    msg.push(stream);
    msg.extend_from_slice(data);
    clients.retain(|c| {
        socket::send(
            c.fd.as_raw_fd(),
            &msg,
            MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL,
        )
        .is_ok()
    });
}

/// Supervise a started container until it exits: copy its output to the log and to attached
/// clients, client input to its stdin, reap every child (we are the subreaper). Returns the
/// exit status (128+N for signal N). `timer` (period, action) is called every period while the
/// container runs (healthchecks); the poll waits at most until it is due.
pub fn supervise(
    started: &Started,
    io: &ChildIo,
    log: &mut LogWriter,
    listener: Option<&OwnedFd>,
    mut timer: Option<(std::time::Duration, &mut dyn FnMut())>,
) -> Result<i32> {
    let mut due = timer
        .as_ref()
        .map(|(period, _)| std::time::Instant::now() + *period);
    use rustix::event::{poll, PollFd, PollFlags};
    let sfd = nix::sys::signalfd::SignalFd::with_flags(
        &process::forwarded_signals(),
        nix::sys::signalfd::SfdFlags::SFD_CLOEXEC | nix::sys::signalfd::SfdFlags::SFD_NONBLOCK,
    )
    .context("signalfd")?;
    // Output sources: (fd, stream). A terminal's output is stdout.
    let mut sources: Vec<(BorrowedFd, u8)> = Vec::new();
    if let Some(m) = &started.pty {
        rustix::io::ioctl_fionbio(m, true)?;
        sources.push((m.as_fd(), STDOUT));
    }
    sources.extend(io.outputs());
    let input: Option<BorrowedFd> = match (&started.pty, &io.stdin) {
        (Some(m), _) => Some(m.as_fd()),
        (None, Some(w)) => Some(w.as_fd()),
        _ => None,
    };
    let mut open = vec![true; sources.len()];
    let mut clients: Vec<Client> = Vec::new();
    let mut buf = vec![0u8; 16384];
    let pid = started.pid;
    let code = loop {
        if let Some(code) = reap(pid) {
            break code;
        }
        let mut fds = vec![PollFd::new(&sfd, PollFlags::IN)];
        let mut kinds = vec![0usize]; // 0 signal, 1+i source i, 1000 listener, 2000+j client j
        for (i, (fd, _)) in sources.iter().enumerate() {
            if open[i] {
                fds.push(PollFd::from_borrowed_fd(*fd, PollFlags::IN));
                kinds.push(1 + i);
            }
        }
        if let Some(l) = listener {
            fds.push(PollFd::new(l, PollFlags::IN));
            kinds.push(1000);
        }
        for (j, c) in clients.iter().enumerate() {
            let ev = if c.reading {
                PollFlags::IN
            } else {
                PollFlags::empty()
            };
            fds.push(PollFd::new(&c.fd, ev));
            kinds.push(2000 + j);
        }
        let timeout = due.map(|d| {
            let left = d.saturating_duration_since(std::time::Instant::now());
            rustix::time::Timespec {
                tv_sec: left.as_secs() as _,
                tv_nsec: left.subsec_nanos() as _,
            }
        });
        match poll(&mut fds, timeout.as_ref()) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        if let (Some(d), Some((period, action))) = (due, timer.as_mut()) {
            let now = std::time::Instant::now();
            if now >= d {
                action();
                due = Some(now + *period);
            }
        }
        let ready: Vec<(usize, PollFlags)> = fds
            .iter()
            .zip(kinds.iter())
            .filter(|(f, _)| !f.revents().is_empty())
            .map(|(f, k)| (*k, f.revents()))
            .collect();
        drop(fds);
        let mut gone = Vec::new();
        for (kind, rev) in ready {
            match kind {
                0 => while let Ok(Some(_)) = sfd.read_signal() {},
                1000 => {
                    if let Some(l) = listener {
                        while let Ok(fd) = socket::accept4(
                            l.as_raw_fd(),
                            SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
                        ) {
                            // SAFETY: accept4 just returned this new descriptor.
                            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
                            clients.push(Client { fd, reading: true });
                        }
                    }
                }
                k if k >= 2000 => {
                    let j = k - 2000;
                    let Some(c) = clients.get_mut(j) else {
                        continue;
                    };
                    if rev.intersects(PollFlags::HUP | PollFlags::ERR) && !c.reading {
                        gone.push(j);
                        continue;
                    }
                    match socket::recv(c.fd.as_raw_fd(), &mut buf, MsgFlags::MSG_DONTWAIT) {
                        Ok(0) => c.reading = false,
                        Ok(n) => match (buf[0], input) {
                            (MSG_INPUT, Some(i)) => {
                                tty::write_all(i, &buf[1..n]);
                            }
                            (MSG_RESIZE, _) if n == 5 => {
                                if let Some(m) = &started.pty {
                                    let rows = u16::from_be_bytes([buf[1], buf[2]]);
                                    let cols = u16::from_be_bytes([buf[3], buf[4]]);
                                    tty::set_size(m, rows, cols);
                                }
                            }
                            _ => {}
                        },
                        Err(nix::errno::Errno::EAGAIN) => {}
                        Err(_) => gone.push(j),
                    }
                }
                k => {
                    let i = k - 1;
                    let (fd, stream) = sources[i];
                    match read_some(fd, &mut buf) {
                        Some(0) => {}
                        Some(n) => {
                            log.write(stream, &buf[..n]);
                            send_clients(&mut clients, stream, &buf[..n]);
                        }
                        None => open[i] = false,
                    }
                }
            }
        }
        gone.sort_unstable();
        for j in gone.into_iter().rev() {
            clients.remove(j);
        }
    };
    // Whatever the container wrote before it exited.
    for (i, (fd, stream)) in sources.iter().enumerate() {
        if !open[i] {
            continue;
        }
        while let Some(n) = read_some(*fd, &mut buf) {
            if n == 0 {
                break;
            }
            log.write(*stream, &buf[..n]);
            send_clients(&mut clients, *stream, &buf[..n]);
        }
    }
    send_clients(&mut clients, MSG_EXIT, &code.to_be_bytes());
    Ok(code)
}

/// Reap every exited child; the container's status once it has exited.
fn reap(pid: i32) -> Option<i32> {
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    let mut result = None;
    loop {
        match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => break,
            Ok(WaitStatus::Exited(p, c)) if p.as_raw() == pid => result = Some(c),
            Ok(WaitStatus::Signaled(p, s, _)) if p.as_raw() == pid => result = Some(128 + s as i32),
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => {}
            Err(_) => break,
        }
    }
    result
}
