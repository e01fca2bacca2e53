//! Container output into the log: the k8s-file writer, and the tee that copies a foreground
//! container's output to both the caller's terminal and the log.

use super::{read_some, ChildIo, STDERR};
use crate::model::time;
use crate::runtime::tty;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::Write;
use std::os::fd::BorrowedFd;
use std::path::Path;

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
                tty::write_all(to, &buf[..n]);
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
            tty::write_all(to, &buf[..n]);
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
    /// The syslog driver's sender, fed every line as well.
    syslog: Option<super::syslog::SyslogSender>,
    /// The part of a line not ended yet, per stream (syslog sends whole lines).
    partial: [Vec<u8>; 2],
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
            syslog: None,
            partial: [Vec::new(), Vec::new()],
        })
    }

    /// Lines go to this syslog sender too.
    pub fn with_syslog(mut self, s: super::syslog::SyslogSender) -> LogWriter {
        self.syslog = Some(s);
        self
    }

    pub fn write(&mut self, stream: u8, data: &[u8]) {
        if let Some(s) = &mut self.syslog {
            let part = &mut self.partial[usize::from(stream == STDERR)];
            part.extend_from_slice(data);
            while let Some(i) = part.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = part.drain(..=i).collect();
                s.send(stream == STDERR, &line[..line.len() - 1]);
            }
            if part.len() > 16384 {
                let line = std::mem::take(part);
                s.send(stream == STDERR, &line);
            }
        }
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

#[cfg(test)]
mod tests {
    use super::super::STDOUT;
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
