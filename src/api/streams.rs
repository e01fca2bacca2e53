//! Answers that take time: a forked child writes them into a pipe the response body reads
//! (wait, logs --follow), and a container's output read from its log as Docker's streams
//! (multiplexed 8-byte frames without a tty, raw with one).

use super::http::{ApiError, ApiResult, Body};
use crate::engine::container::logs::{Entry, Parser};
use crate::engine::container::runroot::monitored;
use crate::engine::Engine;
use crate::model::ContainerStatus;
use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Frame;
use std::io::{Read, Seek, SeekFrom, Write};
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

/// The response body: what the forked child writes into the pipe.
struct PipeBody {
    rx: tokio::net::unix::pipe::Receiver,
    pid: i32,
    buf: Box<[u8]>,
}

impl hyper::body::Body for PipeBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = &mut *self;
        let mut rb = ReadBuf::new(&mut this.buf);
        match Pin::new(&mut this.rx).poll_read(cx, &mut rb) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e))),
            Poll::Ready(Ok(())) if rb.filled().is_empty() => {
                crate::runtime::service::reaped(this.pid);
                Poll::Ready(None)
            }
            Poll::Ready(Ok(())) => {
                Poll::Ready(Some(Ok(Frame::data(Bytes::copy_from_slice(rb.filled())))))
            }
        }
    }
}

/// A body written by `f` in a forked child (which may block as long as it needs: the
/// connection's process goes on streaming what it writes).
pub fn forked(f: impl FnOnce(&mut std::fs::File)) -> ApiResult<Body> {
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)
        .map_err(|e| ApiError::from(std::io::Error::from(e)))?;
    let mut close = super::conn::child_close();
    use std::os::fd::AsRawFd;
    close.push(r.as_raw_fd());
    let pid = crate::runtime::service::fork_run(&close, || {
        let mut out = std::fs::File::from(w);
        f(&mut out);
        0
    })?;
    let rx = tokio::net::unix::pipe::Receiver::from_owned_fd(r)?;
    Ok(PipeBody {
        rx,
        pid,
        buf: vec![0u8; 32 << 10].into_boxed_slice(),
    }
    .boxed_unsync())
}

/// One multiplexed frame: stream (0 stdin, 1 stdout, 2 stderr), three zeros, the length
/// (u32 big-endian), the data.
pub fn frame(stream: u8, data: &[u8]) -> Vec<u8> {
    let mut b = Vec::with_capacity(data.len() + 8);
    b.extend_from_slice(&[stream, 0, 0, 0]);
    b.extend_from_slice(&(data.len() as u32).to_be_bytes());
    b.extend_from_slice(data);
    b
}

/// Which of a container's log entries to send, and how.
#[derive(Debug, Clone, Default)]
pub struct LogSel {
    pub stdout: bool,
    pub stderr: bool,
    pub timestamps: bool,
    /// Raw bytes (a tty) instead of frames.
    pub raw: bool,
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub tail: Option<usize>,
}

impl LogSel {
    fn keep(&self, e: &Entry) -> bool {
        (if e.stream == 2 {
            self.stderr
        } else {
            self.stdout
        }) && self.since.is_none_or(|s| e.nanos >= s)
            && self.until.is_none_or(|u| e.nanos <= u)
    }

    pub fn render(&self, e: &Entry) -> Vec<u8> {
        let mut b = Vec::with_capacity(e.text.len() + 40);
        if self.timestamps {
            b.extend_from_slice(crate::model::time::rfc3339(e.nanos).as_bytes());
            b.push(b' ');
        }
        b.extend_from_slice(&e.text);
        if e.full {
            b.push(b'\n');
        }
        if self.raw {
            b
        } else {
            frame(e.stream, &b)
        }
    }
}

/// A container's log file, read from an offset on. The file stays open once found, so a
/// container removed meanwhile (`--rm`) is still read to its end.
pub struct LogReader {
    path: std::path::PathBuf,
    file: Option<std::fs::File>,
    pos: u64,
    parser: Parser,
}

impl LogReader {
    pub fn new(engine: &Engine, id: &str) -> LogReader {
        LogReader {
            path: engine
                .store
                .container_dir(id)
                .join("userdata")
                .join("ctr.log"),
            file: None,
            pos: 0,
            parser: Parser::default(),
        }
    }

    /// Start at the end of what is written now (attach to a running container).
    pub fn skip_to_end(&mut self) {
        if self.open() {
            if let Some(f) = &self.file {
                self.pos = f.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }

    fn open(&mut self) -> bool {
        if self.file.is_none() {
            self.file = std::fs::File::open(&self.path).ok();
        }
        self.file.is_some()
    }

    /// The entries completed since the last read.
    pub fn read_new(&mut self) -> Vec<Entry> {
        if !self.open() {
            return Vec::new();
        }
        let Some(f) = self.file.as_mut() else {
            return Vec::new();
        };
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        if len < self.pos {
            self.pos = 0; // truncated by max-size
        }
        let mut new = Vec::new();
        if f.seek(SeekFrom::Start(self.pos)).is_err() || f.read_to_end(&mut new).is_err() {
            return Vec::new();
        }
        let complete = new.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        self.pos += complete as u64;
        self.parser.feed(&new[..complete])
    }

    /// Partial lines left at the end.
    pub fn flush(&mut self) -> Vec<Entry> {
        self.parser.flush()
    }
}

/// Where a followed container stands.
#[derive(Debug, PartialEq)]
pub enum Phase {
    /// Created, not started yet.
    NotStarted,
    Running,
    /// Its exit is recorded (or it is gone): all its output is in the log.
    Done,
}

pub fn phase(engine: &Engine, id: &str) -> Phase {
    let Ok(r) = engine.store.load_container(id) else {
        return Phase::Done;
    };
    match r.state.status {
        ContainerStatus::Created if !monitored(engine, id) => Phase::NotStarted,
        ContainerStatus::Exited => Phase::Done,
        s if s.has_process() && !r.state.process.is_alive() && !monitored(engine, id) => {
            Phase::Done
        }
        _ => Phase::Running,
    }
}

/// Send the log through `out` (false: the client is gone) as `sel` says; with `follow`,
/// keep sending until the container's exit is recorded. `tick` runs between polls (an
/// attach session forwards stdin there); false from it ends the stream.
pub fn follow(
    engine: &Engine,
    id: &str,
    reader: &mut LogReader,
    sel: &LogSel,
    follow: bool,
    out: &mut dyn FnMut(&[u8]) -> bool,
    tick: &mut dyn FnMut(std::time::Duration) -> bool,
) {
    let mut first = reader.read_new();
    if let Some(n) = sel.tail {
        let kept: Vec<Entry> = first.into_iter().filter(|e| sel.keep(e)).collect();
        let skip = kept.len().saturating_sub(n);
        first = kept.into_iter().skip(skip).collect();
    }
    for e in first.iter().filter(|e| sel.keep(e)) {
        if !out(&sel.render(e)) {
            return;
        }
    }
    if !follow {
        for e in reader.flush().iter().filter(|e| sel.keep(e)) {
            out(&sel.render(e));
        }
        return;
    }
    loop {
        let done = phase(engine, id) == Phase::Done;
        for e in reader.read_new().iter().filter(|e| sel.keep(e)) {
            if !out(&sel.render(e)) {
                return;
            }
        }
        if done {
            for e in reader.flush().iter().filter(|e| sel.keep(e)) {
                out(&sel.render(e));
            }
            return;
        }
        if !tick(std::time::Duration::from_millis(50)) {
            return;
        }
    }
}

/// Write all of `data` to a blocking writer; false when the reader is gone.
pub fn send(w: &mut impl Write, data: &[u8]) -> bool {
    w.write_all(data).and_then(|_| w.flush()).is_ok()
}

/// Sleep `d` between polls of a followed log, watching the pipe to the connection's process:
/// false once nobody reads it (the client went away).
pub fn pause_unless_gone(out: &std::fs::File, d: std::time::Duration) -> bool {
    let mut fds = [rustix::event::PollFd::new(
        out,
        rustix::event::PollFlags::empty(),
    )];
    let t = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: d.as_nanos() as i64,
    };
    match rustix::event::poll(&mut fds, Some(&t)) {
        Ok(0) | Err(_) => true,
        Ok(_) => !fds[0]
            .revents()
            .intersects(rustix::event::PollFlags::ERR | rustix::event::PollFlags::HUP),
    }
}
