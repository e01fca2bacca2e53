//! Resource flags (`-m`, `--cpus`, `--pids-limit`, `--ulimit`, ...) parsed into the limits the
//! runtime applies, with podman's units and validation; podman's flag names in the warnings
//! and errors about limits (the one place a typed limit is named after its flag).

use crate::model::{DeviceRate, LimitKind, Limits};
use crate::runtime::cgroups::{LimitRefused, Warning};
use crate::runtime::Rlimit as Ulimit;
use anyhow::{anyhow, bail, Context, Result};

/// The resource flags as the user typed them.
#[derive(Debug, Clone, Default)]
pub struct ResourceFlags {
    pub memory: Option<String>,
    pub memory_swap: Option<String>,
    pub memory_reservation: Option<String>,
    pub cpus: Option<String>,
    pub cpu_shares: Option<u64>,
    pub cpu_quota: Option<i64>,
    pub cpu_period: Option<u64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<i64>,
    pub blkio_weight: Option<u64>,
    pub device_read_bps: Vec<String>,
    pub device_write_bps: Vec<String>,
}

/// The flag that asks for a kind of limit, as messages name it.
pub fn flag_name(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Memory => "--memory",
        LimitKind::MemorySwap => "--memory-swap",
        LimitKind::MemoryReservation => "--memory-reservation",
        LimitKind::Cpu => "--cpus/--cpu-quota",
        LimitKind::CpuShares => "--cpu-shares",
        LimitKind::CpusetCpus => "--cpuset-cpus",
        LimitKind::CpusetMems => "--cpuset-mems",
        LimitKind::Pids => "--pids-limit",
        LimitKind::BlkioWeight => "--blkio-weight",
        LimitKind::DeviceReadBps => "--device-read-bps",
        LimitKind::DeviceWriteBps => "--device-write-bps",
    }
}

/// One warning line about limits (without the `WARN` prefix).
pub fn warning_text(w: &Warning) -> String {
    match w {
        Warning::NotApplied(kind, why) => format!("{} not applied: {why}", flag_name(*kind)),
        Warning::Other(text) => text.clone(),
    }
}

/// An error of the runtime whose cause is a limit the kernel refused gets the limit's flag in
/// front: `--memory: setting memory.max=... in cgroup ...: ...`.
pub fn name_refused_limit(e: anyhow::Error) -> anyhow::Error {
    match e.downcast_ref::<LimitRefused>().map(|r| r.limit) {
        Some(kind) => e.context(flag_name(kind)),
        None => e,
    }
}

/// Sizes as podman takes them: a number with an optional b, k, m, g (or kb, mb, gb) suffix,
/// powers of 1024.
pub fn parse_size(s: &str) -> Result<u64> {
    let t = s.trim().to_ascii_lowercase();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().map_err(|_| {
        anyhow!("invalid size {s:?}: expected a number with an optional unit (b, k, m, g)")
    })?;
    let mult: u64 = match unit.trim_end_matches('b').trim_end_matches('i') {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        "t" => 1 << 40,
        _ => bail!("invalid size {s:?}: unknown unit {unit:?}"),
    };
    Ok((n * mult as f64) as u64)
}

fn parse_device_rate(s: &str) -> Result<DeviceRate> {
    let (path, rate) = s
        .rsplit_once(':')
        .ok_or_else(|| anyhow!("invalid device rate {s:?}: expected /dev/DEVICE:RATE"))?;
    let st = rustix::fs::stat(path).with_context(|| format!("device {path}"))?;
    let kind = rustix::fs::FileType::from_raw_mode(st.st_mode);
    if !kind.is_block_device() {
        bail!("{path} is not a block device");
    }
    Ok(DeviceRate {
        path: path.to_string(),
        major: rustix::fs::major(st.st_rdev) as u64,
        minor: rustix::fs::minor(st.st_rdev) as u64,
        rate: parse_size(rate)?,
    })
}

impl ResourceFlags {
    /// Validate and convert, as podman does: memory at least 6 MiB, swap at least memory,
    /// reservation at most memory, --cpus exclusive with --cpu-quota.
    pub fn limits(&self) -> Result<Limits> {
        let mut l = Limits::default();
        if let Some(m) = &self.memory {
            let v = parse_size(m)?;
            if v < 6 << 20 {
                bail!("minimum memory limit allowed is 6MB");
            }
            l.memory = Some(v);
        }
        if let Some(s) = &self.memory_swap {
            if s.trim() == "-1" {
                l.memory_swap = Some(-1);
            } else {
                let v = parse_size(s)?;
                match l.memory {
                    None => {
                        bail!("you must provide a memory limit when specifying a memory swap limit")
                    }
                    Some(m) if v < m => bail!(
                        "the memory swap limit must be greater than or equal to the memory limit"
                    ),
                    _ => l.memory_swap = Some(v as i64),
                }
            }
        }
        if let Some(r) = &self.memory_reservation {
            let v = parse_size(r)?;
            if l.memory.is_some_and(|m| v > m) {
                bail!("the memory reservation must be less than or equal to the memory limit");
            }
            l.memory_reservation = Some(v);
        }
        if let Some(c) = &self.cpus {
            if self.cpu_quota.is_some() || self.cpu_period.is_some() {
                bail!("--cpus conflicts with --cpu-quota and --cpu-period: use one or the other");
            }
            let n: f64 = c
                .parse()
                .map_err(|_| anyhow!("invalid --cpus {c:?}: expected a number such as 1.5"))?;
            if n.is_nan() || n <= 0.0 || !n.is_finite() {
                bail!("invalid --cpus {c:?}: must be more than 0");
            }
            l.cpu_period = Some(100_000);
            l.cpu_quota = Some((n * 100_000.0).round() as i64);
        } else {
            l.cpu_quota = self.cpu_quota;
            l.cpu_period = self.cpu_period;
            if let Some(p) = l.cpu_period {
                if !(1000..=1_000_000).contains(&p) {
                    bail!("--cpu-period must be between 1000 and 1000000 microseconds");
                }
            }
            if l.cpu_quota.is_some_and(|q| (1..1000).contains(&q)) {
                bail!("--cpu-quota must be at least 1000 microseconds");
            }
        }
        if let Some(s) = self.cpu_shares {
            l.cpu_shares = Some(s);
        }
        l.cpuset_cpus = self.cpuset_cpus.clone();
        l.cpuset_mems = self.cpuset_mems.clone();
        l.pids_limit = self.pids_limit;
        if let Some(w) = self.blkio_weight {
            if !(10..=1000).contains(&w) {
                bail!("--blkio-weight must be between 10 and 1000");
            }
            l.blkio_weight = Some(w);
        }
        for d in &self.device_read_bps {
            l.device_read_bps.push(parse_device_rate(d)?);
        }
        for d in &self.device_write_bps {
            l.device_write_bps.push(parse_device_rate(d)?);
        }
        Ok(l)
    }
}

/// `--ulimit nofile=1024:2048` (or `nofile=1024`, or `-1` for unlimited).
pub fn parse_ulimit(s: &str) -> Result<Ulimit> {
    let (name, vals) = s
        .split_once('=')
        .ok_or_else(|| anyhow!("invalid --ulimit {s:?}: expected NAME=SOFT[:HARD]"))?;
    const NAMES: &[&str] = &[
        "core",
        "cpu",
        "data",
        "fsize",
        "locks",
        "memlock",
        "msgqueue",
        "nice",
        "nofile",
        "nproc",
        "rss",
        "rtprio",
        "rttime",
        "sigpending",
        "stack",
        "as",
    ];
    if !NAMES.contains(&name) {
        bail!("invalid --ulimit {s:?}: unknown limit {name:?}");
    }
    let num = |v: &str| -> Result<u64> {
        if v == "-1" || v == "unlimited" {
            return Ok(u64::MAX);
        }
        v.parse()
            .map_err(|_| anyhow!("invalid --ulimit {s:?}: {v:?} is not a number"))
    };
    let (soft, hard) = match vals.split_once(':') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => {
            let v = num(vals)?;
            (v, v)
        }
    };
    if soft > hard {
        bail!("invalid --ulimit {s:?}: the soft limit is above the hard limit");
    }
    Ok(Ulimit {
        name: format!("RLIMIT_{}", name.to_ascii_uppercase()),
        soft,
        hard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_name_the_flags() {
        let w = Warning::NotApplied(LimitKind::Cpu, "this host has cgroup v1".into());
        assert_eq!(
            warning_text(&w),
            "--cpus/--cpu-quota not applied: this host has cgroup v1"
        );
        assert_eq!(warning_text(&Warning::Other("x".into())), "x");
        let e = anyhow::Error::new(std::io::Error::from_raw_os_error(22)).context(LimitRefused {
            limit: LimitKind::Memory,
            file: "memory.max",
            value: "1".into(),
            path: "/a".into(),
        });
        let text = format!("{:#}", name_refused_limit(e));
        assert!(
            text.starts_with("--memory: setting memory.max=\"1\" in cgroup /a: "),
            "{text}"
        );
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("256m").unwrap(), 256 << 20);
        assert_eq!(parse_size("1g").unwrap(), 1 << 30);
        assert_eq!(parse_size("1GB").unwrap(), 1 << 30);
        assert_eq!(parse_size("512k").unwrap(), 512 << 10);
        assert_eq!(parse_size("100").unwrap(), 100);
        assert_eq!(parse_size("1.5m").unwrap(), 3 << 19);
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5x").is_err());
    }

    #[test]
    fn limits_validate_like_podman() {
        let f = ResourceFlags {
            memory: Some("256m".into()),
            memory_swap: Some("512m".into()),
            cpus: Some("1.5".into()),
            ..Default::default()
        };
        let l = f.limits().unwrap();
        assert_eq!(l.memory, Some(256 << 20));
        assert_eq!(l.memory_swap, Some(512 << 20));
        assert_eq!((l.cpu_quota, l.cpu_period), (Some(150_000), Some(100_000)));
        let bad = |f: ResourceFlags| f.limits().unwrap_err().to_string();
        assert!(bad(ResourceFlags {
            memory: Some("1m".into()),
            ..Default::default()
        })
        .contains("minimum memory"));
        assert!(bad(ResourceFlags {
            memory: Some("64m".into()),
            memory_swap: Some("32m".into()),
            ..Default::default()
        })
        .contains("swap"));
        assert!(bad(ResourceFlags {
            cpus: Some("1".into()),
            cpu_quota: Some(50_000),
            ..Default::default()
        })
        .contains("conflicts"));
        assert!(bad(ResourceFlags {
            cpus: Some("0".into()),
            ..Default::default()
        })
        .contains("more than 0"));
    }

    #[test]
    fn ulimits() {
        assert_eq!(
            parse_ulimit("nofile=1024:2048").unwrap(),
            Ulimit {
                name: "RLIMIT_NOFILE".into(),
                soft: 1024,
                hard: 2048
            }
        );
        assert_eq!(parse_ulimit("nproc=-1").unwrap().hard, u64::MAX);
        assert!(parse_ulimit("nofile=10:5").is_err());
        assert!(parse_ulimit("bogus=1").is_err());
        assert!(parse_ulimit("nofile").is_err());
    }
}
