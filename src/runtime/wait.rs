//! Waiting for a started container or exec'd process in the foreground: signals forwarded,
//! the terminal proxied (raw mode, SIGWINCH), output teed to the log, the exit status as a
//! shell reports it (128+N when killed by signal N).

use super::monitor::{self, Tee};
use super::{process, tty, Started};
use anyhow::{Context, Result};
use nix::sys::signal::{SigmaskHow, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use rustix::event::{PollFd, PollFlags};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

/// Wait for a started foreground container: forward signals, proxy the terminal, and return
/// the exit status as a shell reports it (128+N when killed by signal N).
pub fn wait(started: Started, forward_stdin: bool) -> Result<i32> {
    wait_logged(started, forward_stdin, None)
}

/// Wait for an exec'd process without a terminal for at most `limit`: its status, or `None`
/// after killing it (SIGKILL) when the time ran out. Used for healthcheck timeouts.
pub fn wait_timeout(started: Started, limit: std::time::Duration) -> Result<Option<i32>> {
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
    restore_mask(&started);
    Ok(status)
}

/// `wait`, also copying the container's output (its terminal, or the pipes of `tee.io`) to
/// the caller's stdout/stderr and to `tee.log`.
pub fn wait_logged(started: Started, forward_stdin: bool, tee: Option<Tee>) -> Result<i32> {
    wait_ticking(started, forward_stdin, tee, None)
}

/// Called on every wake-up of a foreground wait; returns how long it may sleep at most
/// (None: until something happens). Healthchecks and sd_notify of foreground containers.
pub type Tick<'a> = &'a mut dyn FnMut() -> Option<std::time::Duration>;

/// `wait_logged`, calling `tick` on every wake-up and at least as often as it asks.
pub fn wait_ticking(
    started: Started,
    forward_stdin: bool,
    tee: Option<Tee>,
    mut tick: Option<Tick>,
) -> Result<i32> {
    let pid = Pid::from_raw(started.pid);
    let sfd = SignalFd::with_flags(
        &process::forwarded_signals(),
        SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK,
    )
    .context("signalfd")?;
    let _raw = match &started.pty {
        Some(_) if forward_stdin && tty::is_tty(std::io::stdin().as_fd()) => {
            Some(tty::RawGuard::stdin())
        }
        _ => None,
    };
    let mut fg = Foreground::new(started.pty.as_ref(), forward_stdin, tee);
    let status = loop {
        // Reap first: the child may have exited before we got here.
        if let Some(code) = try_reap(pid)? {
            break code;
        }
        let timeout = tick.as_mut().and_then(|t| t());
        let ready = fg.poll(&sfd, timeout)?;
        fg.copy_outputs(&ready.outputs);
        if !fg.proxy_terminal(ready.pty, ready.stdin) {
            // EIO: the last slave is closed; the process is exiting.
            break wait_blocking(pid)?;
        }
        forward_signals(&sfd, pid, started.pty.as_ref());
    };
    fg.drain();
    restore_mask(&started);
    Ok(status)
}

/// Give the caller's thread back the signal mask it had before the start.
fn restore_mask(started: &Started) {
    let _ =
        nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&started.old_mask), None);
}

/// Handle the signals that arrived: SIGWINCH resizes the container's terminal to ours, SIGCHLD
/// only wakes us, any other is sent on to the container.
fn forward_signals(sfd: &SignalFd, pid: Pid, pty: Option<&OwnedFd>) {
    while let Ok(Some(info)) = sfd.read_signal() {
        let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
            continue;
        };
        match sig {
            Signal::SIGCHLD => {}
            Signal::SIGWINCH => {
                if let (Some(m), Some((r, c))) = (pty, tty::caller_size()) {
                    tty::set_size(m, r, c);
                }
            }
            s => {
                let _ = nix::sys::signal::kill(pid, s);
            }
        }
    }
}

/// What one poll of a foreground container found ready.
struct Ready {
    /// Per output pipe (false for closed ones).
    outputs: Vec<bool>,
    pty: bool,
    stdin: bool,
}

/// The caller's side of a foreground container: its output pipes (when teed), its terminal,
/// our stdin, stdout and stderr.
struct Foreground<'a, 't> {
    pty: Option<&'a OwnedFd>,
    tee: Option<Tee<'t>>,
    /// The container's output pipes with their stream numbers (teed runs without a terminal).
    outputs: Vec<(BorrowedFd<'t>, u8)>,
    out_open: Vec<bool>,
    stdin_open: bool,
    stdin: std::io::Stdin,
    out: CallerOutput,
}

/// Our stdout and stderr.
struct CallerOutput {
    stdout: std::io::Stdout,
    stderr: std::io::Stderr,
}

impl CallerOutput {
    /// Where output of `stream` goes.
    fn of(&self, stream: u8) -> BorrowedFd<'_> {
        if stream == monitor::STDERR {
            self.stderr.as_fd()
        } else {
            self.stdout.as_fd()
        }
    }
}

impl<'a, 't> Foreground<'a, 't> {
    fn new(pty: Option<&'a OwnedFd>, forward_stdin: bool, tee: Option<Tee<'t>>) -> Self {
        let outputs: Vec<(BorrowedFd, u8)> =
            tee.as_ref().map(|t| t.io.outputs()).unwrap_or_default();
        Foreground {
            pty,
            out_open: vec![true; outputs.len()],
            outputs,
            tee,
            stdin_open: forward_stdin && pty.is_some(),
            stdin: std::io::stdin(),
            out: CallerOutput {
                stdout: std::io::stdout(),
                stderr: std::io::stderr(),
            },
        }
    }

    /// Wait for a signal, output on an open pipe, the terminal or (while open) our stdin.
    fn poll(&self, sfd: &SignalFd, timeout: Option<std::time::Duration>) -> Result<Ready> {
        let mut fds = vec![PollFd::new(sfd, PollFlags::IN)];
        for (i, (fd, _)) in self.outputs.iter().enumerate() {
            if self.out_open[i] {
                fds.push(PollFd::from_borrowed_fd(*fd, PollFlags::IN));
            }
        }
        if let Some(m) = self.pty {
            fds.push(PollFd::new(m, PollFlags::IN));
            if self.stdin_open {
                fds.push(PollFd::new(&self.stdin, PollFlags::IN));
            }
        }
        let timeout = timeout.map(|t| rustix::event::Timespec {
            tv_sec: t.as_secs() as i64,
            tv_nsec: t.subsec_nanos() as i64,
        });
        match rustix::event::poll(&mut fds, timeout.as_ref()) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        let mut ready = fds[1..].iter().map(|f| !f.revents().is_empty());
        let outputs = self
            .out_open
            .iter()
            .map(|&open| open && ready.next().unwrap_or(false))
            .collect();
        let pty = self.pty.is_some() && ready.next().unwrap_or(false);
        let stdin = self.pty.is_some() && self.stdin_open && ready.next().unwrap_or(false);
        Ok(Ready {
            outputs,
            pty,
            stdin,
        })
    }

    /// Copy what the ready output pipes have to our stdout/stderr and the log.
    fn copy_outputs(&mut self, ready: &[bool]) {
        for (i, &(fd, stream)) in self.outputs.iter().enumerate() {
            if !self.out_open[i] || !ready[i] {
                continue;
            }
            let to = self.out.of(stream);
            if let Some(t) = self.tee.as_mut() {
                self.out_open[i] = t.pump(fd, stream, to);
            }
        }
    }

    /// Copy the terminal's output to our stdout (and the log), our stdin to the terminal; false
    /// once the terminal is closed (the process is exiting).
    fn proxy_terminal(&mut self, pty_ready: bool, stdin_ready: bool) -> bool {
        let Some(m) = self.pty else {
            return true;
        };
        let to = self.out.stdout.as_fd();
        let pumped = match self.tee.as_mut() {
            Some(t) if pty_ready => t.pump(m.as_fd(), monitor::STDOUT, to),
            _ => !pty_ready || tty::pump(m.as_fd(), to),
        };
        if !pumped {
            return false;
        }
        if self.stdin_open && stdin_ready && !tty::pump(self.stdin.as_fd(), m.as_fd()) {
            self.stdin_open = false;
        }
        true
    }

    /// Everything left in the terminal and the open pipes after the process exited.
    fn drain(&mut self) {
        if let Some(m) = self.pty {
            let to = self.out.stdout.as_fd();
            match self.tee.as_mut() {
                Some(t) => t.drain(m.as_fd(), monitor::STDOUT, to),
                None => tty::drain(m, to),
            }
        }
        if let Some(t) = self.tee.as_mut() {
            for (i, &(fd, stream)) in self.outputs.iter().enumerate() {
                if self.out_open[i] {
                    t.drain(fd, stream, self.out.of(stream));
                }
            }
        }
    }
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
