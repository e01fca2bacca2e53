//! Published ports: random host ports, the busy-port check, and the `0.0.0.0:8080->80/tcp`
//! rendering of `ps` and `port` (`-p` is parsed by `model::PortMapping::parse`).

use anyhow::{bail, Result};

pub use crate::model::network::PortMapping;

/// A host port nobody listens on now (for `-P` and `-p CPORT`), `range` consecutive ones.
pub fn free_port(host_ip: &str, protocol: &str, range: u16) -> Result<u16> {
    let ip = if host_ip.is_empty() {
        "0.0.0.0"
    } else {
        host_ip
    };
    for _ in 0..64 {
        let port = if protocol == "udp" {
            std::net::UdpSocket::bind((ip, 0))?.local_addr()?.port()
        } else {
            std::net::TcpListener::bind((ip, 0))?.local_addr()?.port()
        };
        if range <= 1 {
            return Ok(port);
        }
        if u32::from(port) + u32::from(range) <= 65535
            && (0..range).all(|i| available(ip, port + i, protocol))
        {
            return Ok(port);
        }
    }
    bail!("cannot find {range} free consecutive host ports")
}

fn available(ip: &str, port: u16, protocol: &str) -> bool {
    if protocol == "udp" {
        std::net::UdpSocket::bind((ip, port)).is_ok()
    } else {
        std::net::TcpListener::bind((ip, port)).is_ok()
    }
}

/// Whether some socket of this network namespace listens on TCP `port`.
fn tcp_listening(port: u16) -> bool {
    let hex = format!(":{port:04X}");
    ["/proc/net/tcp", "/proc/net/tcp6"].iter().any(|f| {
        std::fs::read_to_string(f)
            .unwrap_or_default()
            .lines()
            .skip(1)
            .any(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                f.len() > 3 && f[1].ends_with(&hex) && f[3] == "0A"
            })
    })
}

/// Fail with one line naming the address when a host port is taken.
pub fn check_available(ports: &[PortMapping]) -> Result<()> {
    for p in ports {
        let ip = if p.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            p.host_ip.as_str()
        };
        for i in 0..p.range {
            let port = p.host_port.saturating_add(i);
            // A TCP port held only by TIME_WAIT connections is free for the helper; a
            // listener that is closing (a helper that just stopped) gets a moment.
            let busy = || {
                !available(ip, port, &p.protocol) && (p.protocol == "udp" || tcp_listening(port))
            };
            let mut still_busy = busy();
            for _ in 0..20 {
                if !still_busy {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
                still_busy = busy();
            }
            if still_busy {
                let addr = if ip.contains(':') {
                    format!("[{ip}]:{port}")
                } else {
                    format!("{ip}:{port}")
                };
                bail!(
                    "cannot listen on the {} port: listen {} {addr}: bind: address already in use",
                    p.protocol.to_uppercase(),
                    p.protocol
                );
            }
        }
    }
    Ok(())
}

fn span(start: u16, range: u16) -> String {
    if range <= 1 {
        start.to_string()
    } else {
        format!("{start}-{}", start.saturating_add(range - 1))
    }
}

/// `ps` PORTS: `0.0.0.0:8080->80/tcp, 127.0.0.1:9000-9002->9000-9002/udp`.
pub fn ps_column(ports: &[PortMapping]) -> String {
    ports
        .iter()
        .map(|p| {
            let ip = if p.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                &p.host_ip
            };
            format!(
                "{ip}:{}->{}/{}",
                span(p.host_port, p.range),
                span(p.container_port, p.range),
                p.protocol
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every single port: (container port, protocol, host ip, host port).
pub fn expand(ports: &[PortMapping]) -> Vec<(u16, String, String, u16)> {
    let mut v = Vec::new();
    for p in ports {
        for i in 0..p.range {
            let ip = if p.host_ip.is_empty() {
                "0.0.0.0".to_string()
            } else {
                p.host_ip.clone()
            };
            v.push((
                p.container_port.saturating_add(i),
                p.protocol.clone(),
                ip,
                p.host_port.saturating_add(i),
            ));
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_ps_column() {
        let mut v = PortMapping::parse("8080:80").unwrap();
        v.extend(PortMapping::parse("127.0.0.1:9000-9002:9000-9002/udp").unwrap());
        assert_eq!(
            ps_column(&v),
            "0.0.0.0:8080->80/tcp, 127.0.0.1:9000-9002->9000-9002/udp"
        );
        assert_eq!(expand(&v).len(), 4);
    }
}
