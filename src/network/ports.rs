//! Published ports: `-p [IP:][HOSTPORT:]CPORT[/tcp|udp]` parsing, random host ports, and the
//! `0.0.0.0:8080->80/tcp` rendering of `ps` and `port`.

use anyhow::{bail, Context, Result};
use std::net::IpAddr;

pub use crate::model::network::PortMapping;

fn parse_range(s: &str, what: &str) -> Result<(u16, u16)> {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let p = |x: &str| -> Result<u16> {
        let v: u16 = x
            .trim()
            .parse()
            .with_context(|| format!("invalid {what} port {x:?}"))?;
        if v == 0 {
            bail!("invalid {what} port 0");
        }
        Ok(v)
    };
    let (a, b) = (p(a)?, p(b)?);
    if b < a {
        bail!("invalid {what} port range {s:?}: the end is before the start");
    }
    Ok((a, b - a + 1))
}

/// Parse one `-p` value. A missing host port is 0 (chosen at create time).
pub fn parse(spec: &str) -> Result<Vec<PortMapping>> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, p),
        None => (spec, "tcp"),
    };
    let protos: Vec<&str> = proto.split(',').collect();
    for p in &protos {
        if *p != "tcp" && *p != "udp" {
            bail!("invalid port protocol {p:?} in {spec:?}: use tcp or udp");
        }
    }
    // An IPv6 host address is written in brackets.
    let (ip, rest) = if let Some(r) = rest.strip_prefix('[') {
        let (ip, after) = r
            .split_once(']')
            .with_context(|| format!("invalid port mapping {spec:?}: unclosed '['"))?;
        let after = after
            .strip_prefix(':')
            .with_context(|| format!("invalid port mapping {spec:?}"))?;
        (ip.to_string(), after.to_string())
    } else {
        let parts: Vec<&str> = rest.split(':').collect();
        match parts.len() {
            1 | 2 => (String::new(), rest.to_string()),
            3 => (parts[0].to_string(), format!("{}:{}", parts[1], parts[2])),
            _ => bail!("invalid port mapping {spec:?}"),
        }
    };
    if !ip.is_empty() {
        ip.parse::<IpAddr>()
            .map_err(|_| anyhow::anyhow!("invalid IP address {ip:?} in port mapping {spec:?}"))?;
    }
    let (host, ctr) = match rest.split_once(':') {
        Some((h, c)) => (h, c),
        None => ("", rest.as_str()),
    };
    let (cport, crange) = parse_range(ctr, "container")?;
    let (hport, hrange) = if host.is_empty() {
        (0, crange)
    } else {
        parse_range(host, "host")?
    };
    if hrange != crange && hrange != 1 {
        bail!("invalid port mapping {spec:?}: the host and container ranges differ in size");
    }
    let ip = if ip == "0.0.0.0" { String::new() } else { ip };
    Ok(protos
        .iter()
        .map(|p| PortMapping {
            host_ip: ip.clone(),
            container_port: cport,
            host_port: hport,
            range: crange,
            protocol: p.to_string(),
        })
        .collect())
}

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
    fn parses_podman_forms() {
        let p = parse("8080:80").unwrap();
        assert_eq!(
            p,
            vec![PortMapping {
                host_ip: String::new(),
                container_port: 80,
                host_port: 8080,
                range: 1,
                protocol: "tcp".into()
            }]
        );
        let p = parse("127.0.0.1:9000-9002:9000-9002/udp").unwrap();
        assert_eq!(p[0].host_ip, "127.0.0.1");
        assert_eq!(
            (p[0].host_port, p[0].container_port, p[0].range),
            (9000, 9000, 3)
        );
        assert_eq!(p[0].protocol, "udp");
        let p = parse("80").unwrap();
        assert_eq!((p[0].host_port, p[0].container_port), (0, 80));
        let p = parse("127.0.0.1::80").unwrap();
        assert_eq!((p[0].host_ip.as_str(), p[0].host_port), ("127.0.0.1", 0));
        let p = parse("[::1]:8080:80/tcp").unwrap();
        assert_eq!(p[0].host_ip, "::1");
        assert_eq!(parse("53:53/tcp,udp").unwrap().len(), 2);
        assert!(parse("0:80").is_err());
        assert!(parse("a:80").is_err());
        assert!(parse("80/sctp").is_err());
        assert!(parse("9000-9001:80-82").is_err());
        assert!(parse("1.2.3:80:80").is_err());
        assert!(parse("1:2:3:4").is_err());
    }

    #[test]
    fn renders_ps_column() {
        let mut v = parse("8080:80").unwrap();
        v.extend(parse("127.0.0.1:9000-9002:9000-9002/udp").unwrap());
        assert_eq!(
            ps_column(&v),
            "0.0.0.0:8080->80/tcp, 127.0.0.1:9000-9002->9000-9002/udp"
        );
        assert_eq!(expand(&v).len(), 4);
    }
}
