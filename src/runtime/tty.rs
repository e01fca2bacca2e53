//! Terminals: window sizes, raw mode, and the copy loop between the user's terminal and the
//! container's pty.

use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

/// Set a terminal's window size.
pub fn set_size<F: AsFd>(fd: F, rows: u16, cols: u16) {
    let ws = rustix::termios::Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let _ = rustix::termios::tcsetwinsize(fd, ws);
}

/// The window size of the caller's terminal (stdout, else stdin), if it has one.
pub fn caller_size() -> Option<(u16, u16)> {
    for fd in [std::io::stdout().as_fd(), std::io::stdin().as_fd()] {
        if let Ok(ws) = rustix::termios::tcgetwinsize(fd) {
            if ws.ws_row > 0 && ws.ws_col > 0 {
                return Some((ws.ws_row, ws.ws_col));
            }
        }
    }
    None
}

pub fn is_tty(fd: BorrowedFd) -> bool {
    rustix::termios::isatty(fd)
}

/// Puts stdin in raw mode while alive, restoring the previous mode on drop.
pub struct RawGuard {
    saved: Option<rustix::termios::Termios>,
}

impl RawGuard {
    pub fn stdin() -> RawGuard {
        let fd = std::io::stdin();
        let saved = rustix::termios::tcgetattr(fd.as_fd()).ok();
        if let Some(t) = &saved {
            let mut raw = t.clone();
            raw.make_raw();
            let _ =
                rustix::termios::tcsetattr(fd.as_fd(), rustix::termios::OptionalActions::Now, &raw);
        }
        RawGuard { saved }
    }
}

impl Drop for RawGuard {
    fn drop(&mut self) {
        if let Some(t) = &self.saved {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin().as_fd(),
                rustix::termios::OptionalActions::Now,
                t,
            );
        }
    }
}

/// Copy everything readable from `from` to `to` now; false on EOF or error.
pub fn pump(from: BorrowedFd, to: BorrowedFd) -> bool {
    let mut buf = [0u8; 16384];
    match rustix::io::read(from, &mut buf) {
        Ok(0) => false,
        Ok(n) => write_all(to, &buf[..n]),
        Err(rustix::io::Errno::AGAIN) | Err(rustix::io::Errno::INTR) => true,
        Err(_) => false,
    }
}

pub fn write_all(to: BorrowedFd, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        match rustix::io::write(to, data) {
            Ok(0) => return false,
            Ok(n) => data = &data[n..],
            Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => {
                std::thread::yield_now();
            }
            Err(_) => return false,
        }
    }
    true
}

/// Read what is left in the pty after the process ended.
pub fn drain(master: &OwnedFd, to: BorrowedFd) {
    let _ = rustix::io::ioctl_fionbio(master, true);
    while pump(master.as_fd(), to) {}
    let _ = master.as_raw_fd();
}

/// Prompt on stdout and read one line from the terminal on stdin, without echo when `secret`.
pub fn prompt_line(prompt: &str, secret: bool) -> std::io::Result<String> {
    use std::io::{BufRead, Write};
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    write!(out, "{prompt}")?;
    out.flush()?;
    let saved = if secret {
        rustix::termios::tcgetattr(stdin.as_fd()).ok()
    } else {
        None
    };
    if let Some(t) = &saved {
        let mut quiet = t.clone();
        quiet.local_modes &= !rustix::termios::LocalModes::ECHO;
        let _ = rustix::termios::tcsetattr(
            stdin.as_fd(),
            rustix::termios::OptionalActions::Now,
            &quiet,
        );
    }
    let mut line = String::new();
    let res = stdin.lock().read_line(&mut line);
    if let Some(t) = &saved {
        let _ = rustix::termios::tcsetattr(stdin.as_fd(), rustix::termios::OptionalActions::Now, t);
        writeln!(out)?;
    }
    res?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}
