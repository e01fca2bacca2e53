//! Published ports of containers on user-defined networks.
//!
//! The container sits behind a bridge inside the rootless network namespace, so pasta cannot
//! reach it by itself. A forwarder process (this binary re-executed) binds the host ports while
//! it is still in the host's network namespace, then enters the rootless namespace and relays
//! each TCP connection and UDP flow to the container's address. It is a helper like pasta: it
//! reports readiness on stdout and ends when its stdin is closed (its owner went away).

use super::helper::Helper;
use super::ports::{expand, PortMapping};
use crate::runtime::netns::NsFds;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The first argument of the re-executed binary that becomes a forwarder.
pub const FORWARD_ARG: &str = "rootless-port-forwarder";

/// Start relaying `ports` to `target` inside the namespace held by `holder`.
pub fn start(holder: i32, target: Ipv4Addr, ports: &[PortMapping]) -> Result<Helper> {
    let exe = std::env::current_exe().context("finding the skiff binary")?;
    let mut cmd = Command::new(exe);
    cmd.arg(FORWARD_ARG)
        .arg(holder.to_string())
        .arg(target.to_string())
        .arg(serde_json::to_string(ports)?)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    crate::runtime::spawn::clean_signals(&mut cmd);
    let mut child = cmd
        .spawn()
        .map_err(|e| anyhow!("starting the port forwarder: {e}"))?;
    let stdin = child.stdin.take().ok_or_else(|| anyhow!("no stdin"))?;
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    let h = Helper::from_child(child, stdin.into());
    match line.trim() {
        "ready" => Ok(h),
        "" => bail!("the port forwarder exited before it was ready"),
        msg => bail!("{msg}"),
    }
}

/// The forwarder process: `rootless-port-forwarder HOLDER TARGET PORTS-JSON`.
pub fn main(args: &[String]) -> ! {
    let mut out = std::io::stdout();
    let bound = (|| -> Result<(Vec<Bound>, Ipv4Addr)> {
        let [holder, target, ports] = args else {
            bail!("usage: {FORWARD_ARG} HOLDER TARGET PORTS");
        };
        let holder: i32 = holder.parse().context("bad holder pid")?;
        let target: Ipv4Addr = target.parse().context("bad target address")?;
        let ports: Vec<PortMapping> = serde_json::from_str(ports).context("bad ports")?;
        let mut bound = Vec::new();
        for (cport, proto, ip, hport) in expand(&ports) {
            let ip: IpAddr = ip.parse().context("bad host address")?;
            let addr = SocketAddr::new(ip, hport);
            let what = || {
                format!(
                    "cannot listen on the {} port: listen {} {addr}",
                    proto.to_uppercase(),
                    proto
                )
            };
            bound.push(if proto == "udp" {
                Bound::Udp(UdpSocket::bind(addr).with_context(what)?, cport)
            } else {
                Bound::Tcp(TcpListener::bind(addr).with_context(what)?, cport)
            });
        }
        // From here on every new socket belongs to the rootless namespace.
        NsFds::open(holder, None)?.enter()?;
        Ok((bound, target))
    })();
    let (bound, target) = match bound {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(out, "{}", format!("{e:#}").replace('\n', " "));
            std::process::exit(1);
        }
    };
    for b in bound {
        std::thread::spawn(move || match b {
            Bound::Tcp(l, port) => serve_tcp(l, SocketAddr::new(target.into(), port)),
            Bound::Udp(s, port) => serve_udp(s, SocketAddr::new(target.into(), port)),
        });
    }
    let _ = writeln!(out, "ready");
    let _ = out.flush();
    // Live until the owner closes our stdin.
    let mut buf = [0u8; 64];
    while matches!(std::io::stdin().read(&mut buf), Ok(n) if n > 0) {}
    std::process::exit(0)
}

enum Bound {
    Tcp(TcpListener, u16),
    Udp(UdpSocket, u16),
}

fn serve_tcp(l: TcpListener, to: SocketAddr) {
    for conn in l.incoming() {
        let Ok(conn) = conn else { continue };
        std::thread::spawn(move || {
            let Ok(up) = TcpStream::connect_timeout(&to, Duration::from_secs(10)) else {
                return;
            };
            let _ = conn.set_nodelay(true);
            let _ = up.set_nodelay(true);
            let (Ok(c2), Ok(u2)) = (conn.try_clone(), up.try_clone()) else {
                return;
            };
            let t = std::thread::spawn(move || pipe(c2, u2));
            pipe(up, conn);
            let _ = t.join();
        });
    }
}

/// Copy until EOF, then pass the EOF on.
fn pipe(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = vec![0u8; 128 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}

fn serve_udp(s: UdpSocket, to: SocketAddr) {
    let s = Arc::new(s);
    let flows: Arc<Mutex<HashMap<SocketAddr, Arc<UdpSocket>>>> = Arc::default();
    let mut buf = vec![0u8; 65536];
    loop {
        let Ok((n, client)) = s.recv_from(&mut buf) else {
            continue;
        };
        let existing = flows.lock().ok().and_then(|f| f.get(&client).cloned());
        let up = match existing {
            Some(u) => u,
            None => {
                let Ok(u) = UdpSocket::bind("0.0.0.0:0").and_then(|u| u.connect(to).map(|_| u))
                else {
                    continue;
                };
                let u = Arc::new(u);
                if let Ok(mut f) = flows.lock() {
                    f.insert(client, u.clone());
                }
                let (u2, s2, f2) = (u.clone(), s.clone(), flows.clone());
                std::thread::spawn(move || {
                    let _ = u2.set_read_timeout(Some(Duration::from_secs(120)));
                    let mut b = vec![0u8; 65536];
                    while let Ok(n) = u2.recv(&mut b) {
                        let _ = s2.send_to(&b[..n], client);
                    }
                    if let Ok(mut f) = f2.lock() {
                        f.remove(&client);
                    }
                });
                u
            }
        };
        let _ = up.send(&buf[..n]);
    }
}
