//! `logs`: read a container's k8s-file log (`userdata/ctr.log`, written by the monitor).
//!
//! Each line is `TIMESTAMP STREAM F|P CONTENT`; P fragments are joined with the following
//! lines of the same stream up to the next F. Output goes through a callback per stream so the
//! CLI sends stdout lines to stdout and stderr lines to stderr.

use super::lookup::lookup;
use super::runroot::{is_active, monitored};
use crate::engine::Engine;
use crate::model::time::{now_nanos, parse_rfc3339_nanos, parse_when};
use anyhow::{bail, Result};
use std::io::{Read, Seek, SeekFrom};

/// Options of `logs`.
#[derive(Debug, Clone, Default)]
pub struct LogsOpts {
    pub follow: bool,
    pub timestamps: bool,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only the last N lines (None: all).
    pub tail: Option<usize>,
    /// Before each line (and its timestamp): the container's short ID or name, when the logs
    /// of several containers are shown.
    pub prefix: Option<String>,
}

/// One logical line of output.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub ts: String,
    pub nanos: i64,
    /// 1 stdout, 2 stderr
    pub stream: u8,
    pub text: Vec<u8>,
    /// Ends with a newline (false for a trailing partial line).
    pub full: bool,
}

/// Parses log lines, joining partial fragments per stream.
#[derive(Default)]
pub struct Parser {
    pending: [Option<Entry>; 2],
}

impl Parser {
    /// Feed one complete log line (without its newline); a finished entry, if any.
    fn line(&mut self, l: &[u8]) -> Option<Entry> {
        let mut it = l.splitn(4, |&b| b == b' ');
        let ts = std::str::from_utf8(it.next()?).ok()?.to_string();
        let stream = match it.next()? {
            b"stdout" => 1u8,
            b"stderr" => 2,
            _ => return None,
        };
        let tag = it.next()?;
        let text = it.next().unwrap_or(b"");
        let slot = &mut self.pending[stream as usize - 1];
        let mut e = slot.take().unwrap_or_else(|| Entry {
            nanos: parse_rfc3339_nanos(&ts).unwrap_or(0),
            ts,
            stream,
            text: Vec::new(),
            full: false,
        });
        e.text.extend_from_slice(text);
        if tag == b"P" {
            *slot = Some(e);
            None
        } else {
            e.full = true;
            Some(e)
        }
    }

    /// Feed complete log lines; the entries they finish.
    pub fn feed(&mut self, text: &[u8]) -> Vec<Entry> {
        text.split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| self.line(l))
            .collect()
    }

    /// Partial lines still open (at the end of the log).
    pub fn flush(&mut self) -> Vec<Entry> {
        self.pending.iter_mut().filter_map(|p| p.take()).collect()
    }
}

/// Parse a whole log text into entries (a partial line at the end included).
fn parse(data: &[u8]) -> Vec<Entry> {
    let mut p = Parser::default();
    let mut out = p.feed(data);
    out.extend(p.flush());
    out
}

fn emit(e: &Entry, opts: &LogsOpts, out: &mut dyn FnMut(u8, &[u8])) {
    let mut b = Vec::with_capacity(e.text.len() + 40);
    if let Some(p) = &opts.prefix {
        b.extend_from_slice(p.as_bytes());
        b.push(b' ');
    }
    if opts.timestamps {
        b.extend_from_slice(e.ts.as_bytes());
        b.push(b' ');
    }
    b.extend_from_slice(&e.text);
    if e.full {
        b.push(b'\n');
    }
    out(e.stream, &b);
}

/// The `--since`/`--until` window.
struct Window {
    since: Option<i64>,
    until: Option<i64>,
}

impl Window {
    fn parse(opts: &LogsOpts) -> Result<Window> {
        let now = now_nanos();
        let when = |s: &Option<String>| s.as_deref().map(|s| parse_when(s, now)).transpose();
        Ok(Window {
            since: when(&opts.since)?,
            until: when(&opts.until)?,
        })
    }

    fn keep(&self, e: &Entry) -> bool {
        self.since.is_none_or(|s| e.nanos >= s) && self.until.is_none_or(|u| e.nanos <= u)
    }
}

/// The last `tail` entries (all with None).
fn tail(mut entries: Vec<Entry>, tail: Option<usize>) -> Vec<Entry> {
    if let Some(n) = tail {
        let skip = entries.len().saturating_sub(n);
        entries.drain(..skip);
    }
    entries
}

/// `logs C1 C2...`: every container is looked up first, then the logs of each in turn, every
/// line prefixed with the container's short ID (or, with `names`, its name) as podman does.
pub fn logs_many(
    engine: &Engine,
    what: &[String],
    names: bool,
    opts: &LogsOpts,
    out: &mut dyn FnMut(u8, &[u8]),
) -> Result<()> {
    if let [one] = what {
        return logs(engine, one, opts, out);
    }
    if opts.follow {
        bail!("--follow takes one container");
    }
    let recs = what
        .iter()
        .map(|w| lookup(engine, w))
        .collect::<Result<Vec<_>>>()?;
    for rec in recs {
        let prefix = if names {
            rec.name.clone()
        } else {
            rec.id[..12].to_string()
        };
        let one = LogsOpts {
            prefix: Some(prefix),
            ..opts.clone()
        };
        logs(engine, &rec.id, &one, out)?;
    }
    Ok(())
}

/// `logs`: print the container's log through `out(stream, bytes)`; with `follow`, keep
/// printing new lines until the container is no longer running.
pub fn logs(
    engine: &Engine,
    what: &str,
    opts: &LogsOpts,
    out: &mut dyn FnMut(u8, &[u8]),
) -> Result<()> {
    let rec = lookup(engine, what)?;
    if rec.settings.log.driver == crate::model::LogDriver::None {
        bail!(
            "this container is using the 'none' log driver, cannot read logs: this container is not logging output"
        );
    }
    let window = Window::parse(opts)?;
    let path = engine
        .store
        .container_dir(&rec.id)
        .join("userdata")
        .join("ctr.log");
    let mut data = Vec::new();
    if let Ok(mut f) = std::fs::File::open(&path) {
        f.read_to_end(&mut data)?;
    }
    if !opts.follow {
        let entries = parse(&data).into_iter().filter(|e| window.keep(e));
        for e in &tail(entries.collect(), opts.tail) {
            emit(e, opts, out);
        }
        return Ok(());
    }
    // Only complete lines; a line being written is read on the next round.
    let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut parser = Parser::default();
    let entries = parser.feed(&data[..complete]);
    let entries = entries.into_iter().filter(|e| window.keep(e)).collect();
    for e in &tail(entries, opts.tail) {
        emit(e, opts, out);
    }
    let mut follow = Follow {
        path: &path,
        pos: complete as u64,
        parser,
        window,
    };
    follow.run(engine, &rec.id, opts, out)
}

/// `logs --follow` after the first read: the log file read from `pos` on.
struct Follow<'a> {
    path: &'a std::path::Path,
    pos: u64,
    parser: Parser,
    window: Window,
}

impl Follow<'_> {
    /// Poll the file until the container has stopped, then read what is left.
    fn run(
        &mut self,
        engine: &Engine,
        id: &str,
        opts: &LogsOpts,
        out: &mut dyn FnMut(u8, &[u8]),
    ) -> Result<()> {
        let mut last_round = false;
        loop {
            let running = match engine.store.load_container(id) {
                Ok(r) => is_active(&r) || monitored(engine, &r.id),
                Err(_) => false,
            };
            let new = match self.read_new()? {
                Some(n) => n,
                None if !running => return Ok(()),
                None => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    continue;
                }
            };
            for e in self.parser.feed(&new) {
                if self.window.until.is_some_and(|u| e.nanos > u) {
                    return Ok(());
                }
                if self.window.keep(&e) {
                    emit(&e, opts, out);
                }
            }
            if last_round {
                for e in self.parser.flush() {
                    emit(&e, opts, out);
                }
                return Ok(());
            }
            if !running {
                // The monitor wrote its last output before recording the exit: one more read.
                last_round = true;
                continue;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    /// The complete lines written since the last read (None: no log file yet).
    fn read_new(&mut self) -> Result<Option<Vec<u8>>> {
        let Ok(mut f) = std::fs::File::open(self.path) else {
            return Ok(None);
        };
        let len = f.metadata()?.len();
        if len < self.pos {
            self.pos = 0; // truncated by max-size
        }
        let mut new = Vec::new();
        f.seek(SeekFrom::Start(self.pos))?;
        f.read_to_end(&mut new)?;
        let complete = new.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        self.pos += complete as u64;
        new.truncate(complete);
        Ok(Some(new))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_joins_partials_per_stream() {
        let log = b"2026-11-28T06:20:01.000000001+00:00 stdout P hel\n\
2026-11-28T06:20:01.000000002+00:00 stderr F oops\n\
2026-11-28T06:20:01.000000003+00:00 stdout F lo\n\
2026-11-28T06:20:02.5+00:00 stdout P tail";
        let e = parse(log);
        assert_eq!(e.len(), 3);
        assert_eq!((e[0].stream, e[0].text.as_slice()), (2, &b"oops"[..]));
        assert_eq!((e[1].stream, e[1].text.as_slice()), (1, &b"hello"[..]));
        assert_eq!(e[1].ts, "2026-11-28T06:20:01.000000001+00:00");
        assert!(e[1].full && !e[2].full);
        assert_eq!(e[2].nanos % 1_000_000_000, 500_000_000);
    }
}
