//! The monitor's single-threaded poll loop: the container's output to the log and to attached
//! clients, client input to the container, children reaped until the container exits.

use super::{
    read_some, ChildIo, LogWriter, MSG_CLOSE_INPUT, MSG_EXIT, MSG_INPUT, MSG_RESIZE, STDOUT,
};
use crate::runtime::process::{self, Started};
use crate::runtime::tty;
use anyhow::{Context, Result};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::socket::{self, MsgFlags, SockFlag};
use rustix::event::{PollFd, PollFlags};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

/// A connected attach client; `reading` is false once it shut down its sending side.
struct Client {
    fd: OwnedFd,
    reading: bool,
}

/// Send one message (`stream` byte, then `data`) to every client; those that fail are dropped.
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
    mut timer: Option<(Duration, &mut dyn FnMut())>,
) -> Result<i32> {
    let mut due = timer.as_ref().map(|(period, _)| Instant::now() + *period);
    let sfd = SignalFd::with_flags(
        &process::forwarded_signals(),
        SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK,
    )
    .context("signalfd")?;
    let mut s = Session::new(started, io, log)?;
    let code = loop {
        if let Some(code) = reap(started.pid) {
            break code;
        }
        let ready = s.poll(&sfd, listener, due)?;
        run_timer(&mut timer, &mut due);
        s.handle(&ready, &sfd, listener);
    };
    s.drain_outputs();
    send_clients(&mut s.clients, MSG_EXIT, &code.to_be_bytes());
    Ok(code)
}

/// Call the timer's action when it is due, and schedule the next call.
fn run_timer(timer: &mut Option<(Duration, &mut dyn FnMut())>, due: &mut Option<Instant>) {
    if let (Some(d), Some((period, action))) = (*due, timer.as_mut()) {
        let now = Instant::now();
        if now >= d {
            action();
            *due = Some(now + *period);
        }
    }
}

/// What a polled descriptor is.
#[derive(Clone, Copy)]
enum Polled {
    Signal,
    /// The container's output source `i`.
    Output(usize),
    Listener,
    /// Attach client `j`.
    Client(usize),
}

/// The descriptors one supervision copies between, and its attached clients.
struct Session<'a> {
    pty: Option<&'a OwnedFd>,
    /// Output sources: (fd, stream). A terminal's output is stdout.
    sources: Vec<(BorrowedFd<'a>, u8)>,
    /// Whether source `i` is still open.
    open: Vec<bool>,
    /// Where client input goes: the terminal, or the stdin pipe.
    input: Option<BorrowedFd<'a>>,
    clients: Vec<Client>,
    log: &'a mut LogWriter,
    buf: Vec<u8>,
}

impl<'a> Session<'a> {
    fn new(started: &'a Started, io: &'a ChildIo, log: &'a mut LogWriter) -> Result<Self> {
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
        Ok(Session {
            pty: started.pty.as_ref(),
            open: vec![true; sources.len()],
            sources,
            input,
            clients: Vec::new(),
            log,
            buf: vec![0u8; 16384],
        })
    }

    /// Wait (until `due` at most) for the signalfd, open outputs, the listener and clients:
    /// those ready, with their events.
    fn poll(
        &self,
        sfd: &SignalFd,
        listener: Option<&OwnedFd>,
        due: Option<Instant>,
    ) -> Result<Vec<(Polled, PollFlags)>> {
        let mut fds = vec![PollFd::new(sfd, PollFlags::IN)];
        let mut kinds = vec![Polled::Signal];
        for (i, (fd, _)) in self.sources.iter().enumerate() {
            if self.open[i] {
                fds.push(PollFd::from_borrowed_fd(*fd, PollFlags::IN));
                kinds.push(Polled::Output(i));
            }
        }
        if let Some(l) = listener {
            fds.push(PollFd::new(l, PollFlags::IN));
            kinds.push(Polled::Listener);
        }
        for (j, c) in self.clients.iter().enumerate() {
            let ev = if c.reading {
                PollFlags::IN
            } else {
                PollFlags::empty()
            };
            fds.push(PollFd::new(&c.fd, ev));
            kinds.push(Polled::Client(j));
        }
        let timeout = due.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            rustix::time::Timespec {
                tv_sec: left.as_secs() as _,
                tv_nsec: left.subsec_nanos() as _,
            }
        });
        match rustix::event::poll(&mut fds, timeout.as_ref()) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        Ok(fds
            .iter()
            .zip(kinds)
            .filter(|(f, _)| !f.revents().is_empty())
            .map(|(f, k)| (k, f.revents()))
            .collect())
    }

    /// Serve what `poll` found ready; clients that went away are dropped.
    fn handle(
        &mut self,
        ready: &[(Polled, PollFlags)],
        sfd: &SignalFd,
        listener: Option<&OwnedFd>,
    ) {
        let mut gone = Vec::new();
        for &(kind, rev) in ready {
            match kind {
                Polled::Signal => while let Ok(Some(_)) = sfd.read_signal() {},
                Polled::Listener => {
                    if let Some(l) = listener {
                        self.accept_clients(l);
                    }
                }
                Polled::Client(j) => {
                    if !self.client_message(j, rev) {
                        gone.push(j);
                    }
                }
                Polled::Output(i) => self.copy_output(i),
            }
        }
        gone.sort_unstable();
        for j in gone.into_iter().rev() {
            self.clients.remove(j);
        }
    }

    /// Accept every pending attach connection.
    fn accept_clients(&mut self, listener: &OwnedFd) {
        while let Ok(fd) = socket::accept4(
            listener.as_raw_fd(),
            SockFlag::SOCK_CLOEXEC | SockFlag::SOCK_NONBLOCK,
        ) {
            // SAFETY: accept4 just returned this new descriptor.
            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
            self.clients.push(Client { fd, reading: true });
        }
    }

    /// Read one message of client `j` (input for the container, or a terminal size); false
    /// when the client is gone.
    fn client_message(&mut self, j: usize, rev: PollFlags) -> bool {
        let Some(c) = self.clients.get_mut(j) else {
            return true;
        };
        if rev.intersects(PollFlags::HUP | PollFlags::ERR) && !c.reading {
            return false;
        }
        let buf = &mut self.buf;
        match socket::recv(c.fd.as_raw_fd(), buf, MsgFlags::MSG_DONTWAIT) {
            Ok(0) => c.reading = false,
            Ok(n) => match (buf[0], self.input) {
                (MSG_INPUT, Some(i)) => {
                    tty::write_all(i, &buf[1..n]);
                }
                // The client's input ended (`docker run -i` with its stdin at EOF): so does
                // the container's stdin pipe. /dev/null takes the pipe's descriptor number,
                // which closes the pipe's write end while the descriptor stays valid.
                (MSG_CLOSE_INPUT, Some(i)) if self.pty.is_none() => {
                    if let Ok(null) = std::fs::File::open("/dev/null") {
                        let _ = nix::unistd::dup2(null.as_raw_fd(), i.as_raw_fd());
                    }
                    self.input = None;
                }
                (MSG_RESIZE, _) if n == 5 => {
                    if let Some(m) = self.pty {
                        let rows = u16::from_be_bytes([buf[1], buf[2]]);
                        let cols = u16::from_be_bytes([buf[3], buf[4]]);
                        tty::set_size(m, rows, cols);
                    }
                }
                _ => {}
            },
            Err(nix::errno::Errno::EAGAIN) => {}
            Err(_) => return false,
        }
        true
    }

    /// Copy what output source `i` has to the log and the clients; mark it closed at EOF.
    fn copy_output(&mut self, i: usize) {
        let (fd, stream) = self.sources[i];
        match read_some(fd, &mut self.buf) {
            Some(0) => {}
            Some(n) => self.emit(stream, n),
            None => self.open[i] = false,
        }
    }

    /// Whatever the container wrote before it exited.
    fn drain_outputs(&mut self) {
        for i in 0..self.sources.len() {
            if !self.open[i] {
                continue;
            }
            let (fd, stream) = self.sources[i];
            while let Some(n) = read_some(fd, &mut self.buf) {
                if n == 0 {
                    break;
                }
                self.emit(stream, n);
            }
        }
    }

    /// The first `n` bytes of the buffer, read from `stream`, to the log and the clients.
    fn emit(&mut self, stream: u8, n: usize) {
        self.log.write(stream, &self.buf[..n]);
        send_clients(&mut self.clients, stream, &self.buf[..n]);
    }
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
