//! The syslog log driver's sender: each line of the container's output as one RFC 3164
//! message (`<PRI>Mmm dd hh:mm:ss TAG[PID]: text`) to a TCP (newline-framed), UDP or unix
//! socket. The monitor owns it; a server that is not reachable yet (a compose service
//! starting beside it) is tried again at most once a second, with up to 256 KiB of lines kept
//! meanwhile (older ones dropped first).

use std::io::Write;
use std::net::{TcpStream, UdpSocket};
use std::os::unix::net::{UnixDatagram, UnixStream};
use std::time::{Duration, Instant};

const PENDING_MAX: usize = 256 << 10;

enum Conn {
    Tcp(TcpStream),
    Udp(UdpSocket),
    Unix(UnixStream),
    Gram(UnixDatagram),
}

pub struct SyslogSender {
    address: String,
    tag: String,
    facility: u8,
    pid: u32,
    conn: Option<Conn>,
    last_try: Option<Instant>,
    pending: Vec<Vec<u8>>,
    pending_bytes: usize,
}

impl SyslogSender {
    /// `address` as `LogConfig` checked it; `tag` already rendered.
    pub fn new(address: &str, tag: &str, facility: u8) -> SyslogSender {
        SyslogSender {
            address: address.to_string(),
            tag: tag.to_string(),
            facility,
            pid: std::process::id(),
            conn: None,
            last_try: None,
            pending: Vec::new(),
            pending_bytes: 0,
        }
    }

    fn connect(&self) -> std::io::Result<Conn> {
        let (scheme, rest) = self
            .address
            .split_once("://")
            .unwrap_or(("unixgram", "/dev/log"));
        let timeout = Duration::from_secs(2);
        Ok(match scheme {
            "tcp" => {
                let addr = std::net::ToSocketAddrs::to_socket_addrs(rest)?
                    .next()
                    .ok_or(std::io::ErrorKind::NotFound)?;
                let s = TcpStream::connect_timeout(&addr, timeout)?;
                s.set_write_timeout(Some(timeout))?;
                Conn::Tcp(s)
            }
            "udp" => {
                let s = UdpSocket::bind(("0.0.0.0", 0))?;
                s.connect(rest)?;
                Conn::Udp(s)
            }
            "unix" => Conn::Unix(UnixStream::connect(rest)?),
            _ => {
                let s = UnixDatagram::unbound()?;
                s.connect(rest)?;
                Conn::Gram(s)
            }
        })
    }

    /// One message per line of `text` (stream 2 is stderr: severity err, else info).
    pub fn send(&mut self, stderr: bool, line: &[u8]) {
        let severity = if stderr { 3 } else { 6 };
        let pri = u32::from(self.facility) * 8 + severity;
        let ts = rfc3164_time(crate::model::time::now_nanos());
        let mut m = format!("<{pri}>{ts} {}[{}]: ", self.tag, self.pid).into_bytes();
        m.extend_from_slice(line);
        self.pending_bytes += m.len();
        self.pending.push(m);
        while self.pending_bytes > PENDING_MAX && !self.pending.is_empty() {
            let old = self.pending.remove(0);
            self.pending_bytes -= old.len();
        }
        self.flush();
    }

    /// Send what is pending, connecting first when needed (at most one try a second).
    pub fn flush(&mut self) {
        if self.conn.is_none() {
            if self
                .last_try
                .is_some_and(|t| t.elapsed() < Duration::from_secs(1))
            {
                return;
            }
            self.last_try = Some(Instant::now());
            match self.connect() {
                Ok(c) => self.conn = Some(c),
                Err(_) => return,
            }
        }
        while !self.pending.is_empty() {
            let m = &self.pending[0];
            let ok = match self.conn.as_mut() {
                Some(Conn::Tcp(s)) => {
                    let mut framed = m.clone();
                    framed.push(b'\n');
                    s.write_all(&framed).is_ok()
                }
                Some(Conn::Unix(s)) => {
                    let mut framed = m.clone();
                    framed.push(b'\n');
                    s.write_all(&framed).is_ok()
                }
                Some(Conn::Udp(s)) => s.send(m).is_ok(),
                Some(Conn::Gram(s)) => s.send(m).is_ok(),
                None => false,
            };
            if !ok {
                self.conn = None;
                return;
            }
            let sent = self.pending.remove(0);
            self.pending_bytes -= sent.len();
        }
    }
}

/// `Mmm dd hh:mm:ss` in UTC, the day padded with a space.
fn rfc3164_time(nanos: i64) -> String {
    let t = crate::model::time::rfc3339(nanos);
    // 2026-12-02T07:20:01.123Z
    let month: usize = t.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let day: u32 = t.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {day:>2} {}",
        MONTHS[month.clamp(1, 12) - 1],
        t.get(11..19).unwrap_or("00:00:00")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn lines_reach_a_tcp_server_once_it_listens() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let mut s = SyslogSender::new(&format!("tcp://127.0.0.1:{port}"), "web", 3);
        s.send(false, b"hello");
        s.send(true, b"oops");
        drop(s);
        let (mut c, _) = l.accept().unwrap();
        let mut got = String::new();
        c.read_to_string(&mut got).unwrap();
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines.len(), 2, "{got}");
        assert!(lines[0].starts_with("<30>"), "{got}");
        assert!(lines[0].ends_with(&format!(" web[{}]: hello", std::process::id())));
        assert!(lines[1].starts_with("<27>") && lines[1].ends_with("]: oops"));
        assert_eq!(rfc3164_time(0), "Jan  1 00:00:00");
    }
}
