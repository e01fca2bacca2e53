//! The container monitor's kernel side: spawning it in its own session, the container's stdio
//! pipes, the k8s-file log writer, the attach socket, and the single-threaded poll loop that
//! copies the container's output to the log and to attached clients until the container exits.
//!
//! Attach protocol (SOCK_SEQPACKET on `$runroot/<id>/attach`): every message from the monitor
//! is one stream byte (1 stdout, 2 stderr) followed by data, or 3 and the exit status (i32
//! big-endian) as the last message when the container exits; every message from a client is a
//! type byte followed by data: 0 input for the container's stdin (or terminal), 1 a terminal
//! size (rows and columns, u16 big-endian each).

use super::process::Started;
use crate::model::time;
use anyhow::{Context, Result};
use nix::sys::socket::{self, AddressFamily, MsgFlags, SockFlag, SockType, UnixAddr};
use std::fs::File;
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::path::Path;

pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;
/// Monitor → client: the container exited; 4 bytes of exit status (i32 big-endian) follow.
const MSG_EXIT: u8 = 3;
const MSG_INPUT: u8 = 0;
const MSG_RESIZE: u8 = 1;

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

/// Keep the long-lived monitor small once the container is started: give freed heap back to
/// the kernel, and drop from this process's RSS the pages of read-only file mappings (code and
/// constant data of skiff and libc touched by the start path). Only mappings without private
/// changes (`Private_Dirty: 0`) are dropped: their pages fault back in from the file on the next
/// use, so nothing is lost.
pub fn trim_memory() {
    // SAFETY: malloc_trim only releases free memory of the allocator.
    unsafe {
        libc::malloc_trim(0);
    }
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    let mut current: Option<(usize, usize)> = None;
    for l in smaps.lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() >= 5 && f[0].contains('-') && !f[0].ends_with(':') {
            // A mapping header: "start-end perms offset dev inode [path]".
            current = None;
            let path = f.get(5).copied().unwrap_or("");
            if path == "[stack]" {
                release_unused_stack(f[0]);
                continue;
            }
            if f[1].starts_with('r')
                && !f[1].contains('w')
                && f[1].ends_with('p')
                && path.starts_with('/')
            {
                if let Some((a, b)) = f[0].split_once('-') {
                    if let (Ok(a), Ok(b)) =
                        (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
                    {
                        current = Some((a, b));
                    }
                }
            }
        } else if f.first() == Some(&"Private_Dirty:") {
            if let Some((a, b)) = current.take() {
                if f.get(1) == Some(&"0") {
                    // SAFETY: a read-only private file mapping with no private changes:
                    // MADV_DONTNEED only drops resident pages, which fault back in from the file.
                    unsafe {
                        libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
                    }
                }
            }
        }
    }
}

/// Starting the container runs deep (seccomp compilation, the clone): give back the stack
/// pages below the current frame, which the monitor's shallow poll loop never touches again
/// (it would fault them back in, zeroed, if it did). `range` is the "start-end" of [stack].
#[inline(never)]
fn release_unused_stack(range: &str) {
    let Some(start) = range
        .split_once('-')
        .and_then(|(a, _)| usize::from_str_radix(a, 16).ok())
    else {
        return;
    };
    let marker = 0u8;
    let sp = std::ptr::addr_of!(marker) as usize;
    // Keep a generous margin below this frame for the calls that follow.
    let page = 4096;
    let end = sp.saturating_sub(256 * 1024) & !(page - 1);
    if end > start {
        // SAFETY: [start, end) lies wholly below the live part of this thread's stack (stacks
        // grow down and the margin covers every frame the monitor makes later); no signal
        // handler runs on it (signals arrive through a signalfd). MADV_DONTNEED only drops the
        // pages; a later touch faults in zeroed memory, which unused stack may hold.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
        }
    }
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

/// Copy of a foreground container's output to the log, besides the caller's terminal.
pub struct Tee<'a> {
    pub io: &'a ChildIo,
    pub log: &'a mut LogWriter,
}

impl Tee<'_> {
    /// Read what is ready on `fd`, write it to `to` and to the log; false at EOF.
    pub fn pump(&mut self, fd: BorrowedFd, stream: u8, to: BorrowedFd) -> bool {
        let mut buf = [0u8; 16384];
        match read_some(fd, &mut buf) {
            Some(0) => true,
            Some(n) => {
                self.log.write(stream, &buf[..n]);
                super::tty::write_all(to, &buf[..n]);
                true
            }
            None => false,
        }
    }

    /// Everything left in `fd` (non-blocking) after the container exited.
    pub fn drain(&mut self, fd: BorrowedFd, stream: u8, to: BorrowedFd) {
        let _ = rustix::io::ioctl_fionbio(fd, true);
        let mut buf = [0u8; 16384];
        while let Some(n) = read_some(fd, &mut buf) {
            if n == 0 {
                break;
            }
            self.log.write(stream, &buf[..n]);
            super::tty::write_all(to, &buf[..n]);
        }
    }
}

/// Writes container output in podman's k8s-file format:
/// `2026-11-28T06:20:01.123456789+00:00 stdout F text` (P for a partial line).
/// With `max_size`, the file is truncated to empty when a write would make it larger (as
/// conmon does), so it never holds more than `max_size` bytes plus one line.
pub struct LogWriter {
    file: Option<File>,
    max_size: Option<u64>,
    size: u64,
}

impl LogWriter {
    pub fn open(path: Option<&Path>, max_size: Option<u64>) -> Result<LogWriter> {
        let file = match path {
            Some(p) => Some(
                File::options()
                    .create(true)
                    .append(true)
                    .open(p)
                    .with_context(|| format!("opening {}", p.display()))?,
            ),
            None => None,
        };
        let size = match &file {
            Some(f) => f.metadata().map(|m| m.len()).unwrap_or(0),
            None => 0,
        };
        Ok(LogWriter {
            file,
            max_size,
            size,
        })
    }

    pub fn write(&mut self, stream: u8, data: &[u8]) {
        let Some(f) = &mut self.file else { return };
        if data.is_empty() {
            return;
        }
        let ts = timestamp(time::now_nanos());
        let name = if stream == STDERR { "stderr" } else { "stdout" };
        let mut out = Vec::with_capacity(data.len() + 64);
        let mut rest = data;
        while !rest.is_empty() {
            let (line, full) = match rest.iter().position(|&b| b == b'\n') {
                Some(i) => (&rest[..i], i + 1),
                None => (rest, rest.len()),
            };
            let tag = if full > line.len() { "F" } else { "P" };
            out.extend_from_slice(format!("{ts} {name} {tag} ").as_bytes());
            out.extend_from_slice(line);
            out.push(b'\n');
            rest = &rest[full..];
        }
        let mut start = 0;
        if let Some(max) = self.max_size {
            if self.size + out.len() as u64 > max {
                let _ = f.set_len(0);
                self.size = 0;
                // A chunk larger than the limit keeps only its last whole lines that fit.
                while (out.len() - start) as u64 > max {
                    match out[start..].iter().position(|&b| b == b'\n') {
                        Some(i) => start += i + 1,
                        None => start = out.len(),
                    }
                }
            }
        }
        if f.write_all(&out[start..]).is_ok() {
            self.size += (out.len() - start) as u64;
        }
    }
}

/// RFC 3339 with nanoseconds and a numeric UTC offset, as in podman's k8s-file logs.
pub fn timestamp(nanos: i64) -> String {
    let t = time::rfc3339(nanos);
    format!("{}+00:00", t.strip_suffix('Z').unwrap_or(&t))
}

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
        &super::process::forwarded_signals(),
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
                                super::tty::write_all(i, &buf[1..n]);
                            }
                            (MSG_RESIZE, _) if n == 5 => {
                                if let Some(m) = &started.pty {
                                    let rows = u16::from_be_bytes([buf[1], buf[2]]);
                                    let cols = u16::from_be_bytes([buf[3], buf[4]]);
                                    super::tty::set_size(m, rows, cols);
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
        if let Some((r, c)) = super::tty::caller_size() {
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
    let _raw = (raw && stdin && super::tty::is_tty(std::io::stdin().as_fd()))
        .then(super::tty::RawGuard::stdin);
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
                    super::tty::write_all(to, &buf[1..n]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k8s_timestamps() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.000000000+00:00");
        assert_eq!(
            timestamp(1_700_000_000_123_456_789),
            "2023-11-14T22:13:20.123456789+00:00"
        );
    }

    #[test]
    fn log_lines_full_and_partial() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ctr.log");
        let mut w = LogWriter::open(Some(&p), None).unwrap();
        w.write(STDOUT, b"one\ntwo\nthr");
        w.write(STDERR, b"err\n");
        let text = std::fs::read_to_string(&p).unwrap();
        let tails: Vec<&str> = text.lines().map(|l| l.split_once(' ').unwrap().1).collect();
        assert_eq!(
            tails,
            [
                "stdout F one",
                "stdout F two",
                "stdout P thr",
                "stderr F err"
            ]
        );
    }

    #[test]
    fn log_max_size_truncates() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ctr.log");
        let mut w = LogWriter::open(Some(&p), Some(200)).unwrap();
        for i in 0..20 {
            w.write(STDOUT, format!("line {i}\n").as_bytes());
        }
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.len() <= 200, "{}", text.len());
        assert!(text.ends_with("stdout F line 19\n"), "{text}");
        let big: String = (0..100).map(|i| format!("big {i}\n")).collect();
        w.write(STDOUT, big.as_bytes());
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.len() <= 200, "{}", text.len());
        assert!(text.ends_with("stdout F big 99\n"), "{text}");
        assert!(text.starts_with("20"), "{text}");
    }
}
